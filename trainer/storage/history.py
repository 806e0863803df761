"""History queries for the progress and workshop views.

All of them read effective scores (a trainer's override when there is one) and skip
principles that did not apply to an answer (no score). Each is a handful of indexed
queries: the trainee's sessions by ``(trainee_id, started_at)``, their answers by
``(session_id, answered_at)``, scores by the ``(answer_id, principle)`` key, a
workshop's sessions by ``workshop_id``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import BigInteger, ColumnElement, Select, String, case, cast, extract, func, select
from sqlalchemy.orm import Session

from trainer.storage.answers import answer_records_where
from trainer.storage.engine import Database
from trainer.storage.models import Answer, PracticeSession, PrincipleScore, Trainee, TrainerReview
from trainer.storage.records import (
    AnswerRecord,
    AttemptSummary,
    PrincipleStat,
    ReviewRecord,
    ScenarioAttempts,
    SessionHistory,
    SessionInfo,
    TraineeWorkshopStat,
    TrendPoint,
    WorkshopSummary,
)
from trainer.storage.reviews import review_record
from trainer.storage.sessions import session_info
from trainer.storage.trainees import load_trainee
from trainer.storage.workshops import load_workshop, member_ids, workshop_info

_reviewed = PrincipleScore.review_id.is_not(None)
#: The score that counts: the trainer's when reviewed, else the scorer's.
effective_score: ColumnElement[int] = case((_reviewed, PrincipleScore.reviewed_score), else_=PrincipleScore.score)
effective_status: ColumnElement[str] = case(
    (_reviewed, func.coalesce(PrincipleScore.reviewed_status, PrincipleScore.status)), else_=PrincipleScore.status
)


def _count_status(status: str) -> ColumnElement[Any]:
    return func.sum(case((effective_status == status, 1), else_=0))


def _stat_columns() -> tuple[ColumnElement[Any], ...]:
    return (
        func.avg(effective_score).label("mean"),
        func.count(effective_score).label("scored"),
        _count_status("met").label("met"),
        _count_status("partly").label("partly"),
        _count_status("missed").label("missed"),
    )


def _stat(principle: str, row: Any) -> PrincipleStat:
    return PrincipleStat(
        principle=principle,
        mean_score=round(float(row.mean), 2),
        scored=int(row.scored),
        met=int(row.met or 0),
        partly=int(row.partly or 0),
        missed=int(row.missed or 0),
    )


def trainee_history(db: Database, trainee_id: UUID, *, limit: int | None = None) -> list[SessionHistory]:
    """A trainee's sessions, newest first (the latest *limit* only, if given), each with
    its answers and their scores."""
    sessions_q = (
        select(PracticeSession)
        .where(PracticeSession.trainee_id == trainee_id)
        .order_by(PracticeSession.started_at.desc(), PracticeSession.id)
        .limit(limit)
    )
    with db.read() as s:
        load_trainee(s, trainee_id)
        sessions = list(s.scalars(sessions_q))
        if not sessions:
            return []
        condition = (
            PracticeSession.trainee_id == trainee_id
            if limit is None
            else PracticeSession.id.in_([row.id for row in sessions])
        )
        by_session: dict[UUID, list[AnswerRecord]] = defaultdict(list)
        for record in answer_records_where(s, condition):
            by_session[record.session_id].append(record)
    return [SessionHistory(session_info(row), tuple(by_session.get(row.id, ()))) for row in sessions]


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


#: A gap longer than this between two steps of a session (its start, its answers) counts
#: as this long in :attr:`SessionSummary.practice_ms`: the trainee paused, or resumed the
#: interview another day.
IDLE_CAP = timedelta(minutes=20)


@dataclass(frozen=True)
class SessionSummary:
    """One row of a trainee's list of sessions: the session and its answers' totals."""

    session: SessionInfo
    answers: int
    mean_overall: float | None  # mean of the answers' overall scores (None: no answer)
    #: Sum of the answers' durations (from starting to answer to submitting the answer).
    answering_ms: int
    #: From the session's start to its last answer, each pause capped at IDLE_CAP.
    practice_ms: int
    last_answer_at: datetime | None


def _practice_ms(started_at: datetime, answered: list[datetime]) -> int:
    total, previous = timedelta(), started_at
    for at in answered:
        if at > previous:
            total += min(at - previous, IDLE_CAP)
            previous = at
    return int(total.total_seconds() * 1000)


def session_summaries(db: Database, trainee_id: UUID) -> list[SessionSummary]:
    """A trainee's sessions, newest first, with each one's number of answers, mean overall
    score and time practised (two queries, no answer text: what a list of sessions shows)."""
    sessions_q = (
        select(cast(PracticeSession.id, String).label("key"), *PracticeSession.__table__.columns)
        .where(PracticeSession.trainee_id == trainee_id)
        .order_by(PracticeSession.started_at.desc(), PracticeSession.id)
    )
    answers_q = (  # the session id as text: no UUID object per answer
        select(cast(Answer.session_id, String), Answer.answered_at, Answer.duration_ms, Answer.overall)
        .join(PracticeSession, PracticeSession.id == Answer.session_id)
        .where(PracticeSession.trainee_id == trainee_id)
        .order_by(Answer.session_id, Answer.answered_at)
    )
    with db.read() as s:
        load_trainee(s, trainee_id)
        conn = s.connection()
        sessions = conn.execute(sessions_q).all()
        answers: dict[str, list[tuple[datetime, int, int]]] = defaultdict(list)
        for session_id, answered_at, duration_ms, overall in conn.execute(answers_q).all():
            answers[session_id].append((answered_at, duration_ms, overall))
    out = []
    for row in sessions:
        mine = answers.get(row.key, [])
        info = SessionInfo(
            id=row.id,
            trainee_id=row.trainee_id,
            workshop_id=row.workshop_id,
            scenario_id=row.scenario_id,
            scenario_hash=row.scenario_hash,
            scenario_title=row.scenario_title,
            scenario_language=row.scenario_language,
            mode=row.mode,
            difficulty=row.difficulty,
            started_at=row.started_at,
            ended_at=row.ended_at,
            status=row.status,
        )
        out.append(
            SessionSummary(
                session=info,
                answers=len(mine),
                mean_overall=round(sum(a[2] for a in mine) / len(mine), 2) if mine else None,
                answering_ms=sum(a[1] for a in mine),
                practice_ms=_practice_ms(row.started_at, [a[0] for a in mine]),
                last_answer_at=mine[-1][0] if mine else None,
            )
        )
    return out


def weakest_principles(
    db: Database, trainee_id: UUID, *, limit: int = 3, last_sessions: int | None = None
) -> list[PrincipleStat]:
    """The principles with the trainee's lowest mean scores (over the last *last_sessions*, or all)."""
    query = _trainee_scores(trainee_id).add_columns(PrincipleScore.principle, *_stat_columns())
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
        return [_stat(row.principle, row) for row in s.execute(query)]


