"""After a take: measure the delivery, transcribe (with progress), let the trainee correct the
words, then hand the spoken answer to the scorer.

Both jobs run off the GUI thread: the delivery analysis (fast) first, then the transcription
(Vosk; cancellable). Without a speech-recognition model the dialog says so and offers the
two honest ways on: type what you said (the content is scored), or score the delivery only
(the content waits for the trainer's review).

    dialog = TranscriptDialog(take, answer_id=..., audio_relpath=..., language="vi",
                              transcriber=transcriber_or_none, parent=page)
    dialog.submitted.connect(controller_submit)     # SpokenAnswer
    dialog.retake_requested.connect(panel.start)
    dialog.open()
"""

from __future__ import annotations

import logging
import threading
from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.text import nfc
from trainer.speech.delivery import AudioAnalysis, analyse_file
from trainer.speech.recorder import Take
from trainer.speech.spoken_result import SpokenAnswer
from trainer.speech.transcribe import Transcriber, Transcript, TranscriptionCancelled, TranscriptionError, punctuate
from trainer.ui.answer_audio import AnswerAudioButton, clock_text
from trainer.ui.spoken_text import delivery_summary, language_name, transcription_error_text
from trainer.ui.tasks import run_task

log = logging.getLogger(__name__)


class _Progress(QObject):
    """Lives on the GUI thread; the worker emits, the dialog's slot runs queued."""

    changed = Signal(float)


def _transcribe(transcriber: Transcriber, take: Take, progress: _Progress, cancel: threading.Event) -> Transcript:
    assert take.path is not None
    return transcriber.transcribe(take.path, progress=progress.changed.emit, cancel=cancel)


