"""A workshop debrief assembled from storage records.

:func:`load_source` reads what a debrief needs (three storage queries; run it off the GUI
thread); :func:`build_debrief` is a pure function of that source, so switching between
names and aliases, or the number of answers to discuss, needs no new query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from trainer.domain.text import fold
from trainer.reports.model import AnswerItem, Debrief, PrincipleMean, TraineeCard
from trainer.reports.scoring import answer_item, best_and_weakest, comments_by_answer, mean, spreads
from trainer.reports.texts import alias
from trainer.storage.engine import Database
from trainer.storage.records import AnswerRecord, ReviewRecord, SessionHistory, WorkshopSummary
from trainer.storage.review_history import workshop_reviews
from trainer.storage.workshop_history import workshop_sessions, workshop_summary

#: How many answers the debrief puts forward for discussion, unless told otherwise.
DEFAULT_TOP = 5


@dataclass(frozen=True)
class DebriefSource:
    summary: WorkshopSummary
    sessions: tuple[SessionHistory, ...]
    reviews: tuple[ReviewRecord, ...]


def load_source(db: Database, workshop_id: UUID) -> DebriefSource:
    """Read a workshop's roster, sessions with answers and reviews (raises NotFoundError)."""
    sessions = workshop_sessions(db, workshop_id)
    reviews = workshop_reviews(db, workshop_id)
    summary = workshop_summary(db, workshop_id)  # last: its roster covers everyone who answered above
    return DebriefSource(summary, tuple(sessions), tuple(reviews))


def load_debrief(
    db: Database, workshop_id: UUID, *, anonymous: bool = False, language: str = "vi", top: int = DEFAULT_TOP
) -> Debrief:
    return build_debrief(load_source(db, workshop_id), anonymous=anonymous, language=language, top=top)


def roster_key(name: str) -> tuple[str, str, str]:
    """Vietnamese class-list order: by given name (the last word), then the whole name,
    ignoring tone marks (so "Đỗ Minh Châu" comes before "Nguyễn Thị Lan")."""
    words = name.split()
    return (fold(words[-1]) if words else "", fold(name), name)


def _people(source: DebriefSource) -> list[UUID]:
    """Everyone in the debrief: the roster and whoever answered, in a fixed order."""
    ids = {t.trainee_id for t in source.summary.per_trainee}
    ids.update(s.session.trainee_id for s in source.sessions if s.answers)
    return sorted(ids, key=str)


def build_debrief(
    source: DebriefSource,
    *,
    anonymous: bool = False,
    language: str = "vi",
    top: int = DEFAULT_TOP,
    now: datetime | None = None,
) -> Debrief:
    """The debrief of *source*. Anonymised, each person is "Học viên A", "B"… by the order
    of their ids (not of their names or turns, which the room could work back from), the
    same letter everywhere in the debrief; units, trainee ids and answer ids are left out."""
    summary = source.summary
    known = {t.trainee_id: t for t in summary.per_trainee}
    people = _people(source)
    aliases = {tid: alias(i, language) for i, tid in enumerate(people)}

    def who(tid: UUID) -> str:
        if anonymous:
            return aliases[tid]
        found = known.get(tid)
        return found.display_name if found and found.display_name else aliases[tid]

    def unit(tid: UUID) -> str:
        found = known.get(tid)
        return "" if anonymous or found is None else found.unit

    comments = comments_by_answer(source.reviews)
    answered: list[tuple[UUID, AnswerRecord]] = []
    items: dict[UUID, list[AnswerItem]] = {tid: [] for tid in people}
    all_items: list[tuple[AnswerItem, datetime]] = []
    scenarios: dict[str, None] = {}
    for history in source.sessions:
        tid = history.session.trainee_id
        if history.answers:
            scenarios.setdefault(history.session.scenario_title or history.session.scenario_id, None)
        for answer in history.answers:
            answered.append((tid, answer))
            item = answer_item(
                answer,
                who=who(tid),
                unit=unit(tid),
                scenario_title=history.session.scenario_title or history.session.scenario_id,
                comments=comments.get(answer.id, ()),
                keep_id=not anonymous,
            )
            items.setdefault(tid, []).append(item)
            all_items.append((item, answer.answered_at))
    all_items.sort(key=lambda pair: pair[1])
    room = spreads(answered)
    room_means = {s.principle: s.mean for s in room}
    strongest = sorted((i for i, _ in all_items), key=lambda a: (-a.overall, a.answered_at))[: max(0, top)]

    cards = [_card(tid, who(tid), unit(tid), items.get(tid, []), answered, room_means, anonymous) for tid in people]
    cards.sort(key=lambda c: (len(c.who), c.who) if anonymous else roster_key(c.who))  # Học viên A … Z, AA …
    workshop = summary.workshop
    return Debrief(
        workshop_name=workshop.name,
        held_on=workshop.held_on,
        place=workshop.place,
        trainer=workshop.trainer,
        anonymous=anonymous,
        language=language,
        generated_at=now or datetime.now(UTC),
        roster=len(workshop.member_ids),
        trainees=len({tid for tid, _ in answered}),
        answers=len(answered),
        scenarios=tuple(scenarios),
        mean_overall=mean([i.overall for i, _ in all_items]),
        principles=room,
        strongest=tuple(strongest),
        cards=tuple(cards),
        all_answers=tuple(i for i, _ in all_items),
        workshop_id=None if anonymous else workshop.id,
    )


def _card(
    tid: UUID,
    who: str,
    unit: str,
    items: Sequence[AnswerItem],
    answered: Sequence[tuple[UUID, AnswerRecord]],
    room_means: dict[str, float | None],
    anonymous: bool,
) -> TraineeCard:
    mine = spreads((t, a) for t, a in answered if t == tid)
    best, weakest = best_and_weakest(items)
    return TraineeCard(
        who=who,
        unit=unit,
        answers=len(items),
        mean_overall=mean([i.overall for i in items]),
        principles=tuple(
            PrincipleMean(s.principle, s.mean or 0.0, s.answers, room_means.get(s.principle)) for s in mine
        ),
        spreads=mine,
        best=best,
        weakest=weakest,
        reviewed_answers=tuple(i for i in items if i.comments or i.reviewed),
        trainee_id=None if anonymous else tid,
    )
