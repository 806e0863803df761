"""Workshops: a named training day with a trainer, a place and a roster of trainees."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal
from uuid import UUID

from sqlalchemy import ColumnElement, and_, delete, func, select
from sqlalchemy.orm import Session

from trainer.domain.text import nfc
from trainer.storage.answers import answer_records_where
from trainer.storage.engine import Database
from trainer.storage.errors import NotFoundError
from trainer.storage.models import Answer, PracticeSession, Trainee, TrainerReview, Workshop, WorkshopMember
from trainer.storage.records import AnswerRecord, ReviewRecord, WorkshopInfo
from trainer.storage.reviews import review_record


def workshop_info(row: Workshop, member_ids: Iterable[UUID] = ()) -> WorkshopInfo:
    return WorkshopInfo(
        id=row.id,
        name=row.name,
        held_on=row.held_on,
        place=row.place,
        trainer=row.trainer,
        created_at=row.created_at,
        member_ids=tuple(sorted(member_ids)),
    )


def load_workshop(session: Session, workshop_id: UUID) -> Workshop:
    row = session.get(Workshop, workshop_id)
    if row is None:
        raise NotFoundError(f"no workshop with id {workshop_id}")
    return row


def member_ids(session: Session, workshop_id: UUID) -> list[UUID]:
    return list(session.scalars(select(WorkshopMember.trainee_id).where(WorkshopMember.workshop_id == workshop_id)))


def create_workshop(
    db: Database,
    name: str,
    *,
    held_on: date | None = None,
    place: str = "",
    trainer: str = "",
    members: Iterable[UUID] = (),
    workshop_id: UUID | None = None,
) -> WorkshopInfo:
    if not nfc(name).strip():
        raise ValueError("a workshop needs a name")
    row = Workshop(name=nfc(name).strip(), held_on=held_on, place=nfc(place).strip(), trainer=nfc(trainer).strip())
    if workshop_id is not None:
        row.id = workshop_id
    with db.write() as s:
        s.add(row)
        s.flush()
        _add(s, row.id, members)
        return workshop_info(row, member_ids(s, row.id))


def _add(session: Session, workshop_id: UUID, trainee_ids: Iterable[UUID]) -> None:
    wanted = set(trainee_ids)
    if not wanted:
        return
    existing = set(member_ids(session, workshop_id))
    known = set(session.scalars(select(Trainee.id).where(Trainee.id.in_(wanted))))
    if wanted - known:
        raise NotFoundError(f"no trainee with id {sorted(wanted - known)[0]}")
    session.add_all(WorkshopMember(workshop_id=workshop_id, trainee_id=t) for t in sorted(wanted - existing))
    session.flush()


def add_members(db: Database, workshop_id: UUID, trainee_ids: Iterable[UUID]) -> WorkshopInfo:
    with db.write() as s:
        row = load_workshop(s, workshop_id)
        _add(s, workshop_id, trainee_ids)
        return workshop_info(row, member_ids(s, workshop_id))


def remove_members(db: Database, workshop_id: UUID, trainee_ids: Iterable[UUID]) -> WorkshopInfo:
    with db.write() as s:
        row = load_workshop(s, workshop_id)
        s.execute(
            delete(WorkshopMember).where(
                WorkshopMember.workshop_id == workshop_id, WorkshopMember.trainee_id.in_(list(trainee_ids))
            )
        )
        return workshop_info(row, member_ids(s, workshop_id))


def get_workshop(db: Database, workshop_id: UUID) -> WorkshopInfo:
    with db.read() as s:
        row = load_workshop(s, workshop_id)
        return workshop_info(row, member_ids(s, workshop_id))


def list_workshops(db: Database) -> list[WorkshopInfo]:
    """Every workshop, newest first."""
    with db.read() as s:
        rows = list(
            s.scalars(select(Workshop).order_by(Workshop.held_on.desc().nulls_last(), Workshop.created_at.desc()))
        )
        members: dict[UUID, list[UUID]] = defaultdict(list)
        for workshop_id, trainee_id in s.execute(select(WorkshopMember.workshop_id, WorkshopMember.trainee_id)):
            members[workshop_id].append(trainee_id)
        return [workshop_info(r, members.get(r.id, ())) for r in rows]


def update_workshop(
    db: Database,
    workshop_id: UUID,
    *,
    name: str | None = None,
    held_on: date | Literal["keep"] | None = "keep",
    place: str | None = None,
    trainer: str | None = None,
) -> WorkshopInfo:
    """Change a workshop's name, date, place or trainer (None / "keep": leave as it is)."""
    if name is not None and not nfc(name).strip():
        raise ValueError("a workshop needs a name")
    with db.write() as s:
        row = load_workshop(s, workshop_id)
        if name is not None:
            row.name = nfc(name).strip()
        if held_on != "keep":
            row.held_on = held_on
        if place is not None:
            row.place = nfc(place).strip()
        if trainer is not None:
            row.trainer = nfc(trainer).strip()
        s.flush()
        return workshop_info(row, member_ids(s, workshop_id))