def scenario_attempts(db: Database, trainee_id: UUID) -> list[ScenarioAttempts]:
    """Per scenario the trainee practised: the number of attempts, the best and the last."""
    query = (
        select(
            PracticeSession.id,
            PracticeSession.scenario_id,
            PracticeSession.scenario_title,
            PracticeSession.started_at,
            PracticeSession.status,
            func.avg(Answer.overall).label("mean"),
            func.count(Answer.id).label("answers"),
        )
        .join(Answer, Answer.session_id == PracticeSession.id)
        .where(PracticeSession.trainee_id == trainee_id)
        .group_by(
            PracticeSession.id,
            PracticeSession.scenario_id,
            PracticeSession.scenario_title,
            PracticeSession.started_at,
            PracticeSession.status,
        )
        .order_by(PracticeSession.started_at, PracticeSession.id)
    )
    grouped: dict[str, list[tuple[str, AttemptSummary]]] = defaultdict(list)
    with db.read() as s:
        for row in s.execute(query):
            summary = AttemptSummary(row.id, row.started_at, row.status, round(float(row.mean), 2), int(row.answers))
            grouped[row.scenario_id].append((row.scenario_title, summary))
    result = []
    for scenario_id, attempts in grouped.items():
        summaries = [a for _, a in attempts]
        best = max(reversed(summaries), key=lambda a: a.mean_overall)  # ties: the latest
        result.append(ScenarioAttempts(scenario_id, attempts[-1][0], len(summaries), best, summaries[-1]))
    return sorted(result, key=lambda r: r.last.started_at, reverse=True)


