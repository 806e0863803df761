"""History queries for the progress and workshop views.

All of them read effective scores (a trainer's override when there is one) and skip
principles that did not apply to an answer (no score). Each is a handful of indexed
queries: the trainee's sessions by ``(trainee_id, started_at)``, their answers by
``(session_id, answered_at)``, scores by the ``(answer_id, principle)`` key, a
workshop's sessions by ``workshop_id``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, Select, case, func, select

from trainer.storage.answers import answer_records_where
from trainer.storage.engine import Database
from trainer.storage.models import Answer, PracticeSession, PrincipleScore, Trainee
from trainer.storage.records import (
    AnswerRecord,
    AttemptSummary,
    PrincipleStat,
    ScenarioAttempts,
    SessionHistory,
    TraineeWorkshopStat,
    TrendPoint,
    WorkshopSummary,
)
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
    query = (
        _trainee_scores(trainee_id)
        .add_columns(
            PracticeSession.id,
            PracticeSession.scenario_id,
            PracticeSession.started_at,
            PrincipleScore.principle,
            func.avg(effective_score).label("mean"),
            func.count().label("answers"),
        )
        .group_by(PracticeSession.id, PracticeSession.scenario_id, PracticeSession.started_at, PrincipleScore.principle)
        .order_by(PracticeSession.started_at, PracticeSession.id, PrincipleScore.principle)
    )
    if principles:
        query = query.where(PrincipleScore.principle.in_(principles))
    with db.read() as s:
        return [
            TrendPoint(
                session_id=row.id,
                scenario_id=row.scenario_id,
                at=row.started_at,
                principle=row.principle,
                mean_score=round(float(row.mean), 2),
                answers=int(row.answers),
            )
            for row in s.execute(query)
        ]


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
