"""The scorer never raises, whatever the string: random Unicode, NFD, zero-width
characters, emoji, huge input."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.content.loader import load_scenario
from trainer.domain.result import Result
from trainer.domain.scenario import Scenario
from trainer.domain.scoring import DeliveryMeasures, score_answer

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
VI = load_scenario(SCENARIOS / "ngo-doc-thuc-pham-ban-tru.json")
EN = load_scenario(SCENARIOS / "en-exam-marking-error.json")

VIETNAMESE = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐĂÂÊÔƠƯ"
ODD = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u0301\u0323\u0309\u0303\u0300\u0302\u0306\u031b 🙂👍🏽👨‍👩‍👧\u202e\n\t.,;:!?…%'’\"-–—()0123456789İıßﬁ"
WORDS = st.sampled_from(
    [
        "không",
        "bình",
        "luận",
        "đổ",
        "lỗi",
        "37",
        "ba",
        "mươi",
        "bảy",
        "em",
        "lớp",
        "3A2",
        "nói",
        "riêng",
        "sữa",
        "chua",
        "no",
        "comment",
        "off",
        "the",
        "record",
        "blame",
        "sorry",
        "41",
        "students",
        "hơn",
        "khoảng",
        "nghìn",
        "tỷ",
    ]
)


def check(result: Result) -> None:
    assert "scorer_error" not in result.notices, "the scorer fell back after an internal error"
    assert 0 <= result.overall <= 100
    assert result.answer_text == unicodedata.normalize("NFC", result.answer_text)
    for p in result.principles:
        assert p.score is None or 0 <= p.score <= 100
        for e in p.evidence:
            assert result.answer_text[e.start : e.end] == e.text


texts = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.sampled_from(VIETNAMESE + ODD + "abcdefghijklmnopqrstuvwxyz "), max_size=400),
    st.lists(st.one_of(WORDS, st.text(alphabet=ODD, max_size=3)), max_size=80).map(" ".join),
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, form=st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"]), scenario=st.sampled_from([VI, EN]))
def test_scorer_never_raises_on_any_string(text: str, form: str, scenario: Scenario) -> None:
    text = unicodedata.normalize(form, text)  # type: ignore[arg-type]
    question = scenario.questions[len(text) % len(scenario.questions)]
    check(score_answer(scenario, question, text))


@settings(max_examples=60, deadline=None)
@given(
    latency=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    measures=st.builds(
        DeliveryMeasures,
        onset_latency_s=st.one_of(st.none(), st.floats(0, 100)),
        speaking_time_s=st.one_of(st.none(), st.floats(0, 1000)),
        syllables_per_minute=st.one_of(st.none(), st.floats(0, 1000)),
        words_per_minute=st.one_of(st.none(), st.floats(0, 1000)),
        filler_count=st.one_of(st.none(), st.integers(0, 500)),
        filler_ratio=st.one_of(st.none(), st.floats(0, 1)),
        pauses_medium=st.one_of(st.none(), st.integers(0, 100)),
        pauses_long=st.one_of(st.none(), st.integers(0, 100)),
        loudness_dbfs=st.one_of(st.none(), st.floats(-120, 0)),
    ),
)
def test_scorer_never_raises_on_any_measures(latency: float | None, measures: DeliveryMeasures) -> None:
    check(
        score_answer(VI, "mo-dau", "Tôi xin lỗi, ừm, 37 em đã được đưa đi khám.", latency_s=latency, delivery=measures)
    )


@pytest.mark.parametrize("scenario", [VI, EN], ids=["vi", "en"])
def test_one_megabyte_answer_is_capped_and_fast(scenario: Scenario) -> None:
    chunk = "Chúng tôi xin lỗi 🙂 và sẽ cập nhật\u200b trước 17 giờ; không bình luận. "
    text = (chunk * (1_048_576 // len(chunk) + 1))[:1_048_576]
    started = time.perf_counter()
    result = score_answer(scenario, scenario.questions[0], text)
    elapsed = time.perf_counter() - started
    check(result)
    assert result.notices
    assert elapsed < 2.0  # 1 MB: normalising and counting dominate; scoring itself is capped


def test_fifty_thousand_characters_stay_well_under_200_ms() -> None:
    text = ("Nhà trường rất lo lắng cho các em và sẽ cập nhật thông tin. " * 1000)[:50_000]
    score_answer(VI, "mo-dau", text)  # warm the caches
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        score_answer(VI, "mo-dau", text)
        timings.append(time.perf_counter() - started)
    assert min(timings) < 0.2
