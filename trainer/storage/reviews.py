"""Trainer reviews: a comment on an answer and, optionally, overridden principle scores.

Reviews are an append-only log (who, when, what changed). The newest review that touches
a principle decides its effective score, which is kept on the score row
(``review_id``, ``reviewed_score``, ``reviewed_status``) so history queries stay simple.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from uuid import UUID, uuid4

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainer.domain.text import nfc
from trainer.storage.engine import Database
from trainer.storage.errors import NotFoundError
from trainer.storage.models import SCORE_STATUSES, Answer, PrincipleScore, TrainerReview
from trainer.storage.records import ReviewRecord, ScoreChange, ScoreOverride
from trainer.storage.types import as_utc, utcnow


def review_record(row: TrainerReview) -> ReviewRecord:
    return ReviewRecord(
        id=row.id,
        answer_id=row.answer_id,
        reviewer=row.reviewer,
        comment=row.comment,
        changes=tuple(
            ScoreChange(
                principle=str(c["principle"]),
                score=c.get("score"),
                status=str(c["status"]),
                previous_score=c.get("previous_score"),
                previous_status=str(c.get("previous_status", "")),
            )
            for c in row.changes or ()
        ),
        created_at=row.created_at,
    )


def apply_reviews(session: Session, answer_ids: Iterable[UUID]) -> None:
    """Recompute the effective scores of *answer_ids* from their reviews, oldest first."""
    for answer_id in set(answer_ids):
        scores = {
            row.principle: row
            for row in session.scalars(select(PrincipleScore).where(PrincipleScore.answer_id == answer_id))
        }
        for row in scores.values():
            row.review_id, row.reviewed_score, row.reviewed_status = None, None, None
        reviews = session.scalars(
            select(TrainerReview)
            .where(TrainerReview.answer_id == answer_id)
            .order_by(TrainerReview.created_at, TrainerReview.id)
        )
        for review in reviews:
            for change in review.changes or ():
                target = scores.get(str(change.get("principle")))
                if target is not None:
                    target.review_id = review.id
                    target.reviewed_score = change.get("score")
                    target.reviewed_status = str(change.get("status"))


def review_answer(
    db: Database,
    answer_id: UUID,
    *,
    reviewer: str,
    comment: str = "",
    overrides: Mapping[str, ScoreOverride] | None = None,
    created_at: datetime | None = None,
    review_id: UUID | None = None,
) -> ReviewRecord:
    """Record a trainer's review of an answer; *overrides* maps principle ids to new verdicts."""
    overrides = dict(overrides or {})
    if not nfc(reviewer).strip():
        raise ValueError("a review needs the reviewer's name")
    for principle, verdict in overrides.items():
        if verdict.status not in SCORE_STATUSES:
            raise ValueError(f"{principle}: status must be one of {SCORE_STATUSES}")
        if verdict.score is not None and not 0 <= verdict.score <= 100:
            raise ValueError(f"{principle}: score {verdict.score} is outside 0-100")
    with db.write() as s:
        if s.get(Answer, answer_id) is None:
            raise NotFoundError(f"no answer with id {answer_id}")
        current = {
            row.principle: row for row in s.scalars(select(PrincipleScore).where(PrincipleScore.answer_id == answer_id))
        }
        unknown = sorted(set(overrides) - set(current))
        if unknown:
            raise ValueError(f"the answer has no score for {', '.join(unknown)}")
        changes = []
        for principle, verdict in sorted(overrides.items()):
            row = current[principle]
            reviewed = row.review_id is not None
            changes.append(
                {
                    "principle": principle,
                    "score": verdict.score,
                    "status": verdict.status,
                    "previous_score": row.reviewed_score if reviewed else row.score,
                    "previous_status": (row.reviewed_status or row.status) if reviewed else row.status,
                }
            )
        review = TrainerReview(
            id=review_id or uuid4(),
            answer_id=answer_id,
            reviewer=nfc(reviewer).strip(),
            comment=comment,
            changes=changes,
            created_at=as_utc(created_at) if created_at else utcnow(),
        )
        s.add(review)
        s.flush()
        apply_reviews(s, [answer_id])
        return review_record(review)


def list_reviews(db: Database, answer_id: UUID) -> list[ReviewRecord]:
    query = (
        select(TrainerReview)
        .where(TrainerReview.answer_id == answer_id)
        .order_by(TrainerReview.created_at, TrainerReview.id)
    )
    with db.read() as s:
        return [review_record(row) for row in s.scalars(query)]
