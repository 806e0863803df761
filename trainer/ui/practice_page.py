"""The practice pages: interview → feedback → … → summary, driven by a PracticeController."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget

from trainer.domain.scenario import Scenario
from trainer.storage.records import AnswerRecord, SessionInfo
from trainer.ui import messages
from trainer.ui.feedback_view import FeedbackView
from trainer.ui.interview_view import InterviewView
from trainer.ui.practice import PracticeController, Prompt, Scorer, Summary
from trainer.ui.summary_view import SummaryView

if TYPE_CHECKING:
    from trainer.storage.engine import Database

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

    # --- speech -----------------------------------------------------------------------
    def set_speech(self, speech: Any) -> None:
        """Questions are read aloud by *speech* (a SpeechService), or shown as text when None."""
        if self.speech is not None:
            self.speech.status_changed.disconnect(self._speech_status)
        self.speech = speech
        if speech is not None:
            speech.status_changed.connect(self._speech_status)
            self._speech_status(speech.status)

    def _speech_status(self, status: Any) -> None:
        from trainer.speech.service import notice_text

        self.interview_view.set_speech_notice(notice_text(status))
        self.interview_view.replay_button.setEnabled(not status.text_only)

    # --- starting ---------------------------------------------------------------------
    def _attach(self, controller: PracticeController, show_key_messages: bool) -> None:
        if self.controller is not None:
            self.controller.deleteLater()
        self.controller = controller
        self.show_key_messages = show_key_messages
        controller.question_ready.connect(self._show_question)
        controller.feedback_ready.connect(self._show_feedback)
        controller.finished.connect(self._show_summary)
        controller.failed.connect(self._failed)
        controller.busy.connect(lambda b: self.setEnabled(not b))

    def start(
        self, db: Database, trainee_id: Any, scenario: Scenario, difficulty: int, show_keys: bool, scorer: Scorer
    ) -> None:
        controller = PracticeController(db, trainee_id, scenario, difficulty=difficulty, scorer=scorer, parent=self)
        self._attach(controller, show_keys)
        if self.speech is not None:
            self.speech.prepare(scenario)
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
        self.setCurrentWidget(self.interview_view)
        self.question_shown.emit(c.scenario, prompt.question)
        if self.speech is not None:
            self.speech.speak(prompt.question)

    def _replay(self) -> None:
        c = self.controller
        if c is not None and c.interview.current is not None:
            self.replay_requested.emit(c.scenario, c.interview.current)
            if self.speech is not None and not self.speech.replay():
                self.speech.speak(c.interview.current)

    def _submit(self, text: str, latency_s: Any, duration_s: float) -> None:
        if self.speech is not None:
            self.speech.stop()
        if self.controller is not None:
            self.controller.submit(text, latency_s, duration_s)

    def _show_feedback(self, question: Any, record: AnswerRecord, is_last: bool) -> None:
        c = self.controller
        assert c is not None
        if not self.feedback_each_answer:
            c.next_question()
            return
        self.feedback_view.show_result(c.scenario, question, record.to_result(), last=is_last)
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
        self.feedback_view.show_result(c.scenario, question, record.to_result(), review=True)
        self.setCurrentWidget(self.feedback_view)

    def _show_summary(self, summary: Summary) -> None:
        self.summary_view.show_summary(summary)
        self.setCurrentWidget(self.summary_view)

    def _failed(self, message: str) -> None:
        self.setEnabled(True)
        messages.error(
            self,
            self.tr("Your answer could not be saved"),
            self.tr("The progress database did not accept the answer. Nothing you saved before is lost."),
            self.tr(
                "Try again in a moment; if it keeps failing, stop the interview and resume it later. Details: %1"
            ).replace("%1", message),
        )
        # Let the trainee submit the same text again.
        self.interview_view.answer.setEnabled(True)
        self.interview_view.submit_button.setEnabled(True)

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
