"""The interview: the journalist asks, the clock runs, the trainee types or speaks her answer."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.scenario import Question, Scenario
from trainer.domain.text import nfc
from trainer.ui.labels import style_label
from trainer.ui.portrait import portrait
from trainer.ui.recording_panel import RecordingPanel


class AnswerEdit(QPlainTextEdit):
    """The answer box; Ctrl+Enter submits, the first keystroke is timed; Space in the empty
    box starts recording a spoken answer (a leading space means nothing in a typed one)."""

    submit = Signal()
    first_key = Signal()
    record = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._typed = False

    def reset(self) -> None:
        self._typed = False
        self.clear()

    def keyPressEvent(self, event: Any) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submit.emit()
            return
        if (
            event.key() == Qt.Key.Key_Space
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and not self.toPlainText()
            and not self.textCursor().block().layout().preeditAreaText()  # an input method is composing
        ):
            self.record.emit()
            return
        if not self._typed and event.text().strip():
            self._typed = True
            self.first_key.emit()
        super().keyPressEvent(event)


class InterviewView(QWidget):
    #: (answer text, latency before the first keystroke in s or None, seconds on the question)
    answer_submitted = Signal(str, object, float)
    replay_requested = Signal()
    abandon_requested = Signal()
    recording_started = Signal()  # a spoken answer began (the question's speech should stop)
    take_recorded = Signal(object)  # Take: a spoken answer was recorded (complete or partial)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewView")
        self.question: Question | None = None
        self.time_limit: int | None = None
        self.latency_s: float | None = None
        self._clock = QElapsedTimer()
        self._paused_ms = 0
        self._pause = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_clock)

        self.portrait = QLabel(self)
        self.portrait.setFixedSize(96, 96)
        self.journalist = QLabel(self)
        self.journalist.setObjectName("journalist")
        self.journalist.setTextFormat(Qt.TextFormat.RichText)
        self.progress = QLabel(self)
        self.progress.setObjectName("progress")
        self.clock = QLabel(self)
        self.clock.setObjectName("clock")
        clock_font = QFont(self.clock.font())
        clock_font.setPointSizeF(clock_font.pointSizeF() * 1.6)
        clock_font.setBold(True)
        self.clock.setFont(clock_font)
        top = QHBoxLayout()
        top.addWidget(self.portrait)
        who = QVBoxLayout()
        who.addWidget(self.journalist)
        who.addWidget(self.progress)
        top.addLayout(who, 1)
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)

        self.question_label = QLabel(self)
        self.question_label.setObjectName("questionText")
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        q_font = QFont(self.question_label.font())
        q_font.setPointSizeF(q_font.pointSizeF() * 1.35)
        self.question_label.setFont(q_font)
        self.question_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.question_label.setMargin(12)

        self.replay_button = QPushButton(self.tr("&Replay question"), self)
        self.replay_button.setObjectName("replayButton")
        self.replay_button.setShortcut(QKeySequence("Ctrl+R"))
        self.replay_button.setToolTip(self.tr("Hear the question again (Ctrl+R)"))
        self.replay_button.clicked.connect(self.replay_requested)
        self.speech_notice = QLabel(self)
        self.speech_notice.setObjectName("speechNotice")
        self.speech_notice.setWordWrap(True)
        self.speech_notice.setStyleSheet("color:#8a5a00")
        self.speech_notice.hide()
        replay_row = QHBoxLayout()
        replay_row.addWidget(self.replay_button)
        replay_row.addWidget(self.speech_notice, 1)
        replay_row.addStretch(0)

        self.key_messages = QGroupBox(self.tr("Your key messages"), self)
        self.key_messages.setObjectName("keyMessages")
        self.key_messages_text = QLabel(self.key_messages)
        self.key_messages_text.setWordWrap(True)
        QVBoxLayout(self.key_messages).addWidget(self.key_messages_text)

        self.answer = AnswerEdit(self)
        self.answer.setObjectName("answerEdit")
        self.answer.setPlaceholderText(self.tr("Type your answer as you would say it to the journalist…"))
        self.answer.submit.connect(self.submit)
        self.answer.first_key.connect(self._first_key)
        self.answer.record.connect(self.toggle_recording)

        self.recording = RecordingPanel(self)
        self.recording.recording_started.connect(self._recording_started)
        self.recording.recording_stopped.connect(self._recording_stopped)
        self.recording.take_ready.connect(self.take_recorded)
        record_key = QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle_recording)
        record_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.submit_button = QPushButton(self.tr("&Submit answer (Ctrl+Enter)"), self)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.clicked.connect(self.submit)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.abandon_button = QPushButton(self.tr("&Stop the interview"), self)
        self.abandon_button.setObjectName("abandonButton")
        self.abandon_button.clicked.connect(self.abandon_requested)
        self.save_notice = QLabel(self)  # "the database is busy, trying again…" while an answer waits to be saved
        self.save_notice.setObjectName("saveNotice")
        self.save_notice.setWordWrap(True)
        self.save_notice.setStyleSheet("color:#8a5a00")
        self.save_notice.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.abandon_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.save_notice, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.submit_button)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.question_label)
        layout.addLayout(replay_row)
        layout.addWidget(self.key_messages)
        layout.addWidget(self.recording)
        layout.addWidget(self.answer, 1)
        layout.addLayout(buttons)

    def show_question(
        self,
        scenario: Scenario,
        question: Question,
        *,
        position: int,
        total: int,
        clock_on: bool,
        show_key_messages: bool,
        follow_up: bool = False,
    ) -> None:
        self.question = question
        j = scenario.journalist(question.journalist)
        self.portrait.setPixmap(portrait(j.name, j.style, 96))
        self.journalist.setText(
            f"<b style='font-size:13pt'>{escape(j.name)}</b><br>{escape(j.outlet)} · {escape(style_label(j.style))}"
        )
        progress = self.tr("Question %1 of %2").replace("%1", str(position)).replace("%2", str(total))
        if follow_up:
            progress += " · " + self.tr("follow-up")
        self.progress.setText(progress)
        self.question_label.setText(question.text)
        self.key_messages.setVisible(show_key_messages)
        self.key_messages_text.setText("\n".join(f"• {k.text}" for k in scenario.key_messages))
        self.time_limit = question.time_limit_s if clock_on else None
        self.latency_s = None
        self.answer.reset()
        self.set_save_notice("")
        self.answer.setEnabled(True)
        self.submit_button.setEnabled(True)
        self.recording.setEnabled(True)
        self.recording.prepare(None)  # the practice page says where this answer's take goes
        self.answer.setFocus()
        self._paused_ms = 0
        self._pause.invalidate()
        self.pause_button.setText(self.tr("&Pause"))
        self._clock.start()
        self._tick.start()
        self._update_clock()

    @property
    def paused(self) -> bool:
        return self._pause.isValid()

    def toggle_pause(self) -> None:
        """Pause stops the clock and hides the question; pressing again continues."""
        if self.paused:
            self._paused_ms += self._pause.elapsed()
            self._pause.invalidate()
            self.question_label.setText(self.question.text if self.question else "")
            self.answer.setEnabled(True)
            self.submit_button.setEnabled(True)
            self.recording.setEnabled(True)
            self.pause_button.setText(self.tr("&Pause"))
            self._tick.start()
            self.answer.setFocus()
        else:
            self.recording.stop()
            self._pause.start()
            self._tick.stop()
            self.question_label.setText(self.tr("Paused. The clock has stopped; press Continue when you are ready."))
            self.answer.setEnabled(False)
            self.submit_button.setEnabled(False)
            self.recording.setEnabled(False)
            self.pause_button.setText(self.tr("&Continue"))

    def set_save_notice(self, text: str) -> None:
        self.save_notice.setText(text)
        self.save_notice.setVisible(bool(text))

    def set_speech_notice(self, text: str) -> None:
        self.speech_notice.setText(text)
        self.speech_notice.setVisible(bool(text))

    def elapsed_s(self) -> float:
        """Seconds on this question, pauses excluded."""
        if not self._clock.isValid():
            return 0.0
        paused = self._paused_ms + (self._pause.elapsed() if self._pause.isValid() else 0)
        return max(0.0, (self._clock.elapsed() - paused) / 1000.0)

    def _first_key(self) -> None:
        self.latency_s = self.elapsed_s()

    def _update_clock(self) -> None:
        elapsed = self.elapsed_s()
        if self.time_limit:
            left = self.time_limit - elapsed
            if left <= 0:
                self.clock.setText(self.tr("Time is up"))
                self.clock.setStyleSheet("color:#c0392b")
            else:
                self.clock.setText(f"{int(left) // 60}:{int(left) % 60:02d}")
                self.clock.setStyleSheet("color:#c0392b" if left <= 10 else "")
        else:
            self.clock.setText(f"{int(elapsed) // 60}:{int(elapsed) % 60:02d}")
            self.clock.setStyleSheet("color:#5b7083")

    # --- spoken answers ---------------------------------------------------------------------
    def toggle_recording(self) -> None:
        """Space: start or stop recording a spoken answer (not while paused or scoring)."""
        if self.question is None or self.paused or not self.recording.isEnabled():
            return
        self.recording.toggle()

    def _recording_started(self) -> None:
        self.answer.setEnabled(False)
        self.submit_button.setEnabled(False)
        self.pause_button.setEnabled(False)
        self.recording.button.setFocus()
        self.recording_started.emit()

    def _recording_stopped(self) -> None:
        self.pause_button.setEnabled(True)
        self.answer.setEnabled(True)
        self.submit_button.setEnabled(True)

    def lock(self) -> None:
        """The answer is being scored: nothing more can be entered."""
        self._tick.stop()
        self.answer.setEnabled(False)
        self.submit_button.setEnabled(False)
        self.recording.setEnabled(False)

    def submit(self) -> None:
        if self.question is None or not self.submit_button.isEnabled() or self.recording.is_recording:
            return
        self.lock()
        self.answer_submitted.emit(nfc(self.answer.toPlainText()), self.latency_s, self.elapsed_s())

    def stop_clock(self) -> None:
        self._tick.stop()
        if self.recording.is_recording:
            self.recording.stop()
