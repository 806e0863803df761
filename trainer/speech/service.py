"""The speech facade the UI uses: prepare a scenario, speak a question, stop, replay.

Lives on the GUI thread; every call returns at once. Synthesis runs on one background
thread that drives the pyttsx3 worker process; results come back as queued signals. A
cached question starts playing inside ``speak()``; an uncached one jumps ahead of the
background pre-synthesis. When pyttsx3 has no voice for the scenario's language, Qt's
QTextToSpeech is tried (``engine="auto"``); when neither has one, the status says "text
only" with the reason, and ``speak()`` returns False.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from trainer.domain.scenario import Question, Scenario
from trainer.speech.cache import SpeechCache
from trainer.speech.engine import FileSpeechEngine, NoVoice, SpeechError, SpeechStatus, VoiceChoice
from trainer.speech.jobs import JobThread
from trainer.speech.notices import notice_text
from trainer.speech.player import AudioPlayer
from trainer.speech.pyttsx3_engine import Pyttsx3Engine
from trainer.speech.qt_engine import QtSpeechEngine
from trainer.speech.synth import Synthesizer, VoicePlan, speaking_order
from trainer.speech.voices import choose_voices

log = logging.getLogger(__name__)

__all__ = ["ENGINES", "SpeechService", "notice_text"]

ENGINES = ("auto", "pyttsx3", "qt")
_URGENT, _PLAN, _BACKGROUND = 0, 1, 2  # job priorities: a question asked now, voices, pre-synthesis
#: this many failed utterances in a row switch the scenario to text only
MAX_CONSECUTIVE_FAILURES = 3


class SpeechService(QObject):
    status_changed = Signal(object)  # SpeechStatus
    progress = Signal(int, int)  # questions synthesised (or failed), total
    started = Signal(str)  # question id whose audio began
    finished = Signal(str)  # question id whose audio played to the end
    failed = Signal(str, object)  # question id, SpeechError: show the text, carry on

    _planned = Signal(int, object)  # generation, VoicePlan | SpeechError
    _rendered = Signal(int, str, object)  # generation, question id, Path | SpeechError

    def __init__(
        self,
        *,
        enabled: bool = True,
        rate: float = 1.0,
        volume: float = 1.0,
        engine: str = "auto",
        file_engine: FileSpeechEngine | None = None,
        qt_engine: QtSpeechEngine | None = None,
        cache: SpeechCache | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
        self._mode = engine
        self._enabled = enabled
        self.cache = cache or SpeechCache()
        self.file_engine: FileSpeechEngine | None = None
        self.synth: Synthesizer | None = None
        if engine != "qt":
            chosen: FileSpeechEngine = file_engine if file_engine is not None else Pyttsx3Engine()
            self.file_engine = chosen
            self.synth = Synthesizer(chosen, self.cache, base_rate=rate)
        self._qt_engine = qt_engine
        self._rate = rate
        self.player = AudioPlayer(self)
        self._volume = volume
        self.player.set_volume(volume)
        self.player.started.connect(lambda _path: self._emit_started())
        self.player.finished.connect(lambda _path: self._emit_finished())
        self.player.error.connect(self._player_failed)
        self._planned.connect(self._on_planned)
        self._rendered.connect(self._on_rendered)
        self._jobs = JobThread("speech-synthesis")
        self._generation = 0
        self._scenario: Scenario | None = None
        self._plan: VoicePlan | None = None
        self._live: dict[str, VoiceChoice] | None = None  # the Qt engine's voices, when it speaks
        self._status = SpeechStatus()
        self._current: str | None = None
        self._awaiting: str | None = None
        self._done: set[str] = set()
        self._failures = 0
        self._played: str | None = None  # question id of the file last given to the player
        self._remade: set[str] = set()  # questions whose cached file was unplayable and made again
        self._failures_in_a_row = 0  # counted on the synthesis thread
        self._given_up = -1  # generation whose synthesis the thread gave up on
        self._qt_wired = False

    # --- public API ----------------------------------------------------------------------
    @property
    def status(self) -> SpeechStatus:
        return self._status

    @property
    def prepared(self) -> tuple[int, int]:
        """(questions synthesised or failed so far, questions) of the scenario in hand (as ``progress``)."""
        return len(self._done), len(self._scenario.questions) if self._scenario is not None else 0

    @property
    def scenario(self) -> Scenario | None:
        """The scenario last prepared (its questions are the ones spoken)."""
        return self._scenario

    def warm_up(self) -> None:
        """Start the synthesis worker process now, in the background (e.g. at app start)."""
        engine = self.file_engine
        if self._enabled and engine is not None and hasattr(engine, "start"):
            self._jobs.submit(_PLAN, lambda: _quietly(engine.start))

    def prepare(self, scenario: Scenario) -> None:
        """Choose voices and pre-synthesise every question in the background (call when the
        briefing opens). ``status_changed`` reports the outcome; ``progress`` the audio.
        Preparing the scenario already prepared (or being prepared) does nothing."""
        current = self._scenario
        if (
            current is not None
            and (current.id, current.content_hash) == (scenario.id, scenario.content_hash)
            and self._status.state in ("preparing", "ready")
        ):
            return
        self._generation += 1
        gen = self._generation
        self.stop()
        self._scenario, self._plan, self._live = scenario, None, None
        self._current = None
        self._done.clear()
        self._remade.clear()
        self._failures = 0
        if not self._enabled:
            self._set_status(SpeechStatus("text_only", "disabled", scenario.language))
            return
        if self.synth is None:
            self._plan_live(gen, None)
            return
        self._set_status(SpeechStatus("preparing", "", scenario.language, self.synth.engine.name))
        synth = self.synth
        self._jobs.submit(_PLAN, lambda: self._job_plan(gen, synth, scenario))

    def speak(self, question: Question) -> bool:
        """Speak ``question`` (from the cache at once, else as soon as it is synthesised).

        False when nothing will be heard: text-only status, or no prepared scenario.
        """
        scenario = self._scenario
        if scenario is None or self._status.text_only:
            return False
        self.stop()
        self._current = question.id
        if self._live is not None:
            return self._say_live(question)
        if self._plan is None:  # voices not chosen yet: speak when they are
            self._awaiting = question.id
            return True
        return self._speak_file(question)

    def stop(self) -> None:
        self._awaiting = None
        self.player.stop()
        if self._qt_engine is not None:
            self._qt_engine.stop()

    def replay(self) -> bool:
        """Speak the current question again from its start."""
        if self._current is None or self._scenario is None:
            return False
        if self._live is None and self._played == self._current and self._awaiting is None and self.player.replay():
            return True
        try:
            return self.speak(self._scenario.question(self._current))
        except KeyError:
            return False

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self._enabled:
            self._enabled = enabled
            if self._scenario is not None:
                self.prepare(self._scenario)

    def set_rate(self, rate: float) -> None:
        if rate != self._rate:
            self._rate = rate
            if self.synth is not None:
                self.synth.base_rate = rate
            if self._scenario is not None:
                self.prepare(self._scenario)

    def set_volume(self, volume: float) -> None:
        """0.0–1.0; applies at once, to the playing question too."""
        self._volume = max(0.0, min(1.0, volume))
        self.player.set_volume(self._volume)
        if self._qt_engine is not None:
            self._qt_engine.set_volume(self._volume)

    def shutdown(self) -> None:
        """Stop playback, end the background thread and the worker process (call at exit)."""
        self._generation += 1
        self.stop()
        thread = self._jobs.quit()
        if self.file_engine is not None:
            self.file_engine.close()  # also cuts short a synthesis in progress
        if thread is not None:
            thread.join(timeout=5)

    # --- background thread ---------------------------------------------------------------
    def _job_plan(self, gen: int, synth: Synthesizer, scenario: Scenario) -> None:
        if gen != self._generation:
            return
        self._failures_in_a_row = 0
        try:
            plan = synth.plan(scenario)
        except SpeechError as exc:
            self._planned.emit(gen, exc)
            return
        self._planned.emit(gen, plan)
        for question in speaking_order(scenario):
            self._jobs.submit(_BACKGROUND, self._render_job(gen, synth, plan, question))

    def _render_job(self, gen: int, synth: Synthesizer, plan: VoicePlan, question: Question) -> Callable[[], None]:
        def job() -> None:
            if gen != self._generation or gen == self._given_up:
                return
            try:
                path: Path | SpeechError = synth.render(plan.utterance(question))
                self._failures_in_a_row = 0
            except SpeechError as exc:
                path = exc
                self._failures_in_a_row += 1
                if self._failures_in_a_row >= MAX_CONSECUTIVE_FAILURES:
                    self._given_up = gen  # each failure may cost a timeout: stop trying
            self._rendered.emit(gen, question.id, path)

        return job

    # --- back on the GUI thread ----------------------------------------------------------
    def _on_planned(self, gen: int, result: object) -> None:
        if gen != self._generation or self._scenario is None:
            return
        if isinstance(result, VoicePlan):
            self._plan = result
            self._set_status(SpeechStatus("ready", "", result.language, result.engine))
            self.progress.emit(0, len(self._scenario.questions))
            if self._awaiting is not None:
                self._speak_file(self._scenario.question(self._awaiting))
            return
        assert isinstance(result, SpeechError)
        log.info("speech engine %s cannot speak %s: %s", result.engine, self._scenario.language, result)
        if self._mode == "auto":
            self._plan_live(gen, result)
        else:
            self._set_status(SpeechStatus.from_error(_with_language(result, self._scenario.language)))

    def _on_rendered(self, gen: int, question_id: str, result: object) -> None:
        if gen != self._generation or self._scenario is None:
            return
        self._done.add(question_id)
        self.progress.emit(len(self._done), len(self._scenario.questions))
        if isinstance(result, Path):
            self._failures = 0
            if question_id == self._awaiting:
                self._awaiting = None
                self._play(question_id, result)
            return
        assert isinstance(result, SpeechError)
        self._failures += 1
        log.warning("could not synthesise question %s: %s", question_id, result)
        if question_id == self._awaiting:
            self._awaiting = None
            self.failed.emit(question_id, result)
        if self._failures >= MAX_CONSECUTIVE_FAILURES and not self._status.text_only:
            self._generation += 1  # drop the remaining background work
            self._set_status(
                SpeechStatus("text_only", "engine_failed", self._scenario.language, result.engine, str(result))
            )
            if self._awaiting is not None:
                awaiting, self._awaiting = self._awaiting, None
                self.failed.emit(awaiting, result)

    def _plan_live(self, gen: int, first_error: SpeechError | None) -> None:
        """Try Qt's QTextToSpeech (on the GUI thread: it is a Qt object)."""
        scenario = self._scenario
        assert scenario is not None
        if self._qt_engine is None:
            self._qt_engine = QtSpeechEngine(parent=self)
        qt = self._qt_engine
        qt.set_volume(self._volume)
        try:
            choices = choose_voices(
                scenario.journalists, scenario.language, qt.voices(), base_rate=self._rate, engine=qt.name
            )
        except SpeechError as exc:
            # "no Vietnamese voice" says more than "no second engine"
            errors = [e for e in (first_error, exc) if e is not None]
            error = next((e for e in errors if isinstance(e, NoVoice)), errors[0])
            self._set_status(SpeechStatus.from_error(_with_language(error, scenario.language)))
            return
        if gen != self._generation:
            return
        if not self._qt_wired:
            qt.started.connect(self._emit_started)
            qt.finished.connect(self._emit_finished)
            qt.error.connect(lambda message: self._fail_current(SpeechError(message, engine="qt")))
            self._qt_wired = True
        self._live = choices
        self._set_status(SpeechStatus("ready", "", scenario.language, qt.name))
        if self._awaiting is not None:
            question = scenario.question(self._awaiting)
            self._awaiting = None
            self._say_live(question)

    def _speak_file(self, question: Question) -> bool:
        plan, synth = self._plan, self.synth
        assert plan is not None and synth is not None
        if question.journalist not in plan.choices:
            log.warning("question %s is not from the prepared scenario", question.id)
            return False
        utterance = plan.utterance(question)
        path = self.cache.get(utterance.key)
        self._awaiting = None
        if path is not None:
            self._play(question.id, path)
            return True
        self._awaiting = question.id
        self._jobs.submit(_URGENT, self._render_job(self._generation, synth, plan, question))
        return True

    def _say_live(self, question: Question) -> bool:
        assert self._live is not None and self._qt_engine is not None
        choice = self._live.get(question.journalist)
        if choice is None:
            return False
        try:
            self._qt_engine.say(question.text, choice.voice_id, choice.rate, choice.pitch)
        except SpeechError as exc:
            self.failed.emit(question.id, exc)
            return False
        return True

    def _play(self, question_id: str, path: Path) -> None:
        self._played = question_id
        self.player.play(path)

    def _emit_started(self) -> None:
        if self._current is not None:
            self.started.emit(self._current)

    def _emit_finished(self) -> None:
        if self._current is not None:
            self.finished.emit(self._current)

    def _player_failed(self, path: str, message: str) -> None:
        """A cached file that cannot be played is deleted and made again, once per question."""
        question_id, plan, scenario = self._played, self._plan, self._scenario
        if (
            question_id is not None
            and question_id == self._current
            and question_id not in self._remade
            and self._live is None
            and plan is not None
            and scenario is not None
        ):
            question = scenario.question(question_id)
            key = plan.utterance(question).key
            if Path(path) == self.cache.path_for(key):
                self._remade.add(question_id)
                log.warning("speech cache file %s could not be played (%s); synthesising it again", path, message)
                self.cache.discard(key)
                self._speak_file(question)
                return
        self._fail_current(SpeechError(message))

    def _fail_current(self, error: SpeechError) -> None:
        if self._current is not None:
            self.failed.emit(self._current, error)

    def _set_status(self, status: SpeechStatus) -> None:
        if status != self._status:
            self._status = status
            log.info("speech status: %s", status)
            self.status_changed.emit(status)


def _with_language(error: SpeechError, language: str) -> SpeechError:
    if not error.language:
        error.language = language
    return error


def _quietly(fn: Callable[[], object]) -> None:
    try:
        fn()
    except SpeechError as exc:
        log.info("speech warm-up: %s", exc)
