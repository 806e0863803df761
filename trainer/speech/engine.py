"""What every text-to-speech engine offers, the errors it raises and the status the UI shows.

Two kinds of engine exist:

* a **file engine** (:class:`FileSpeechEngine`, e.g. pyttsx3) synthesises text into an audio
  file; the file is cached and played with Qt, so it can be stopped and replayed;
* a **live engine** (Qt's ``QTextToSpeech`` in PySide6 6.8, whose binding lacks
  ``synthesize()``) speaks directly and cannot be cached.

This module is Qt-free: the command line and the worker thread use it without a QApplication.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

Gender = Literal["female", "male"]


@dataclass(frozen=True)
class VoiceInfo:
    """One voice an engine offers. ``language`` is a lower-case BCP 47-like tag ("vi", "en-gb",
    "vi-vn-x-south"); ``gender`` is None when the engine does not say."""

    id: str
    name: str
    language: str
    gender: Gender | None = None
    engine: str = ""


@dataclass(frozen=True)
class VoiceChoice:
    """The voice, rate and pitch one journalist speaks with.

    ``rate`` is a multiplier of the engine's normal speed (1.0 = normal, 0.5–2.0);
    ``pitch`` is -1.0 (lowest) … 0.0 (the voice's own) … 1.0 (highest).
    """

    journalist_id: str
    voice_id: str
    voice_name: str
    language: str
    rate: float = 1.0
    pitch: float = 0.0


class SpeechError(Exception):
    """Base of every speech failure. ``reason`` is a stable code the UI can map to a notice."""

    reason = "engine_failed"

    def __init__(self, message: str, *, engine: str = "", language: str = "") -> None:
        super().__init__(message)
        self.engine = engine
        self.language = language


class NoEngine(SpeechError):
    """No text-to-speech engine could be started (missing library, driver, or it crashed at start)."""

    reason = "no_engine"


class NoVoice(SpeechError):
    """The engine runs but has no voice for the scenario's language (``language``)."""

    reason = "no_voice"

    def __init__(
        self, language: str, *, engine: str = "", available_languages: tuple[str, ...] = (), message: str = ""
    ) -> None:
        super().__init__(
            message or f"no {language!r} voice in engine {engine or '?'}", engine=engine, language=language
        )
        self.available_languages = available_languages


class SynthesisFailed(SpeechError):
    """One utterance could not be synthesised (engine error, crash or timeout); the next may work."""

    reason = "synthesis_failed"


StatusState = Literal["idle", "preparing", "ready", "text_only"]
StatusReason = Literal["", "disabled", "no_engine", "no_voice", "engine_failed"]


@dataclass(frozen=True)
class SpeechStatus:
    """Where speech stands for the scenario in hand.

    ``state`` is "text_only" when questions are shown but not spoken; ``reason`` then says
    why ("disabled" by the user — no notice needed — "no_engine", "no_voice" for
    ``language``, or "engine_failed"). ``detail`` is a technical message for the log.
    """

    state: StatusState = "idle"
    reason: StatusReason = ""
    language: str = ""
    engine: str = ""
    detail: str = ""

    @property
    def text_only(self) -> bool:
        return self.state == "text_only"

    @property
    def needs_notice(self) -> bool:
        """True when the UI should show a visible "text only" notice (not when the user chose it)."""
        return self.text_only and self.reason != "disabled"

    @classmethod
    def from_error(cls, error: SpeechError) -> SpeechStatus:
        reason: StatusReason = "engine_failed"
        if isinstance(error, NoVoice):
            reason = "no_voice"
        elif isinstance(error, NoEngine):
            reason = "no_engine"
        return cls("text_only", reason, error.language, error.engine, str(error))


@runtime_checkable
class FileSpeechEngine(Protocol):
    """An engine that writes speech into an audio file. Its methods may block: call them off the
    GUI thread."""

    name: str

    @property
    def supports_pitch(self) -> bool:
        """True when ``pitch`` changes the voice (espeak-ng); otherwise only the rate tells voices apart."""
        ...

    def available(self) -> bool:
        """True when the engine starts and lists at least one voice."""
        ...

    def voices(self) -> list[VoiceInfo]:
        """Every voice; raises :class:`NoEngine` when the engine cannot start."""
        ...

    def synthesize(self, text: str, voice_id: str, rate: float, pitch: float, path: Path) -> Path:
        """Write ``text`` spoken by ``voice_id`` into the WAV file ``path``; raises
        :class:`SynthesisFailed` (or :class:`NoVoice` for an unknown voice)."""
        ...

    def close(self) -> None: ...


def language_of(tag: str) -> str:
    """The primary language subtag of a BCP 47-like tag: "vi-VN-x-south" → "vi", "en_GB" → "en"."""
    return tag.replace("_", "-").split("-", 1)[0].strip().lower()
