"""Playing synthesised WAV files through Qt (QSoundEffect).

An object the UI owns, on the GUI thread. ``play`` returns at once (Qt reads and plays the
file in its own threads); ``stop`` and ``replay`` act at once.

Why QSoundEffect and not QMediaPlayer: with PySide6 6.8.3 and the FFmpeg backend,
``QMediaPlayer.stop()`` called from Python holds the GIL while it waits for the audio
renderer thread, and that thread, destroying an object connected to the Python-made
QAudioOutput, needs the GIL (shiboken looks for a Python override) — a deadlock, seen
here every time in the service test. QSoundEffect plays uncompressed WAV (all we play)
without those threads, with less start-up latency.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QSoundEffect

from trainer.speech.wavinfo import wav_stats

log = logging.getLogger(__name__)


class AudioPlayer(QObject):
    started = Signal(str)  # path: audio began
    finished = Signal(str)  # path: played to the end (not emitted after stop())
    stopped = Signal(str)  # path: stop() or a new play() interrupted it
    error = Signal(str, str)  # path, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect = QSoundEffect(self)
        self._effect.playingChanged.connect(self._on_playing_changed)
        self._effect.statusChanged.connect(self._on_status)
        self._current: Path | None = None
        self._playing = False
        self._failed = False

    # --- commands ------------------------------------------------------------------------
    def play(self, path: Path | str) -> None:
        path = Path(path)
        self.stop()
        self._current = path
        self._failed = False
        url = QUrl.fromLocalFile(str(path))
        if self._effect.source() != url:
            self._effect.setSource(url)
        self._effect.play()
        if self._effect.status() == QSoundEffect.Status.Error:
            self._fail(f"not playable audio: {path}")

    def stop(self) -> None:
        if self._playing:
            self._playing = False
            self._effect.stop()
            if self._current is not None:
                self.stopped.emit(str(self._current))

    def replay(self) -> bool:
        """Play the last file again from its start; False when nothing was played yet."""
        if self._current is None or not self._current.exists():
            return False
        self.play(self._current)
        return True

    def set_volume(self, volume: float) -> None:
        self._effect.setVolume(max(0.0, min(1.0, volume)))

    def volume(self) -> float:
        return float(self._effect.volume())

    # --- state ---------------------------------------------------------------------------
    @property
    def current(self) -> Path | None:
        return self._current

    def is_playing(self) -> bool:
        return self._playing

    def duration_ms(self) -> int:
        """Length of the current file (0 when there is none or it is not a PCM WAV)."""
        try:
            return round(wav_stats(self._current).duration_s * 1000) if self._current else 0
        except Exception:
            return 0

    # --- Qt ------------------------------------------------------------------------------
    def _on_playing_changed(self) -> None:
        playing = self._effect.isPlaying()
        if playing and not self._playing and self._current is not None:
            self._playing = True
            self.started.emit(str(self._current))
        elif not playing and self._playing:
            self._playing = False
            self.finished.emit(str(self._current))

    def _on_status(self) -> None:
        if self._effect.status() == QSoundEffect.Status.Error:
            self._fail(f"not playable audio: {self._current}")

    def _fail(self, message: str) -> None:
        if self._failed:
            return
        self._failed = True
        log.warning("audio playback failed: %s", message)
        self._playing = False
        self.error.emit(str(self._current or ""), message)
