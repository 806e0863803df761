"""Trainee profiles: create, read, update, and an optional PIN (stored only as a scrypt hash)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainer.domain.text import nfc
from trainer.storage.engine import Database
from trainer.storage.errors import NotFoundError
from trainer.storage.models import Trainee
from trainer.storage.records import TraineeInfo
from trainer.storage.types import utcnow

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


def trainee_info(row: Trainee) -> TraineeInfo:
    return TraineeInfo(
        id=row.id,
        display_name=row.display_name,
        unit=row.unit,
        role=row.role,
        language=row.language,
        has_pin=row.pin_hash is not None,
        created_at=row.created_at,
    )


def _clean_name(name: str) -> str:
    cleaned = " ".join(nfc(name).split())
    if not cleaned:
        raise ValueError("a trainee needs a display name")
    if len(cleaned) > 200:
        raise ValueError("a display name has at most 200 characters")
    return cleaned


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(nfc(pin).encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        nfc(pin).encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
    )
    return hmac.compare_digest(candidate.hex(), digest)


def load_trainee(session: Session, trainee_id: UUID) -> Trainee:
    row = session.get(Trainee, trainee_id)
    if row is None:
        raise NotFoundError(f"no trainee with id {trainee_id}")
    return row


def create_trainee(
    db: Database,
    display_name: str,
    *,
    unit: str = "",
    role: str = "",
    language: str = "vi",
    pin: str | None = None,
    trainee_id: UUID | None = None,
) -> TraineeInfo:
    row = Trainee(
        display_name=_clean_name(display_name),
        unit=nfc(unit).strip(),
        role=nfc(role).strip(),
        language=language,
        pin_hash=hash_pin(pin) if pin else None,
    )
    if trainee_id is not None:
        row.id = trainee_id
    with db.write() as s:
        s.add(row)
        s.flush()
        return trainee_info(row)


def get_trainee(db: Database, trainee_id: UUID) -> TraineeInfo:
    with db.read() as s:
        return trainee_info(load_trainee(s, trainee_id))


def list_trainees(db: Database, *, unit: str | None = None) -> list[TraineeInfo]:
    """Every trainee (or those of one school/unit), by display name."""
    query = select(Trainee).order_by(Trainee.display_name, Trainee.id)
    if unit is not None:
        query = query.where(Trainee.unit == nfc(unit))
    with db.read() as s:
        return [trainee_info(row) for row in s.scalars(query)]


def update_trainee(
    db: Database,
    trainee_id: UUID,
    *,
    display_name: str | None = None,
    unit: str | None = None,
    role: str | None = None,
    language: str | None = None,
) -> TraineeInfo:
    with db.write() as s:
        row = load_trainee(s, trainee_id)
        if display_name is not None:
            row.display_name = _clean_name(display_name)
        if unit is not None:
            row.unit = nfc(unit).strip()
        if role is not None:
            row.role = nfc(role).strip()
        if language is not None:
            row.language = language
        row.updated_at = utcnow()
        s.flush()
        return trainee_info(row)


def set_pin(db: Database, trainee_id: UUID, pin: str | None) -> None:
    """Set (or with None, remove) the trainee's PIN."""
    with db.write() as s:
        row = load_trainee(s, trainee_id)
        row.pin_hash = hash_pin(pin) if pin else None
        row.updated_at = utcnow()


def verify_pin(db: Database, trainee_id: UUID, pin: str) -> bool:
    """True when *pin* is the trainee's PIN (False when they have none)."""
    with db.read() as s:
        stored = load_trainee(s, trainee_id).pin_hash
    return stored is not None and pin_matches(pin, stored)
