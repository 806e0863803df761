"""Effective scores of stored answers, and the statistics the reports print (pure functions).

A trainer's override replaces the scorer's score of that principle (storage already gives
the effective score per principle). The *overall* score is stored as the scorer computed
it, so here it is recomputed when a trainer changed something: the weighted mean of the
effective principle scores, with the scorer's weights (weight 1 for a principle the scorer
had judged not applicable and the trainer scored). When the scorer had capped the overall
score for a serious breach, the cap is kept as a shift: the overall moves by as much as the
trainer's changes move the weighted mean. An answer nobody reviewed keeps its stored score.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from uuid import UUID

from trainer.domain.principles import PRINCIPLE_IDS
from trainer.domain.scoring.outcome import MET
from trainer.reports.model import AnswerItem, Comment, PrincipleMean, Spread
from trainer.storage.records import AnswerRecord, ReviewRecord

_ORDER = {p: i for i, p in enumerate(PRINCIPLE_IDS)}


def principle_order(principle: str) -> tuple[int, str]:
    return (_ORDER.get(principle, len(_ORDER)), principle)


def _weighted_mean(answer: AnswerRecord, *, reviewed: bool) -> float | None:
    total = weights = 0.0
    for s in answer.scores:
        score = s.score if reviewed else s.scored_score
        if score is None:
            continue
        weight = s.weight if s.weight > 0 else 1.0
        total += weight * score
        weights += weight
    return total / weights if weights else None


def effective_overall(answer: AnswerRecord) -> int:
    """The answer's overall score with the trainers' overrides (see the module docstring)."""
    if not any(s.reviewed for s in answer.scores):
        return answer.overall
    effective = _weighted_mean(answer, reviewed=True)
    if effective is None:
        return answer.overall
    scored = _weighted_mean(answer, reviewed=False)
    if scored is None or round(scored) <= answer.overall:  # the scorer did not cap it
        value = round(effective)
    else:
        value = round(answer.overall + effective - scored)
    return max(0, min(100, value))


def scored_principles(answer: AnswerRecord) -> tuple[tuple[str, int], ...]:
    pairs = [(s.principle, s.score) for s in answer.scores if s.score is not None]
    return tuple((p, int(score)) for p, score in sorted(pairs, key=lambda ps: principle_order(ps[0])))


def comment_of(review: ReviewRecord) -> Comment:
    return Comment(
        reviewer=review.reviewer,
        comment=review.comment.strip(),
        created_at=review.created_at,
        changes=tuple((c.principle, c.score, c.previous_score) for c in review.changes),
    )


def comments_by_answer(reviews: Iterable[ReviewRecord]) -> dict[UUID, tuple[Comment, ...]]:
    """Reviews that say something (a comment or a changed score), per answer, oldest first."""
    out: dict[UUID, list[Comment]] = {}
    for review in sorted(reviews, key=lambda r: (r.created_at, str(r.id))):
        if review.comment.strip() or review.changes:
            out.setdefault(review.answer_id, []).append(comment_of(review))
    return {k: tuple(v) for k, v in out.items()}


def answer_item(
    answer: AnswerRecord,
    *,
    who: str,
    unit: str,
    scenario_title: str,
    comments: Sequence[Comment] = (),
    keep_id: bool = True,
) -> AnswerItem:
    return AnswerItem(
        who=who,
        unit=unit,
        scenario_title=scenario_title,
        question_text=answer.question_text,
        answer_text=answer.answer_text,
        answered_at=answer.answered_at,
        overall=effective_overall(answer),
        scored_overall=answer.overall,
        reviewed=any(s.reviewed for s in answer.scores),
        principles=scored_principles(answer),
        comments=tuple(comments),
        answer_id=answer.id if keep_id else None,
        language=answer.language,
    )


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def spreads(answers: Iterable[tuple[object, AnswerRecord]]) -> tuple[Spread, ...]:
    """Per principle with at least one score: the statistics of the effective scores of
    *answers* (pairs of the answering person and the answer), in catalog order."""
    scores: dict[str, list[int]] = {}
    people: dict[str, set[object]] = {}
    counts: dict[str, dict[str, int]] = {}
    for person, answer in answers:
        for s in answer.scores:
            if s.score is None:
                continue
            scores.setdefault(s.principle, []).append(int(s.score))
            people.setdefault(s.principle, set()).add(person)
            c = counts.setdefault(s.principle, {"met": 0, "partly": 0, "missed": 0, "reviewed": 0})
            if s.status in c:
                c[s.status] += 1
            if s.reviewed:
                c["reviewed"] += 1
    out = []
    for principle in sorted(scores, key=principle_order):
        values = scores[principle]
        m = sum(values) / len(values)
        sd = math.sqrt(sum((v - m) ** 2 for v in values) / len(values))
        c = counts[principle]
        out.append(
            Spread(
                principle=principle,
                answers=len(values),
                mean=m,
                sd=sd,
                minimum=min(values),
                maximum=max(values),
                met=c["met"],
                partly=c["partly"],
                missed=c["missed"],
                reviewed=c["reviewed"],
                trainees=len(people[principle]),
            )
        )
    return tuple(out)


def best_and_weakest(items: Sequence[AnswerItem]) -> tuple[AnswerItem | None, AnswerItem | None]:
    """The highest and the lowest effective overall (ties: the later answer is the best,
    the earlier the weakest); the weakest is None when there is a single answer."""
    if not items:
        return None, None
    ordered = sorted(items, key=lambda a: (a.overall, a.answered_at))
    return ordered[-1], (ordered[0] if len(ordered) > 1 else None)


def strong_and_weak(means: Sequence[PrincipleMean], count: int = 2) -> tuple[list[str], list[str]]:
    """Up to *count* principles met on average (75 and up), highest first, and up to *count*
    below that, lowest first; ties in catalog order."""
    strong = sorted((m for m in means if m.mean >= MET), key=lambda m: (-m.mean, principle_order(m.principle)))
    weak = sorted((m for m in means if m.mean < MET), key=lambda m: (m.mean, principle_order(m.principle)))
    return [m.principle for m in strong[:count]], [m.principle for m in weak[:count]]
