"""Plain, immutable records the repository functions return (never live ORM rows).

Scores in these records are the *effective* ones: a trainer's override when there is
one, else the scorer's; the scorer's own values stay available beside them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any
from uuid import UUID

from trainer.domain.result import Evidence, Ladder, PrincipleScore, Result, Status
from trainer.domain.scenario import Scenario
from trainer.domain.scoring.measures import DeliveryMeasures


@dataclass(frozen=True)
class TraineeInfo:
    id: UUID
    display_name: str
    unit: str  # school or department
    role: str
    language: str
    has_pin: bool
    created_at: datetime


@dataclass(frozen=True)
class WorkshopInfo:
    id: UUID
    name: str
    held_on: date | None
    place: str
    trainer: str
    created_at: datetime
    member_ids: tuple[UUID, ...] = ()


@dataclass(frozen=True)
class ScenarioRef:
    """What a practice session remembers of its scenario (enough to read it without the file)."""

    id: str
    content_hash: str
    title: str
    language: str = "vi"
    difficulty: int = 1

    @classmethod
    def of(cls, scenario: Scenario) -> ScenarioRef:
        return cls(scenario.id, scenario.content_hash, scenario.title, scenario.language, scenario.difficulty)


@dataclass(frozen=True)
class SessionInfo:
    id: UUID
    trainee_id: UUID
    workshop_id: UUID | None
    scenario_id: str
    scenario_hash: str
    scenario_title: str
    scenario_language: str
    mode: str  # solo | workshop
    difficulty: int
    started_at: datetime
    ended_at: datetime | None
    status: str  # in_progress | completed | abandoned


@dataclass(frozen=True)
class ScoreRecord:
    principle: str
    status: str  # effective (reviewed if a trainer overrode it)
    score: int | None
    weight: float
    reason: str
    advice: str
    evidence: tuple[Evidence, ...]
    scored_status: str  # as the scorer gave it
    scored_score: int | None
    review_id: UUID | None = None

    @property
    def reviewed(self) -> bool:
        return self.review_id is not None


@dataclass(frozen=True)
class AnswerRecord:
    id: UUID
    session_id: UUID
    question_id: str
    question_text: str
    question_kind: str
    answer_text: str
    input_mode: str  # typed | spoken
    audio_path: str | None  # relative to the data folder
    latency_ms: int | None
    duration_ms: int
    asked_at: datetime | None
    answered_at: datetime
    language: str
    overall: int
    ladder: Ladder
    missing_key_messages: tuple[str, ...]
    missing_facts: tuple[str, ...]
    notices: tuple[str, ...]
    scores: tuple[ScoreRecord, ...]
    #: Spoken answers: what the recogniser heard (answer_text is the corrected, scored text).
    transcript_raw: str | None = None
    #: Spoken answers: the delivery measurement as stored (see :meth:`delivery_measures`).
    delivery: Mapping[str, Any] | None = field(default=None, hash=False, compare=False)
    #: Scored without its words: the content waits for a trainer's review.
    needs_review: bool = False
    #: Spoken answers: how it was transcribed ({"engine", "model", ...}; {"engine": "typed"}).
    transcription: Mapping[str, Any] | None = field(default=None, hash=False, compare=False)

    def delivery_measures(self) -> DeliveryMeasures | None:
        """The stored delivery measures as the scorer's :class:`DeliveryMeasures` (None if not spoken)."""
        return delivery_measures_from(self.delivery)

    def score(self, principle: str) -> ScoreRecord:
        for s in self.scores:
            if s.principle == principle:
                return s
        raise KeyError(principle)

    def to_result(self, *, reviewed: bool = True) -> Result:
        """The answer's result as a domain object (with trainers' overrides unless *reviewed* is False)."""
        principles = tuple(
            PrincipleScore(
                principle=s.principle,
                status=_status(s.status if reviewed else s.scored_status),
                score=s.score if reviewed else s.scored_score,
                weight=s.weight,
                reason=s.reason,
                advice=s.advice,
                evidence=s.evidence,
            )
            for s in self.scores
        )
        return Result(
            overall=self.overall,
            principles=principles,
            missing_key_messages=self.missing_key_messages,
            missing_facts=self.missing_facts,
            ladder=self.ladder,
            answer_text=self.answer_text,
            language=self.language,
            notices=self.notices,
        )


_COUNTS = frozenset({"filler_count", "pauses_medium", "pauses_long"})


def delivery_measures_from(record: Mapping[str, Any] | None) -> DeliveryMeasures | None:
    """The :class:`DeliveryMeasures` in a stored delivery record; unknown or odd values are skipped."""
    if not record:
        return None
    values: dict[str, Any] = {}
    for f in fields(DeliveryMeasures):
        value = record.get(f.name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        values[f.name] = int(value) if f.name in _COUNTS else float(value)
    return DeliveryMeasures(**values)


def _status(value: str) -> Status:
    if value == "met":
        return "met"
    if value == "partly":
        return "partly"
    if value == "missed":
        return "missed"
    return "not_applicable"


@dataclass(frozen=True)
class SessionHistory:
    session: SessionInfo
    answers: tuple[AnswerRecord, ...]

    @property
    def mean_overall(self) -> float | None:
        return sum(a.overall for a in self.answers) / len(self.answers) if self.answers else None


@dataclass(frozen=True)
class ScoreOverride:
    """A trainer's verdict on one principle of one answer."""

    score: int | None
    status: Status


@dataclass(frozen=True)
class ScoreChange:
    principle: str
    score: int | None
    status: str
    previous_score: int | None
    previous_status: str


@dataclass(frozen=True)
class ReviewRecord:
    id: UUID
    answer_id: UUID
    reviewer: str
    comment: str
    changes: tuple[ScoreChange, ...]
    created_at: datetime


@dataclass(frozen=True)
class TrendPoint:
    """A trainee's mean score on one principle in one practice session."""

    session_id: UUID
    scenario_id: str
    at: datetime  # when the session started
    principle: str
    mean_score: float
    answers: int


@dataclass(frozen=True)
class AttemptSummary:
    session_id: UUID
    started_at: datetime
    status: str
    mean_overall: float
    answers: int


@dataclass(frozen=True)
class ScenarioAttempts:
    scenario_id: str
    scenario_title: str
    attempts: int
    best: AttemptSummary
    last: AttemptSummary


@dataclass(frozen=True)
class PrincipleStat:
    principle: str
    mean_score: float
    scored: int  # answers with a score on this principle
    met: int
    partly: int
    missed: int


@dataclass(frozen=True)
class TraineeWorkshopStat:
    trainee_id: UUID
    display_name: str
    unit: str
    answers: int
    mean_overall: float | None
    principles: tuple[PrincipleStat, ...]


@dataclass(frozen=True)
class WorkshopSummary:
    workshop: WorkshopInfo
    answers: int
    per_principle: tuple[PrincipleStat, ...]
    per_trainee: tuple[TraineeWorkshopStat, ...]
