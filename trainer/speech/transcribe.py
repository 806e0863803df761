"""Offline transcription of recorded answers, behind a small interface.

A :class:`Transcriber` turns a 16 kHz mono WAV file into a :class:`Transcript`: the words
with their times. The only backend today is Vosk (:mod:`trainer.speech.vosk_backend`),
which needs a model folder the user supplies (see :mod:`trainer.speech.model_store` and
docs/spoken-answers.md). :func:`transcriber_for` picks the model for a scenario's language
from the settings and returns None when there is none — the UI then offers to type what
was said, or to score the answer on delivery only.

Errors carry a *code* the UI turns into a translated sentence; the text is for the log.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from trainer.domain.catalog import threshold
from trainer.domain.text import nfc
from trainer.speech.delivery import ARTICULATION_GAP_S

#: progress(done, total) — fraction of the audio processed; called from the worker thread.
Progress = Callable[[float], None]


class TranscriptionError(Exception):
    """Transcription failed; *code* says why (for the UI's message)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail


class TranscriptionCancelled(TranscriptionError):
    def __init__(self) -> None:
        super().__init__("cancelled", "transcription cancelled")


@dataclass(frozen=True)
class Word:
    text: str
    start_s: float
    end_s: float
    confidence: float = 1.0


@dataclass(frozen=True)
class Transcript:
    words: tuple[Word, ...]
    engine: str  # "vosk"
    model: str  # the model folder's name
    audio_s: float  # length of the audio transcribed
    elapsed_s: float  # time the recogniser took

    @property
    def text(self) -> str:
        """The plain words, as the recogniser gave them."""
        return " ".join(w.text for w in self.words)

    @property
    def real_time_factor(self) -> float:
        return self.elapsed_s / self.audio_s if self.audio_s > 0 else 0.0

    def info(self) -> dict[str, object]:
        """What is stored about the transcription with the answer."""
        return {
            "engine": self.engine,
            "model": self.model,
            "audio_s": round(self.audio_s, 3),
            "elapsed_s": round(self.elapsed_s, 3),
            "words": len(self.words),
        }


class Transcriber(Protocol):
    engine: str
    model_name: str

    def load(self) -> None:
        """Get ready (load the model) so that the first answer is not slowed down."""

    def transcribe(
        self, wav: Path, *, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> Transcript: ...


def punctuate(words: Sequence[Word], language: str) -> str:
    """The words as readable text, with the pauses the speaker made written as punctuation:
    a comma for a silence of at least 250 ms, a full stop (and a capital) for a pause of at
    least the medium-pause threshold (0.5 s). The scorer reads clauses from punctuation, so
    fillers in filler position and sentence lengths come out of spoken answers too."""
    stop = threshold("pause_medium_s")
    words = [w for w in words if w.text.strip() and w.text.strip() not in ("[unk]", "<unk>")]
    out: list[str] = []
    capital = True
    for i, w in enumerate(words):
        text = nfc(w.text.strip())
        if capital:
            text = text[:1].upper() + text[1:]
            capital = False
        gap = words[i + 1].start_s - w.end_s if i + 1 < len(words) else None
        if gap is None:
            out.append(text + ".")
        elif gap >= stop:
            out.append(text + ".")
            capital = True
        elif gap >= ARTICULATION_GAP_S:
            out.append(text + ",")
        else:
            out.append(text)
    return " ".join(out)


def transcriber_for(language: str, model_folders: dict[str, str]) -> Transcriber | None:
    """The transcriber for *language* from the configured model folders, or None without one.

    Raises :class:`TranscriptionError` (code ``model_missing``, ``not_a_model`` …) when a
    folder is configured but is not a usable model, so the UI can say what is wrong.
    """
    folder = (model_folders.get(language) or "").strip()
    if not folder:
        return None
    from trainer.speech.vosk_backend import VoskTranscriber

    return VoskTranscriber(Path(folder))
