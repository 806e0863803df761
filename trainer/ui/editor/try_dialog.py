""" "Try this question": hear the question spoken and score a sample answer against the draft."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.feedback_view import STATUS_COLOURS, score_colour
from trainer.ui.labels import principle_label, status_label
from trainer.ui.tasks import run_task

if TYPE_CHECKING:
    from trainer.domain.result import Result
    from trainer.domain.scenario import Question, Scenario

translate = QCoreApplication.translate


def _score(scenario: Scenario, question: Question, text: str) -> Result:
    from trainer.domain.scoring import score_answer

    return score_answer(scenario, question, text)


class TryDialog(QDialog):
    """Scores against the draft as it is when "Score" is pressed (``scenario()`` gives it)."""

    def __init__(
        self,
        scenario: Callable[[], Scenario | None],
        question_id: str,
        speech: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tryDialog")
        self.setWindowTitle(translate("ScenarioEditor", "Try this question"))
        self.scenario, self.question_id, self.speech = scenario, question_id, speech
        self.last_result: Result | None = None
        self.question_label = QLabel(self)
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.RichText)
        self.play_button = QPushButton(translate("ScenarioEditor", "Play the question"), self)
        self.play_button.setObjectName("playButton")
        self.play_button.setShortcut(QKeySequence("Ctrl+R"))
        self.play_button.clicked.connect(self.play)
        self.notice = QLabel(self)
        self.notice.setObjectName("speechNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color:#8a5a00")
        play_row = QHBoxLayout()
        play_row.addWidget(self.play_button)
        play_row.addWidget(self.notice, 1)
        self.answer = QPlainTextEdit(self)
        self.answer.setObjectName("sampleAnswer")
        self.answer.setPlaceholderText(translate("ScenarioEditor", "Type a sample answer, as a trainee would…"))
        self.model_button = QPushButton(translate("ScenarioEditor", "Use the model answer"), self)
        self.model_button.clicked.connect(self.use_model_answer)
        self.score_button = QPushButton(translate("ScenarioEditor", "Score (Ctrl+Enter)"), self)
        self.score_button.setObjectName("scoreButton")
        self.score_button.setDefault(True)
        self.score_button.clicked.connect(self.score)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.score)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.model_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.score_button)
        self.overall = QLabel(self)
        self.overall.setObjectName("overallScore")
        self.overall.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("principleTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ScenarioEditor", "Principle"),
                translate("ScenarioEditor", "Status"),
                translate("ScenarioEditor", "Score"),
                translate("ScenarioEditor", "Why"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(translate("ScenarioEditor", "Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addLayout(play_row)
        layout.addWidget(self.answer, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(self.overall)
        layout.addWidget(self.table, 2)
        layout.addWidget(close)
        self.resize(760, 640)
        if speech is not None:
            speech.status_changed.connect(self._speech_status)
            speech.failed.connect(self._speech_failed)
            speech.started.connect(self._speech_started)
        self._show_question()

    # --- the question ----------------------------------------------------------------------
    def _current(self) -> tuple[Scenario | None, Question | None]:
        scenario = self.scenario()
        if scenario is None:
            return None, None
        try:
            return scenario, scenario.question(self.question_id)
        except KeyError:
            return scenario, None

    def _show_question(self) -> None:
        scenario, question = self._current()
        if scenario is None or question is None:
            self.question_label.setText(escape(self.question_id))
            return
        try:
            who = scenario.journalist(question.journalist)
            by = f"{who.name} · {who.outlet}"
        except KeyError:
            by = question.journalist
        self.question_label.setText(
            f"<p style='color:#5f6b7a'>{escape(by)}</p><p style='font-size:large'>{escape(question.text)}</p>"
        )

    def use_model_answer(self) -> None:
        _scenario, question = self._current()
        if question is not None:
            self.answer.setPlainText(question.model_answer)

    # --- speech ----------------------------------------------------------------------------
    def play(self) -> bool:
        scenario, question = self._current()
        if scenario is None or question is None:
            self._say(
                translate("ScenarioEditor", "Fix the problems of the draft first; then the question can be tried.")
            )
            return False
        if self.speech is None:
            self._say(translate("ScenarioEditor", "Speech is not available here; read the question aloud yourself."))
            return False
        # Only this question is synthesised, not the whole draft.
        one = dataclasses.replace(
            scenario, questions=(question,), content_hash=f"{scenario.content_hash}:{question.id}:try"
        )
        self.speech.prepare(one)
        if self.speech.speak(question):
            self._say(translate("ScenarioEditor", "Preparing the voice…"))
            return True
        self._speech_status(self.speech.status)
        if not self.notice.text():
            self._say(translate("ScenarioEditor", "The question could not be spoken."))
        return False

    def _say(self, text: str) -> None:
        self.notice.setText(text)

    def _speech_status(self, status: Any) -> None:
        from trainer.speech.service import notice_text

        if shiboken6.isValid(self):
            text = notice_text(status)
            if text:
                self._say(text)

    def _speech_failed(self, question_id: str, error: Any) -> None:
        if shiboken6.isValid(self) and question_id == self.question_id:
            self._say(translate("ScenarioEditor", "The question could not be spoken: %1").replace("%1", str(error)))

    def _speech_started(self, question_id: str) -> None:
        if shiboken6.isValid(self) and question_id == self.question_id:
            self._say(translate("ScenarioEditor", "Speaking…"))

    # --- scoring ---------------------------------------------------------------------------
    def score(self) -> None:
        scenario, question = self._current()
        if scenario is None or question is None:
            self.overall.setText(
                escape(translate("ScenarioEditor", "Fix the problems of the draft first; then answers can be scored."))
            )
            return
        text = self.answer.toPlainText().strip()
        if not text:
            self.overall.setText(escape(translate("ScenarioEditor", "Type a sample answer first.")))
            self.answer.setFocus()
            return
        self._show_question()
        self.score_button.setEnabled(False)
        run_task(_score, scenario, question, text, on_done=self._scored, on_error=self._score_failed)

    def _scored(self, result: Result) -> None:
        if not shiboken6.isValid(self):
            return
        self.score_button.setEnabled(True)
        self.last_result = result
        colour = score_colour(result.overall)
        missing = ""
        if result.missing_key_messages or result.missing_facts:
            missing = escape(
                translate("ScenarioEditor", "Not in the answer: %1").replace(
                    "%1", ", ".join([*result.missing_key_messages, *result.missing_facts])
                )
            )
        self.overall.setText(
            f"<span style='font-size:x-large;font-weight:bold;color:{colour}'>{result.overall}</span>"
            f" / 100 &nbsp; {missing}"
        )
        rows = [p for p in result.principles if p.status != "not_applicable"]
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            status = QTableWidgetItem(status_label(p.status))
            status.setForeground(Qt.GlobalColor.white)
            status.setBackground(_colour(STATUS_COLOURS.get(p.status, "#9aa5b1")))
            cells = [
                QTableWidgetItem(principle_label(p.principle)),
                status,
                QTableWidgetItem("" if p.score is None else str(p.score)),
                QTableWidgetItem(p.reason),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, p.principle)
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        self.table.resizeRowsToContents()

    def _score_failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):
            self.score_button.setEnabled(True)
            self.overall.setText(
                escape(translate("ScenarioEditor", "The answer could not be scored: %1").replace("%1", str(exc)))
            )

    def done(self, result: int) -> None:
        if self.speech is not None:
            self.speech.stop()
            for signal, slot in (
                (self.speech.status_changed, self._speech_status),
                (self.speech.failed, self._speech_failed),
                (self.speech.started, self._speech_started),
            ):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        super().done(result)


def _colour(name: str) -> Any:
    from PySide6.QtGui import QColor

    return QColor(name)
