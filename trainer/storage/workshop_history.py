"""A workshop's data for a debrief or a report: its scores per principle and per trainee
on the roster, and every practice session held in it with the answers.

Scores are effective scores (:mod:`trainer.storage.effective`); a workshop's sessions are
found by the ``workshop_id`` index. Its trainer reviews are in
:mod:`trainer.storage.review_history`.
"""

from __future__ import annotations

from collections import defaultdict
from uuid import UUID

from sqlalchemy import func, select

from trainer.storage.answers import answer_records_where
from trainer.storage.effective import effective_score, principle_stat, stat_columns
from trainer.storage.engine import Database
from trainer.storage.models import Answer, PracticeSession, PrincipleScore, Trainee
from trainer.storage.records import (
    AnswerRecord,
    PrincipleStat,
    SessionHistory,
    TraineeWorkshopStat,
    WorkshopSummary,
)
from trainer.storage.sessions import session_info
from trainer.storage.workshops import load_workshop, member_ids, workshop_info


def workshop_summary(db: Database, workshop_id: UUID) -> WorkshopSummary:
    """Scores of a workshop's sessions per principle, and per trainee on the roster."""
    base = (
        select()
        .select_from(PrincipleScore)
        .join(Answer, Answer.id == PrincipleScore.answer_id)
        .join(PracticeSession, PracticeSession.id == Answer.session_id)
        .where(PracticeSession.workshop_id == workshop_id, effective_score.is_not(None))
    )
    per_principle_q = base.add_columns(PrincipleScore.principle, *stat_columns()).group_by(PrincipleScore.principle)
    per_trainee_q = base.add_columns(PracticeSession.trainee_id, PrincipleScore.principle, *stat_columns()).group_by(
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
            (principle_stat(row.principle, row) for row in s.execute(per_principle_q)), key=lambda p: p.principle
        )
        trainee_principles: dict[UUID, list[PrincipleStat]] = defaultdict(list)
        for row in s.execute(per_trainee_q):
            trainee_principles[row.trainee_id].append(principle_stat(row.principle, row))
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
