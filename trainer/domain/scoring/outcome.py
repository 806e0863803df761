"""What one principle check returns, and the context every check reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from trainer.domain.result import Evidence, Polarity, Status
from trainer.domain.scenario import Question
from trainer.domain.scoring.analysis import Analysis
from trainer.domain.scoring.compiled import CompiledScenario
from trainer.domain.scoring.measures import DeliveryMeasures
from trainer.domain.scoring.messages import say

#: A score at or above MET is "met"; at or above PARTLY "partly"; below it "missed".
MET = 75
PARTLY = 40
#: Evidence spans kept per principle.
MAX_EVIDENCE = 6


def status_for(score: int) -> Status:
    if score >= MET:
        return "met"
    if score >= PARTLY:
        return "partly"
    return "missed"


@dataclass
class Outcome:
    score: int
    reason: str
    advice: str
    evidence: list[Evidence] = field(default_factory=list)
    #: A breach: the principle counts even where the question did not ask for it.
    violation: bool = False
    #: The overall score may not exceed this (a serious breach), with the reason key.
    cap: int | None = None
    cap_key: str = ""
    applicable: bool = True


@dataclass
class Context:
    comp: CompiledScenario
    question: Question
    a: Analysis
    language: str
    latency_s: float | None
    delivery: DeliveryMeasures | None

    def say(self, key: str, **params: object) -> str:
        return say(self.language, key, **params)

    def ev(self, start: int, end: int, polarity: Polarity, note: str = "") -> Evidence:
        return Evidence(start, end, self.a.text[start:end], polarity, note)

    def words_at(self, start: int, end: int) -> str:
        return self.a.text[start:end]


def not_applicable(reason: str) -> Outcome:
    return Outcome(score=0, reason=reason, advice="", applicable=False)
