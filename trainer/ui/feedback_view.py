"""Feedback on one answer: score, per-principle bars, highlighted evidence, model answer."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.principles import PRINCIPLE_IDS
from trainer.domain.result import Evidence, Result
from trainer.domain.scenario import Question, Scenario
from trainer.ui.answer_audio import AnswerAudioButton
from trainer.ui.labels import ladder_label, principle_label, status_label

if TYPE_CHECKING:
    from trainer.storage.records import AnswerRecord

GOOD = "#d9f2e1"
BAD = "#fbdcd5"
STATUS_COLOURS = {"met": "#2e8b57", "partly": "#d4a017", "missed": "#c0392b", "not_applicable": "#9aa5b1"}


def score_colour(score: int) -> str:
    return "#2e8b57" if score >= 75 else "#d4a017" if score >= 50 else "#c0392b"


def highlighted_html(text: str, evidence: list[tuple[Evidence, str]]) -> str:
    """The answer as HTML with evidence spans coloured (problems win over good signals)."""
    marks: list[str | None] = [None] * len(text)
    for ev, _pid in evidence:
        for i in range(max(0, ev.start), min(len(text), ev.end)):
            if ev.polarity == "bad" or marks[i] is None:
                marks[i] = ev.polarity
    out: list[str] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and marks[j] == marks[i]:
            j += 1
        chunk = escape(text[i:j]).replace("\n", "<br>")
        if marks[i] == "good":
            out.append(f"<span style='background:{GOOD}'>{chunk}</span>")
        elif marks[i] == "bad":
            out.append(f"<span style='background:{BAD};text-decoration:underline'>{chunk}</span>")
        else:
            out.append(chunk)
        i = j
    return "".join(out)


class _EvidenceTips(QObject):
    """Shows the reason of the evidence under the mouse as a tooltip."""

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser)
        self.browser = browser
        self.items: list[tuple[Evidence, str]] = []
        self.reasons: dict[str, str] = {}
        browser.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            offset = self.browser.cursorForPosition(event.pos()).position()
            tips = [
                f"{'✔' if ev.polarity == 'good' else '✘'} {principle_label(pid)}: {self.reasons.get(pid, '')}"
                for ev, pid in self.items
                if ev.start <= offset < ev.end
            ]
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(dict.fromkeys(tips)), self.browser)
            else:
                QToolTip.hideText()
            return True
        return False


class FeedbackView(QWidget):
    answer_again = Signal()
    next_question = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackView")
        self.overall = QLabel(self)
        self.overall.setObjectName("overallScore")
        self.overall.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overall.setMinimumWidth(110)
        self.ladder = QLabel(self)
        self.ladder.setObjectName("ladder")
        self.ladder.setWordWrap(True)
        self.question_label = QLabel(self)
        self.question_label.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.overall)
        head_text = QVBoxLayout()
        head_text.addWidget(self.question_label)
        head_text.addWidget(self.ladder)
        head.addLayout(head_text, 1)

        # a spoken answer: what was measured, and its recording
        self.spoken_note = QLabel(self)
        self.spoken_note.setObjectName("spokenNote")
        self.spoken_note.setWordWrap(True)
        self.spoken_note.setStyleSheet("color:#34495e")
        self.play_button = AnswerAudioButton(self)
        self.audio_problem = QLabel(self)  # the recording is missing or damaged: said in words
        self.audio_problem.setObjectName("audioProblem")
        self.audio_problem.setWordWrap(True)
        self.audio_problem.setStyleSheet("color:#a04000")
        self.audio_problem.hide()
        self.play_button.problem_changed.connect(self._audio_problem)
        spoken_row = QHBoxLayout()
        spoken_row.addWidget(self.spoken_note, 1)
        spoken_row.addWidget(self.play_button)

        self.bars_box = QGroupBox(self.tr("Principles"), self)
        self.bars = QGridLayout(self.bars_box)
        self.bars.setColumnStretch(3, 1)

        self.answer_view = QTextBrowser(self)
        self.answer_view.setObjectName("answerHighlight")
        self.tips = _EvidenceTips(self.answer_view)
        self.model_view = QTextBrowser(self)
        self.model_view.setObjectName("modelAnswer")
        answer_box = QGroupBox(self.tr("Your answer (green: what worked, red: problems; hover for the reason)"), self)
        QVBoxLayout(answer_box).addWidget(self.answer_view)
        model_box = QGroupBox(self.tr("Model answer"), self)
        QVBoxLayout(model_box).addWidget(self.model_view)
        side = QHBoxLayout()
        side.addWidget(answer_box)
        side.addWidget(model_box)

        self.advice = QLabel(self)
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)

        self.again_button = QPushButton(self.tr("Answer this question &again"), self)
        self.again_button.setObjectName("againButton")
        self.again_button.clicked.connect(self.answer_again)
        self.next_button = QPushButton(self.tr("&Next question"), self)
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_question)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.next_button)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(head)
        layout.addLayout(spoken_row)
        layout.addWidget(self.audio_problem)
        layout.addWidget(self.bars_box)
        layout.addLayout(side, 1)
        layout.addWidget(self.advice)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

    def show_result(
        self,
        scenario: Scenario,
        question: Question,
        result: Result,
        *,
        last: bool = False,
        review: bool = False,
        record: AnswerRecord | None = None,
        audio: Path | None = None,
    ) -> None:
        """*review*: looking back from the summary (no "answer again"; Next returns to it).
        *record* and *audio*: a stored spoken answer shows what was measured and a Play button."""
        self._show_spoken(record, audio)
        of_100 = escape(self.tr("of 100"))
        km_title = escape(self.tr("Key messages you did not deliver:"))
        facts_title = escape(self.tr("Facts you did not give:"))
        advice_title = escape(self.tr("What to do next time"))
        self.overall.setText(
            f"<div style='font-size:34pt;font-weight:bold;color:{score_colour(result.overall)}'>{result.overall}</div>"
            f"<div>{of_100}</div>"
        )
        self.question_label.setText(f"<b>{escape(question.text)}</b>")
        self.ladder.setText(f"<i>{escape(ladder_label(result.ladder.key))}</i> — {escape(result.ladder.sentence)}")
        self._fill_bars(result)
        evidence = [(ev, p.principle) for p in result.principles for ev in p.evidence]
        self.tips.items = evidence
        self.tips.reasons = {p.principle: p.reason for p in result.principles}
        self.answer_view.setHtml(highlighted_html(result.answer_text, evidence) or escape(self.tr("(no answer)")))
        missing_km = [scenario.key_message(k).text for k in result.missing_key_messages if _has_km(scenario, k)]
        missing_facts = [scenario.fact(f).text for f in result.missing_facts if _has_fact(scenario, f)]
        model = f"<p>{escape(question.model_answer)}</p>"
        if missing_km:
            model += f"<p><b>{km_title}</b></p><ul>"
            model += "".join(f"<li>{escape(t)}</li>" for t in missing_km) + "</ul>"
        if missing_facts:
            model += f"<p><b>{facts_title}</b></p><ul>"
            model += "".join(f"<li>{escape(t)}</li>" for t in missing_facts) + "</ul>"
        self.model_view.setHtml(model)
        advice = [
            f"<li><b>{escape(principle_label(p.principle))}:</b> {escape(p.advice)}</li>"
            for p in result.principles
            if p.status in ("partly", "missed") and p.advice
        ]
        if result.notices:
            advice += [f"<li>{escape(n)}</li>" for n in result.notices]
        self.advice.setText(f"<b>{advice_title}</b><ul>{''.join(advice)}</ul>" if advice else "")
        self.again_button.setVisible(not review)
        if review:
            self.next_button.setText(self.tr("&Back to the summary"))
        else:
            self.next_button.setText(self.tr("&See the summary") if last else self.tr("&Next question"))
        self.next_button.setFocus()

    def _show_spoken(self, record: AnswerRecord | None, audio: Path | None) -> None:
        from trainer.ui.spoken_text import stored_delivery_text

        self.play_button.set_path(audio)
        note = stored_delivery_text(record.delivery, record.language) if record is not None else ""
        if record is not None and record.needs_review:
            note += (" · " if note else "") + self.tr("content awaiting the trainer's review")
        self.spoken_note.setText(note)
        self.spoken_note.setVisible(bool(note))
        heard = record.transcript_raw if record is not None else None
        if heard and record is not None and heard.strip() != record.answer_text.strip():
            self.spoken_note.setToolTip(self.tr("What the computer heard, before your corrections:") + "\n" + heard)
        else:
            self.spoken_note.setToolTip("")

    def stop_audio(self) -> None:
        self.play_button.stop()

    def _audio_problem(self, text: str) -> None:
        self.audio_problem.setText(text)
        self.audio_problem.setVisible(bool(text))

    def _fill_bars(self, result: Result) -> None:
        while self.bars.count():
            item = self.bars.takeAt(0)
            if item and item.widget():
                item.widget().deleteLater()
        row = 0
        skipped = []
        order = {pid: i for i, pid in enumerate(PRINCIPLE_IDS)}
        for p in sorted(result.principles, key=lambda p: order.get(p.principle, len(order))):
            if p.status == "not_applicable":
                skipped.append(principle_label(p.principle))
                continue
            name = QLabel(principle_label(p.principle))
            bar = QProgressBar()
            bar.setObjectName(f"bar_{p.principle}")
            bar.setRange(0, 100)
            bar.setValue(p.score or 0)
            bar.setFormat("%v")
            bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
            bar.setMaximumWidth(160)
            colour = STATUS_COLOURS[p.status]
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
            status = QLabel(f"<span style='color:{colour}'>{escape(status_label(p.status))}</span>")
            reason = QLabel(p.reason)
            reason.setWordWrap(True)
            for w in (name, bar, status, reason):
                w.setToolTip(p.advice)
            self.bars.addWidget(name, row, 0)
            self.bars.addWidget(bar, row, 1)
            self.bars.addWidget(status, row, 2)
            self.bars.addWidget(reason, row, 3)
            row += 1
        if skipped:
            note = QLabel(self.tr("Not applicable to this question: %1").replace("%1", ", ".join(skipped)))
            note.setStyleSheet("color:#777")
            note.setWordWrap(True)
            self.bars.addWidget(note, row, 0, 1, 4)


def _has_km(scenario: Scenario, key: str) -> bool:
    return any(k.id == key for k in scenario.key_messages)


def _has_fact(scenario: Scenario, key: str) -> bool:
    return any(f.id == key for f in scenario.facts)
