"""Two attempts at the same scenario side by side: per question, per principle, and the
answers themselves with their evidence highlighted."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.feedback_view import highlighted_html, score_colour
from trainer.ui.history.charts import Bar, BarChart
from trainer.ui.history.overview import SessionDetail, load_pair
from trainer.ui.history.sessions_model import format_when
from trainer.ui.labels import principle_label
from trainer.ui.tasks import run_task

if TYPE_CHECKING:
    from trainer.storage.engine import Database
    from trainer.storage.history import SessionSummary
    from trainer.storage.records import AnswerRecord


@dataclass(frozen=True)
class QuestionRow:
    question_id: str
    text: str
    first: AnswerRecord | None  # the last answer given to it in the earlier attempt
    second: AnswerRecord | None


def question_rows(first: SessionDetail, second: SessionDetail) -> list[QuestionRow]:
    """One row per question asked in either attempt, in the order first asked."""
    order: dict[str, str] = {}
    for record in (*first.answers, *second.answers):
        order.setdefault(record.question_id, record.question_text)
    last_a = {r.question_id: r for r in first.answers}
    last_b = {r.question_id: r for r in second.answers}
    return [QuestionRow(qid, text, last_a.get(qid), last_b.get(qid)) for qid, text in order.items()]


def principle_means(detail: SessionDetail) -> dict[str, float]:
    """Mean effective score per principle over the session's answers (not-applicable skipped)."""
    sums: dict[str, list[int]] = defaultdict(list)
    for record in detail.answers:
        for s in record.scores:
            if s.score is not None:
                sums[s.principle].append(s.score)
    return {p: round(sum(v) / len(v), 2) for p, v in sums.items()}


class CompareView(QWidget):
    back = Signal()
    shown = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.db: Database | None = None
        self.rows: list[QuestionRow] = []
        self.pair: tuple[SessionSummary, SessionSummary] | None = None
        self._request = 0
        self.header = QLabel(self)
        self.header.setObjectName("compareHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.back_button = QPushButton(self.tr("&Back to the history"), self)
        self.back_button.setObjectName("compareBack")
        self.back_button.setToolTip(self.tr("Esc"))
        self.back_button.clicked.connect(self.back)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, self.back.emit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("compareTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        self.bars = BarChart(self)
        self.bars.setMinimumWidth(320)
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(self.table)
        upper.addWidget(self.bars)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)

        self.first_box = QGroupBox(self)
        self.first_text = QTextBrowser(self.first_box)
        self.first_text.setObjectName("compareFirst")
        QVBoxLayout(self.first_box).addWidget(self.first_text)
        self.second_box = QGroupBox(self)
        self.second_text = QTextBrowser(self.second_box)
        self.second_text.setObjectName("compareSecond")
        QVBoxLayout(self.second_box).addWidget(self.second_text)
        lower = QWidget(self)
        side = QHBoxLayout(lower)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.first_box)
        side.addWidget(self.second_box)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([330, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def set_context(self, db: Database | None) -> None:
        self.db = db

    def compare(self, a: SessionSummary, b: SessionSummary) -> None:
        """Show two sessions (the earlier one first); their answers are read in a worker."""
        first, second = sorted((a, b), key=lambda s: (s.session.started_at, str(s.session.id)))
        self.pair = (first, second)
        title = second.session.scenario_title or second.session.scenario_id
        self.header.setText(
            "<h3 style='margin:0'>" + escape(self.tr("Two attempts: %1").replace("%1", title)) + "</h3>"
            "<span style='color:#57606a'>"
            + escape(self.tr("Earlier: %1 · Later: %2").replace("%1", format_when(first.session.started_at))
                     .replace("%2", format_when(second.session.started_at)))
            + "</span>"
        )  # fmt: skip
        self.table.setRowCount(0)
        self.bars.set_bars([], empty_text=self.tr("Loading…"))
        self.first_text.clear()
        self.second_text.clear()
        self._request += 1
        request = self._request
        if self.db is None:
            return
        run_task(
            load_pair,
            self.db,
            first.session.id,
            second.session.id,
            on_done=lambda pair: self._loaded(request, pair),
            on_error=lambda exc: self._failed(request, exc),
        )

    def _failed(self, request: int, exc: Exception) -> None:
        if request == self._request:
            message = self.tr("These sessions could not be read from the progress database. Details: %1")
            self.bars.set_bars([], empty_text=message.replace("%1", str(exc)))

    def _loaded(self, request: int, pair: tuple[SessionDetail, SessionDetail]) -> None:
        if request != self._request or self.pair is None:
            return
        first, second = pair
        when_a, when_b = (format_when(s.session.started_at) for s in self.pair)
        self.table.setHorizontalHeaderLabels([self.tr("Question"), when_a, when_b, self.tr("Change")])
        self.rows = question_rows(first, second)
        self.table.setRowCount(len(self.rows) + 1)
        mean_a, mean_b = self.pair[0].mean_overall, self.pair[1].mean_overall
        self._fill_row(0, self.tr("Mean of all answers"), mean_a, mean_b, bold=True)
        for n, row in enumerate(self.rows, 1):
            self._fill_row(
                n,
                row.text,
                row.first.overall if row.first else None,
                row.second.overall if row.second else None,
            )
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        means_a, means_b = principle_means(first), principle_means(second)
        bars = [
            Bar(p, principle_label(p), means_b.get(p), means_a.get(p))
            for p in sorted(set(means_a) | set(means_b), key=lambda p: (p not in means_b, means_b.get(p, 0.0), p))
        ]
        self.bars.set_bars(
            bars,
            title=self.tr("By principle, later attempt"),
            previous_label=self.tr("the earlier attempt"),
            empty_text=self.tr("No scored answers in these sessions."),
        )
        self.first_box.setTitle(self.tr("Earlier attempt (%1)").replace("%1", when_a))
        self.second_box.setTitle(self.tr("Later attempt (%1)").replace("%1", when_b))
        self.table.setCurrentCell(1 if self.rows else 0, 0)
        self.shown.emit()

    def _fill_row(self, n: int, text: str, a: float | None, b: float | None, *, bold: bool = False) -> None:
        items = [QTableWidgetItem(text)]
        for value in (a, b):
            item = QTableWidgetItem("—" if value is None else str(round(value)))
            if value is not None:
                item.setForeground(QBrush(QColor(score_colour(round(value)))))
            items.append(item)
        change = QTableWidgetItem("" if a is None or b is None else f"{round(b) - round(a):+d}")
        if a is not None and b is not None and round(b) != round(a):
            change.setForeground(QBrush(QColor("#2e8b57" if b > a else "#c0392b")))
        items.append(change)
        for column, item in enumerate(items):
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(n, column, item)

    def _show_row(self, row: int) -> None:
        if not 1 <= row <= len(self.rows):
            return
        q = self.rows[row - 1]
        for browser, record in ((self.first_text, q.first), (self.second_text, q.second)):
            browser.setHtml(self._answer_html(q.text, record))

    def _answer_html(self, question: str, record: AnswerRecord | None) -> str:
        head = f"<p><i>{escape(question)}</i></p>"
        if record is None:
            return head + "<p>" + escape(self.tr("Not asked in this attempt.")) + "</p>"
        evidence = [(ev, s.principle) for s in record.scores for ev in s.evidence]
        score = (
            f"<p><b style='font-size:16pt;color:{score_colour(record.overall)}'>{record.overall}</b> "
            + escape(self.tr("of 100"))
            + "</p>"
        )
        return head + score + "<p>" + (highlighted_html(record.answer_text, evidence) or "—") + "</p>"
