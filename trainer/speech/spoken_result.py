"""A spoken answer scored without its words: delivery and timeliness only, the rest for a trainer.

When no speech-recognition model is installed and the trainee does not type what she said,
the scorer has no words. :func:`delivery_only` turns the scorer's result for an empty
answer (in which only ``delivery`` and ``timeliness``, measured from the voice, carry a
score) into a result that says so: every content principle is "not applicable — awaiting
the trainer's review", the overall score is the mean of the voice principles, and a notice
explains it. Texts are in the scenario's language, like every text of a result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any
from uuid import UUID

from trainer.domain.result import PrincipleScore, Result
from trainer.domain.scenario import Question, Scenario
from trainer.domain.scoring.measures import DeliveryMeasures
from trainer.domain.scoring.messages import say
from trainer.speech.capture import Take
from trainer.speech.delivery import AudioAnalysis, delivery_measures, delivery_record
from trainer.speech.transcribe import Transcript

#: How the words of a spoken answer were obtained.
SCORED_ON = ("transcript", "typed", "delivery")

VOICE_PRINCIPLES = ("timeliness", "delivery")

AWAITING_REVIEW = {
    "vi": "Chưa có lời để chấm (câu trả lời chưa được chuyển thành chữ): chờ giảng viên đánh giá.",
    "en": "No words to assess (the answer was not transcribed): awaiting the trainer's review.",
}
NOTICE = {
    "vi": "Câu trả lời nói này mới được chấm theo cách nói và thời gian bắt đầu trả lời; "
    "phần nội dung chờ giảng viên nghe lại và đánh giá.",
    "en": "This spoken answer was scored on its delivery and start time only; its content awaits the trainer's review.",
}


def delivery_only(result: Result) -> Result:
    language = result.language if result.language in AWAITING_REVIEW else "en"
    reason = AWAITING_REVIEW[language]
    principles = tuple(
        p if p.principle in VOICE_PRINCIPLES else PrincipleScore(p.principle, "not_applicable", None, 0.0, reason, "")
        for p in result.principles
    )
    scored = [p for p in principles if p.status != "not_applicable" and p.score is not None and p.weight > 0]
    weights = sum(p.weight for p in scored)
    overall = round(sum(p.weight * (p.score or 0) for p in scored) / weights) if weights else 0
    empty = say(language, "notice.empty")
    notices = (*(n for n in result.notices if n != empty), NOTICE[language])
    return replace(
        result,
        overall=overall,
        principles=principles,
        missing_key_messages=(),
        missing_facts=(),
        notices=notices,
    )


@dataclass(frozen=True)
class SpokenAnswer:
    """Everything about one spoken answer that the practice controller scores and stores."""

    answer_id: UUID
    audio_relpath: str  # relative to the data folder (trainer.storage.audio.audio_relpath)
    take: Take
    audio: AudioAnalysis
    language: str
    text: str  # what is scored: the corrected transcript, what she typed, or "" (delivery only)
    scored_on: str  # one of SCORED_ON
    raw_transcript: str | None = None  # the recogniser's words as first shown, before correction
    transcript: Transcript | None = None
    latency_before_s: float = 0.0  # from the end of the question to the start of the take

    def __post_init__(self) -> None:
        if self.scored_on not in SCORED_ON:
            raise ValueError(f"scored_on must be one of {SCORED_ON}")

    @property
    def needs_review(self) -> bool:
        return self.scored_on == "delivery"

    def measures(self) -> DeliveryMeasures:
        return delivery_measures(self.audio, self.text, self.language, latency_before_s=self.latency_before_s)

    def record(self) -> dict[str, Any]:
        return delivery_record(
            self.audio,
            self.measures(),
            latency_before_s=self.latency_before_s,
            text=self.text,
            language=self.language,
        )

    def score(self, scorer: Callable[..., Result], scenario: Scenario, question: Question) -> Result:
        """Score with *scorer* (``score_answer``): the words plus delivery and timeliness;
        without words, on delivery only (the content left for the trainer's review)."""
        measures = self.measures()
        result = scorer(scenario, question, self.text, latency_s=measures.onset_latency_s, delivery=measures)
        return delivery_only(result) if self.needs_review else result

    def storage_fields(self) -> dict[str, Any]:
        """Keyword arguments for ``trainer.storage.answers.save_scored_answer`` (besides the result)."""
        latency = self.measures().onset_latency_s
        return {
            "answer_id": self.answer_id,
            "input_mode": "spoken",
            "audio_path": self.audio_relpath,
            "latency_ms": None if latency is None else max(0, round(latency * 1000)),
            "transcript_raw": self.raw_transcript,
            "delivery": self.record(),
            "needs_review": self.needs_review,
            "transcription": self.transcription_info(),
        }

    def transcription_info(self) -> dict[str, Any]:
        info: dict[str, Any] = {"scored_on": self.scored_on}
        if self.transcript is not None:
            info.update(self.transcript.info())
            info["edited"] = (self.raw_transcript or "").strip() != self.text.strip()
        info["take_reason"] = self.take.reason
        return info
