"""Feedback on a real scored answer: bars, highlighted evidence, reasons on hover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QProgressBar, QToolTip

from trainer.content.loader import load_scenario
from trainer.domain.scoring import score_answer
from trainer.ui.application import create_application
from trainer.ui.feedback_view import BAD, GOOD, FeedbackView, highlighted_html

ROOT = Path(__file__).resolve().parents[2]


def test_feedback_shows_scores_evidence_and_reasons(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    scenario = load_scenario(ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json")
    question = scenario.question("mo-dau")
    text = "Không bình luận. Chúng tôi rất lo lắng cho các em."
    result = score_answer(scenario, question, text)
    view = FeedbackView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.show_result(scenario, question, result)

    bars = {b.objectName(): b.value() for b in view.findChildren(QProgressBar)}
    assert bars["bar_no_stonewalling"] == result.principle("no_stonewalling").score
    assert "bar_delivery" not in bars  # not applicable to a typed answer: not a zero bar
    html = view.answer_view.toHtml()
    assert BAD[1:] in html.lower() and GOOD[1:] in html.lower()
    assert "Sức khỏe của các em là ưu tiên số một" in view.model_view.toPlainText()  # the missed key message

    # Hovering over "Không bình luận" explains the problem in the trainee's language.
    cursor = QTextCursor(view.answer_view.document())
    cursor.setPosition(3)
    pos = view.answer_view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.answer_view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.answer_view.viewport(), event)
    assert "Không né tránh" in QToolTip.text()
    assert "không bình luận" in QToolTip.text().lower()


def test_highlighting_gives_problems_priority_over_good_signals() -> None:
    from trainer.domain.result import Evidence

    html = highlighted_html("abcdef", [(Evidence(0, 4, "abcd", "good"), "x"), (Evidence(2, 6, "cdef", "bad"), "y")])
    assert html.index(GOOD) < html.index(BAD)
    assert ">ab<" in html and ">cdef<" in html
