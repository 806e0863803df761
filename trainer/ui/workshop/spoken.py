"""Spoken answers in a workshop turn: the control view's recorder, the transcript dialog and
the save (see docs/spoken-answers.md for the solo interview, which works the same way).

Space in the empty answer box (or the record button) records the trainee; the take is
written straight into the data folder under the id its answer will have. After the take
the :class:`~trainer.ui.transcript_dialog.TranscriptDialog` measures the delivery,
transcribes it and lets the trainer or trainee correct the words — or, without a
speech-recognition model, score the delivery only (the content is then marked for review).
The answer is scored and saved through :meth:`ControlView.submit_spoken`; the room sees
nothing of it until the turn is answered, and its scores only when the trainer reveals them.

    spoken = SpokenTurns(control)          # done by ControlView itself
    spoken.set_recording_settings(settings)  # microphone, maximum length, models
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid4

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from trainer.ui.recording_panel import RecordingPanel
from trainer.ui.workshop.turns import ANSWERING, READY, Turn

if TYPE_CHECKING:
    from trainer.settings import Settings
    from trainer.speech.recorder import Recorder, Take
    from trainer.speech.spoken_result import SpokenAnswer
    from trainer.ui.transcript_dialog import TranscriptDialog
    from trainer.ui.workshop.control_view import ControlView

log = logging.getLogger(__name__)


def find_settings(widget: QWidget) -> tuple[Settings | None, Any]:
    """The main window's settings (and its ``settings_applied`` signal), found up the parents."""
    w: QWidget | None = widget
    while w is not None:
        settings = getattr(w, "settings", None)
        if settings is not None and hasattr(settings, "max_answer_seconds"):
            return settings, getattr(w, "settings_applied", None)
        w = w.parentWidget()
    return None, None


