"""Delivery analysis on real speech: espeak-ng says Vietnamese answers, silences of known
length are put between the sentences; onset and pauses must come out within ±100 ms and the
speaking time within ±10 %."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pytest

from trainer.domain.scoring import score_answer
from trainer.domain.scoring.measures import DeliveryMeasures
from trainer.speech.delivery import (
    analyse_file,
    analyse_samples,
    delivery_measures,
    delivery_record,
    text_stats,
)
from trainer.speech.spoken_result import VOICE_PRINCIPLES, delivery_only
from trainer.speech.wavfile import SAMPLE_RATE, WavWriter, read_samples, write_wav

from .audio import assemble, needs_sox, speech
from .conftest import needs_espeak

pytestmark = [needs_espeak, needs_sox, pytest.mark.audio]

SENTENCES = (
    "Chúng tôi rất lấy làm tiếc về sự việc này",
    "Nhà trường đã đưa các em đi bệnh viện ngay trong buổi trưa",
    "Chúng tôi sẽ thông tin tiếp vào lúc năm giờ chiều nay",
)
TOLERANCE_S = 0.1


@cache
def clip(text: str, voice: str = "vi") -> np.ndarray:
    return speech(text, voice)


@pytest.mark.parametrize(
    ("silences", "noise_dbfs", "gain_db"),
    [
        ((1.2, 0.7, 1.6, 0.5), -60.0, 0.0),  # a medium and a long pause
        ((2.6, 0.55, 0.3, 0.8), -50.0, -12.0),  # quieter voice, noisier room; a gap too short to be a pause
        ((0.4, 3.0, 1.05, 0.3), -65.0, 0.0),  # a very long pause, one just over 1 s
    ],
)
def test_onset_pauses_and_speaking_time_are_found(
    silences: tuple[float, ...], noise_dbfs: float, gain_db: float
) -> None:
    a0, p1, p2, tail = silences
    fixture = assemble(
        [a0, clip(SENTENCES[0]), p1, clip(SENTENCES[1]), p2, clip(SENTENCES[2]), tail],
        noise_dbfs=noise_dbfs,
        gain_db=gain_db,
    )
    found = analyse_samples(fixture.samples, SAMPLE_RATE)

    assert found.onset_s == pytest.approx(fixture.onset_s, abs=TOLERANCE_S)
    assert found.end_s == pytest.approx(fixture.segments[-1][1], abs=TOLERANCE_S)
    assert found.speaking_time_s == pytest.approx(fixture.speaking_s, rel=0.10)
    true_pauses = [(a, b) for a, b in fixture.pauses if b - a >= 0.25]
    assert len(found.pauses) == len(true_pauses)
    for got, (start, end) in zip(found.pauses, true_pauses, strict=True):
        assert got.start_s == pytest.approx(start, abs=TOLERANCE_S)
        assert got.end_s == pytest.approx(end, abs=TOLERANCE_S)
    medium = sum(1 for a, b in true_pauses if 0.5 <= b - a <= 1.0)
    long = sum(1 for a, b in true_pauses if b - a > 1.0)
    assert (found.pauses_medium, found.pauses_long) == (medium, long)
    assert found.duration_s == pytest.approx(fixture.duration_s, abs=0.01)
    assert found.noise_dbfs == pytest.approx(noise_dbfs, abs=3)
    assert found.loudness_dbfs is not None and found.loudness_dbfs > noise_dbfs + 15
    assert found.loudness_variation_db is not None and found.loudness_variation_db > 2


def test_a_quieter_voice_measures_quieter() -> None:
    parts: list[np.ndarray | float] = [0.5, clip(SENTENCES[0]), 0.5]
    loud = analyse_samples(assemble(parts).samples, SAMPLE_RATE)
    quiet = analyse_samples(assemble(parts, gain_db=-20).samples, SAMPLE_RATE)
    assert loud.loudness_dbfs is not None and quiet.loudness_dbfs is not None
    assert loud.loudness_dbfs - quiet.loudness_dbfs == pytest.approx(20, abs=1.5)


def test_a_take_without_speech_has_no_onset_and_no_measures() -> None:
    silent = assemble([3.0], noise_dbfs=-55)
    found = analyse_samples(silent.samples, SAMPLE_RATE)
    assert not found.heard_speech and found.onset_s is None and found.speaking_time_s == 0
    m = delivery_measures(found, "", "vi", latency_before_s=1.0)
    assert m.onset_latency_s is None and m.speaking_time_s is None and m.pauses_long is None
    empty = analyse_samples(np.zeros(0, dtype=np.float32), SAMPLE_RATE)
    assert not empty.heard_speech and empty.duration_s == 0


def test_measures_from_audio_and_words(tmp_path: Path) -> None:
    text = "Ờ thì chúng tôi rất lấy làm tiếc. Thực ra thì nhà trường đã đưa các em đi viện ngay."
    fixture = assemble([0.8, clip(SENTENCES[0]), 1.4, clip(SENTENCES[1]), 0.4])
    wav = write_wav(tmp_path / "take.wav", np.round(fixture.samples * 32767).astype("<i2"))
    audio = analyse_file(wav)
    m = delivery_measures(audio, text, "vi", latency_before_s=0.7)
    assert m.onset_latency_s == pytest.approx(0.7 + 0.8, abs=TOLERANCE_S)
    assert m.pauses_long == 1 and m.pauses_medium == 0
    stats = text_stats(text, "vi")
    assert stats.words == stats.units == 20
    assert m.syllables_per_minute == pytest.approx(20 / (audio.span_s / 60), rel=1e-6)
    assert m.words_per_minute is None
    assert m.filler_count == 2 and m.filler_ratio == pytest.approx(2 / 20)
    record = delivery_record(audio, m, latency_before_s=0.7, text=text, language="vi")
    assert record["fillers"] == ["Ờ", "Thực ra thì"]
    assert record["pauses_long"] == 1 and len(record["pauses"]) == 1
    assert record["method"] and record["take_s"] == pytest.approx(fixture.duration_s, abs=0.01)


@pytest.mark.parametrize(
    ("text", "language", "fillers"),
    [
        # ordinary "thì", "là", "mà" inside a clause are not fillers
        ("Nếu các em mệt thì nhà trường đưa đi viện, đó là việc đầu tiên mà chúng tôi làm.", "vi", ()),
        ("Ừm, chúng tôi, à, đang xác minh. Kiểu như là, thông tin còn thiếu.", "vi", ("Ừm", "à", "Kiểu như là")),
        ("Nói chung là chúng tôi xin lỗi. Tức là, các em đã về nhà.", "vi", ("Nói chung là", "Tức là")),
        ("Um, we are, you know, checking. Like, the facts are not in yet.", "en", ("Um", "you know", "Like")),
        ("We would like to apologise to the families.", "en", ()),
    ],
)
def test_fillers_are_counted_in_filler_position_only(text: str, language: str, fillers: tuple[str, ...]) -> None:
    assert text_stats(text, language).fillers == fillers


def test_pace_is_syllables_for_vietnamese_and_words_for_english() -> None:
    audio = analyse_samples(assemble([0.5, clip(SENTENCES[0]), 0.5]).samples, SAMPLE_RATE)
    vi = delivery_measures(audio, SENTENCES[0], "vi")
    en = delivery_measures(audio, "we are very sorry about this", "en")
    assert vi.syllables_per_minute and vi.words_per_minute is None
    assert en.words_per_minute and en.syllables_per_minute is None
    assert text_stats("37 em", "vi").units == 3  # a number is said in about one syllable per digit


def test_a_partial_take_is_read_to_its_end(tmp_path: Path) -> None:
    """A take cut off (crash, lost device) before its header was updated is still readable."""
    fixture = assemble([0.3, clip(SENTENCES[0]), 0.3])
    writer = WavWriter(tmp_path / "partial.wav")
    writer.write(fixture.pcm())  # more than a second: the header was updated once …
    writer.write(fixture.pcm()[:16000])  # … and this half second was not
    writer._fh.flush()  # the process "dies" here: no close()
    samples, rate = read_samples(tmp_path / "partial.wav")
    assert rate == SAMPLE_RATE
    assert len(samples) == (len(fixture.pcm()) + 16000) // 2
    writer.close()


# --- scoring with the measures -------------------------------------------------------------------


def test_long_pauses_and_fillers_lower_the_delivery_score(vi_scenario) -> None:  # type: ignore[no-untyped-def]
    question = vi_scenario.questions[0]
    answer = question.model_answer
    good = DeliveryMeasures(onset_latency_s=1.0, speaking_time_s=40, syllables_per_minute=220, filler_count=0,
                            filler_ratio=0.0, pauses_medium=2, pauses_long=0, loudness_dbfs=-20)  # fmt: skip
    poor = DeliveryMeasures(onset_latency_s=6.5, speaking_time_s=40, syllables_per_minute=120, filler_count=12,
                            filler_ratio=0.12, pauses_medium=3, pauses_long=6, loudness_dbfs=-48)  # fmt: skip
    a = score_answer(vi_scenario, question, answer, latency_s=good.onset_latency_s, delivery=good)
    b = score_answer(vi_scenario, question, answer, latency_s=poor.onset_latency_s, delivery=poor)
    assert a.principle("delivery").status == "met" and a.principle("timeliness").status == "met"
    assert b.principle("delivery").score is not None and b.principle("delivery").score < 50
    assert b.principle("timeliness").score is not None and b.principle("timeliness").score < 40
    assert a.overall > b.overall


def test_an_answer_without_words_is_scored_on_delivery_and_left_for_review(vi_scenario) -> None:  # type: ignore[no-untyped-def]
    question = vi_scenario.questions[0]
    m = DeliveryMeasures(onset_latency_s=1.2, speaking_time_s=30, pauses_medium=1, pauses_long=0, loudness_dbfs=-22)
    raw = score_answer(vi_scenario, question, "", latency_s=1.2, delivery=m)
    # the scorer's fix: voice principles are judged even when there are no words
    assert raw.principle("delivery").status == "met" and raw.principle("timeliness").score == 100
    result = delivery_only(raw)
    for p in result.principles:
        if p.principle in VOICE_PRINCIPLES:
            assert p.status == "met"
        else:
            assert p.status == "not_applicable" and "giảng viên" in p.reason
    assert result.overall == 100
    assert result.missing_key_messages == () and any("giảng viên" in n for n in result.notices)
