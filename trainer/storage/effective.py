"""Effective scores: the score that counts for a principle of an answer.

A trainer's override when the score row carries a review, else the scorer's. The history,
trend and workshop queries all read scores through these expressions, and aggregate them
per principle with :func:`stat_columns` and :func:`principle_stat`. Principles that did
not apply to an answer have no score and are skipped by every aggregate.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, func

from trainer.storage.models import PrincipleScore
from trainer.storage.records import PrincipleStat

_reviewed = PrincipleScore.review_id.is_not(None)
#: The score that counts: the trainer's when reviewed, else the scorer's.
effective_score: ColumnElement[int] = case((_reviewed, PrincipleScore.reviewed_score), else_=PrincipleScore.score)
effective_status: ColumnElement[str] = case(
    (_reviewed, func.coalesce(PrincipleScore.reviewed_status, PrincipleScore.status)), else_=PrincipleScore.status
)


def _count_status(status: str) -> ColumnElement[Any]:
    return func.sum(case((effective_status == status, 1), else_=0))


def stat_columns() -> tuple[ColumnElement[Any], ...]:
    """The aggregate columns a :class:`PrincipleStat` is read from (add them to a grouped query)."""
    return (
        func.avg(effective_score).label("mean"),
        func.count(effective_score).label("scored"),
        _count_status("met").label("met"),
        _count_status("partly").label("partly"),
        _count_status("missed").label("missed"),
    )


def principle_stat(principle: str, row: Any) -> PrincipleStat:
    """A row carrying :func:`stat_columns`, as a :class:`PrincipleStat`."""
    return PrincipleStat(
        principle=principle,
        mean_score=round(float(row.mean), 2),
        scored=int(row.scored),
        met=int(row.met or 0),
        partly=int(row.partly or 0),
        missed=int(row.missed or 0),
    )
