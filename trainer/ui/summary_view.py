"""The end of an interview: overall score, per-principle means, the best and the weakest answer."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from trainer.ui.feedback_view import score_colour
from trainer.ui.labels import principle_label
from trainer.ui.practice import Summary


class SummaryView(QWidget):
    back_to_library = Signal()
    practise_again = Signal()
    answer_chosen = Signal(int)  # index into Summary.answers

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryView")
        self.text = QTextBrowser(self)
        self.text.setObjectName("summaryText")
        self.again_button = QPushButton(self.tr("Practise this scenario &again"), self)
        self.again_button.clicked.connect(self.practise_again)
        self.back_button = QPushButton(self.tr("Back to the &library"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.back_to_library)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.back_button)
        self.answers = QListWidget(self)
        self.answers.setObjectName("summaryAnswers")
        self.answers.itemActivated.connect(lambda item: self.answer_chosen.emit(self.answers.row(item)))
        self.answers_label = QLabel(self.tr("Every answer (double-click or Enter to see its feedback):"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.answers_label)
        layout.addWidget(self.answers, 2)
        layout.addLayout(buttons)

    def show_summary(self, summary: Summary) -> None:
        self.answers.clear()
        for i, (q, a) in enumerate(summary.answers, 1):
            self.answers.addItem(f"{i}. {q.text} — {a.overall}")
        if self.answers.count():
            self.answers.setCurrentRow(0)
        none_given = escape(self.tr("No answers were given."))
        strongest = escape(self.tr("Your strongest answer"))
        to_work_on = escape(self.tr("The answer to work on"))
        model_label = escape(self.tr("A model answer:"))
        by_principle = escape(self.tr("By principle (weakest first)"))
        parts = [f"<h2>{escape(summary.scenario.title)}</h2>"]
        if not summary.answers:
            parts.append(f"<p>{none_given}</p>")
            self.text.setHtml("".join(parts))
            return
        parts.append(
            f"<p><span style='font-size:30pt;font-weight:bold;color:{score_colour(summary.overall)}'>{summary.overall}</span> "
            + escape(self.tr("of 100 on average over %1 answers").replace("%1", str(len(summary.answers))))
            + "</p>"
        )
        best, weakest = summary.best, summary.weakest
        if best is not None:
            q, a = best
            parts.append(
                f"<h3>{strongest} ({a.overall})</h3>"
                f"<p><i>{escape(q.text)}</i></p><blockquote>{escape(a.answer_text)}</blockquote>"
            )
        if weakest is not None and weakest is not best:
            q, a = weakest
            parts.append(
                f"<h3>{to_work_on} ({a.overall})</h3>"
                f"<p><i>{escape(q.text)}</i></p><blockquote>{escape(a.answer_text)}</blockquote>"
                f"<p>{model_label} {escape(q.model_answer)}</p>"
            )
        means = sorted(summary.principle_means().items(), key=lambda kv: kv[1])
        if means:
            rows = "".join(
                f"<tr><td>{escape(principle_label(p))}</td><td style='color:{score_colour(v)}'><b>{v}</b></td></tr>"
                for p, v in means
            )
            parts.append(f"<h3>{by_principle}</h3><table cellpadding='3'>{rows}</table>")
        self.text.setHtml("".join(parts))
