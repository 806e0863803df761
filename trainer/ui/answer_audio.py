"""A Play/Stop button for the recording of a spoken answer (QSoundEffect, see speech/player.py).

    button = AnswerAudioButton(parent)
    button.set_path(db.data_dir / record.audio_path)   # or None: the button hides

A recording that is missing (the data folder moved, the file deleted) disables the button
and says so in its tooltip, rather than failing when clicked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from trainer.speech.wavinfo import wav_stats


def clock_text(seconds: float) -> str:
    """m:ss"""
    s = max(0, int(seconds))
    return f"{s // 60}:{s % 60:02d}"


def answer_audio_path(data_dir: Path | None, relpath: str | None) -> Path | None:
    """The absolute path of an answer's recording (None without one or for an unsafe path)."""
    if data_dir is None or not relpath:
        return None
    from trainer.storage.audio import absolute

    try:
        return absolute(data_dir, relpath)
    except ValueError:
        return None


class AnswerAudioButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playAnswerButton")
        self.path: Path | None = None
        self.duration_s = 0.0
        self._player: Any = None
        self.clicked.connect(self.toggle)
        self.set_path(None)

    def set_path(self, path: Path | None) -> None:
        self.stop()
        self.path = path
        self.setVisible(path is not None)
        if path is None:
            return
        try:
            self.duration_s = wav_stats(path).duration_s
        except Exception:
            self.duration_s = 0.0
            self.setEnabled(False)
            self.setText(self.tr("▶ Recording missing"))
            self.setToolTip(
                self.tr("The recording of this answer is not in the data folder any more: %1").replace("%1", str(path))
            )
            return
        self.setEnabled(True)
        self.setToolTip(self.tr("Hear your answer again"))
        self._show_idle()

    def _show_idle(self) -> None:
        self.setText(self.tr("▶ &Play your answer (%1)").replace("%1", clock_text(self.duration_s)))

    @property
    def playing(self) -> bool:
        return self._player is not None and self._player.is_playing()

    def toggle(self) -> None:
        if self.playing:
            self.stop()
            return
        if self.path is None:
            return
        if self._player is None:
            from trainer.speech.player import AudioPlayer

            self._player = AudioPlayer(self)
            self._player.started.connect(lambda _p: self.setText(self.tr("■ &Stop playing")))
            self._player.finished.connect(lambda _p: self._show_idle())
            self._player.stopped.connect(lambda _p: self._show_idle())
            self._player.error.connect(self._error)
        self._player.play(self.path)

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()

    def _error(self, _path: str, message: str) -> None:
        self._show_idle()
        self.setToolTip(self.tr("The recording could not be played: %1").replace("%1", message))

    def hideEvent(self, event: Any) -> None:
        self.stop()
        super().hideEvent(event)
