"""The trainer's control view: who answers next, the clock, the answer, skip, reveal, and
the answers of the workshop with observer scoring. It drives a :class:`RunController`
and the presenter window on the room's screen.

Its parts, each in its own module: who is in the room (:class:`SeatsPane`, seats.py), the
turn with the answer box (:class:`TurnPanel`, turn_panel.py), the room's screen and its
preview (:class:`ScreenPane`, screen_pane.py) and the workshop's answers
(:class:`AnswersPanel`, answers_panel.py). This module puts them together and holds the
actions: next turn, submit, end the run.

Shortcuts (while the control view has focus): Ctrl+N next turn, Ctrl+T start/stop the
clock, Ctrl+K skip the question, Ctrl+Enter submit the typed answer, Space in the empty
answer box record a spoken answer (trainer/ui/workshop/spoken.py), Ctrl+R reveal or hide
the scores on the room's screen, Ctrl+Shift+P open or close the presenter screen,
Ctrl+S save a review.
"""

from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QLabel, QSplitter, QVBoxLayout, QWidget

from trainer.domain.text import nfc
from trainer.ui import messages
from trainer.ui.workshop.answers_panel import AnswersPanel
from trainer.ui.workshop.presenter import PresenterWindow
from trainer.ui.workshop.run import RunController
from trainer.ui.workshop.screen_pane import ScreenPane
from trainer.ui.workshop.seats import SeatsPane
from trainer.ui.workshop.spoken import SpokenTurns
from trainer.ui.workshop.turn_panel import TurnPanel, push_button
from trainer.ui.workshop.turns import ANSWERED, ANSWERING, FINISHED, IDLE, READY

if TYPE_CHECKING:
    from trainer.storage.workshops import WorkshopAnswer

log = logging.getLogger(__name__)