# --- the answers given in a workshop ------------------------------------------------------


@dataclass(frozen=True)
class WorkshopAnswer:
    """One answer given in a workshop: who gave it, in which run of which scenario, and
    every trainer's or observer's review of it (oldest first). ``answer.scores`` are the
    effective scores: the newest override of each principle when there is one."""

    answer: AnswerRecord
    trainee_id: UUID
    trainee_name: str
    trainee_unit: str
    scenario_id: str
    scenario_title: str
    reviews: tuple[ReviewRecord, ...] = ()

    @property
    def id(self) -> UUID:
        return self.answer.id

    @property
    def comments(self) -> tuple[ReviewRecord, ...]:
        """The reviews that carry a comment."""
        return tuple(r for r in self.reviews if r.comment.strip())


def _workshop_answers_condition(workshop_id: UUID, answer_ids: Collection[UUID] | None) -> ColumnElement[bool]:
    condition = PracticeSession.workshop_id == workshop_id
    if answer_ids is not None:
        condition = and_(condition, Answer.id.in_(list(answer_ids)))
    return condition


def workshop_answer_stamps(db: Database, workshop_id: UUID) -> dict[UUID, int]:
    """Every answer given in the workshop with its number of reviews: one small indexed
    query, cheap enough to poll every second to see what other laptops wrote."""
    query = (
        select(Answer.id, func.count(TrainerReview.id))
        .join(PracticeSession, PracticeSession.id == Answer.session_id)
        .outerjoin(TrainerReview, TrainerReview.answer_id == Answer.id)
        .where(PracticeSession.workshop_id == workshop_id)
        .group_by(Answer.id)
    )
    with db.read() as s:
        return {answer_id: int(reviews) for answer_id, reviews in s.execute(query)}


def workshop_answers(
    db: Database, workshop_id: UUID, *, answer_ids: Collection[UUID] | None = None
) -> list[WorkshopAnswer]:
    """The answers given in the workshop (only *answer_ids*, if given), in the order they
    were given, each with its trainee and its reviews."""
    if answer_ids is not None and not answer_ids:
        return []
    condition = _workshop_answers_condition(workshop_id, answer_ids)
    people = (
        select(
            PracticeSession.id, PracticeSession.trainee_id, PracticeSession.scenario_id,
            PracticeSession.scenario_title, Trainee.display_name, Trainee.unit,
        )
        .join(Trainee, Trainee.id == PracticeSession.trainee_id)
        .where(PracticeSession.workshop_id == workshop_id)
    )  # fmt: skip
    reviews_q = (
        select(TrainerReview)
        .join(Answer, Answer.id == TrainerReview.answer_id)
        .join(PracticeSession, PracticeSession.id == Answer.session_id)
        .where(condition)
        .order_by(TrainerReview.created_at, TrainerReview.id)
    )
    with db.read() as s:
        load_workshop(s, workshop_id)
        records = answer_records_where(s, condition)
        sessions = {row[0]: row[1:] for row in s.execute(people)}
        reviews: dict[UUID, list[ReviewRecord]] = defaultdict(list)
        for row in s.scalars(reviews_q):
            reviews[row.answer_id].append(review_record(row))
    out = []
    for record in records:
        trainee_id, scenario_id, scenario_title, name, unit = sessions[record.session_id]
        out.append(
            WorkshopAnswer(
                answer=record,
                trainee_id=trainee_id,
                trainee_name=name,
                trainee_unit=unit,
                scenario_id=scenario_id,
                scenario_title=scenario_title,
                reviews=tuple(reviews.get(record.id, ())),
            )
        )
    return out
