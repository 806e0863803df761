"""The facade the UI uses: pre-synthesis when the briefing opens, speaking from the cache,
the Qt engine as a second engine, and the text-only status when nothing can speak."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from tests.speech.conftest import needs_espeak
from tests.speech.test_cache import write_wav
from trainer.domain.scenario import Scenario
from trainer.speech.cache import SpeechCache
from trainer.speech.engine import SpeechStatus, SynthesisFailed, VoiceInfo
from trainer.speech.pyttsx3_engine import Pyttsx3Engine
from trainer.speech.qt_engine import QtSpeechEngine
from trainer.speech.service import SpeechService, notice_text

has_mock = pytest.mark.skipif("mock" not in QTextToSpeech.availableEngines(), reason="no Qt mock TTS engine")


class FakeEngine:
    """A file engine for the service's own unit tests (the real one is tested on espeak-ng)."""

    name = "fake"
    supports_pitch = False

    def __init__(self, voices: list[VoiceInfo], fail: set[str] | None = None) -> None:
        self._voices = voices
        self.fail = fail  # texts that fail; None: every text
        self.calls = 0

    def available(self) -> bool:
        return True

    def voices(self) -> list[VoiceInfo]:
        return self._voices

    def synthesize(self, text: str, voice_id: str, rate: float, pitch: float, path: Path) -> Path:
        self.calls += 1
        if self.fail is None or text in self.fail:
            raise SynthesisFailed("the fake engine failed", engine=self.name)
        write_wav(path, 0.2, amplitude=0.3)
        return path

    def close(self) -> None:
        pass


@pytest.fixture
def make_service(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    made: list[SpeechService] = []

    def make(**kwargs: object) -> SpeechService:
        service = SpeechService(**kwargs)  # type: ignore[arg-type]
        made.append(service)
        return service

    yield make
    for service in made:
        service.shutdown()


def _wait_status(qtbot, service: SpeechService, state: str) -> SpeechStatus:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: service.status.state == state, timeout=10000)
    return service.status


@needs_espeak
def test_prepare_synthesises_every_question_and_speech_then_comes_from_the_cache(  # type: ignore[no-untyped-def]
    qtbot, make_service, cache: SpeechCache, vi_scenario: Scenario
) -> None:
    service = make_service(cache=cache, engine="pyttsx3")
    progress: list[tuple[int, int]] = []
    service.progress.connect(lambda done, total: progress.append((done, total)))
    service.prepare(vi_scenario)
    assert service.status.state == "preparing"
    status = _wait_status(qtbot, service, "ready")
    assert (status.engine, status.language) == ("pyttsx3", "vi")
    total = len(vi_scenario.questions)
    qtbot.waitUntil(lambda: progress and progress[-1] == (total, total), timeout=20000)
    assert service.synth is not None and service.synth.synthesized == total
    requests = service.file_engine.requests  # type: ignore[union-attr]

    question = min(vi_scenario.main_sequence, key=lambda q: len(q.text))
    began = time.perf_counter()
    with qtbot.waitSignal(service.started, timeout=2000) as started:
        assert service.speak(question)
    latency = time.perf_counter() - began
    assert started.args == [question.id]
    assert latency < 0.5, f"{latency * 1000:.0f} ms from speak() to playback"  # target: 100 ms
    assert service.file_engine.requests == requests and service.synth.synthesized == total  # type: ignore[union-attr]

    with qtbot.waitSignal(service.finished, timeout=15000) as finished:
        pass
    assert finished.args == [question.id]
    with qtbot.waitSignal(service.started, timeout=2000):
        assert service.replay()
    service.stop()
    assert service.synth.synthesized == total


@needs_espeak
def test_a_question_asked_before_its_audio_exists_plays_once_synthesised(  # type: ignore[no-untyped-def]
    qtbot, make_service, cache: SpeechCache, vi_scenario: Scenario
) -> None:
    service = make_service(cache=cache, engine="pyttsx3")
    last = vi_scenario.questions[-1]
    service.prepare(vi_scenario)
    with qtbot.waitSignal(service.started, timeout=10000) as started:
        assert service.speak(last)  # voices not even chosen yet
    assert started.args == [last.id]
    assert cache.get(service._plan.utterance(last).key) is not None  # type: ignore[union-attr]
    service.stop()


