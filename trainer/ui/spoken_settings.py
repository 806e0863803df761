"""The "Spoken answers" part of the settings: microphone (with a level test), maximum answer
length, and the speech-recognition models (choose a folder or import a model's .zip)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.settings import MAX_ANSWER_SECONDS, MIN_ANSWER_SECONDS, Settings
from trainer.speech.recorder import Recorder
from trainer.ui.answer_audio import clock_text
from trainer.ui.recording_panel import LevelMeter
from trainer.ui.tasks import run_task

log = logging.getLogger(__name__)

#: How long the microphone test listens at most (seconds).
TEST_SECONDS = 20


class _Progress(QObject):
    changed = Signal(float)


def _check(folder: str) -> Any:
    from trainer.speech.model_store import check_model_folder

    return check_model_folder(folder)


def _import(zip_path: str, progress: _Progress) -> Any:
    from trainer.speech.model_store import import_model_zip

    return import_model_zip(zip_path, progress=progress.changed.emit)


class ModelRow(QWidget):
    """One language's model: the folder, Choose folder…, Import .zip…, and what was found."""

    def __init__(self, language: str, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName(f"modelRow_{language}")
        self.path = QLineEdit(folder, self)
        self.path.setObjectName(f"modelFolder_{language}")
        self.path.setPlaceholderText(self.tr("No model: spoken answers are not transcribed"))
        self.choose = QPushButton(self.tr("Folder…"), self)
        self.choose.clicked.connect(self._choose)
        self.import_button = QPushButton(self.tr("Import .zip…"), self)
        self.import_button.setObjectName(f"importModel_{language}")
        self.import_button.clicked.connect(self._choose_zip)
        self.status = QLabel(self)
        self.status.setObjectName(f"modelStatus_{language}")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        row.addWidget(self.import_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(row)
        col.addWidget(self.status)
        self.path.editingFinished.connect(self.check)
        self._request = 0
        self.check()

    def folder(self) -> str:
        return self.path.text().strip()

    def check(self) -> None:
        """Look at the folder in the background and say what it holds."""
        self._request += 1
        request = self._request
        folder = self.folder()
        if not folder:
            self._say(self.tr("No model chosen."), ok=None)
            return
        self._say(self.tr("Checking…"), ok=None)
        run_task(
            _check, folder, on_done=lambda info: self._checked(request, info), on_error=lambda e: self._bad(request, e)
        )

    def _checked(self, request: int, info: Any) -> None:
        if request != self._request:
            return
        if str(info.path) != self.folder():
            self.path.setText(str(info.path))  # the model was one folder further in
        size = f"{info.size_bytes / 1e6:.0f} MB"
        self._say(self.tr("Model found: %1 (%2).").replace("%1", info.name).replace("%2", size), ok=True)

    def _bad(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        from trainer.speech.transcribe import TranscriptionError
        from trainer.ui.spoken_text import transcription_error_text

        error = exc if isinstance(exc, TranscriptionError) else TranscriptionError("failed", str(exc))
        self._say(transcription_error_text(error, self.language), ok=False)

    def _say(self, text: str, *, ok: bool | None) -> None:
        self.status.setText(text)
        colour = {True: "#1b7f3b", False: "#c0392b", None: "#666"}[ok]
        self.status.setStyleSheet(f"color:{colour}")

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the model folder"), self.folder())
        if folder:
            self.path.setText(folder)
            self.check()

    def _choose_zip(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the model's .zip file"), str(Path.home()), self.tr("Zip archives (*.zip)")
        )
        if path:
            self.import_zip(path)

    def import_zip(self, zip_path: str) -> None:
        """Copy the model out of *zip_path* into the data folder (in the background, with progress)."""
        progress = _Progress(self)
        dialog = QProgressDialog(self.tr("Importing the model…"), "", 0, 100, self)
        dialog.setObjectName("modelImportProgress")
        dialog.setCancelButton(None)  # type: ignore[arg-type]  # Qt: no cancel button
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        progress.changed.connect(lambda f: dialog.setValue(round(100 * f)))
        self.import_button.setEnabled(False)
        self._say(self.tr("Importing…"), ok=None)

        def done(info: Any) -> None:
            dialog.close()
            self.import_button.setEnabled(True)
            self.path.setText(str(info.path))
            self.check()

        def failed(exc: Exception) -> None:
            dialog.close()
            self.import_button.setEnabled(True)
            self._request += 1
            self._bad(self._request, exc)

        run_task(_import, zip_path, progress, on_done=done, on_error=failed)


class SpokenSettingsBox(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None, *, recorder: Recorder | None = None) -> None:
        super().__init__(self.tr("Spoken answers"), parent)
        self.setObjectName("spokenSettings")
        self.recorder = recorder or Recorder(self)
        self.microphone = QComboBox(self)
        self.microphone.setObjectName("microphoneChoice")
        self.test_note = QLabel(self)
        self.test_note.setObjectName("microphoneTestNote")
        self.test_note.setWordWrap(True)
        self._fill_microphones(settings.microphone_id, settings.microphone_name)
        from PySide6.QtMultimedia import QMediaDevices

        self._devices = QMediaDevices(self)
        self._devices.audioInputsChanged.connect(self._refill_microphones)
        self.test_button = QPushButton(self.tr("&Test"), self)
        self.test_button.setObjectName("testMicrophone")
        self.test_button.setToolTip(self.tr("Speak: the bar shows what the microphone hears"))
        self.test_button.clicked.connect(self.toggle_test)
        self.meter = LevelMeter(self)
        mic_row = QHBoxLayout()
        mic_row.addWidget(self.microphone, 1)
        mic_row.addWidget(self.test_button)
        self.max_length = QSpinBox(self)
        self.max_length.setObjectName("maxAnswerSeconds")
        self.max_length.setRange(MIN_ANSWER_SECONDS, MAX_ANSWER_SECONDS)
        self.max_length.setSingleStep(15)
        self.max_length.setSuffix(self.tr(" s"))
        self.max_length.setValue(settings.max_answer_seconds)
        self.max_length_text = QLabel(self)
        self.max_length.valueChanged.connect(lambda v: self.max_length_text.setText(f"= {clock_text(v)}"))
        self.max_length.valueChanged.emit(self.max_length.value())
        length_row = QHBoxLayout()
        length_row.addWidget(self.max_length)
        length_row.addWidget(self.max_length_text, 1)
        self.models = {
            "vi": ModelRow("vi", settings.speech_model_vi, self),
            "en": ModelRow("en", settings.speech_model_en, self),
        }
        help_text = QLabel(
            self.tr(
                "Speech recognition works offline with a Vosk model. For Vietnamese, download "
                "“vosk-model-small-vn-0.4” (about 32 MB) from alphacephei.com/vosk/models on any computer with "
                "Internet and copy the .zip file to a USB stick. Here, click “Import .zip…” and choose the file on "
                "the stick: the model is copied into the data folder and the stick can be removed. Without a model "
                "you can type what you said, or have the delivery scored and the content reviewed by your trainer."
            ),
            self,
        )
        help_text.setObjectName("modelHelp")
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color:#555")
        mic_label = QLabel(self.tr("&Microphone:"), self)
        mic_label.setBuddy(self.microphone)
        length_label = QLabel(self.tr("Longest &answer:"), self)
        length_label.setBuddy(self.max_length)
        form = QFormLayout(self)
        form.addRow(mic_label, mic_row)
        form.addRow(self.tr("Input level:"), self.meter)
        form.addRow(self.test_note)
        form.addRow(length_label, length_row)
        form.addRow(self.tr("Vietnamese model:"), self.models["vi"])
        form.addRow(self.tr("English model:"), self.models["en"])
        form.addRow(help_text)
        self.recorder.level.connect(lambda db, _s: self.meter.set_level(db))
        self.recorder.started.connect(self._test_started)
        self.recorder.finished.connect(self._test_finished)
        self.recorder.failed.connect(self._test_failed)

    # --- microphones ---------------------------------------------------------------------------
    def _refill_microphones(self) -> None:
        """A microphone was plugged in or out: list them again, keeping the choice."""
        chosen, name = self.chosen_microphone()
        self.microphone.blockSignals(True)
        self.microphone.clear()
        self._fill_microphones(chosen, name)
        self.microphone.blockSignals(False)

    def _fill_microphones(self, chosen: str, chosen_name: str) -> None:
        self.test_note.clear()
        mics = self.recorder.microphones()
        default = next((m for m in mics if m.is_default), None)
        label = self.tr("System default")
        if default is not None:
            label += f" ({default.name})"
        self.microphone.addItem(label, "")
        for m in mics:
            self.microphone.addItem(m.name, m.id)
        self._missing = ("", "")
        if chosen and self.microphone.findData(chosen) < 0:
            self._missing = (chosen, chosen_name)
            missing = self.tr("%1 (not connected)").replace("%1", chosen_name or chosen)
            self.microphone.addItem(missing, chosen)
        self.microphone.setCurrentIndex(max(0, self.microphone.findData(chosen)))
        if not mics:
            self.test_note.setText(
                self.tr("No microphone was found: spoken answers are not possible until one is connected.")
            )

    def chosen_microphone(self) -> tuple[str, str]:
        mic_id = str(self.microphone.currentData() or "")
        if mic_id and mic_id == self._missing[0]:
            return self._missing  # still unplugged: keep the name it had
        return mic_id, self.microphone.currentText() if mic_id else ""

    # --- the microphone test -----------------------------------------------------------------------
    def toggle_test(self) -> None:
        if self.recorder.recording:
            self.recorder.stop()
            return
        mic_id, _name = self.chosen_microphone()
        self.test_button.setEnabled(False)
        self.test_note.setText(self.tr("Opening the microphone…"))
        self.recorder.start(None, device_id=mic_id, max_seconds=TEST_SECONDS)

    def _test_started(self, device: str, fallback: bool) -> None:
        self.test_button.setEnabled(True)
        self.test_button.setText(self.tr("S&top test"))
        self.test_note.setText(self.tr("Listening to %1: speak and watch the bar.").replace("%1", device))

    def _test_finished(self, take: Any) -> None:
        self.test_button.setText(self.tr("&Test"))
        self.test_button.setEnabled(True)
        self.meter.reset()
        if take.reason == "device_lost":
            self.test_note.setText(self.tr("The microphone stopped sending sound."))
        elif take.peak_dbfs < -45:
            self.test_note.setText(self.tr("Very quiet: move closer, or raise the input level in the system settings."))
        else:
            self.test_note.setText(self.tr("The microphone works."))

    def _test_failed(self, code: str, detail: str) -> None:
        self.test_button.setText(self.tr("&Test"))
        self.test_button.setEnabled(True)
        self.meter.reset()
        from trainer.ui.spoken_text import recording_failure_text

        self.test_note.setText(recording_failure_text(code))

    def shutdown(self) -> None:
        self.recorder.shutdown()

    # --- result -------------------------------------------------------------------------------------
    def apply_to(self, s: Settings) -> None:
        s.microphone_id, s.microphone_name = self.chosen_microphone()
        s.max_answer_seconds = self.max_length.value()
        s.speech_model_vi = self.models["vi"].folder()
        s.speech_model_en = self.models["en"].folder()
