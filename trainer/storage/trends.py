"""How a trainee's scores move over time, per principle: the mean per session, the mean
per week (grouped by the database), and the weakest principles.

Scores are effective scores (:mod:`trainer.storage.effective`) read through the indexes
on the trainee's sessions ``(trainee_id, started_at)`` and the scores' ``(answer_id,
principle)`` key; principles that did not apply to an answer are skipped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import BigInteger, Select, String, cast, extract, func, select

from trainer.storage.effective import effective_score, principle_stat, stat_columns
from trainer.storage.engine import Database
from trainer.storage.models import Answer, PracticeSession, PrincipleScore
from trainer.storage.records import PrincipleStat, TrendPoint
from trainer.storage.trainees import load_trainee


def _trainee_scores(trainee_id: UUID) -> Select[Any]:
    return (
        select()
        .select_from(PrincipleScore)
        .join(Answer, Answer.id == PrincipleScore.answer_id)
        .join(PracticeSession, PracticeSession.id == Answer.session_id)
        .where(PracticeSession.trainee_id == trainee_id, effective_score.is_not(None))
    )


def principle_trend(db: Database, trainee_id: UUID, *, principles: tuple[str, ...] = ()) -> list[TrendPoint]:
    """Per session and principle, the trainee's mean score, oldest session first."""
    # Grouped by the session id as text, and the sessions read once: converting the same
    # session's id and start time for each of its principles took most of the time.
    query = (
        _trainee_scores(trainee_id)
        .add_columns(
            cast(Answer.session_id, String).label("key"),
            PrincipleScore.principle,
            func.avg(effective_score).label("mean"),
            func.count().label("answers"),
        )
        .group_by(Answer.session_id, PrincipleScore.principle)
        .order_by(Answer.session_id, PrincipleScore.principle)
    )
    if principles:
        query = query.where(PrincipleScore.principle.in_(principles))
    sessions_q = (
        select(
            cast(PracticeSession.id, String).label("key"),
            PracticeSession.id,
            PracticeSession.scenario_id,
            PracticeSession.started_at,
        )
        .where(PracticeSession.trainee_id == trainee_id)
        .order_by(PracticeSession.started_at, PracticeSession.id)
    )
    with db.read() as s:
        conn = s.connection()
        sessions = conn.execute(sessions_q).all()
        by_session: dict[str, list[Any]] = defaultdict(list)
        for row in conn.execute(query).all():
            by_session[row[0]].append(row)
    points = []
    for session in sessions:
        for _, principle, mean, answers in by_session.get(session.key, ()):
            points.append(
                TrendPoint(
                    session_id=session.id,
                    scenario_id=session.scenario_id,
                    at=session.started_at,
                    principle=principle,
                    mean_score=round(float(mean), 2),
                    answers=int(answers),
                )
            )
    return points


#: Monday 29 December 1969: weeks are counted from here (the Unix epoch fell on a Thursday).
_FIRST_MONDAY = date(1969, 12, 29)
_WEEK_S = 7 * 24 * 3600


@dataclass(frozen=True)
class WeeklyMean:
    """A trainee's mean score on one principle over the sessions started in one week."""

    week_of: date  # the Monday
    principle: str
    mean_score: float
    answers: int  # scored answers behind the mean


def weekly_principle_means(db: Database, trainee_id: UUID, *, utc_offset: timedelta = timedelta(0)) -> list[WeeklyMean]:
    """Per week (Monday to Sunday in local time, *utc_offset* east of UTC) and principle,
    the trainee's mean score, oldest week first; a session counts in the week it started.

    The grouping happens in the database, so a long history comes back as a few hundred
    rows rather than one per session and principle (:func:`principle_trend`)."""
    offset_s = int(utc_offset.total_seconds())
    started_s = cast(extract("epoch", PracticeSession.started_at), BigInteger)
    week = ((started_s + (offset_s + 3 * 24 * 3600)) // _WEEK_S).label("week")
    sessions = select(PracticeSession.id.label("session_id"), week).where(PracticeSession.trainee_id == trainee_id)
    weekly = sessions.subquery()
    query = (
        select(
            weekly.c.week,
            PrincipleScore.principle,
            func.sum(effective_score).label("total"),
            func.count(effective_score).label("answers"),
        )
        .select_from(PrincipleScore)
        .join(Answer, Answer.id == PrincipleScore.answer_id)
        .join(weekly, weekly.c.session_id == Answer.session_id)
        .where(effective_score.is_not(None))
        .group_by(weekly.c.week, PrincipleScore.principle)
        .order_by(weekly.c.week, PrincipleScore.principle)
    )
    with db.read() as s:
        load_trainee(s, trainee_id)
        rows = s.connection().execute(query).all()
    return [
        WeeklyMean(
            week_of=_FIRST_MONDAY + timedelta(weeks=int(number)),
            principle=principle,
            mean_score=round(float(total) / int(answers), 2),
            answers=int(answers),
        )
        for number, principle, total, answers in rows
    ]


def weakest_principles(
    db: Database, trainee_id: UUID, *, limit: int = 3, last_sessions: int | None = None
) -> list[PrincipleStat]:
    """The principles with the trainee's lowest mean scores (over the last *last_sessions*, or all)."""
    query = _trainee_scores(trainee_id).add_columns(PrincipleScore.principle, *stat_columns())
    if last_sessions is not None:
        recent = (
            select(PracticeSession.id)
            .where(PracticeSession.trainee_id == trainee_id)
            .order_by(PracticeSession.started_at.desc())
            .limit(last_sessions)
        )
        query = query.where(PracticeSession.id.in_(recent.scalar_subquery()))
    query = query.group_by(PrincipleScore.principle).order_by("mean", PrincipleScore.principle).limit(limit)
    with db.read() as s:
        return [principle_stat(row.principle, row) for row in s.execute(query)]
