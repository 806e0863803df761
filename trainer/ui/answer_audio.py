"""A Play/Stop button for the recording of a spoken answer (QSoundEffect, see speech/player.py).

    button = AnswerAudioButton(parent)
    button.set_path(db.data_dir / record.audio_path)   # or None: the button hides

A recording that is missing (the data folder moved, the file deleted) or damaged (not
audio, empty) disables the button, rather than failing when clicked; one cut short (a disk
error, a crash before its header was written) plays what is left, from a repaired copy in a
temporary folder — the stored file is never changed. ``problem_changed`` carries a sentence
for the trainee ("" when the recording is fine); the button's tooltip says the same.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from trainer.speech.wavinfo import WavCheck, check_wav, repaired_copy

log = logging.getLogger(__name__)


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
    problem_changed = Signal(str)  # what is wrong with the recording, for the trainee ("" when nothing is)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playAnswerButton")
        self.path: Path | None = None
        self.duration_s = 0.0
        self.problem = ""
        self._check: WavCheck | None = None
        self._player: Any = None
        self._repairs: tempfile.TemporaryDirectory[str] | None = None
        self.clicked.connect(self.toggle)
        self.set_path(None)

    def set_path(self, path: Path | None) -> None:
        """Show the recording at *path* (None: there is none, the button hides). Reads its header only."""
        self.stop()
        self.path = path
        self.setVisible(path is not None)
        self._check = check = check_wav(path) if path is not None else None
        self.duration_s = check.present_s if check is not None else 0.0
        if path is None or check is None or check.ok:
            self.setEnabled(path is not None)
            self.setToolTip(self.tr("Hear your answer again") if path is not None else "")
            self._show_idle()
            self._set_problem("")
            return
        log.warning("the recording %s cannot be played as it is: %s (%s)", path, check.problem, check.detail)
        kept = self.tr("Your answer and its scores are kept.")
        if check.problem == "truncated":
            self.setEnabled(True)
            self._show_idle()
            text = self.tr("The recording of this answer is damaged: only %1 of %2 can be played.")
            text = text.replace("%1", clock_text(check.present_s)).replace("%2", clock_text(check.duration_s))
        elif check.problem == "missing":
            self.setEnabled(False)
            self.setText(self.tr("▶ Recording missing"))
            text = self.tr("The recording of this answer is not in the data folder any more (%1).")
        elif check.problem == "unreadable":
            self.setEnabled(False)
            self.setText(self.tr("▶ Recording unreadable"))
            text = self.tr("The recording of this answer cannot be read (%1): check the data folder's permissions.")
        else:
            self.setEnabled(False)
            self.setText(self.tr("▶ Recording damaged"))
            text = self.tr("The recording of this answer is damaged and cannot be played (%1).")
        self._set_problem(f"{text.replace('%1', str(path))} {kept}")

    def _set_problem(self, text: str) -> None:
        self.problem = text
        if text:
            self.setToolTip(text)
        self.problem_changed.emit(text)

    def _show_idle(self) -> None:
        if self._check is not None and self._check.problem == "truncated":
            self.setText(self.tr("▶ &Play what is left (%1)").replace("%1", clock_text(self.duration_s)))
        else:
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
        self._player.play(self._playable())

    def _playable(self) -> Path:
        """The recording, or a repaired copy of what is left of a cut-short one."""
        assert self.path is not None
        check = self._check
        if check is None or check.problem != "truncated":
            return self.path
        if self._repairs is None:
            self._repairs = tempfile.TemporaryDirectory(prefix="trainer-audio-")
        try:
            return repaired_copy(self.path, check, Path(self._repairs.name) / self.path.name)
        except OSError as exc:
            log.warning("no playable copy of %s: %s", self.path, exc)
            return self.path  # the player refuses it and says so

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()

    def _error(self, _path: str, message: str) -> None:
        log.warning("answer recording not played: %s", message)
        self._show_idle()
        text = self.tr("The recording of this answer could not be played (%1). Your answer and its scores are kept.")
        self._set_problem(text.replace("%1", str(self.path)))

    def hideEvent(self, event: Any) -> None:
        self.stop()
        super().hideEvent(event)
