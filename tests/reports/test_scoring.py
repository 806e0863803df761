"""Effective scores and statistics of the reports (pure functions, no Qt, no database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from trainer.domain.result import Ladder
from trainer.reports.debrief_data import roster_key
from trainer.reports.model import AnswerItem, PrincipleMean
from trainer.reports.scoring import best_and_weakest, effective_overall, spreads, strong_and_weak
from trainer.reports.texts import duration, letters, number
from trainer.storage.records import AnswerRecord, ScoreRecord

T0 = datetime(2025, 5, 6, 2, 0, tzinfo=UTC)


def _score(principle: str, scored: int | None, weight: float = 1.0, reviewed: int | str | None = "no") -> ScoreRecord:
    status = "not_applicable" if scored is None else "met" if scored >= 75 else "partly" if scored >= 40 else "missed"
    if reviewed == "no":
        return ScoreRecord(principle, status, scored, weight, "", "", (), status, scored)
    new = None if reviewed is None else int(reviewed)
    new_status = "not_applicable" if new is None else "met" if new >= 75 else "partly" if new >= 40 else "missed"
    return ScoreRecord(principle, new_status, new, weight, "", "", (), status, scored, uuid4())


def _answer(overall: int, *scores: ScoreRecord) -> AnswerRecord:
    return AnswerRecord(
        id=uuid4(), session_id=uuid4(), question_id="q", question_text="Câu hỏi?", question_kind="", answer_text="…",
        input_mode="typed", audio_path=None, latency_ms=None, duration_ms=1000, asked_at=None, answered_at=T0,
        language="vi", overall=overall, ladder=Ladder(0, "none", ""), missing_key_messages=(), missing_facts=(),
        notices=(), scores=tuple(scores),
    )  # fmt: skip


def test_an_answer_nobody_reviewed_keeps_its_stored_overall() -> None:
    # the stored overall wins even if it does not equal the mean (the scorer's own rounding, caps)
    assert effective_overall(_answer(61, _score("facts", 60), _score("empathy", 63))) == 61


def test_an_override_recomputes_the_weighted_mean() -> None:
    answer = _answer(70, _score("facts", 60, 2.0, reviewed=20), _score("empathy", 90, 1.0))
    # scorer: (2*60 + 90) / 3 = 70; with the trainer's 20: (2*20 + 90) / 3 = 43.3
    assert effective_overall(answer) == 43


def test_a_scorers_cap_survives_an_override_as_a_shift() -> None:
    # scorer's mean 80 capped to 40 for a breach; the trainer lowers empathy 80 -> 50: mean 65, -15
    answer = _answer(40, _score("privacy", 80, reviewed="no"), _score("empathy", 80, reviewed=50))
    assert effective_overall(answer) == 25


def test_a_principle_the_scorer_found_not_applicable_counts_once_the_trainer_scores_it() -> None:
    answer = _answer(80, _score("facts", 80), _score("bridging", None, 0.0, reviewed=20))
    assert effective_overall(answer) == 50


def test_a_trainer_can_take_a_principle_out() -> None:
    answer = _answer(50, _score("facts", 80), _score("empathy", 20, reviewed=None))
    assert effective_overall(answer) == 80


def test_spreads_use_effective_scores_and_skip_not_applicable() -> None:
    a = _answer(0, _score("facts", 40), _score("empathy", 100), _score("bridging", None, 0.0))
    b = _answer(0, _score("facts", 80, reviewed=90), _score("empathy", 20))
    c = _answer(0, _score("facts", 50))
    stats = {s.principle: s for s in spreads([("lan", a), ("binh", b), ("lan", c)])}
    assert list(stats) == ["empathy", "facts"]  # catalog order, bridging had no score
    facts = stats["facts"]
    assert (facts.answers, facts.mean, facts.minimum, facts.maximum, facts.trainees) == (3, 60.0, 40, 90, 2)
    assert facts.sd == pytest.approx(((20**2 + 30**2 + 10**2) / 3) ** 0.5)
    assert (facts.met, facts.partly, facts.missed, facts.reviewed) == (1, 2, 0, 1)
    assert stats["empathy"].missed == 1 and stats["empathy"].sd == 40.0


def _item(overall: int, minutes: int) -> AnswerItem:
    return AnswerItem("Lan", "", "", "", "", T0 + timedelta(minutes=minutes), overall, overall, False, ())


def test_best_and_weakest() -> None:
    early, late, low = _item(80, 1), _item(80, 5), _item(30, 3)
    assert best_and_weakest([early, low, late]) == (late, low)
    assert best_and_weakest([early]) == (early, None)
    assert best_and_weakest([]) == (None, None)


def test_strong_and_weak_principles() -> None:
    means = [PrincipleMean(p, m, 1, None) for p, m in [("facts", 90), ("empathy", 90), ("action", 20), ("concise", 74)]]
    assert strong_and_weak(means) == (["empathy", "facts"], ["action", "concise"])
    assert strong_and_weak([PrincipleMean("facts", 100, 1, None)]) == (["facts"], [])


def test_aliases_names_numbers_and_durations() -> None:
    assert [letters(i) for i in (0, 1, 25, 26, 27, 51, 701, 702)] == ["A", "B", "Z", "AA", "AB", "AZ", "ZZ", "AAA"]
    people = ["Trần Văn Bình", "Nguyễn Thị Lan", "Đỗ Minh Châu", "Lê Thị Hồng Nhung", "Hoàng An"]
    assert sorted(people, key=roster_key) == [
        "Hoàng An", "Trần Văn Bình", "Đỗ Minh Châu", "Nguyễn Thị Lan", "Lê Thị Hồng Nhung",
    ]  # fmt: skip
    assert (number(72.46, "vi"), number(72.46, "en"), number(70.0, "vi"), number(None, "vi")) == (
        "72,5", "72.5", "70", "—",
    )  # fmt: skip
    assert duration(3_725_000, "vi") == "1 giờ 02 phút" and duration(75_400, "en") == "1 min 15 s"
