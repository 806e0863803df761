"""One past session: every answer with its feedback, trainers' reviews and the recording.

A spoken answer's ``audio_path`` is relative to the data folder. :attr:`SessionDetailView.audio_path`
turns a record into the file to play (by default: under the database's data folder); the
path goes to :meth:`FeedbackView.show_result`, whose Play button plays it (or says that
the recording is missing). Replace the hook to play recordings kept elsewhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.answer_audio import answer_audio_path
from trainer.ui.feedback_view import FeedbackView
from trainer.ui.history.overview import SessionDetail, load_session_detail
from trainer.ui.history.past import PastScenario, question_for, resolve
from trainer.ui.history.sessions_model import format_duration, format_when, mode_text, status_text
from trainer.ui.labels import difficulty_label, principle_label
from trainer.ui.tasks import run_task

if TYPE_CHECKING:
    from trainer.domain.scenario import Scenario
    from trainer.storage.engine import Database
    from trainer.storage.history import SessionSummary
    from trainer.storage.records import AnswerRecord, ReviewRecord

log = logging.getLogger(__name__)


def header_html(summary: SessionSummary, heading: str) -> str:
    s = summary.session
    parts = [
        format_when(s.started_at),
        difficulty_label(s.difficulty),
        mode_text(s.mode),
        status_text(s.status),
        format_duration(summary.practice_ms),
    ]
    return f"<h3 style='margin:0'>{escape(heading)}</h3><span style='color:#57606a'>{escape(' · '.join(parts))}</span>"


def state_notice(past: PastScenario) -> str:
    from PySide6.QtCore import QCoreApplication

    if past.state == "missing":
        return QCoreApplication.translate(
            "History",
            "This scenario is no longer in the library: the questions and your answers are shown as they were "
            "saved; model answers are not available.",
        )
    if past.state == "edited":
        return QCoreApplication.translate(
            "History",
            "This scenario file has been edited since this session: the questions are shown as they were asked; "
            "model answers come from the current version.",
        )
    return ""


class SessionDetailView(QWidget):
    back = Signal()
    shown = Signal(object)  # SessionSummary, once its answers are on screen

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDetail")
        self.db: Database | None = None
        self.data_dir: Path | None = None
        self.summary: SessionSummary | None = None
        self.past: PastScenario | None = None
        self.detail: SessionDetail | None = None
        self._request = 0
        #: Which file to play for an answer (None: no recording); see the module's docstring.
        self.audio_path: Callable[[AnswerRecord], Path | None] = self.recording_path

        self.header = QLabel(self)
        self.header.setObjectName("detailHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.notice = QLabel(self)
        self.notice.setObjectName("detailNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color:#8a5a00")
        self.back_button = QPushButton(self.tr("&Back to the history"), self)
        self.back_button.setObjectName("detailBack")
        self.back_button.setToolTip(self.tr("Esc"))
        self.back_button.clicked.connect(self._leave)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, self._leave, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)

        self.answers = QListWidget(self)
        self.answers.setObjectName("detailAnswers")
        self.answers.setWordWrap(True)
        self.answers.setSpacing(3)
        self.answers.currentRowChanged.connect(self._show_answer)
        answers_box = QWidget(self)
        answers_layout = QVBoxLayout(answers_box)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        answers_layout.addWidget(QLabel(self.tr("Every answer of this session:"), answers_box))
        answers_layout.addWidget(self.answers, 1)

        self.reviews = QLabel(self)
        self.reviews.setObjectName("detailReviews")
        self.reviews.setWordWrap(True)
        self.reviews.setTextFormat(Qt.TextFormat.RichText)
        self.reviews.setStyleSheet("background:#fff8e1; padding:6px; border-radius:4px")
        self.feedback = FeedbackView(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reviews)
        right_layout.addWidget(self.feedback, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(answers_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self._clear_answer()

    # --- audio ---------------------------------------------------------------------------
    def recording_path(self, record: AnswerRecord) -> Path | None:
        """The default :attr:`audio_path` hook: the recording under the data folder."""
        return answer_audio_path(self.data_dir, record.audio_path)

    def stop_audio(self) -> None:
        self.feedback.stop_audio()

    # --- showing a session -------------------------------------------------------------------
    def set_context(self, db: Database | None) -> None:
        self.db = db
        self.data_dir = db.data_dir if db is not None else None

    def open(self, summary: SessionSummary, library: Mapping[str, Scenario]) -> None:
        """Show *summary*'s session: the header at once, its answers when they are read."""
        self.stop_audio()
        self.summary = summary
        self.past = resolve(summary.session, library)
        self.detail = None
        self.header.setText(header_html(summary, summary.session.scenario_title or self.past.scenario.title))
        notice = state_notice(self.past)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.answers.clear()
        self._clear_answer()
        self.answers.addItem(self.tr("Loading…"))
        self._request += 1
        request = self._request
        if self.db is None:
            return
        run_task(
            load_session_detail,
            self.db,
            summary.session.id,
            on_done=lambda detail: self._loaded(request, detail),
            on_error=lambda exc: self._failed(request, exc),
        )

    def _loaded(self, request: int, detail: SessionDetail) -> None:
        if request != self._request or self.past is None:
            return
        self.detail = detail
        self.answers.clear()
        seen: set[str] = set()
        for n, record in enumerate(detail.answers, 1):
            again = record.question_id in seen
            seen.add(record.question_id)
            text = f"{n}. {record.question_text} — {record.overall}"
            if again:
                text += " " + self.tr("(answered again)")
            if record.audio_path:
                text += " 🔊"
            self.answers.addItem(text)
        if not detail.answers:
            self.answers.addItem(self.tr("No answers were given in this session."))
            self.answers.setEnabled(False)
        else:
            self.answers.setEnabled(True)
            self.answers.setCurrentRow(0)
            self.answers.setFocus()
        self.shown.emit(self.summary)

    def _failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        self.answers.clear()
        self.notice.setText(
            self.tr("This session could not be read from the progress database. Try again in a moment. Details: %1")
            .replace("%1", str(exc))
        )  # fmt: skip
        self.notice.show()

    def current_record(self) -> AnswerRecord | None:
        row = self.answers.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.answers):
            return None
        return self.detail.answers[row]

    def _clear_answer(self) -> None:
        self.reviews.hide()
        self.feedback.hide()

    def _show_answer(self, row: int) -> None:
        self.stop_audio()
        record = self.current_record()
        if record is None or self.past is None or self.detail is None:
            self._clear_answer()
            return
        if self.past.state == "missing":
            unavailable = self.tr("(The model answer is not available: the scenario is no longer in the library.)")
        else:
            unavailable = self.tr("(No model answer: this question is not in the current version of the scenario.)")
        question = question_for(self.past, record, unavailable=unavailable)
        self.feedback.show_result(
            self.past.scenario, question, record.to_result(), review=True, record=record, audio=self.audio_path(record)
        )
        self.feedback.next_button.hide()  # the list on the left moves between answers
        self.feedback.show()
        self._show_reviews(self.detail.reviews.get(record.id, ()))

    def _show_reviews(self, reviews: tuple[ReviewRecord, ...]) -> None:
        if not reviews:
            self.reviews.hide()
            return
        heading = escape(self.tr("Trainer's review"))
        items = []
        for r in reviews:
            changes = ", ".join(
                f"{principle_label(c.principle)} {'—' if c.previous_score is None else c.previous_score}"
                f" → {'—' if c.score is None else c.score}"
                for c in r.changes
            )
            line = f"<b>{escape(r.reviewer)}</b>, {escape(format_when(r.created_at))}"
            if r.comment:
                line += f": {escape(r.comment)}"
            if changes:
                line += f" <span style='color:#57606a'>({escape(changes)})</span>"
            items.append(line)
        self.reviews.setText(f"<b>{heading}</b><br>" + "<br>".join(items))
        self.reviews.show()

    def _leave(self) -> None:
        self.stop_audio()
        self.back.emit()
