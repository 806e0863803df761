"""The result of scoring one answer: plain, serialisable, explainable."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["met", "partly", "missed", "not_applicable"]
Polarity = Literal["good", "bad"]

STATUSES: tuple[str, ...] = ("met", "partly", "missed", "not_applicable")

#: The seed article's ladder of public response, lowest to highest.
LADDER_LEVELS: tuple[str, ...] = ("knows", "understands", "cares", "trusts")


@dataclass(frozen=True)
class Evidence:
    """A span of the (NFC-normalised) answer text that supports a score."""

    start: int
    end: int
    text: str
    polarity: Polarity
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "polarity": self.polarity, "note": self.note}


@dataclass(frozen=True)
class PrincipleScore:
    principle: str
    status: Status
    score: int | None  # None when not applicable
    weight: float
    reason: str
    advice: str
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.principle,
            "score": self.score,
            "status": self.status,
            "weight": self.weight,
            "reason": self.reason,
            "advice": self.advice,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Ladder:
    """Position on knows → understands → cares and supports → trusts (level 0 = none)."""

    level: int
    key: str
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "key": self.key, "sentence": self.sentence}


@dataclass(frozen=True)
class Result:
    overall: int
    principles: tuple[PrincipleScore, ...]
    missing_key_messages: tuple[str, ...]
    missing_facts: tuple[str, ...]
    ladder: Ladder
    answer_text: str
    language: str
    notices: tuple[str, ...] = field(default=())

    def principle(self, principle_id: str) -> PrincipleScore:
        for p in self.principles:
            if p.principle == principle_id:
                return p
        raise KeyError(principle_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall,
            "principles": [p.to_dict() for p in self.principles],
            "missing_key_messages": list(self.missing_key_messages),
            "missing_facts": list(self.missing_facts),
            "ladder": self.ladder.to_dict(),
            "notices": list(self.notices),
        }
