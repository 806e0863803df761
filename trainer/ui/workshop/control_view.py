"""The trainer's control view: who answers next, the clock, the answer, skip, reveal, and
the answers of the workshop with observer scoring. It drives a :class:`RunController`
and the presenter window on the room's screen.

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
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.text import nfc
from trainer.ui import messages
from trainer.ui.interview_view import AnswerEdit
from trainer.ui.labels import style_label
from trainer.ui.workshop.answers_panel import AnswersPanel
from trainer.ui.workshop.presenter import PresenterView, PresenterWindow, clock_text, presenter_screen
from trainer.ui.workshop.run import RunController
from trainer.ui.workshop.seats import SeatsPane
from trainer.ui.workshop.spoken import SpokenTurns
from trainer.ui.workshop.turns import ANSWERED, ANSWERING, FINISHED, IDLE, READY, SAVING

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
        self.presenter: PresenterWindow | None = None
        self.speech: Any = None
        c = controller
        c.setParent(self)

        self.seats = SeatsPane(c, self)
        self.roster = self.seats.roster

        # --- the turn ---
        self.turn_label = QLabel(self)
        self.turn_label.setObjectName("turnLabel")
        self.turn_label.setWordWrap(True)
        self.turn_label.setTextFormat(Qt.TextFormat.RichText)
        self.clock = QLabel(self)
        self.clock.setObjectName("controlClock")
        font = self.clock.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.clock.setFont(font)
        head = QHBoxLayout()
        head.addWidget(self.turn_label, 1)
        head.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        self.question = QLabel(self)
        self.question.setObjectName("controlQuestion")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.RichText)
        self.question.setFrameShape(QFrame.Shape.StyledPanel)
        self.question.setMargin(8)
        self.notes = QLabel(self)
        self.notes.setObjectName("trainerNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color:#5b7083")

        self.next_button = self._button("nextTurn", self.tr("&Next turn (Ctrl+N)"), self.next_turn)
        self.clock_button = self._button("clockButton", self.tr("Start the clock (Ctrl+T)"), c.toggle_clock)
        self.skip_button = self._button("skipQuestion", self.tr("S&kip question (Ctrl+K)"), c.skip)
        turn_buttons = QHBoxLayout()
        for b in (self.next_button, self.clock_button, self.skip_button):
            turn_buttons.addWidget(b)

        self.answer = AnswerEdit(self)
        self.answer.setObjectName("controlAnswer")
        self.answer.setPlaceholderText(self.tr("The trainee types the answer here (or it is spoken, below)…"))
        self.answer.submit.connect(self.submit_typed)
        self.answer.first_key.connect(self._first_key)
        self.submit_button = self._button("submitAnswer", self.tr("&Submit answer (Ctrl+Enter)"), self.submit_typed)
        self.recorder_area = QWidget(self)  # the spoken-answer recorder goes here (set_recorder)
        self.recorder_area.setObjectName("recorderArea")
        QVBoxLayout(self.recorder_area).setContentsMargins(0, 0, 0, 0)
        self.recorder_area.hide()
        self.status = QLabel(self)
        self.status.setObjectName("controlStatus")
        self.status.setWordWrap(True)
        self._latency: float | None = None

        self.preview = PresenterView(self)  # what the room sees, small
        self.preview.setObjectName("presenterPreview")
        self.preview.setFixedSize(352, 198)
        self.present_button = self._button(
            "presentButton", self.tr("Open the &presenter screen"), self.toggle_presenter
        )
        self.reveal_button = self._button("revealButton", self.tr("&Reveal scores (Ctrl+R)"), self.toggle_reveal)
        self.show_button = self._button("showAnswer", self.tr("Show this &answer on screen"), self.show_selected)
        self.read_aloud = QCheckBox(self.tr("Read questions a&loud"), self)
        self.read_aloud.setObjectName("readAloud")
        self.read_aloud.setChecked(True)
        self.read_aloud.hide()  # shown once a speech service is set
        self.end_button = self._button("endRun", self.tr("&End the run"), self.ask_end)
        screen_buttons = QVBoxLayout()
        for w in (self.present_button, self.show_button, self.reveal_button, self.read_aloud):
            screen_buttons.addWidget(w)
        screen_buttons.addStretch(1)
        screen_buttons.addWidget(self.end_button)
        screen_row = QHBoxLayout()
        screen_row.addWidget(self.preview)
        screen_row.addLayout(screen_buttons, 1)

        middle = QWidget(self)
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addLayout(head)
        ml.addWidget(self.question)
        ml.addWidget(self.notes)
        ml.addLayout(turn_buttons)
        ml.addWidget(self.answer, 1)
        ml.addWidget(self.recorder_area)
        submit_row = QHBoxLayout()
        submit_row.addWidget(self.status, 1)
        submit_row.addWidget(self.submit_button)
        ml.addLayout(submit_row)
        ml.addLayout(screen_row)

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

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(slot)
        return b

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
        layout = self.recorder_area.layout()
        assert layout is not None
        layout.addWidget(widget)
        self.recorder_area.show()

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
        c = self.controller
        selected = self.answers.current()
        if c.phase in (READY, ANSWERING, SAVING):
            return
        if selected is not None and (c.screen_answer is None or c.screen_answer.id != selected.id):
            c.show_answer(selected, reveal=True)
        else:
            c.reveal(not c.revealed)

    def show_selected(self) -> None:
        selected = self.answers.current()
        if selected is not None:
            self.controller.show_answer(selected, reveal=False)

    def toggle_presenter(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
            return
        if self.presenter is None:
            self.presenter = PresenterWindow(self)
            self.presenter.closed.connect(self._update_buttons)
        window = self.window().windowHandle()
        screen, own = presenter_screen(window.screen() if window is not None else None)
        self.presenter.show_on(screen, full_screen=own)
        self.presenter.view.show_stage(self.controller.stage())
        if not own:
            self._say(
                self.tr(
                    "Only one screen is connected: the presenter screen opened as a window. "
                    "Connect the projector and open it again, or press F11 in it for full screen."
                )
            )
        self._update_buttons()

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
        turn = c.turn
        upcoming = c.upcoming()
        if c.phase in (READY, ANSWERING, SAVING) and turn is not None:
            j = c.scenario.journalist(turn.question.journalist)
            label = self.tr("Turn %1: %2").replace("%1", str(turn.number)).replace("%2", turn.trainee.display_name)
            extra = (" · " + self.tr("follow-up")) if turn.follow_up else ""
            self.turn_label.setText(f"<b style='font-size:13pt'>{escape(label)}</b>{escape(extra)}")
            self.question.setText(
                f"<span style='color:#5b7083'>{escape(j.name)} · {escape(j.outlet)} · "
                f"{escape(style_label(j.style))}</span><br><span style='font-size:13pt'>"
                f"{escape(turn.question.text)}</span>"
            )
            self.notes.setText(
                self.tr("Trainer's note: %1").replace("%1", turn.question.trainer_notes)
                if turn.question.trainer_notes
                else ""
            )
        else:
            if c.phase == FINISHED:
                text = self.tr("The run has ended.")
            elif upcoming is not None:
                question = c.question_for(upcoming.id)
                text = self.tr("Next: %1").replace("%1", upcoming.display_name)
                self.question.setText(
                    escape(self.tr("Next question: %1").replace("%1", question.text if question else ""))
                )
            else:
                text = self.tr("No one left to answer: tick who is here, or end the run.")
            self.turn_label.setText(f"<b style='font-size:13pt'>{escape(text)}</b>")
            if c.phase == FINISHED or upcoming is None:
                self.question.setText("")
            self.notes.setText("")
        self.notes.setVisible(bool(self.notes.text()))
        stage = c.stage()
        self.preview.show_stage(stage)
        if self.presenter is not None:
            self.presenter.view.show_stage(stage)
        self._tick()
        self._update_buttons()

    def _update_buttons(self) -> None:
        c = self.controller
        asking = c.phase in (READY, ANSWERING)
        self.next_button.setEnabled(c.can_start_turn)
        self.clock_button.setEnabled(asking)
        self.clock_button.setText(
            self.tr("Stop the clock (Ctrl+T)") if c.clock_running else self.tr("Start the clock (Ctrl+T)")
        )
        self.skip_button.setEnabled(asking)
        self.answer.setEnabled(asking)
        self.submit_button.setEnabled(asking)
        selected = self.answers.current()
        free = c.phase not in (READY, ANSWERING, SAVING, FINISHED)
        self.show_button.setEnabled(free and selected is not None)
        self.reveal_button.setEnabled(free and (selected is not None or c.screen_answer is not None))
        same = selected is None or (c.screen_answer is not None and c.screen_answer.id == selected.id)
        self.reveal_button.setText(
            self.tr("&Hide scores (Ctrl+R)") if c.revealed and same else self.tr("&Reveal scores (Ctrl+R)")
        )
        showing = self.presenter is not None and self.presenter.isVisible()
        self.present_button.setText(
            self.tr("Close the &presenter screen") if showing else self.tr("Open the &presenter screen")
        )

    def _tick(self) -> None:
        c = self.controller
        if c.phase in (READY, ANSWERING, SAVING):
            remaining = c.remaining_s()
            self.clock.setText(clock_text(remaining) if remaining > 0 else self.tr("Time is up"))
            self.clock.setStyleSheet("color:#c0392b" if remaining <= 10 else "" if c.clock_running else "color:#5b7083")
        else:
            self.clock.setText("")
        for view in (self.preview, self.presenter.view if self.presenter is not None else None):
            if view is not None:
                view.set_clock(c.remaining_s(), c.clock_running)

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

    def _failed(self, message: str) -> None:
        self._say(
            self.tr("The answer could not be saved; it is still in the box. Try again. Details: %1").replace(
                "%1", message
            ),
            error=True,
        )
        self._update_buttons()

    def _finished(self) -> None:
        self.answers.stop()
        self.run_finished.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color:#c0392b" if error else "color:#2e8b57")

    def closeEvent(self, event: Any) -> None:
        self.answers.stop()
        self.spoken.shutdown()
        if self.presenter is not None:
            self.presenter.close()
        super().closeEvent(event)
