"""The progress database schema (SQLAlchemy 2 typed declarative models).

Only repository modules in this package use these classes; the rest of the app gets
plain dataclasses from :mod:`trainer.storage.records`.

Every row that can travel between machines has a UUID primary key, so merging another
machine's archive is a matter of "insert what is not there yet". A practice session keeps
the scenario's id, content hash and title, and an answer keeps the question text as it
was asked: history stays readable after a scenario file is edited or deleted.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.expression import false

from trainer.storage.types import NFCJSON, NFCString, NFCText, UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SESSION_MODES: tuple[str, ...] = ("solo", "workshop")
SESSION_STATUSES: tuple[str, ...] = ("in_progress", "completed", "abandoned")
INPUT_MODES: tuple[str, ...] = ("typed", "spoken")
SCORE_STATUSES: tuple[str, ...] = ("met", "partly", "missed", "not_applicable")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Trainee(Base):
    __tablename__ = "trainees"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    display_name: Mapped[str] = mapped_column(NFCString(200))
    unit: Mapped[str] = mapped_column(NFCString(300), default="")  # school or department
    role: Mapped[str] = mapped_column(NFCString(100), default="")
    language: Mapped[str] = mapped_column(NFCString(8), default="vi")
    pin_hash: Mapped[str | None] = mapped_column(NFCString(255), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Workshop(Base):
    __tablename__ = "workshops"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(NFCString(300))
    held_on: Mapped[date | None] = mapped_column(Date, default=None)
    place: Mapped[str] = mapped_column(NFCString(300), default="")
    trainer: Mapped[str] = mapped_column(NFCString(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WorkshopMember(Base):
    """The roster: who takes part in a workshop."""

    __tablename__ = "workshop_members"
    __table_args__ = (Index("ix_workshop_members_trainee_id", "trainee_id"),)

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True)
    trainee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("trainees.id", ondelete="CASCADE"), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PracticeSession(Base):
    __tablename__ = "practice_sessions"
    __table_args__ = (
        CheckConstraint(_in("mode", SESSION_MODES), name="mode"),
        CheckConstraint(_in("status", SESSION_STATUSES), name="status"),
        Index("ix_practice_sessions_trainee_started", "trainee_id", "started_at"),
        Index("ix_practice_sessions_workshop_id", "workshop_id"),
        Index("ix_practice_sessions_scenario_id", "scenario_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    trainee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("trainees.id", ondelete="CASCADE"))
    workshop_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("workshops.id", ondelete="SET NULL"), default=None)
    scenario_id: Mapped[str] = mapped_column(NFCString(200))
    scenario_hash: Mapped[str] = mapped_column(NFCString(128))  # content hash of the scenario as practised
    scenario_title: Mapped[str] = mapped_column(NFCString(500), default="")
    scenario_language: Mapped[str] = mapped_column(NFCString(8), default="vi")
    mode: Mapped[str] = mapped_column(NFCString(16), default="solo")
    difficulty: Mapped[int] = mapped_column(Integer, default=1)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    status: Mapped[str] = mapped_column(NFCString(16), default="in_progress")


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (
        CheckConstraint(_in("input_mode", INPUT_MODES), name="input_mode"),
        CheckConstraint("overall >= 0 AND overall <= 100", name="overall_range"),
        CheckConstraint("duration_ms >= 0", name="duration_positive"),
        Index("ix_answers_session_answered", "session_id", "answered_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practice_sessions.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(NFCString(200))
    question_text: Mapped[str] = mapped_column(NFCText)  # as asked (a follow-up's own wording)
    question_kind: Mapped[str] = mapped_column(NFCString(32), default="")
    answer_text: Mapped[str] = mapped_column(NFCText)
    input_mode: Mapped[str] = mapped_column(NFCString(8), default="typed")
    audio_path: Mapped[str | None] = mapped_column(NFCString(500), default=None)  # relative to the data folder
    latency_ms: Mapped[int | None] = mapped_column(Integer, default=None)  # question asked -> answer begun
    duration_ms: Mapped[int] = mapped_column(Integer)  # answer begun -> answer submitted
    asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    language: Mapped[str] = mapped_column(NFCString(8), default="vi")
    overall: Mapped[int] = mapped_column(Integer)
    ladder_level: Mapped[int] = mapped_column(Integer, default=0)
    ladder_key: Mapped[str] = mapped_column(NFCString(32), default="")
    #: missing_key_messages, missing_facts, ladder_sentence, notices; "transcription" for spoken answers
    details: Mapped[dict[str, Any]] = mapped_column(NFCJSON, default=dict)
    #: Spoken answers: the words as the recogniser heard them (answer_text holds the
    #: trainee's corrected version, which was scored); None when nothing was transcribed.
    transcript_raw: Mapped[str | None] = mapped_column(NFCText, default=None)
    #: Spoken answers: the delivery measurement (trainer.speech.delivery.delivery_record).
    delivery: Mapped[dict[str, Any] | None] = mapped_column(NFCJSON, default=None)
    #: Scored without its words (no transcript): the content waits for a trainer's review.
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class PrincipleScore(Base):
    """One principle's score for one answer, as the scorer gave it (and as reviewed)."""

    __tablename__ = "principle_scores"
    __table_args__ = (
        CheckConstraint(_in("status", SCORE_STATUSES), name="status"),
        CheckConstraint("reviewed_status IS NULL OR " + _in("reviewed_status", SCORE_STATUSES), name="reviewed_status"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 100)", name="score_range"),
    )

    answer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("answers.id", ondelete="CASCADE"), primary_key=True)
    principle: Mapped[str] = mapped_column(NFCString(64), primary_key=True)
    status: Mapped[str] = mapped_column(NFCString(16))
    score: Mapped[int | None] = mapped_column(Integer, default=None)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    reason: Mapped[str] = mapped_column(NFCText, default="")
    advice: Mapped[str] = mapped_column(NFCText, default="")
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(NFCJSON, default=list)
    #: The latest trainer review that overrode this score (None: the scorer's score stands).
    review_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("trainer_reviews.id", ondelete="SET NULL"), default=None
    )
    reviewed_score: Mapped[int | None] = mapped_column(Integer, default=None)
    reviewed_status: Mapped[str | None] = mapped_column(NFCString(16), default=None)


class TrainerReview(Base):
    """A trainer's comment on an answer and the scores they overrode (an append-only log)."""

    __tablename__ = "trainer_reviews"
    __table_args__ = (Index("ix_trainer_reviews_answer_id", "answer_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    answer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("answers.id", ondelete="CASCADE"))
    reviewer: Mapped[str] = mapped_column(NFCString(200))
    comment: Mapped[str] = mapped_column(NFCText, default="")
    #: [{"principle", "score", "status", "previous_score", "previous_status"}, ...]
    changes: Mapped[list[dict[str, Any]]] = mapped_column(NFCJSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ErasedTrainee(Base):
    """A tombstone: an erased trainee's id, so that importing an old archive cannot bring them back."""

    __tablename__ = "erased_trainees"

    trainee_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
