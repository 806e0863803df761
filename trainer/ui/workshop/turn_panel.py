"""The turn, in the middle of the control view: who answers, the question with the trainer's
note, the clock, the turn buttons (next, clock, skip), the answer box with the
spoken-answer recorder under it, and the status line.

It shows a :class:`RunController`'s turn; the control view connects its buttons and the
answer box to the actions.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.ui.interview_view import AnswerEdit
from trainer.ui.labels import style_label
from trainer.ui.workshop.presenter import clock_text
from trainer.ui.workshop.run import RunController
from trainer.ui.workshop.turns import ANSWERING, FINISHED, READY, SAVING


def push_button(parent: QWidget, name: str, text: str) -> QPushButton:
    b = QPushButton(text, parent)
    b.setObjectName(name)
    return b


class TurnPanel(QWidget):
    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
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

        self.next_button = push_button(self, "nextTurn", self.tr("&Next turn (Ctrl+N)"))
        self.clock_button = push_button(self, "clockButton", self.tr("Start the clock (Ctrl+T)"))
        self.skip_button = push_button(self, "skipQuestion", self.tr("S&kip question (Ctrl+K)"))
        turn_buttons = QHBoxLayout()
        for b in (self.next_button, self.clock_button, self.skip_button):
            turn_buttons.addWidget(b)

        self.answer = AnswerEdit(self)
        self.answer.setObjectName("controlAnswer")
        self.answer.setPlaceholderText(self.tr("The trainee types the answer here (or it is spoken, below)…"))
        self.submit_button = push_button(self, "submitAnswer", self.tr("&Submit answer (Ctrl+Enter)"))
        self.recorder_area = QWidget(self)  # the spoken-answer recorder goes here (set_recorder)
        self.recorder_area.setObjectName("recorderArea")
        QVBoxLayout(self.recorder_area).setContentsMargins(0, 0, 0, 0)
        self.recorder_area.hide()
        self.status = QLabel(self)
        self.status.setObjectName("controlStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.question)
        layout.addWidget(self.notes)
        layout.addLayout(turn_buttons)
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.recorder_area)
        submit_row = QHBoxLayout()
        submit_row.addWidget(self.status, 1)
        submit_row.addWidget(self.submit_button)
        layout.addLayout(submit_row)

    def set_recorder(self, widget: QWidget) -> None:
        """Put a spoken-answer recorder under the answer box."""
        layout = self.recorder_area.layout()
        assert layout is not None
        layout.addWidget(widget)
        self.recorder_area.show()

    def refresh(self) -> None:
        """Show the turn on screen, or between turns who answers next."""
        c = self.controller
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

    def update_buttons(self) -> None:
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

    def tick(self) -> None:
        c = self.controller
        if c.phase in (READY, ANSWERING, SAVING):
            remaining = c.remaining_s()
            self.clock.setText(clock_text(remaining) if remaining > 0 else self.tr("Time is up"))
            self.clock.setStyleSheet("color:#c0392b" if remaining <= 10 else "" if c.clock_running else "color:#5b7083")
        else:
            self.clock.setText("")

    def say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color:#c0392b" if error else "color:#2e8b57")
