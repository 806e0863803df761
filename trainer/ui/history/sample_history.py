"""A realistic history on the real scenario library, scored by the real scorer.

For the history page's screenshots and tests: unlike ``demo-data`` (synthetic scores on
invented scenarios, fast enough for 100,000 answers), these sessions are practices of the
library's own scenarios, so model answers, key messages and "practise next" all line up.
Answers grow from evasive to close to the model answer over the weeks.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from trainer.domain.scenario import Question, Scenario
from trainer.domain.scoring import score_answer
from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import Database
from trainer.storage.records import AnswerRecord, ScoreOverride, SessionInfo
from trainer.storage.reviews import review_answer
from trainer.storage.sessions import finish_session, start_session
from trainer.storage.types import utcnow

EVASIVE = {
    "vi": ("Hiện chúng tôi chưa có gì để nói thêm.", "Việc này để cấp trên trả lời.", "Không bình luận."),
    "en": ("We have nothing more to say at this stage.", "That is a matter for the authorities.", "No comment."),
}


@dataclass(frozen=True)
class SampleSession:
    session: SessionInfo
    answers: tuple[AnswerRecord, ...]


def answer_for(question: Question, level: float, language: str, rng: random.Random) -> str:
    """An answer about *level* (0–1) of the way to the model answer."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", question.model_answer.strip()) if s]
    keep = max(1, round(len(sentences) * level))
    chosen = sentences[:keep]
    if level < 0.4:
        chosen = [rng.choice(EVASIVE.get(language, EVASIVE["en"])), *chosen[:1]]
    return " ".join(chosen)


def build_sample_history(
    db: Database,
    trainee_id: UUID,
    scenarios: Sequence[Scenario],
    *,
    sessions: int = 12,
    days: int = 56,
    questions: int = 5,
    seed: int = 3,
    now: datetime | None = None,
) -> list[SampleSession]:
    """*sessions* practices of *scenarios* (cycled, so each comes back) over the last
    *days* days, oldest first; the second session is stopped half-way, and a trainer
    reviews the first answer of the third."""
    if not scenarios:
        raise ValueError("a sample history needs at least one scenario")
    rng = random.Random(seed)
    now = now or utcnow()
    out = []
    for n in range(sessions):
        scenario = scenarios[n % len(scenarios)]
        started = now - timedelta(days=days * (sessions - n) / sessions, hours=rng.uniform(0, 6))
        level = min(1.0, 0.15 + 0.85 * n / max(1, sessions - 1) + rng.uniform(-0.08, 0.08))
        info = start_session(db, trainee_id, scenario, started_at=started)
        asked = scenario.main_sequence[: (2 if n == 1 else questions)]
        at = started
        records = []
        for question in asked:
            text = answer_for(question, level, scenario.language, rng)
            result = score_answer(scenario, question, text)
            latency_ms, duration_ms = rng.randint(1500, 6000), rng.randint(25_000, 90_000)
            at += timedelta(milliseconds=latency_ms + duration_ms + rng.randint(20_000, 60_000))
            records.append(
                save_scored_answer(
                    db, info.id, question_id=question.id, question_text=question.text, question_kind=question.kind,
                    result=result, duration_ms=duration_ms, latency_ms=latency_ms, answered_at=at,
                    asked_at=at - timedelta(milliseconds=duration_ms + latency_ms),
                )
            )  # fmt: skip
        status = "abandoned" if n == 1 else "completed"
        info = finish_session(db, info.id, status=status, ended_at=at + timedelta(seconds=30))
        out.append(SampleSession(info, tuple(records)))
    if len(out) > 2 and out[2].answers:
        first = out[2].answers[0]
        # The trainer finds one principle better handled than the scorer judged.
        scored = next((s for s in first.scores if s.score is not None and 30 <= s.score < 70), None)
        overrides = {}
        if scored is not None and scored.score is not None:
            better = min(100, scored.score + 20)
            overrides[scored.principle] = ScoreOverride(better, "met" if better >= 70 else "partly")
        review_answer(
            db, first.id, reviewer="ThS. Lê Minh Châu", comment="Mở đầu tốt; cần nêu rõ thời điểm thông tin tiếp theo.",
            overrides=overrides, created_at=first.answered_at + timedelta(hours=3),
        )  # fmt: skip
    return out
