"""Workshops: a named training day with a trainer, a place and a roster of trainees."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from uuid import UUID

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from trainer.domain.text import nfc
from trainer.storage.engine import Database
from trainer.storage.errors import NotFoundError
from trainer.storage.models import Trainee, Workshop, WorkshopMember
from trainer.storage.records import WorkshopInfo


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
