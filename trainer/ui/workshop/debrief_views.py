"""The parts of the debrief page: the room's chart and table, the answers to discuss, a card.

Each takes plain report data (:mod:`trainer.reports.model`) and shows it; none reads the
database. The chart is painted by the same code as the PDF's (trainer/reports/charts.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.reports.charts import BarRow, draw_principle_bars
from trainer.reports.model import AnswerItem, Comment, PrincipleMean, Spread, TraineeCard
from trainer.reports.scoring import strong_and_weak
from trainer.ui.application import current_language
from trainer.ui.feedback_view import score_colour
from trainer.ui.labels import principle_label


def number(value: float | None, digits: int = 1) -> str:
    """72,5 in the Vietnamese interface, 72.5 in the English one; a dash for no value."""
    if value is None:
        return "—"
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else str(round(value))
    return text.replace(".", ",") if current_language() == "vi" else text


class PrincipleBars(QWidget):
    """One horizontal bar per principle: mean, lowest–highest line, optional reference tick."""

    ROW_PX = 24

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BarRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)

    def set_rows(self, rows: Sequence[BarRow]) -> None:
        self.rows = list(rows)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, len(self.rows) * self.ROW_PX + 28 if self.rows else 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        rect = QRectF(self.rect()).adjusted(6, 4, -6, -2)
        draw_principle_bars(painter, rect, self.rows, self.font())
        painter.end()


def spread_rows(spreads: Sequence[Spread]) -> list[BarRow]:
    return [
        BarRow(
            principle_label(s.principle),
            s.mean or 0.0,
            s.minimum,
            s.maximum,
            note=f"{number(s.mean, 0)} · n = {s.answers}",
        )
        for s in spreads
    ]


def mean_rows(means: Sequence[PrincipleMean]) -> list[BarRow]:
    return [
        BarRow(
            principle_label(m.principle), m.mean, reference=m.reference, note=f"{number(m.mean, 0)} · n = {m.answers}"
        )
        for m in means
    ]


class RoomTable(QTableWidget):
    """Per principle: mean, standard deviation, lowest–highest, answers, statuses, re-scored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("debriefRoomTable")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Principle"),
                self.tr("Mean"),
                self.tr("SD"),
                self.tr("Lowest–\nhighest"),
                self.tr("Answers"),
                self.tr("Met / partly /\nmissed"),
                self.tr("Re-scored"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setWordWrap(True)  # long principle names wrap instead of being cut
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_spreads(self, spreads: Sequence[Spread]) -> None:
        self.setRowCount(len(spreads))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, s in enumerate(spreads):
            cells = [
                principle_label(s.principle),
                number(s.mean),
                number(s.sd),
                f"{s.minimum}–{s.maximum}",
                str(s.answers),
                f"{s.met} / {s.partly} / {s.missed}",
                str(s.reviewed),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)
                self.setItem(row, column, item)


def _score_span(score: int) -> str:
    return f'<b style="color:{score_colour(score)}">{score}</b>'


def comments_html(comments: Sequence[Comment]) -> str:
    parts = []
    for c in comments:
        if c.comment:
            who = escape(QCoreApplication.translate("DebriefAnswer", "%1's comment:").replace("%1", c.reviewer))
            parts.append(f'<p style="margin-left:24px"><b>{who}</b> {escape(c.comment)}</p>')
        if c.changes:
            changes = "; ".join(
                f"{principle_label(p)} {'—' if old is None else old} → {'—' if new is None else new}"
                for p, new, old in c.changes
            )
            label = escape(QCoreApplication.translate("DebriefAnswer", "Re-scored:"))
            parts.append(f'<p style="margin-left:24px; color:#555">{label} {escape(changes)}</p>')
    return "".join(parts)


def answer_html(item: AnswerItem, title: str, *, full: bool = True) -> str:
    """*title* (HTML), then the scenario, the question, the answer and its comments (only
    the scenario and the comments when not *full*)."""
    meta = escape(QCoreApplication.translate("DebriefAnswer", "Scenario: %1").replace("%1", item.scenario_title))
    if item.reviewed and item.overall != item.scored_overall:
        note = QCoreApplication.translate("DebriefAnswer", "re-scored by a trainer; automatic score %1")
        meta += " · " + escape(note.replace("%1", str(item.scored_overall)))
    body = (
        f"<p><i>{escape(item.question_text)}</i></p>"
        f'<blockquote style="margin-left:24px">{escape(item.answer_text) or "—"}</blockquote>'
    )
    head = f"<h3>{title}</h3>" if full else f"<p>{title}</p>"
    return head + f'<p style="color:#555">{meta}</p>' + (body if full else "") + comments_html(item.comments)


class AnswersView(QTextBrowser):
    """The strongest answers, ranked, with who gave them (or their alias)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("debriefAnswers")

    def show_answers(self, items: Sequence[AnswerItem]) -> None:
        if not items:
            none_yet = self.tr("No answers yet.")
            self.setHtml(f"<p>{escape(none_yet)}</p>")
            return
        parts = []
        for rank, item in enumerate(items, 1):
            title = f"{rank}. {escape(item.who)} — {_score_span(item.overall)}/100"
            parts.append(answer_html(item, title))
        self.setHtml("".join(parts))


class CardView(QWidget):
    """One trainee's card: summary, chart of their principle means against the room's,
    strengths and what to work on, the best and the weakest answer, the trainer's comments."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("debriefCardTitle")
        self.title.setWordWrap(True)
        self.chart = PrincipleBars(self)
        self.legend = QLabel(self.tr("Bar: the trainee's mean; dark tick: the room's mean."), self)
        self.legend.setStyleSheet("color: #555")
        self.text = QTextBrowser(self)
        self.text.setObjectName("debriefCardText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.chart)
        layout.addWidget(self.legend)
        layout.addWidget(self.text, 1)

    def show_card(self, card: TraineeCard | None, room_mean: float | None) -> None:
        if card is None:
            self.title.clear()
            self.chart.set_rows([])
            self.legend.hide()
            self.text.clear()
            return
        unit = f" <span style='color:#555'>({escape(card.unit)})</span>" if card.unit else ""
        self.title.setText(f"<h2>{escape(card.who)}{unit}</h2>")
        self.chart.set_rows(mean_rows(card.principles))
        self.legend.setVisible(bool(card.principles))
        if not card.answers:
            none_yet = self.tr("No answers in this workshop yet.")
            self.text.setHtml(f"<p>{escape(none_yet)}</p>")
            return
        summary = (
            self.tr("%1 answer(s), mean overall score %2 (room: %3).")
            .replace("%1", str(card.answers))
            .replace("%2", number(card.mean_overall))
            .replace("%3", number(room_mean))
        )
        parts = [f"<p>{escape(summary)}</p>"]
        strong, weak = strong_and_weak(card.principles)
        if strong:
            names = ", ".join(principle_label(p) for p in strong)
            label = self.tr("Strongest on:")
            parts.append(f"<p><b>{escape(label)}</b> {escape(names)}</p>")
        if weak:
            names = ", ".join(principle_label(p) for p in weak)
            label = self.tr("To work on:")
            parts.append(f"<p><b>{escape(label)}</b> {escape(names)}</p>")
        if card.best is not None:
            label = self.tr("Strongest answer")
            title = f"{escape(label)} ({_score_span(card.best.overall)})"
            parts.append(answer_html(card.best, title))
        if card.weakest is not None:
            label = self.tr("The answer to work on")
            title = f"{escape(label)} ({_score_span(card.weakest.overall)})"
            parts.append(answer_html(card.weakest, title))
        others = [a for a in card.reviewed_answers if a is not card.best and a is not card.weakest]
        if others:
            label = self.tr("Trainer’s comments")
            parts.append(f'<a name="comments"></a><h3>{escape(label)}</h3>')
            for item in others:
                parts.append(
                    answer_html(item, f"<i>{escape(item.question_text)}</i> ({_score_span(item.overall)})", full=False)
                )
        self.text.setHtml("".join(parts))
