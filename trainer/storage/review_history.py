"""Reading trainer reviews back: every review of a workshop's answers, or of a trainee's,
oldest first (writing them is :mod:`trainer.storage.reviews`).
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from trainer.storage.engine import Database
from trainer.storage.models import Answer, PracticeSession, TrainerReview
from trainer.storage.records import ReviewRecord
from trainer.storage.reviews import review_record
from trainer.storage.trainees import load_trainee
from trainer.storage.workshops import load_workshop


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
