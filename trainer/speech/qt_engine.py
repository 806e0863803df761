"""Qt's QTextToSpeech as a *live* engine (it reaches Windows' modern OneCore voices through
Qt's ``winrt`` engine, macOS voices through ``darwin``, speech-dispatcher on Linux).

PySide6 6.8 does not bind ``QTextToSpeech.synthesize()``, so this engine cannot write
files: it speaks directly with ``say()``, nothing is cached, and "replay" speaks again.
Everything here runs on the GUI thread; ``say()`` returns at once (the platform engine
speaks in its own threads).
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from trainer.domain.text import nfc
from trainer.speech.engine import NoEngine, NoVoice, VoiceInfo

log = logging.getLogger(__name__)

_GENDERS = {QVoice.Gender.Female: "female", QVoice.Gender.Male: "male"}


def qt_rate(multiplier: float) -> float:
    """A speed multiplier (0.5–2.0) as QTextToSpeech's rate (-1.0 … 0.0 normal … 1.0)."""
    return max(-1.0, min(1.0, math.log2(max(multiplier, 0.01))))


def default_engine_name() -> str | None:
    """The first engine Qt offers that is not the ``mock`` test engine (None when none is)."""
    names = [n for n in QTextToSpeech.availableEngines() if n != "mock"]
    return names[0] if names else None


class QtSpeechEngine(QObject):
    name = "qt"
    supports_pitch = True

    started = Signal()
    finished = Signal()
    error = Signal(str)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name = engine
        self._tts: QTextToSpeech | None = None
        self._voices: dict[str, QVoice] = {}
        self._speaking = False
        self._failure: NoEngine | None = None
        self._volume = 1.0

    def _ensure(self) -> QTextToSpeech:
        if self._tts is not None:
            return self._tts
        if self._failure is not None:
            raise self._failure
        name = self.engine_name or default_engine_name()
        if name is None or name not in QTextToSpeech.availableEngines():
            self._failure = NoEngine(f"no Qt text-to-speech engine {name or ''}".strip(), engine=self.name)
            raise self._failure
        tts = QTextToSpeech(name, self)
        if tts.state() == QTextToSpeech.State.Error:
            self._failure = NoEngine(f"Qt engine {name!r}: {tts.errorString() or 'failed to start'}", engine=self.name)
            tts.deleteLater()
            raise self._failure
        tts.setVolume(self._volume)
        tts.stateChanged.connect(self._on_state)
        tts.errorOccurred.connect(self._on_error)
        self._tts = tts
        log.info("Qt text-to-speech engine %s ready", name)
        return tts

    def available(self) -> bool:
        try:
            return bool(self.voices())
        except NoEngine:
            return False

    def voices(self) -> list[VoiceInfo]:
        tts = self._ensure()
        out: list[VoiceInfo] = []
        self._voices.clear()
        for locale in tts.availableLocales():
            for voice in tts.allVoices(locale):
                vid = f"{voice.locale().name()}/{voice.name()}"
                self._voices[vid] = voice
                language = voice.locale().name().replace("_", "-").lower()
                out.append(VoiceInfo(vid, voice.name(), language, _GENDERS.get(voice.gender()), self.name))  # type: ignore[arg-type]
        return out

    def say(self, text: str, voice_id: str, rate: float = 1.0, pitch: float = 0.0) -> None:
        tts = self._ensure()
        if not self._voices:
            self.voices()
        voice = self._voices.get(voice_id)
        if voice is None:
            raise NoVoice("", engine=self.name, message=f"unknown Qt voice {voice_id!r}")
        self.stop()
        if tts.locale() != voice.locale():
            tts.setLocale(QLocale(voice.locale()))
        tts.setVoice(voice)
        tts.setRate(qt_rate(rate))
        tts.setPitch(max(-1.0, min(1.0, pitch)))
        tts.say(nfc(text))

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        if self._tts is not None:
            self._tts.setVolume(self._volume)

    def stop(self) -> None:
        if self._tts is not None and self._tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused):
            self._speaking = False  # stopping is not finishing
            self._tts.stop()

    def is_speaking(self) -> bool:
        return self._speaking

    def _on_state(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Speaking and not self._speaking:
            self._speaking = True
            self.started.emit()
        elif state == QTextToSpeech.State.Ready and self._speaking:
            self._speaking = False
            self.finished.emit()

    def _on_error(self, reason: QTextToSpeech.ErrorReason, message: str) -> None:
        self._speaking = False
        log.warning("Qt text-to-speech error %s: %s", reason, message)
        self.error.emit(message or str(reason))