class SpokenTurns(QObject):
    def __init__(self, control: ControlView, *, recorder: Recorder | None = None) -> None:
        super().__init__(control)
        self.control = control
        self.controller = control.controller
        self.panel = RecordingPanel(control, recorder=recorder)
        self.panel.setObjectName("workshopRecordingPanel")
        self.panel.meter.setMinimumWidth(100)  # the middle column is narrow: leave room for the message
        self.panel.meter.setMaximumWidth(150)
        control.set_recorder(self.panel)
        self.speech_models: dict[str, str] = {}
        self.dialog: TranscriptDialog | None = None
        self._target: tuple[Turn, UUID, str] | None = None  # the turn, its answer id, the take's relative path
        self._asked_at: float | None = None  # time.monotonic() when the question was put
        self._clock_seen = False  # the clock's start already marked when the question was put
        self._pending: SpokenAnswer | None = None  # submitted, not yet stored
        self._speech: Any = None

        control.answer.record.connect(self.toggle)
        self.panel.recording_started.connect(self._recording_started)
        self.panel.recording_stopped.connect(self._recording_stopped)
        self.panel.take_ready.connect(self._take_ready)
        c = self.controller
        c.changed.connect(self._changed)  # after the control view's own refresh
        c.answer_saved.connect(self._saved)
        c.failed.connect(self._failed)

        settings, applied = find_settings(control)
        if settings is not None:
            self.set_recording_settings(settings)
        if applied is not None:
            applied.connect(self.set_recording_settings)
        self._changed()

    def set_recording_settings(self, settings: Settings) -> None:
        """The microphone, the maximum answer length and the speech-recognition models to use."""
        self.panel.configure(
            device_id=settings.microphone_id,
            device_name=settings.microphone_name,
            max_seconds=settings.max_answer_seconds,
        )
        self.speech_models = settings.speech_models()

    @property
    def asking(self) -> bool:
        c = self.controller
        return c.phase in (READY, ANSWERING) and c.turn is not None

    # --- following the turn -----------------------------------------------------------------
    def _changed(self) -> None:
        c = self.controller
        if self.asking:
            assert c.turn is not None
            if self._target is None or self._target[0] is not c.turn:
                self._new_turn(c.turn)
            if c.clock_running and not self._clock_seen:
                self._clock_seen = True
                if not self.panel.is_recording:  # the trainer started the clock as the question was put
                    self._asked_at = time.monotonic() - c.elapsed_s()
        elif self.panel.is_recording and (c.turn is None or self._target is None or self._target[0] is not c.turn):
            self.panel.stop()  # the question was skipped: the take is kept in the data folder, not saved
        self.panel.setEnabled(self.asking or self.panel.is_recording)
        if self.panel.is_recording or self.dialog_open:
            self.control.answer.setEnabled(False)
            self.control.submit_button.setEnabled(False)

    def _new_turn(self, turn: Turn) -> None:
        from trainer.storage.audio import absolute, audio_relpath

        answer_id = uuid4()
        relpath = audio_relpath(turn.trainee.id, answer_id)
        self._target = (turn, answer_id, relpath)
        self._pending = None
        self._clock_seen = False
        self._asked_at = time.monotonic()
        speech = self.control.speech
        if speech is not None and self.control.read_aloud.isChecked():
            self._asked_at = None  # put when the journalist's voice finishes it
            if speech is not self._speech:
                self._speech = speech
                for signal in (getattr(speech, "finished", None), getattr(speech, "failed", None)):
                    if signal is not None:  # (question id, …): the voice finished or gave up
                        signal.connect(lambda qid, *_rest: self._question_spoken(qid))
        self.panel.prepare(absolute(self.controller.db.data_dir, relpath))

    def _question_spoken(self, question_id: str) -> None:
        target = self._target
        if target is not None and target[0].question.id == question_id and self._asked_at is None:
            self._asked_at = time.monotonic()

    @property
    def dialog_open(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    # --- recording ----------------------------------------------------------------------------
    def toggle(self) -> None:
        """Space in the empty answer box: start or stop recording the answer."""
        if (self.asking or self.panel.is_recording) and self.panel.isEnabled() and not self.dialog_open:
            self.panel.toggle()

    def _recording_started(self) -> None:
        control = self.control
        if control.speech is not None:
            control.speech.stop()
        self._clock_seen = True
        if self.controller.phase == READY:
            self.controller.start_clock()  # the answer is under way: the room sees the clock
        control.answer.setEnabled(False)
        control.submit_button.setEnabled(False)
        self.panel.button.setFocus()  # Space again stops

    def _recording_stopped(self) -> None:
        self.panel.setEnabled(self.asking)  # a take ended by a skip leaves the panel off until the next turn
        if self.asking and not self.dialog_open:
            self.control.answer.setEnabled(True)
            self.control.submit_button.setEnabled(True)

    def _take_ready(self, take: Take) -> None:
        target = self._target
        if target is None or not self.asking or self.controller.turn is not target[0] or not self.control.isVisible():
            return  # the turn was skipped or the run left while recording; the take stays in the data folder
        from trainer.speech.transcribe import TranscriptionError, transcriber_for
        from trainer.ui.transcript_dialog import TranscriptDialog

        language = self.controller.scenario.language
        transcriber, error = None, None
        try:
            transcriber = transcriber_for(language, self.speech_models)
        except TranscriptionError as exc:
            error = exc
        asked = self._asked_at if self._asked_at is not None else take.started_at
        if self.dialog is not None:
            self.dialog.deleteLater()
        _turn, answer_id, relpath = target
        self.dialog = TranscriptDialog(
            take,
            answer_id=answer_id,
            audio_relpath=relpath,
            language=language,
            transcriber=transcriber,
            transcriber_error=error,
            latency_before_s=max(0.0, take.started_at - asked),
            parent=self.control,
        )
        self.dialog.setWindowTitle(self.tr("The spoken answer of %1").replace("%1", target[0].trainee.display_name))
        self.dialog.submitted.connect(self._submit)
        self.dialog.retake_requested.connect(self._retake)
        self.dialog.finished.connect(lambda _r: self._changed_after_dialog())
        self.control.answer.setEnabled(False)
        self.control.submit_button.setEnabled(False)
        self.dialog.open()

    def _changed_after_dialog(self) -> None:
        if self.asking and not self.panel.is_recording:
            self.control.answer.setEnabled(True)
            self.control.submit_button.setEnabled(True)

    def _retake(self) -> None:
        self.panel.start()

    def _submit(self, answer: SpokenAnswer) -> None:
        c = self.controller
        target = self._target
        if target is None or c.turn is not target[0] or not self.asking:
            return
        result = answer.score(c.scorer, c.scenario, target[0].question)
        extra = answer.storage_fields()
        for key in ("input_mode", "audio_path"):
            extra.pop(key, None)
        latency_ms = extra.pop("latency_ms", None)
        self._pending = answer
        self.control.submit_spoken(
            answer.text,
            latency_s=None if latency_ms is None else latency_ms / 1000,
            delivery=answer.measures(),
            audio_path=answer.audio_relpath,
            result=result,
            extra=extra,
        )

    # --- after the save ---------------------------------------------------------------------------
    def _saved(self, _answer: Any) -> None:
        self._pending = None

    def _failed(self, _error: object) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and self.asking:
            self._take_ready(pending.take)  # the take is still there: offer it again

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.panel.shutdown()