class ControlView(QWidget):
    run_finished = Signal()  # the run ended and its sessions are closed
    question_shown = Signal(object, object)  # Scenario, Question: a turn began (speech may listen)

    def __init__(
        self, controller: RunController, parent: QWidget | None = None, *, live: bool = True, reviewer: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("controlView")
        self.controller = controller
        self.speech: Any = None
        c = controller
        c.setParent(self)

        self.seats = SeatsPane(c, self)
        self.roster = self.seats.roster

        self.turn_panel = TurnPanel(c, self)  # whose turn, the question, the clock, the answer box
        p = self.turn_panel
        self.turn_label, self.clock, self.status, self.answer = p.turn_label, p.clock, p.status, p.answer
        self.next_button, self.clock_button, self.skip_button = p.next_button, p.clock_button, p.skip_button
        self.submit_button = p.submit_button
        self.next_button.clicked.connect(self.next_turn)
        self.clock_button.clicked.connect(c.toggle_clock)
        self.skip_button.clicked.connect(c.skip)
        self.answer.submit.connect(self.submit_typed)
        self.answer.first_key.connect(self._first_key)
        self.submit_button.clicked.connect(self.submit_typed)
        self._latency: float | None = None

        self.screen_pane = ScreenPane(c, lambda: self.answers.current(), self)  # the room's screen
        self.screen_pane.message.connect(self._say)
        self.preview = self.screen_pane.preview
        self.present_button, self.show_button = self.screen_pane.present_button, self.screen_pane.show_button
        self.reveal_button = self.screen_pane.reveal_button
        self.read_aloud = QCheckBox(self.tr("Read questions a&loud"), self)
        self.read_aloud.setObjectName("readAloud")
        self.read_aloud.setChecked(True)
        self.read_aloud.hide()  # shown once a speech service is set
        self.end_button = push_button(self, "endRun", self.tr("&End the run"))
        self.end_button.clicked.connect(self.ask_end)
        self.screen_pane.buttons.addWidget(self.read_aloud)
        self.screen_pane.buttons.addStretch(1)
        self.screen_pane.buttons.addWidget(self.end_button)

        middle = QWidget(self)
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.turn_panel, 1)
        ml.addWidget(self.screen_pane)

        reviewer = reviewer or c.workshop.trainer
        self.answers = AnswersPanel(c.db, c.workshop.id, self, reviewer=reviewer, live=live)
        self.answers.selected.connect(lambda _a: self._update_buttons())
        self.answers.answers_changed.connect(self._answers_changed)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.seats)
        split.addWidget(middle)
        split.addWidget(self.answers)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 5)
        split.setSizes([230, 560, 560])
        self.title = QLabel(self)
        self.title.setObjectName("runTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)

        for keys, slot in (
            ("Ctrl+N", self.next_turn),
            ("Ctrl+T", c.toggle_clock),
            ("Ctrl+K", c.skip),
            ("Ctrl+Return", self.submit_typed),
            ("Ctrl+R", self.toggle_reveal),
            ("Ctrl+Shift+P", self.toggle_presenter),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        c.changed.connect(self.refresh)
        c.tick.connect(self._tick)
        c.answer_saved.connect(self._answer_saved)
        c.failed.connect(self._failed)
        c.finished.connect(self._finished)
        self.refresh()
        self.spoken = SpokenTurns(self)  # the recorder; settings from the main window up the parents

    # --- hooks for the rest of the app -----------------------------------------------------
    def set_speech(self, speech: Any) -> None:
        """Read each question aloud with *speech* (a SpeechService) while "Read aloud" is on."""
        self.speech = speech
        self.read_aloud.setVisible(speech is not None)
        if speech is not None:
            speech.prepare(self.controller.scenario)

    def set_recorder(self, widget: QWidget) -> None:
        """Put a spoken-answer recorder under the answer box; connect its result to
        :meth:`submit_spoken`."""
        self.turn_panel.set_recorder(widget)

    def submit_spoken(
        self,
        transcript: str,
        *,
        latency_s: float | None = None,
        duration_s: float | None = None,
        delivery: Any = None,
        audio_path: str | None = None,
        result: Any = None,
        extra: Any = None,
    ) -> bool:
        """A spoken answer for the question on screen: its transcript, delivery measures
        (DeliveryMeasures) and audio file (relative to the data folder), scored and saved
        like a typed one; or already scored (*result*), with *extra* fields for
        ``save_scored_answer`` (see RunController.submit)."""
        self.answer.setPlainText(transcript)
        return self.controller.submit(
            transcript,
            latency_s=latency_s,
            duration_s=duration_s,
            input_mode="spoken",
            delivery=delivery,
            audio_path=audio_path,
            result=result,
            extra=extra,
        )

    # --- actions ------------------------------------------------------------------------------
    def next_turn(self) -> None:
        turn = self.controller.next_turn()
        if turn is None:
            if self.controller.phase in (IDLE, ANSWERED):
                self._say(self.tr("Everyone here has answered every question. End the run when you are ready."))
            return
        self.answer.reset()
        self._latency = None
        self._say("")
        self.answer.setFocus()
        self.question_shown.emit(self.controller.scenario, turn.question)
        if self.speech is not None and self.read_aloud.isChecked():
            self.speech.speak(turn.question)

    def submit_typed(self) -> None:
        text = nfc(self.answer.toPlainText()).strip()
        if self.controller.phase not in (READY, ANSWERING):
            return
        if not text:
            self._say(self.tr("The answer box is empty: type the answer first."), error=True)
            return
        if self.speech is not None:
            self.speech.stop()
        self.controller.submit(text, latency_s=self._latency)

    def _first_key(self) -> None:
        if self.controller.clock_running or self.controller.elapsed_s() > 0:
            self._latency = self.controller.elapsed_s()

    def toggle_reveal(self) -> None:
        self.screen_pane.toggle_reveal()

    def show_selected(self) -> None:
        self.screen_pane.show_selected()

    def toggle_presenter(self) -> None:
        self.screen_pane.toggle_presenter()

    @property
    def presenter(self) -> PresenterWindow | None:
        return self.screen_pane.presenter

    def ask_end(self) -> None:
        if self.controller.phase == FINISHED:
            self.run_finished.emit()
            return
        if messages.confirm(
            self,
            self.tr("End the run?"),
            self.tr("Every answer is already saved. The trainees' sessions are closed and the debrief can begin."),
            yes=self.tr("End the run"),
            no=self.tr("Continue the run"),
        ):
            self.end()

    def end(self) -> None:
        self.answers.stop()
        self.controller.finish()

    # --- updates ---------------------------------------------------------------------------
    def refresh(self) -> None:
        c = self.controller
        self.title.setText(
            f"<b>{escape(c.workshop.name)}</b> · {escape(c.scenario.title)} · "
            + escape(
                self.tr("everyone answers each question") if c.mode == "rounds" else self.tr("one shared interview")
            )
        )
        self.seats.refresh()
        self.turn_panel.refresh()
        self.screen_pane.show_stage(c.stage())
        self._tick()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.turn_panel.update_buttons()
        self.screen_pane.update_buttons()

    def _tick(self) -> None:
        self.turn_panel.tick()
        self.screen_pane.set_clock(self.controller.remaining_s(), self.controller.clock_running)

    def _answer_saved(self, answer: WorkshopAnswer) -> None:
        self.answers.merge([answer])
        self.answers.select(answer.id)
        self._say(
            self.tr("Saved. Automatic score %1; the room sees it only when you reveal it.").replace(
                "%1", str(answer.answer.overall)
            )
        )

    def _answers_changed(self, answers: list[WorkshopAnswer]) -> None:
        for a in answers:
            self.controller.update_answer(a)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        from trainer.ui.storage_messages import explain, in_one_line

        if self.controller.phase == FINISHED:  # the run ended, but its sessions could not be closed
            problem, remedy = explain(error)
            messages.error(
                self,
                self.tr("The run could not be closed cleanly"),
                self.tr("Every answer is saved; the trainees' sessions stay in progress. %1").replace("%1", problem),
                remedy,
            )
            return
        self._say(
            self.tr(
                "The answer could not be saved; it is still in the box, and nothing saved before is lost. %1 "
                "Then submit it again."
            ).replace("%1", in_one_line(error)),
            error=True,
        )
        self._update_buttons()

    def _finished(self) -> None:
        self.answers.stop()
        self.run_finished.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.turn_panel.say(text, error=error)

    def closeEvent(self, event: Any) -> None:
        self.answers.stop()
        self.spoken.shutdown()
        self.screen_pane.close_presenter()
        super().closeEvent(event)
