"""A trainee's history: their sessions with answers and scores, the list of sessions with
each one's totals and time practised, and their attempts per scenario.

Scores are effective scores (:mod:`trainer.storage.effective`). Each function is a handful
of indexed queries: the trainee's sessions by ``(trainee_id, started_at)``, their answers
by ``(session_id, answered_at)``. How the trainee's scores move over time per principle is
in :mod:`trainer.storage.trends`; a workshop's data in :mod:`trainer.storage.workshop_history`;
trainer reviews in :mod:`trainer.storage.review_history`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from sqlalchemy import String, cast, func, select

from trainer.storage.answers import answer_records_where
from trainer.storage.engine import Database
from trainer.storage.models import Answer, PracticeSession
from trainer.storage.records import AnswerRecord, AttemptSummary, ScenarioAttempts, SessionHistory, SessionInfo
from trainer.storage.sessions import session_info
from trainer.storage.trainees import load_trainee


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