class TranscriptDialog(QDialog):
    submitted = Signal(object)  # SpokenAnswer
    retake_requested = Signal()

    def __init__(
        self,
        take: Take,
        *,
        answer_id: UUID,
        audio_relpath: str,
        language: str,
        transcriber: Transcriber | None,
        transcriber_error: TranscriptionError | None = None,
        latency_before_s: float = 0.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptDialog")
        self.setWindowTitle(self.tr("Your spoken answer"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(720, 520)
        self.take = take
        self.answer_id = answer_id
        self.audio_relpath = audio_relpath
        self.language = language
        self.transcriber = transcriber
        self.transcriber_error = transcriber_error
        self.latency_before_s = latency_before_s
        self.audio: AudioAnalysis | None = None
        self.transcript: Transcript | None = None
        self.raw_text: str | None = None
        self.working = True
        self.closed = False
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.changed.connect(self._on_progress)

        self.summary = QLabel(self.tr("Measuring your delivery…"), self)
        self.summary.setObjectName("deliverySummary")
        self.summary.setWordWrap(True)
        self.play_button = AnswerAudioButton(self)
        self.play_button.set_path(take.path)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.play_button, 0, Qt.AlignmentFlag.AlignTop)
        self.warning = QLabel(self)
        self.warning.setObjectName("takeWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color:#a04000")
        self.warning.hide()

        self.model_note = QLabel(self)
        self.model_note.setObjectName("modelNote")
        self.model_note.setWordWrap(True)
        self.model_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("transcriptionProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Stop transcribing"), self)
        self.cancel_button.setObjectName("cancelTranscription")
        self.cancel_button.clicked.connect(self._cancel_transcription)
        self.cancel_button.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("transcriptEdit")
        self.edit.textChanged.connect(self._update_buttons)
        self.edit_label = QLabel(self)
        self.edit_label.setWordWrap(True)

        self.retake_button = QPushButton(self.tr("Record &again"), self)
        self.retake_button.setObjectName("retakeButton")
        self.retake_button.clicked.connect(self._retake)
        self.back_button = QPushButton(self.tr("&Back to the question"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.reject)
        self.delivery_button = QPushButton(self.tr("Score &delivery only"), self)
        self.delivery_button.setObjectName("deliveryOnlyButton")
        self.delivery_button.setToolTip(
            self.tr("Score how you spoke and when you started; your trainer listens and reviews the content.")
        )
        self.delivery_button.clicked.connect(lambda: self._submit(delivery_only=True))
        self.score_button = QPushButton(self.tr("&Score this answer (Ctrl+Enter)"), self)
        self.score_button.setObjectName("scoreSpokenButton")
        self.score_button.setDefault(True)
        self.score_button.clicked.connect(lambda: self._submit(delivery_only=False))
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self._submit(delivery_only=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.retake_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delivery_button)
        buttons.addWidget(self.score_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.warning)
        layout.addWidget(self.model_note)
        layout.addLayout(progress_row)
        layout.addWidget(self.edit_label)
        layout.addWidget(self.edit, 1)
        layout.addLayout(buttons)
        self._show_take_warning()
        self._update_buttons()
        self._analyse()

    # --- the two jobs --------------------------------------------------------------------------
    def _analyse(self) -> None:
        assert self.take.path is not None
        run_task(analyse_file, self.take.path, on_done=self._analysed, on_error=self._analysis_failed)

    def _analysed(self, audio: AudioAnalysis) -> None:
        if self.closed:
            return
        self.audio = audio
        self.summary.setText(delivery_summary(self.take.duration_s, audio, self.latency_before_s))
        if not audio.heard_speech:
            self._warn(
                self.tr("No speech was heard in this take. Check the microphone and record again, or type your answer.")
            )
        self._start_transcription()

    def _analysis_failed(self, exc: Exception) -> None:
        if self.closed:
            return
        log.error("delivery analysis failed: %s", exc)
        self.working = False
        self.summary.setText(self.tr("The recording could not be read: %1").replace("%1", str(exc)))
        self._no_transcript(None)

    def _start_transcription(self) -> None:
        if self.transcriber is None:
            self._no_transcript(self.transcriber_error)
            return
        if self.audio is not None and not self.audio.heard_speech:
            self._no_transcript(None, nothing_heard=True)
            return
        name = self.transcriber.model_name
        self.model_note.setText(self.tr("Transcribing with the model %1…").replace("%1", name))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.edit.setEnabled(False)
        self.edit.setPlaceholderText(self.tr("Your words appear here when the transcription is done."))
        run_task(
            _transcribe,
            self.transcriber,
            self.take,
            self._progress,
            self._cancel,
            on_done=self._transcribed,
            on_error=self._transcription_failed,
        )

    def _on_progress(self, fraction: float) -> None:
        if self.closed:
            return
        self.progress.setValue(round(100 * fraction))

    def _transcribed(self, transcript: Transcript) -> None:
        if self.closed:
            return
        self.working = False
        self.transcript = transcript
        self.raw_text = punctuate(transcript.words, self.language)
        self.progress.hide()
        self.cancel_button.hide()
        self.edit.setEnabled(True)
        self.edit.setPlainText(self.raw_text)
        self.edit.setFocus()
        self.model_note.setText(
            self.tr("Transcribed with the model %1 in %2 s.")
            .replace("%1", transcript.model)
            .replace("%2", f"{transcript.elapsed_s:.1f}")
        )
        if not transcript.words:
            self.edit_label.setText(
                self.tr("The model recognised no words. Type what you said, or score the delivery only.")
            )
        else:
            self.edit_label.setText(
                self.tr("Correct what the computer misheard: your corrected text is scored, and the original is kept.")
            )
        self._update_buttons()

    def _transcription_failed(self, exc: Exception) -> None:
        if self.closed:
            return
        if isinstance(exc, TranscriptionCancelled):
            self._no_transcript(None, cancelled=True)
            return
        log.error("transcription failed: %s", exc)
        self._no_transcript(exc if isinstance(exc, TranscriptionError) else TranscriptionError("failed", str(exc)))

    def _cancel_transcription(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)

    def _no_transcript(
        self, error: TranscriptionError | None, *, cancelled: bool = False, nothing_heard: bool = False
    ) -> None:
        self.working = False
        self.progress.hide()
        self.cancel_button.hide()
        self.edit.setEnabled(True)
        self.edit.setPlaceholderText(self.tr("Type what you said…"))
        choice = self.tr(
            "Type what you said to have the content of your answer scored too, or choose “Score delivery only”: "
            "then your pace, pauses and start time are scored and the content waits for your trainer's review."
        )
        if cancelled:
            reason = self.tr("Transcription stopped.")
        elif nothing_heard:
            reason = ""
        elif error is not None:
            reason = transcription_error_text(error, self.language)
        else:
            reason = self.tr(
                "No speech-recognition model for %1 is installed, so your words were not written down "
                "(Settings → Spoken answers explains how to add one)."
            ).replace("%1", language_name(self.language))
        self.model_note.setText(reason)
        self.model_note.setVisible(bool(reason))
        self.edit_label.setText(choice)
        self.edit.setFocus()
        self._update_buttons()

    # --- the trainee's choices -------------------------------------------------------------------
    def text(self) -> str:
        return nfc(self.edit.toPlainText()).strip()

    def _update_buttons(self) -> None:
        ready = not self.working and self.audio is not None
        has_text = bool(self.text())
        self.score_button.setEnabled(ready and has_text)
        self.delivery_button.setEnabled(ready)

    def _submit(self, *, delivery_only: bool) -> None:
        if self.audio is None or self.working:
            return
        text = "" if delivery_only else self.text()
        if not delivery_only and not text:
            return
        if delivery_only or not text:
            scored_on = "delivery"
        elif self.transcript is not None:
            scored_on = "transcript"
        else:
            scored_on = "typed"
        answer = SpokenAnswer(
            answer_id=self.answer_id,
            audio_relpath=self.audio_relpath,
            take=self.take,
            audio=self.audio,
            language=self.language,
            text=text,
            scored_on=scored_on,
            raw_transcript=self.raw_text,
            transcript=self.transcript,
            latency_before_s=self.latency_before_s,
        )
        self.play_button.stop()
        self.submitted.emit(answer)
        self.accept()

    def _retake(self) -> None:
        self._cancel.set()
        self.play_button.stop()
        self.retake_requested.emit()
        self.reject()

    def _show_take_warning(self) -> None:
        if self.take.reason == "device_lost":
            text = self.tr(
                "The microphone stopped during your answer. The first %1 were recorded and are kept; "
                "you can score them as they are or record again."
            )
            self._warn(text.replace("%1", clock_text(self.take.duration_s)))
        elif self.take.reason == "max_length":
            self._warn(self.tr("The recording reached the maximum length and stopped there."))

    def _warn(self, text: str) -> None:
        current = self.warning.text()
        self.warning.setText(f"{current}\n{text}" if current else text)
        self.warning.show()

    def done(self, result: int) -> None:
        self.closed = True
        self._cancel.set()  # a transcription still running stops at its next chunk
        self.play_button.stop()
        super().done(result)

    def closeEvent(self, event: Any) -> None:
        self._cancel.set()
        super().closeEvent(event)