@has_mock
def test_no_vietnamese_voice_in_any_engine_means_text_only_with_a_notice(  # type: ignore[no-untyped-def]
    qtbot, make_service, cache: SpeechCache, vi_scenario: Scenario
) -> None:
    english = FakeEngine([VoiceInfo("en1", "English", "en-gb", "female", "fake")])
    service = make_service(cache=cache, file_engine=english, qt_engine=QtSpeechEngine("mock"))
    with qtbot.waitSignal(service.status_changed, timeout=5000, check_params_cb=lambda s: s.text_only) as sig:
        service.prepare(vi_scenario)
    status = sig.args[0]
    assert (status.state, status.reason, status.language) == ("text_only", "no_voice", "vi")
    assert status.needs_notice and any(w in notice_text(status) for w in ("Vietnamese", "Tiếng Việt"))
    assert service.speak(vi_scenario.questions[0]) is False
    assert english.calls == 0  # nothing was read in an English voice


@has_mock
def test_qt_speaks_when_pyttsx3_cannot_start(  # type: ignore[no-untyped-def]
    qtbot, make_service, cache: SpeechCache, en_scenario: Scenario
) -> None:
    broken = Pyttsx3Engine(driver="no_such_driver")
    service = make_service(cache=cache, file_engine=broken, qt_engine=QtSpeechEngine("mock"))
    service.prepare(en_scenario)
    status = _wait_status(qtbot, service, "ready")
    assert status.engine == "qt"
    question = en_scenario.main_sequence[0]
    heard: list[tuple[str, str]] = []
    service.started.connect(lambda qid: heard.append(("started", qid)))
    service.finished.connect(lambda qid: heard.append(("finished", qid)))
    with qtbot.waitSignal(service.finished, timeout=30000):
        assert service.speak(question)
    assert heard == [("started", question.id), ("finished", question.id)]


def test_nothing_can_start_means_text_only_no_engine(  # type: ignore[no-untyped-def]
    qtbot, make_service, cache: SpeechCache, vi_scenario: Scenario
) -> None:
    service = make_service(
        cache=cache, file_engine=Pyttsx3Engine(driver="no_such_driver"), qt_engine=QtSpeechEngine("no-such-engine")
    )
    service.prepare(vi_scenario)
    status = _wait_status(qtbot, service, "text_only")
    assert status.reason == "no_engine" and status.needs_notice
    assert any(w in notice_text(status) for w in ("text-to-speech", "bộ đọc văn bản"))


def test_speech_switched_off_is_text_only_without_a_notice(  # type: ignore[no-untyped-def]
    make_service, cache: SpeechCache, vi_scenario: Scenario
) -> None:
    english = FakeEngine([])
    service = make_service(cache=cache, enabled=False, file_engine=english)
    service.prepare(vi_scenario)
    assert service.status.reason == "disabled" and not service.status.needs_notice
    assert notice_text(service.status) == ""
    assert service.speak(vi_scenario.questions[0]) is False


def test_an_engine_that_keeps_failing_turns_the_scenario_to_text_only(  # type: ignore[no-untyped-def]
    qtbot, make_service, cache: SpeechCache, vi_scenario: Scenario
) -> None:
    failing = FakeEngine([VoiceInfo("vi1", "Vietnamese", "vi", "female", "fake")])
    service = make_service(cache=cache, file_engine=failing)
    service.prepare(vi_scenario)
    status = _wait_status(qtbot, service, "text_only")
    assert status.reason == "engine_failed" and status.needs_notice
    assert failing.calls == 3  # then the remaining pre-synthesis was dropped
    assert service.speak(vi_scenario.questions[1]) is False


def test_one_failed_question_is_reported_and_the_others_still_speak(  # type: ignore[no-untyped-def]
    qtbot, make_service, cache: SpeechCache, vi_scenario: Scenario
) -> None:
    bad, good = vi_scenario.main_sequence[0], vi_scenario.main_sequence[1]
    engine = FakeEngine([VoiceInfo("vi1", "Vietnamese", "vi", "female", "fake")], fail={bad.text})
    service = make_service(cache=cache, file_engine=engine)
    service.prepare(vi_scenario)
    _wait_status(qtbot, service, "ready")
    with qtbot.waitSignal(service.failed, timeout=5000) as failed:
        service.speak(bad)
    assert failed.args[0] == bad.id and isinstance(failed.args[1], SynthesisFailed)
    with qtbot.waitSignal(service.started, timeout=5000) as started:
        assert service.speak(good)
    assert started.args == [good.id] and service.status.state == "ready"
    service.stop()


@needs_espeak
def test_shutdown_ends_the_worker_process(  # type: ignore[no-untyped-def]
    qtbot, cache: SpeechCache, vi_scenario: Scenario
) -> None:
    service = SpeechService(cache=cache, engine="pyttsx3")
    service.warm_up()
    engine = service.file_engine
    assert isinstance(engine, Pyttsx3Engine)
    qtbot.waitUntil(lambda: engine.pid is not None, timeout=10000)
    pid = engine.pid
    service.shutdown()
    assert engine.pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # type: ignore[arg-type]