def workshop_summary(db: Database, workshop_id: UUID) -> WorkshopSummary:
    """Scores of a workshop's sessions per principle, and per trainee on the roster."""
    base = (
        select()
        .select_from(PrincipleScore)
        .join(Answer, Answer.id == PrincipleScore.answer_id)
        .join(PracticeSession, PracticeSession.id == Answer.session_id)
        .where(PracticeSession.workshop_id == workshop_id, effective_score.is_not(None))
    )
    per_principle_q = base.add_columns(PrincipleScore.principle, *_stat_columns()).group_by(PrincipleScore.principle)
    per_trainee_q = base.add_columns(PracticeSession.trainee_id, PrincipleScore.principle, *_stat_columns()).group_by(
        PracticeSession.trainee_id, PrincipleScore.principle
    )
    overall_q = (
        select(
            PracticeSession.trainee_id,
            func.count(Answer.id).label("answers"),
            func.avg(Answer.overall).label("mean"),
        )
        .join(Answer, Answer.session_id == PracticeSession.id)
        .where(PracticeSession.workshop_id == workshop_id)
        .group_by(PracticeSession.trainee_id)
    )
    with db.read() as s:
        workshop = load_workshop(s, workshop_id)
        roster = member_ids(s, workshop_id)
        per_principle = sorted(
            (_stat(row.principle, row) for row in s.execute(per_principle_q)), key=lambda p: p.principle
        )
        trainee_principles: dict[UUID, list[PrincipleStat]] = defaultdict(list)
        for row in s.execute(per_trainee_q):
            trainee_principles[row.trainee_id].append(_stat(row.principle, row))
        overall = {row.trainee_id: (int(row.answers), float(row.mean)) for row in s.execute(overall_q)}
        people = set(roster) | set(overall)
        names = (
            {t.id: (t.display_name, t.unit) for t in s.scalars(select(Trainee).where(Trainee.id.in_(people)))}
            if people
            else {}
        )
    per_trainee = [
        TraineeWorkshopStat(
            trainee_id=tid,
            display_name=names.get(tid, ("", ""))[0],
            unit=names.get(tid, ("", ""))[1],
            answers=overall.get(tid, (0, 0.0))[0],
            mean_overall=round(overall[tid][1], 2) if tid in overall else None,
            principles=tuple(sorted(trainee_principles.get(tid, ()), key=lambda p: p.principle)),
        )
        for tid in people
    ]
    per_trainee.sort(key=lambda t: (t.display_name, str(t.trainee_id)))
    return WorkshopSummary(
        workshop=workshop_info(workshop, roster),
        answers=sum(t.answers for t in per_trainee),
        per_principle=tuple(per_principle),
        per_trainee=tuple(per_trainee),
    )


def workshop_sessions(db: Database, workshop_id: UUID) -> list[SessionHistory]:
    """Every practice session held in a workshop, oldest first, each with its answers
    (effective scores) in the order they were given: what a debrief is built from."""
    query = (
        select(PracticeSession)
        .where(PracticeSession.workshop_id == workshop_id)
        .order_by(PracticeSession.started_at, PracticeSession.id)
    )
    with db.read() as s:
        load_workshop(s, workshop_id)
        sessions = list(s.scalars(query))
        by_session: dict[UUID, list[AnswerRecord]] = defaultdict(list)
        if sessions:
            for record in answer_records_where(s, PracticeSession.workshop_id == workshop_id):
                by_session[record.session_id].append(record)
    return [SessionHistory(session_info(row), tuple(by_session.get(row.id, ()))) for row in sessions]


def _reviews_where(session: Session, condition: ColumnElement[bool]) -> list[ReviewRecord]:
    query = (
        select(TrainerReview)
        .join(Answer, Answer.id == TrainerReview.answer_id)
        .join(PracticeSession, PracticeSession.id == Answer.session_id)
        .where(condition)
        .order_by(TrainerReview.created_at, TrainerReview.id)
    )
    return [review_record(row) for row in session.scalars(query)]


def workshop_reviews(db: Database, workshop_id: UUID) -> list[ReviewRecord]:
    """Every trainer review of an answer given in the workshop, oldest first."""
    with db.read() as s:
        load_workshop(s, workshop_id)
        return _reviews_where(s, PracticeSession.workshop_id == workshop_id)


def trainee_reviews(db: Database, trainee_id: UUID) -> list[ReviewRecord]:
    """Every trainer review of the trainee's answers (solo or in workshops), oldest first."""
    with db.read() as s:
        load_trainee(s, trainee_id)
        return _reviews_where(s, PracticeSession.trainee_id == trainee_id)
