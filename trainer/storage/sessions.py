"""Practice sessions: one trainee working through one scenario, solo or in a workshop."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from trainer.domain.scenario import Scenario
from trainer.storage.engine import Database
from trainer.storage.errors import NotFoundError
from trainer.storage.models import SESSION_MODES, SESSION_STATUSES, PracticeSession, Workshop
from trainer.storage.records import ScenarioRef, SessionInfo
from trainer.storage.trainees import load_trainee
from trainer.storage.types import as_utc, utcnow


def session_info(row: PracticeSession) -> SessionInfo:
    return SessionInfo(
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


def load_session(session: Session, session_id: UUID) -> PracticeSession:
    row = session.get(PracticeSession, session_id)
    if row is None:
        raise NotFoundError(f"no practice session with id {session_id}")
    return row


def start_session(
    db: Database,
    trainee_id: UUID,
    scenario: Scenario | ScenarioRef,
    *,
    mode: str = "solo",
    difficulty: int | None = None,
    workshop_id: UUID | None = None,
    started_at: datetime | None = None,
    session_id: UUID | None = None,
) -> SessionInfo:
    """Record that *trainee_id* starts practising *scenario* (committed at once)."""
    ref = scenario if isinstance(scenario, ScenarioRef) else ScenarioRef.of(scenario)
    if mode not in SESSION_MODES:
        raise ValueError(f"mode must be one of {SESSION_MODES}, not {mode!r}")
    if mode == "workshop" and workshop_id is None:
        raise ValueError("a workshop session needs its workshop_id")
    row = PracticeSession(
        trainee_id=trainee_id,
        workshop_id=workshop_id,
        scenario_id=ref.id,
        scenario_hash=ref.content_hash,
        scenario_title=ref.title,
        scenario_language=ref.language,
        mode=mode,
        difficulty=ref.difficulty if difficulty is None else difficulty,
        started_at=as_utc(started_at) if started_at else utcnow(),
        status="in_progress",
    )
    if session_id is not None:
        row.id = session_id
    with db.write() as s:
        load_trainee(s, trainee_id)
        if workshop_id is not None and s.get(Workshop, workshop_id) is None:
            raise NotFoundError(f"no workshop with id {workshop_id}")
        s.add(row)
        s.flush()
        return session_info(row)


def finish_session(
    db: Database, session_id: UUID, *, status: str = "completed", ended_at: datetime | None = None
) -> SessionInfo:
    """Mark a session completed or abandoned."""
    if status not in SESSION_STATUSES or status == "in_progress":
        raise ValueError(f"a session finishes as 'completed' or 'abandoned', not {status!r}")
    with db.write() as s:
        row = load_session(s, session_id)
        row.status = status
        row.ended_at = as_utc(ended_at) if ended_at else utcnow()
        s.flush()
        return session_info(row)


def abandon_stale_sessions(db: Database, *, started_before: datetime) -> int:
    """Mark sessions still in progress that started before *started_before* as abandoned
    (the app was closed or crashed mid-interview); returns how many.

    A maintenance function, deliberately not run at start-up: the start panel offers both
    in-progress and stopped sessions for resuming, so it would change nothing for the
    trainee; on a shared PostgreSQL database another computer may be in the middle of that
    very session; and importing an archive only updates a session still in progress here.
    """
    with db.write() as s:
        result = s.execute(
            update(PracticeSession)
            .where(PracticeSession.status == "in_progress", PracticeSession.started_at < as_utc(started_before))
            .values(status="abandoned", ended_at=utcnow())
        )
        return int(getattr(result, "rowcount", 0) or 0)


def get_session(db: Database, session_id: UUID) -> SessionInfo:
    with db.read() as s:
        return session_info(load_session(s, session_id))


def list_sessions(db: Database, trainee_id: UUID) -> list[SessionInfo]:
    """A trainee's sessions, newest first."""
    query = (
        select(PracticeSession)
        .where(PracticeSession.trainee_id == trainee_id)
        .order_by(PracticeSession.started_at.desc(), PracticeSession.id)
    )
    with db.read() as s:
        return [session_info(row) for row in s.scalars(query)]
