"""The practice pages: interview → feedback → … → summary, driven by a PracticeController."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid4

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget

from trainer.domain.scenario import Scenario
from trainer.storage.records import AnswerRecord, SessionInfo
from trainer.ui import messages
from trainer.ui.feedback_view import FeedbackView
from trainer.ui.interview_view import InterviewView
from trainer.ui.practice import PracticeController, Prompt, Scorer, StorageFailure, Summary
from trainer.ui.summary_view import SummaryView

if TYPE_CHECKING:
    from trainer.settings import Settings
    from trainer.speech.recorder import Take
    from trainer.speech.spoken_result import SpokenAnswer
    from trainer.storage.engine import Database
    from trainer.ui.kept_answers import KeptAnswer
    from trainer.ui.transcript_dialog import TranscriptDialog

log = logging.getLogger(__name__)


class PracticePage(QStackedWidget):
    closed = Signal()  # back to the library
    practise_again = Signal(object)  # Scenario
    question_shown = Signal(object, object)  # Scenario, Question (the speech layer listens)
    replay_requested = Signal(object, object)

    def __init__(self, parent: Any = None, *, feedback_each_answer: bool = True, answer_clock: str = "level") -> None:
        super().__init__(parent)
        self.setObjectName("practicePage")
        self.feedback_each_answer = feedback_each_answer
        self.answer_clock = answer_clock  # "level": on from difficulty 2; "on"; "off"
        self.interview_view = InterviewView(self)
        self.feedback_view = FeedbackView(self)
        self.summary_view = SummaryView(self)
        for w in (self.interview_view, self.feedback_view, self.summary_view):
            self.addWidget(w)
        self.controller: PracticeController | None = None
        self.speech: Any = None
        self.show_key_messages = True
        self.interview_view.answer_submitted.connect(self._submit)
        self.interview_view.abandon_requested.connect(self.ask_abandon)
        self.interview_view.replay_requested.connect(self._replay)
        self.feedback_view.answer_again.connect(lambda: self.controller and self.controller.answer_again())
        self.feedback_view.next_question.connect(self._next)
        self.summary_view.answer_chosen.connect(self._review_answer)
        self._reviewing = False
        self.summary_view.back_to_library.connect(self.closed)
        self.summary_view.practise_again.connect(
            lambda: self.controller and self.practise_again.emit(self.controller.scenario)
        )
        # spoken answers
        self.speech_models: dict[str, str] = {}
        self._question_end: float | None = None  # time.monotonic() when the question was fully asked
        self._take_target: tuple[UUID, str, Path] | None = None  # answer id, relative and absolute path
        self._dialog: TranscriptDialog | None = None
        self._spoken_pending: SpokenAnswer | None = None  # submitted, not yet stored
        # Closing the window while an answer is saved (trainer/ui/closing.py): no box of our own
        # meanwhile; an answer kept in a file is offered again when its interview is resumed.
        self.closing = False
        self.kept_answer: KeptAnswer | None = None
        self._offer_kept = False
        self.interview_view.recording_started.connect(self._recording_started)
        self.interview_view.take_recorded.connect(self._take_recorded)
        # The main window is the parent: its settings say which microphone, how long, which model.
        settings = getattr(parent, "settings", None)
        if settings is not None and hasattr(settings, "max_answer_seconds"):
            self.set_recording_settings(settings)
        applied = getattr(parent, "settings_applied", None)
        if applied is not None:
            applied.connect(self.set_recording_settings)

    def set_recording_settings(self, settings: Settings) -> None:
        """The microphone, the maximum answer length and the speech-recognition models to use."""
        self.interview_view.recording.configure(
            device_id=settings.microphone_id,
            device_name=settings.microphone_name,
            max_seconds=settings.max_answer_seconds,
        )
        self.speech_models = settings.speech_models()

    # --- speech -----------------------------------------------------------------------
    def set_speech(self, speech: Any) -> None:
        """Questions are read aloud by *speech* (a SpeechService), or shown as text when None."""
        if self.speech is not None:
            self.speech.status_changed.disconnect(self._speech_status)
        self.speech = speech
        if speech is not None:
            speech.status_changed.connect(self._speech_status)
            speech.finished.connect(self._question_spoken)
            speech.failed.connect(self._question_not_spoken)
            speech.started.connect(self._question_heard)
            self._speech_status(speech.status)

    def _question_not_spoken(self, question_id: str, _error: Any) -> None:
        """The question's speech failed (the engine crashed, a file was unplayable): say so; the
        text is on screen and Replay tries again (a crashed engine is restarted)."""
        self._question_spoken(question_id)
        c = self.controller
        if c is not None and c.interview.current is not None and c.interview.current.id == question_id:
            self.interview_view.set_speech_notice(
                self.tr(
                    "This question could not be read aloud (the speech engine stopped). Read it above, "
                    "or press Replay question to hear it."
                )
            )

    def _question_heard(self, _question_id: str) -> None:
        if self.speech is not None:
            self._speech_status(self.speech.status)  # a notice about an earlier failure is over

    def _question_spoken(self, question_id: str) -> None:
        c = self.controller
        current = c.interview.current if c is not None else None
        if current is not None and current.id == question_id and self._question_end is None:
            self._question_end = time.monotonic()

    def _speech_status(self, status: Any) -> None:
        from trainer.speech.service import notice_text

        self.interview_view.set_speech_notice(notice_text(status))
        self.interview_view.replay_button.setEnabled(not status.text_only)
        if status.text_only and self._question_end is None:
            self._question_end = time.monotonic()

    # --- starting ---------------------------------------------------------------------
    def _attach(self, controller: PracticeController, show_key_messages: bool) -> None:
        if self.controller is not None:
            self.controller.deleteLater()
        self.controller = controller
        self.kept_answer, self._offer_kept = None, False
        self.show_key_messages = show_key_messages
        controller.question_ready.connect(self._show_question)
        controller.feedback_ready.connect(self._show_feedback)
        controller.finished.connect(self._show_summary)
        controller.failed.connect(self._failed)
        controller.retrying.connect(self._retrying)
        controller.busy.connect(lambda b: self.setEnabled(not b))

    def start(
        self, db: Database, trainee_id: Any, scenario: Scenario, difficulty: int, show_keys: bool, scorer: Scorer
    ) -> None:
        controller = PracticeController(db, trainee_id, scenario, difficulty=difficulty, scorer=scorer, parent=self)
        self._attach(controller, show_keys)
        if self.speech is not None:
            self.speech.prepare(scenario)
        self._warm_transcriber(scenario.language)
        controller.start()

    def resume(
        self, db: Database, trainee_id: Any, scenario: Scenario, session: SessionInfo, show_keys: bool, scorer: Scorer
    ) -> None:
        controller = PracticeController(
            db, trainee_id, scenario, difficulty=session.difficulty, scorer=scorer, parent=self
        )
        self._attach(controller, show_keys)
        if self.speech is not None:
            self.speech.prepare(scenario)
        self._warm_transcriber(scenario.language)
        self._offer_kept = True  # an answer kept when the window closed goes back in the box
        controller.resume(session)

    # --- the loop -----------------------------------------------------------------------
    def _show_question(self, prompt: Prompt) -> None:
        c = self.controller
        assert c is not None
        self.interview_view.show_question(
            c.scenario,
            prompt.question,
            position=prompt.position,
            total=prompt.total,
            clock_on=self.answer_clock == "on" or (self.answer_clock == "level" and c.interview.difficulty >= 2),
            show_key_messages=self.show_key_messages and c.interview.difficulty < 3,
            follow_up=prompt.follow_up,
        )
        self._prepare_take(c)
        self.setCurrentWidget(self.interview_view)
        self.question_shown.emit(c.scenario, prompt.question)
        self._question_end = None
        if self.speech is not None:
            self._speech_status(self.speech.status)  # no notice left from the last question
            prepared = self.speech.scenario
            if prepared is None or (prepared.id, prepared.content_hash) != (c.scenario.id, c.scenario.content_hash):
                self.speech.prepare(c.scenario)  # speech was prepared for another scenario meanwhile
        spoken = self.speech is not None and self.speech.speak(prompt.question)
        if not spoken:
            self._question_end = time.monotonic()  # shown as text: asked the moment it appears
        if self._offer_kept:
            from trainer.ui.closing import offer_kept

            self._offer_kept = False
            offer_kept(self)

    def _replay(self) -> None:
        c = self.controller
        if c is not None and c.interview.current is not None:
            if not self.interview_view.recording.is_recording:
                self._question_end = None  # asked again: the answer is timed from the end of the replay
            self.replay_requested.emit(c.scenario, c.interview.current)
            if self.speech is not None and not self.speech.replay():
                self.speech.speak(c.interview.current)

    # --- spoken answers ------------------------------------------------------------------
    def _prepare_take(self, c: PracticeController) -> None:
        """Each question's take is written straight into the data folder, under the id its answer will have."""
        from trainer.storage.audio import absolute, audio_relpath

        answer_id = uuid4()
        relpath = audio_relpath(c.trainee_id, answer_id)
        path = absolute(c.db.data_dir, relpath)
        self._take_target = (answer_id, relpath, path)
        self.interview_view.recording.prepare(path)

    def _warm_transcriber(self, language: str) -> None:
        """Load the speech-recognition model in the background while the trainee reads."""
        from trainer.speech.transcribe import TranscriptionError, transcriber_for
        from trainer.ui.tasks import run_task

        try:
            transcriber = transcriber_for(language, self.speech_models)
        except TranscriptionError:
            return  # said when an answer is recorded
        if transcriber is not None:
            run_task(transcriber.load, on_error=lambda exc: log.warning("model not loaded: %s", exc))

    def _recording_started(self) -> None:
        if self.speech is not None:
            self.speech.stop()
        if self._question_end is None:
            self._question_end = time.monotonic()  # she interrupted the journalist

    def _take_recorded(self, take: Take) -> None:
        c = self.controller
        if (
            c is None
            or self._take_target is None
            or self.currentWidget() is not self.interview_view
            or not self.isVisible()
        ):
            return  # the interview was left while recording; the take stays in the data folder
        from trainer.speech.transcribe import TranscriptionError, transcriber_for
        from trainer.ui.transcript_dialog import TranscriptDialog

        transcriber, error = None, None
        try:
            transcriber = transcriber_for(c.scenario.language, self.speech_models)
        except TranscriptionError as exc:
            error = exc
        started = self._question_end if self._question_end is not None else take.started_at
        answer_id, relpath, _path = self._take_target
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = TranscriptDialog(
            take,
            answer_id=answer_id,
            audio_relpath=relpath,
            language=c.scenario.language,
            transcriber=transcriber,
            transcriber_error=error,
            latency_before_s=max(0.0, take.started_at - started),
            parent=self,
        )
        self._dialog.submitted.connect(self._submit_spoken)
        self._dialog.retake_requested.connect(self._retake)
        self._dialog.open()

    def _retake(self) -> None:
        self._question_end = None  # the new take's latency counts from when it starts
        self.interview_view.toggle_recording()

    def _submit_spoken(self, answer: SpokenAnswer) -> None:
        self._spoken_pending = answer
        if self.speech is not None:
            self.speech.stop()
        if self.controller is not None:
            self.interview_view.lock()
            self.controller.submit("", None, self.interview_view.elapsed_s(), spoken_answer=answer)

    def _audio_of(self, record: AnswerRecord) -> Path | None:
        from trainer.ui.answer_audio import answer_audio_path

        c = self.controller
        return answer_audio_path(c.db.data_dir if c is not None else None, record.audio_path)

    def _submit(self, text: str, latency_s: Any, duration_s: float) -> None:
        if self.speech is not None:
            self.speech.stop()
        if self.controller is not None:
            self.controller.submit(text, latency_s, duration_s)

    def _show_feedback(self, question: Any, record: AnswerRecord, is_last: bool) -> None:
        self._spoken_pending = None
        self.interview_view.set_save_notice("")
        c = self.controller
        assert c is not None
        if not self.feedback_each_answer:
            c.next_question()
            return
        self.feedback_view.show_result(
            c.scenario, question, record.to_result(), last=is_last, record=record, audio=self._audio_of(record)
        )
        self.setCurrentWidget(self.feedback_view)

    def _next(self) -> None:
        if self._reviewing:
            self._reviewing = False
            self.setCurrentWidget(self.summary_view)
        elif self.controller is not None:
            self.controller.next_question()

    def _review_answer(self, index: int) -> None:
        c = self.controller
        if c is None or not 0 <= index < len(c.summary.answers):
            return
        question, record = c.summary.answers[index]
        self._reviewing = True
        self.feedback_view.show_result(
            c.scenario, question, record.to_result(), review=True, record=record, audio=self._audio_of(record)
        )
        self.setCurrentWidget(self.feedback_view)

    def _show_summary(self, summary: Summary) -> None:
        self.summary_view.show_summary(summary)
        self.setCurrentWidget(self.summary_view)

    # --- the database failed (practice_failures.py says what and what to do) -----------------
    def _retrying(self, _exc: Exception) -> None:
        from trainer.ui import practice_failures

        practice_failures.show_retrying(self)

    def _failed(self, failure: StorageFailure) -> None:
        from trainer.ui import practice_failures

        practice_failures.show_failure(self, failure)

    # --- leaving -------------------------------------------------------------------------
    def ask_abandon(self) -> None:
        if messages.confirm(
            self,
            self.tr("Stop the interview?"),
            self.tr("Your answers so far are saved. You can resume this interview later from the scenario's briefing."),
            yes=self.tr("Stop"),
            no=self.tr("Keep going"),
        ):
            self.abandon()

    def abandon(self) -> None:
        self._take_target = None  # a take still being finished opens no dialog
        self.interview_view.stop_clock()
        if self.speech is not None:
            self.speech.stop()
        if self.controller is None:
            self.closed.emit()
            return
        self.controller.abandon(on_done=lambda _info: self.closed.emit())

    @property
    def in_interview(self) -> bool:
        return self.controller is not None and self.currentWidget() is not self.summary_view
