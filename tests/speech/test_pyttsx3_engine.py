"""Real speech: espeak-ng through pyttsx3 in the worker process — Vietnamese audio that is
not silent and of plausible length, the cache, crash and hang recovery, a clean channel."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.speech.conftest import QUESTION_VI, ROOT, needs_espeak, syllables
from trainer.domain.scenario import Scenario
from trainer.speech.cache import SpeechCache
from trainer.speech.engine import NoEngine, NoVoice, SynthesisFailed, language_of
from trainer.speech.pyttsx3_engine import Pyttsx3Engine, worker_command
from trainer.speech.synth import Synthesizer, speaking_order
from trainer.speech.voices import choose_voices
from trainer.speech.wavinfo import wav_stats

pytestmark = [needs_espeak, pytest.mark.audio]

#: espeak-ng at 200 words a minute reads Vietnamese at about 0.2 s a syllable
SECONDS_PER_SYLLABLE = (0.08, 0.4)
MIN_RMS = 0.02  # full scale 1.0; espeak-ng speech measures about 0.1


def assert_speech(path: Path, text: str) -> None:
    stats = wav_stats(path)
    per_syllable = stats.duration_s / syllables(text)
    assert stats.rms > MIN_RMS, f"silent audio: rms {stats.rms:.4f}"
    assert SECONDS_PER_SYLLABLE[0] <= per_syllable <= SECONDS_PER_SYLLABLE[1], f"{stats.duration_s:.2f} s"


def test_espeak_lists_the_three_vietnamese_voices(engine: Pyttsx3Engine) -> None:
    vi = {v.id: v for v in engine.voices() if language_of(v.language) == "vi"}
    assert {"aav/vi", "aav/vi-vn-x-central", "aav/vi-vn-x-south"} <= set(vi)
    assert vi["aav/vi+f3"].gender == "female"
    assert engine.driver_name == "espeak" and engine.supports_pitch


def test_a_vietnamese_question_becomes_non_silent_audio_of_plausible_length(
    engine: Pyttsx3Engine, tmp_path: Path
) -> None:
    path = engine.synthesize(QUESTION_VI, "aav/vi", 1.0, 0.0, tmp_path / "q.wav")
    assert_speech(path, QUESTION_VI)
    if shutil.which("sox"):  # an independent measure of the same file
        out = subprocess.run(["sox", str(path), "-n", "stats"], capture_output=True, text=True, check=True).stderr
        rms_db = float(next(line.split()[-1] for line in out.splitlines() if line.startswith("RMS lev dB")))
        assert rms_db > -35


def test_rate_and_voice_change_the_audio(engine: Pyttsx3Engine, tmp_path: Path) -> None:
    normal = wav_stats(engine.synthesize(QUESTION_VI, "aav/vi", 1.0, 0.0, tmp_path / "a.wav")).duration_s
    fast = wav_stats(engine.synthesize(QUESTION_VI, "aav/vi", 1.6, 0.0, tmp_path / "b.wav")).duration_s
    assert fast < normal * 0.8
    south = engine.synthesize(QUESTION_VI, "aav/vi-vn-x-south+f3", 1.0, 0.3, tmp_path / "c.wav")
    assert south.read_bytes() != (tmp_path / "a.wav").read_bytes()


def test_the_cache_returns_the_same_file_without_synthesising_again(
    engine: Pyttsx3Engine, cache: SpeechCache, vi_scenario: Scenario
) -> None:
    synth = Synthesizer(engine, cache)
    plan = synth.plan(vi_scenario)
    utterance = plan.utterance(vi_scenario.questions[0])
    first = synth.render(utterance)
    assert_speech(first, utterance.text)
    requests, mtime_ns = engine.requests, first.stat().st_mtime_ns
    content = first.read_bytes()
    time.sleep(0.01)
    again = synth.render(plan.utterance(vi_scenario.questions[0]))
    assert again == first and again.read_bytes() == content
    assert engine.requests == requests and synth.synthesized == 1  # no new worker request
    assert again.stat().st_mtime_ns >= mtime_ns  # a hit refreshes the LRU time, nothing else


def test_every_question_of_a_scenario_from_a_fresh_worker(cache: SpeechCache, vi_scenario: Scenario) -> None:
    # Back-to-back utterances once produced empty files (espeak cancelled the next message).
    fresh = Pyttsx3Engine()
    try:
        synth = Synthesizer(fresh, cache)
        plan = synth.plan(vi_scenario)
        for question in speaking_order(vi_scenario):
            assert_speech(synth.render(plan.utterance(question)), question.text)
        assert fresh.starts == 1 and synth.synthesized == len(vi_scenario.questions)
    finally:
        fresh.close()


def test_real_voices_for_every_bundled_vietnamese_scenario_are_vietnamese_and_distinct(
    engine: Pyttsx3Engine,
) -> None:
    from trainer.content.loader import load_scenario

    voices = engine.voices()
    for path in sorted((ROOT / "scenarios").glob("*.json")):
        scenario = load_scenario(path)
        plan = choose_voices(scenario.journalists, scenario.language, voices, supports_pitch=True)
        assert {language_of(c.language) for c in plan.values()} == {scenario.language}, path.name
        assert len({(c.voice_id, c.rate, c.pitch) for c in plan.values()}) == len(plan), path.name


def test_an_unknown_voice_is_a_typed_error_and_the_worker_carries_on(engine: Pyttsx3Engine, tmp_path: Path) -> None:
    pid = engine.pid
    with pytest.raises(NoVoice):
        engine.synthesize("xin chào", "aav/no-such-voice", 1.0, 0.0, tmp_path / "x.wav")
    assert engine.pid == pid
    assert_speech(engine.synthesize("Xin chào các bạn.", "aav/vi", 1.0, 0.0, tmp_path / "y.wav"), "Xin chào các bạn.")


def test_a_killed_worker_is_replaced_for_the_next_request(tmp_path: Path) -> None:
    e = Pyttsx3Engine()
    try:
        e.start()
        first = e.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while e.pid is not None and time.monotonic() < deadline:  # the worker died while idle
            time.sleep(0.01)
        path = e.synthesize(QUESTION_VI, "aav/vi", 1.0, 0.0, tmp_path / "a.wav")
        assert_speech(path, QUESTION_VI)
        assert e.pid not in (None, first) and e.starts == 2
    finally:
        e.close()


def test_a_crash_mid_utterance_fails_that_utterance_fast_and_the_next_succeeds(tmp_path: Path) -> None:
    e = Pyttsx3Engine(synth_timeout=30.0)
    try:
        e.start()
        victim = e.pid
        assert victim is not None
        long_text = " ".join([QUESTION_VI] * 60)  # about 1.5 s of synthesis
        threading.Timer(0.3, os.kill, (victim, signal.SIGKILL)).start()
        began = time.monotonic()
        with pytest.raises(SynthesisFailed, match="exited"):
            e.synthesize(long_text, "aav/vi", 1.0, 0.0, tmp_path / "long.wav")
        assert time.monotonic() - began < 5  # an error, not a wait for the 30 s timeout
        assert_speech(e.synthesize(QUESTION_VI, "aav/vi", 1.0, 0.0, tmp_path / "next.wav"), QUESTION_VI)
        assert e.pid != victim
    finally:
        e.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP")
def test_a_hung_worker_times_out_and_is_replaced(tmp_path: Path) -> None:
    e = Pyttsx3Engine(synth_timeout=1.0, per_char_timeout=0.0)
    try:
        e.start()
        hung = e.pid
        assert hung is not None
        os.kill(hung, signal.SIGSTOP)
        began = time.monotonic()
        with pytest.raises(SynthesisFailed, match="timed out"):
            e.synthesize(QUESTION_VI, "aav/vi", 1.0, 0.0, tmp_path / "a.wav")
        assert 0.9 < time.monotonic() - began < 4
        with pytest.raises(ProcessLookupError):
            os.kill(hung, 0)  # killed and reaped
        assert_speech(e.synthesize(QUESTION_VI, "aav/vi", 1.0, 0.0, tmp_path / "b.wav"), QUESTION_VI)
    finally:
        e.close()


def test_an_engine_that_cannot_start_says_so_and_is_not_available() -> None:
    e = Pyttsx3Engine(driver="no_such_driver")
    try:
        assert not e.available()
        with pytest.raises(NoEngine, match="no_such_driver"):
            e.voices()
    finally:
        e.close()


def test_the_protocol_channel_carries_only_json_although_pyttsx3_prints(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    request = {"id": 1, "op": "synth", "text": QUESTION_VI, "voice": "aav/vi", "rate": 1, "pitch": 0}
    lines = [json.dumps({**request, "path": str(tmp_path / f"{i}.wav"), "id": i}) for i in (1, 2)]
    out = subprocess.run(
        worker_command(), input="\n".join(lines) + "\n", capture_output=True, text=True, env=env, timeout=30
    )
    replies = [json.loads(line) for line in out.stdout.splitlines()]  # raises on "Audio saved to ..."
    assert [r.get("id") for r in replies] == [0, 1, 2] and all(r["ok"] for r in replies)
    assert out.returncode == 0


def test_close_cuts_short_a_synthesis_in_progress(tmp_path: Path) -> None:
    e = Pyttsx3Engine(synth_timeout=30.0)
    e.start()
    errors: list[Exception] = []

    def long_request() -> None:
        try:
            e.synthesize(" ".join([QUESTION_VI] * 60), "aav/vi", 1.0, 0.0, tmp_path / "long.wav")
        except SynthesisFailed as exc:
            errors.append(exc)

    worker = threading.Thread(target=long_request)
    worker.start()
    time.sleep(0.2)
    began = time.monotonic()
    e.close()
    worker.join(timeout=5)
    assert time.monotonic() - began < 3 and not worker.is_alive()
    assert len(errors) == 1 and e.pid is None
