"""A trainee's personal report assembled from their whole history (solo and workshops)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import UUID

from trainer.reports.model import AnswerItem, PersonalReport, PrincipleMean, SessionPoint
from trainer.reports.scoring import answer_item, best_and_weakest, comments_by_answer, effective_overall, mean, spreads
from trainer.storage.engine import Database
from trainer.storage.history import trainee_history
from trainer.storage.records import ReviewRecord, SessionHistory, TraineeInfo
from trainer.storage.review_history import trainee_reviews
from trainer.storage.trainees import get_trainee

#: How many of the weakest principles the report suggests practising.
WEAKEST = 3


def load_personal(db: Database, trainee_id: UUID, *, language: str = "vi") -> PersonalReport:
    """Read and assemble a trainee's report (raises NotFoundError for an unknown id)."""
    trainee = get_trainee(db, trainee_id)
    history = trainee_history(db, trainee_id)
    reviews = trainee_reviews(db, trainee_id)
    return build_personal(trainee, history, reviews, language=language)


def build_personal(
    trainee: TraineeInfo,
    history: Sequence[SessionHistory],
    reviews: Sequence[ReviewRecord],
    *,
    language: str = "vi",
    now: datetime | None = None,
) -> PersonalReport:
    comments = comments_by_answer(reviews)
    ordered = sorted((h for h in history if h.answers), key=lambda h: (h.session.started_at, str(h.session.id)))
    points: list[SessionPoint] = []
    items: list[AnswerItem] = []
    for h in ordered:
        title = h.session.scenario_title or h.session.scenario_id
        overall = [effective_overall(a) for a in h.answers]
        points.append(
            SessionPoint(
                session_id=h.session.id,
                started_at=h.session.started_at,
                scenario_title=title,
                mode=h.session.mode,
                answers=len(h.answers),
                mean_overall=sum(overall) / len(overall),
                principle_means=tuple((s.principle, s.mean or 0.0) for s in spreads((None, a) for a in h.answers)),
            )
        )
        items.extend(
            answer_item(
                a, who=trainee.display_name, unit=trainee.unit, scenario_title=title, comments=comments.get(a.id, ())
            )
            for a in h.answers
        )
    answers = [a for h in ordered for a in h.answers]
    overall_spreads = spreads((None, a) for a in answers)
    latest = dict(points[-1].principle_means) if points else {}
    principles = tuple(
        PrincipleMean(s.principle, s.mean or 0.0, s.answers, latest.get(s.principle)) for s in overall_spreads
    )
    best, weakest = best_and_weakest(items)
    return PersonalReport(
        trainee_id=trainee.id,
        name=trainee.display_name,
        unit=trainee.unit,
        role=trainee.role,
        language=language,
        generated_at=now or datetime.now(UTC),
        sessions=tuple(points),
        answers=len(answers),
        answering_ms=sum(a.duration_ms for a in answers),
        mean_overall=mean([i.overall for i in items]),
        principles=principles,
        spreads=overall_spreads,
        weakest_principles=tuple(sorted(principles, key=lambda p: (p.mean, p.principle))[:WEAKEST]),
        best=best,
        weakest=weakest,
        reviewed_answers=tuple(i for i in items if i.comments or i.reviewed),
        all_answers=tuple(items),
    )
