"""What a debrief and a personal report contain: plain, immutable data, ready to show or print.

Built by :mod:`trainer.reports.debrief_data` and :mod:`trainer.reports.personal_data` from
storage records; read by the debrief page, the PDF and CSV writers. Every score here is an
*effective* score (a trainer's override wins over the scorer). Names are already resolved:
in an anonymised debrief ``who`` is "Học viên A" and ``unit`` is empty, and no trainee or
answer id is kept, so nothing downstream can leak a name by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID


@dataclass(frozen=True)
class Spread:
    """Effective scores of one principle over a set of answers."""

    principle: str
    answers: int  # answers with a score on this principle
    mean: float | None
    sd: float | None  # population standard deviation over the answers
    minimum: int | None
    maximum: int | None
    met: int = 0
    partly: int = 0
    missed: int = 0
    reviewed: int = 0  # answers whose score on this principle a trainer changed
    trainees: int = 0  # people with at least one score on it


@dataclass(frozen=True)
class Comment:
    reviewer: str
    comment: str
    created_at: datetime
    #: (principle, new score or None, previous score or None) for every score the review changed
    changes: tuple[tuple[str, int | None, int | None], ...] = ()


@dataclass(frozen=True)
class AnswerItem:
    who: str  # the trainee's name, or their alias when anonymised
    unit: str  # empty when anonymised
    scenario_title: str
    question_text: str
    answer_text: str
    answered_at: datetime
    overall: int  # effective
    scored_overall: int  # as the scorer gave it
    reviewed: bool  # a trainer changed at least one principle score
    #: (principle, effective score) for every scored principle, catalog order
    principles: tuple[tuple[str, int], ...]
    comments: tuple[Comment, ...] = ()
    answer_id: UUID | None = None  # None when anonymised
    language: str = "vi"


@dataclass(frozen=True)
class PrincipleMean:
    principle: str
    mean: float
    answers: int
    reference: float | None  # the room's mean (card) or the latest session's (personal report)


@dataclass(frozen=True)
class TraineeCard:
    who: str
    unit: str
    answers: int
    mean_overall: float | None
    principles: tuple[PrincipleMean, ...]
    spreads: tuple[Spread, ...]
    best: AnswerItem | None
    weakest: AnswerItem | None  # None when the trainee gave a single answer
    #: every answer of theirs that a trainer commented on or re-scored, in order
    reviewed_answers: tuple[AnswerItem, ...]
    trainee_id: UUID | None = None  # None when anonymised


@dataclass(frozen=True)
class Debrief:
    workshop_name: str
    held_on: date | None
    place: str
    trainer: str
    anonymous: bool
    language: str
    generated_at: datetime
    roster: int
    trainees: int  # people who answered
    answers: int
    scenarios: tuple[str, ...]  # titles, in the order first practised
    mean_overall: float | None
    principles: tuple[Spread, ...]  # principles with at least one score, catalog order
    strongest: tuple[AnswerItem, ...]
    cards: tuple[TraineeCard, ...]
    #: every answer (for the CSV), in the order given
    all_answers: tuple[AnswerItem, ...] = ()
    workshop_id: UUID | None = None


@dataclass(frozen=True)
class SessionPoint:
    session_id: UUID
    started_at: datetime
    scenario_title: str
    mode: str  # solo | workshop
    answers: int
    mean_overall: float
    principle_means: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class PersonalReport:
    trainee_id: UUID
    name: str
    unit: str
    role: str
    language: str
    generated_at: datetime
    sessions: tuple[SessionPoint, ...]  # with at least one answer, oldest first
    answers: int
    answering_ms: int  # time spent answering (sum of durations)
    mean_overall: float | None
    principles: tuple[PrincipleMean, ...]  # reference: the latest session's mean
    spreads: tuple[Spread, ...]
    weakest_principles: tuple[PrincipleMean, ...]  # the lowest means, weakest first (at most 3)
    best: AnswerItem | None
    weakest: AnswerItem | None
    reviewed_answers: tuple[AnswerItem, ...]
    all_answers: tuple[AnswerItem, ...] = ()
