"""Scoring speed: a 150-word answer (p95 ≤ 5 ms) and a 50,000-character one (< 200 ms).

The baseline, measured in the same run on the same text, is the trivial work every
scorer must do anyway: NFC-normalising the answer and splitting it into words.
"""

from __future__ import annotations

import unicodedata
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.timing import measure, row
from trainer.content.loader import load_scenario
from trainer.domain.scenario import Question, Scenario
from trainer.domain.scoring import score_answer
from trainer.domain.scoring.compiled import clear_cache

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
TARGET_150_P95_MS = 5.0
TARGET_50K_MS = 200.0


def _words(text: str, count: int) -> str:
    words = text.split()
    while len(words) < count:
        words += text.split()
    return " ".join(words[:count])


def _baseline(text: str) -> None:
    unicodedata.normalize("NFC", text).split()


def _cold(scenario: Scenario, question: Question, answer: str) -> None:
    clear_cache()
    score_answer(scenario, question, answer)


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    cases = [
        ("vi", "ngo-doc-thuc-pham-ban-tru", "mo-dau"),
        ("en", "en-exam-marking-error", "opening"),
    ]
    for language, scenario_id, question_id in cases:
        scenario = load_scenario(SCENARIOS / f"{scenario_id}.json")
        question = scenario.question(question_id)
        source = " ".join(q.model_answer for q in scenario.questions)
        answer = _words(source, 150)
        baseline = "NFC + split, same answer"

        cold = measure(partial(_cold, scenario, question, answer), repeat=20, warmup=1)
        base = measure(partial(_baseline, answer), repeat=2000)
        warm = measure(partial(score_answer, scenario, question, answer), repeat=400, warmup=20)
        rows.append(
            row(
                f"score 150-word answer ({language})",
                warm,
                target=f"p95 ≤ {TARGET_150_P95_MS:g} ms",
                baseline=baseline,
                baseline_ms=base[0],
                passed=warm[1] <= TARGET_150_P95_MS,
            )
        )
        rows.append(
            row(
                f"first answer of a scenario, compile included ({language})",
                cold,
                target="informative",
                baseline=baseline,
                baseline_ms=base[0],
                passed=None,
            )
        )

        long_answer = ((source + " ") * (50_000 // len(source) + 1))[:50_000]
        long_base = measure(partial(_baseline, long_answer), repeat=200)
        long = measure(partial(score_answer, scenario, question, long_answer), repeat=40, warmup=3)
        result = score_answer(scenario, question, long_answer)
        rows.append(
            row(
                f"score 50,000-character answer ({language})",
                long,
                target=f"max < {TARGET_50K_MS:g} ms, capped with a notice",
                baseline=baseline,
                baseline_ms=long_base[0],
                passed=long[2] < TARGET_50K_MS and bool(result.notices),
            )
        )
    return rows
