"""Answering aloud: record/stop (Space), a level meter, the time against the maximum, and
a sentence saying what is happening — or why recording is not possible and that typing is.

The panel drives a :class:`~trainer.speech.recorder.Recorder` (capture runs on its own
thread) and hands every take it ends — stopped, at the maximum length, or cut off by a
lost microphone (a partial take is kept) — to whoever listens to ``take_ready``.

    panel = RecordingPanel(parent)
    panel.configure(device_id=settings.microphone_id, max_seconds=settings.max_answer_seconds)
    panel.prepare(path_for_this_answer)   # where the next take is written (None: cannot record)
    panel.take_ready.connect(...)          # Take
"""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from trainer.speech.recorder import Recorder, Take
from trainer.ui.answer_audio import clock_text

log = logging.getLogger(__name__)

#: The meter shows levels from this (dBFS) to 0.
METER_FLOOR_DB = -60.0
QUIET_DB = -45.0  # a take whose loudest part stays below this was probably not heard


class LevelMeter(QWidget):
    """A horizontal level bar (-60…0 dBFS): green, amber from -12 dB, red from -3 dB; with a peak mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelMeter")
        self.level_db = METER_FLOOR_DB
        self.peak_db = METER_FLOOR_DB
        self.setMinimumSize(160, 14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Microphone level"))

    def sizeHint(self) -> QSize:
        return QSize(220, 16)

    @staticmethod
    def fraction(db: float) -> float:
        if not math.isfinite(db):
            return 0.0
        return min(1.0, max(0.0, (db - METER_FLOOR_DB) / -METER_FLOOR_DB))

    def set_level(self, db: float) -> None:
        self.level_db = db
        # the peak mark falls back slowly, so a word's peak stays visible for a moment
        self.peak_db = max(db, self.peak_db - 1.5)
        self.update()

    def reset(self) -> None:
        self.level_db = self.peak_db = METER_FLOOR_DB
        self.update()

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QColor("#9aa5b1"))
        p.setBrush(QColor("#f4f6f8") if self.isEnabled() else QColor("#e6e8eb"))
        p.drawRoundedRect(rect, 3, 3)
        width = rect.width() - 2
        level = self.fraction(self.level_db) * width
        bands = ((0.0, 0.8, "#2e8b57"), (0.8, 0.95, "#d4a017"), (0.95, 1.0, "#c0392b"))
        p.setPen(Qt.PenStyle.NoPen)
        for start, end, colour in bands:
            a, b = start * width, min(end * width, level)
            if b > a:
                p.setBrush(QColor(colour))
                p.drawRect(QRectF(rect.left() + 1 + a, rect.top() + 2, b - a, rect.height() - 4))
        peak = self.fraction(self.peak_db) * width
        if peak > 1:
            p.setBrush(QColor("#34495e"))
            p.drawRect(QRectF(rect.left() + peak - 1, rect.top() + 1, 2, rect.height() - 2))
        p.end()


class RecordingPanel(QFrame):
    take_ready = Signal(object)  # Take (complete or partial; take.reason says which)
    recording_started = Signal()
    recording_stopped = Signal()

    IDLE, OPENING, RECORDING, STOPPING, DONE, UNAVAILABLE = (
        "idle",
        "opening",
        "recording",
        "stopping",
        "done",
        "unavailable",
    )

    def __init__(self, parent: QWidget | None = None, *, recorder: Recorder | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordingPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.recorder = recorder or Recorder(self)
        self.device_id = ""
        self.device_name = ""
        self.max_seconds = 120.0
        self.path: Path | None = None
        self.state = self.IDLE
        self.last_take: Take | None = None
        self.seconds = 0.0
        self._stop_when_open = False

        self.button = QPushButton(self)
        self.button.setObjectName("recordButton")
        self.button.setCheckable(False)
        self.button.clicked.connect(self.toggle)
        self.meter = LevelMeter(self)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("recordingTime")
        self.time_label.setMinimumWidth(84)
        self.message = QLabel(self)
        self.message.setObjectName("recordingMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.button)
        row.addWidget(self.meter, 1)
        row.addWidget(self.time_label)
        row.addWidget(self.message, 2)

        self.recorder.started.connect(self._started)
        self.recorder.level.connect(self._level)
        self.recorder.finished.connect(self._finished)
        self.recorder.failed.connect(self._failed)
        self._show_idle()

    # --- set-up --------------------------------------------------------------------------
    def configure(self, *, device_id: str = "", device_name: str = "", max_seconds: float = 120.0) -> None:
        self.device_id, self.device_name = device_id, device_name
        self.max_seconds = float(max_seconds)
        if self.state in (self.IDLE, self.UNAVAILABLE, self.DONE):
            self._update_time(self.seconds)

    def prepare(self, path: Path | None) -> None:
        """A new question: the next take goes to *path* (None: recording is not possible)."""
        if self.is_recording:
            self.recorder.stop()
        self.path = path
        self.last_take = None
        self.seconds = 0.0
        self.meter.reset()
        self._show_idle()

    @property
    def is_recording(self) -> bool:
        return self.state in (self.OPENING, self.RECORDING, self.STOPPING)

    # --- commands ------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.state == self.RECORDING:
            self.stop()
        elif self.state in (self.IDLE, self.DONE, self.UNAVAILABLE):
            self.start()

    def start(self) -> None:
        if not self.isEnabled() or self.is_recording:
            return
        if self.path is None:
            self._set_message(self.tr("Recording is not possible here: type your answer."), error=True)
            return
        if not self.recorder.microphones():
            self._failed("no_device", "no audio input device")
            return
        self.state = self.OPENING
        self._stop_when_open = False
        self.button.setEnabled(False)
        self._set_message(self.tr("Opening the microphone…"))
        self.recorder.start(self.path, device_id=self.device_id, max_seconds=self.max_seconds)

    def stop(self) -> None:
        if self.state == self.OPENING:
            self._stop_when_open = True
        if self.state == self.RECORDING:
            self.state = self.STOPPING
            self.button.setEnabled(False)
            self._set_message(self.tr("Finishing the recording…"))
            self.recorder.stop()

    def shutdown(self) -> None:
        self.recorder.shutdown()

    # --- recorder signals ------------------------------------------------------------------
    def _started(self, device: str, fallback: bool) -> None:
        self.state = self.RECORDING
        self.seconds = 0.0
        self.button.setEnabled(True)
        self.button.setText(self.tr("■ S&top (Space)"))
        self.button.setToolTip(self.tr("Stop recording (Space)"))
        self.button.setStyleSheet("color:#c0392b;font-weight:bold")
        self.meter.setEnabled(True)
        if fallback:
            text = self.tr(
                "The microphone chosen in Settings (%1) is not connected; recording from %2. Press Space to stop."
            )
            self._set_message(text.replace("%1", self.device_name or self.device_id).replace("%2", device))
        else:
            self._set_message(self.tr("Recording… speak now. Press Space to stop."))
        self._update_time(0.0)
        self.recording_started.emit()
        if self._stop_when_open:
            self.stop()

    def _level(self, db: float, seconds: float) -> None:
        self.meter.set_level(db)
        self.seconds = seconds
        self._update_time(seconds)

    def _finished(self, take: Take) -> None:
        self.state = self.DONE
        self.last_take = take
        self.meter.reset()
        self._restore_button(again=True)
        duration = clock_text(take.duration_s)
        if take.reason == "max_length":
            text = self.tr("The maximum length (%1) was reached, so recording stopped. Your take is kept.")
            self._set_message(text.replace("%1", clock_text(self.max_seconds)))
        elif take.reason == "device_lost":
            text = self.tr(
                "The microphone stopped sending sound (was it unplugged?). The %1 recorded before that are kept; "
                "you can use them, record again or type your answer."
            )
            self._set_message(text.replace("%1", duration), error=True)
        elif take.reason == "write_failed":
            text = self.tr(
                "The recording could not be written to the data folder (is the disk full?). The %1 saved before that are kept."
            )
            self._set_message(text.replace("%1", duration), error=True)
        elif take.peak_dbfs < QUIET_DB:
            self._set_message(
                self.tr("Recorded %1, but it is very quiet: check the microphone in Settings.").replace("%1", duration),
                error=True,
            )
        else:
            self._set_message(self.tr("Recorded %1.").replace("%1", duration))
        self.recording_stopped.emit()
        self.take_ready.emit(take)

    def _failed(self, code: str, detail: str) -> None:
        log.info("recording failed: %s (%s)", code, detail)
        was_recording = self.is_recording
        self.meter.reset()
        from trainer.ui.spoken_text import recording_failure_text

        self._unavailable(recording_failure_text(code))
        if was_recording:
            self.recording_stopped.emit()

    # --- display ---------------------------------------------------------------------------
    def _unavailable(self, text: str) -> None:
        self.state = self.UNAVAILABLE
        self._restore_button(again=False)
        self._set_message(text, error=True)

    def _show_idle(self) -> None:
        self.state = self.IDLE
        self._restore_button(again=False)
        self._update_time(0.0)
        if self.path is None:
            self._set_message(self.tr("Type your answer below."))
        else:
            self._set_message(self.tr("Press Space to answer aloud, or type your answer below."))

    def _restore_button(self, *, again: bool) -> None:
        self.button.setEnabled(True)
        self.button.setStyleSheet("")
        self.button.setText(self.tr("● Record &again (Space)") if again else self.tr("● Re&cord answer (Space)"))
        self.button.setToolTip(self.tr("Answer aloud: press Space to start and again to stop"))

    def _update_time(self, seconds: float) -> None:
        self.time_label.setText(f"{clock_text(seconds)} / {clock_text(self.max_seconds)}")
        near_end = self.state == self.RECORDING and self.max_seconds - seconds <= 10
        self.time_label.setStyleSheet("color:#c0392b;font-weight:bold" if near_end else "")

    def _set_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color:#a04000" if error else "color:#34495e")

    def hideEvent(self, event: Any) -> None:
        # leaving the interview while recording ends the take (it is kept); minimising does not
        if self.is_recording and not event.spontaneous():
            self.recorder.shutdown()  # at once: the window may be closing
        super().hideEvent(event)
