"""The Vosk (Kaldi) backend of :class:`~trainer.speech.transcribe.Transcriber`.

Loading a model takes one or two seconds, so loaded models are kept (at most two: one per
scenario language). Vosk's calls release the GIL, so transcribing on a worker thread
leaves the interface responsive. A model folder that is not a model, or whose files are
damaged, raises :class:`TranscriptionError` (``not_a_model`` / ``model_corrupt``) — Vosk
reports both as a bare "Failed to create a model", so the folder is checked first.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np

from trainer.speech.model_store import check_model_folder
from trainer.speech.transcribe import Progress, Transcript, TranscriptionCancelled, TranscriptionError, Word
from trainer.speech.wavfile import read_samples

log = logging.getLogger(__name__)

#: Audio fed to the recogniser at a time (seconds); progress is reported after each.
CHUNK_S = 0.5
MAX_LOADED = 2

_lock = threading.Lock()
_loaded: OrderedDict[Path, Any] = OrderedDict()


def _vosk() -> Any:
    try:
        import vosk
    except ImportError as exc:  # a broken installation: say so rather than crash
        raise TranscriptionError("no_engine", f"the vosk package cannot be imported: {exc}") from exc
    vosk.SetLogLevel(-1)
    return vosk


def load_model(folder: Path) -> Any:
    """The loaded Vosk model of *folder* (cached)."""
    with _lock:
        model = _loaded.get(folder)
        if model is not None:
            _loaded.move_to_end(folder)
            return model
        vosk = _vosk()
        started = time.perf_counter()
        try:
            model = vosk.Model(str(folder))
        except Exception as exc:
            raise TranscriptionError("model_corrupt", f"Vosk could not load {folder}: {exc}") from exc
        log.info("Vosk model %s loaded in %.1f s", folder.name, time.perf_counter() - started)
        _loaded[folder] = model
        while len(_loaded) > MAX_LOADED:
            _loaded.popitem(last=False)
        return model


def forget_models() -> None:
    with _lock:
        _loaded.clear()


def _words(result: str) -> list[Word]:
    try:
        data = json.loads(result)
    except ValueError:
        return []
    out: list[Word] = []
    for item in data.get("result") or ():
        text = str(item.get("word", "")).strip()
        if text:
            out.append(
                Word(text, float(item.get("start", 0.0)), float(item.get("end", 0.0)), float(item.get("conf", 1.0)))
            )
    return out


class VoskTranscriber:
    engine = "vosk"

    def __init__(self, folder: Path) -> None:
        info = check_model_folder(folder)
        self.folder = info.path
        self.model_name = info.name

    def load(self) -> None:
        """Load the model now (it is loaded on first use otherwise)."""
        load_model(self.folder)

    def check(self) -> None:
        """Load the model and start a recogniser: ``model_corrupt`` when its files are damaged."""
        model = load_model(self.folder)
        try:
            _vosk().KaldiRecognizer(model, 16000)
        except Exception as exc:
            with _lock:
                _loaded.pop(self.folder, None)
            raise TranscriptionError("model_corrupt", f"Vosk could not use {self.folder}: {exc}") from exc

    def transcribe(
        self, wav: Path, *, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> Transcript:
        try:
            samples, rate = read_samples(wav)
        except Exception as exc:
            raise TranscriptionError("audio_unreadable", f"{wav}: {exc}") from exc
        model = load_model(self.folder)
        started = time.perf_counter()
        try:
            recognizer = _vosk().KaldiRecognizer(model, rate)
        except Exception as exc:
            raise TranscriptionError("model_corrupt", f"Vosk could not use {self.folder}: {exc}") from exc
        recognizer.SetWords(True)
        pcm = np.clip(np.round(samples * 32768.0), -32768, 32767).astype("<i2").tobytes()
        step = max(2, int(rate * CHUNK_S) * 2)
        words: list[Word] = []
        for offset in range(0, len(pcm), step):
            if cancel is not None and cancel.is_set():
                raise TranscriptionCancelled()
            if recognizer.AcceptWaveform(pcm[offset : offset + step]):
                words.extend(_words(recognizer.Result()))
            if progress is not None:
                progress(min(1.0, (offset + step) / max(1, len(pcm))))
        words.extend(_words(recognizer.FinalResult()))
        return Transcript(
            words=tuple(words),
            engine=self.engine,
            model=self.model_name,
            audio_s=len(samples) / rate if rate else 0.0,
            elapsed_s=time.perf_counter() - started,
        )
