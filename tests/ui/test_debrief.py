"""The debrief page on a real workshop: real scenario and scorer, real SQLite file, a trainer's
override with a comment; the PDF written from the page is read back with pdftotext."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import pytest

from tests.reports.conftest import pdf_text
from trainer.reports.demo import COMMENT, PEOPLE, TRAINER, DemoWorkshop, build_demo_workshop
from trainer.reports.texts import number, principle_name
from trainer.storage.engine import Database, open_database
from trainer.storage.reviews import review_answer
from trainer.ui import messages
from trainer.ui.application import create_application
from trainer.ui.labels import principle_label
from trainer.ui.workshop import debrief_export
from trainer.ui.workshop.debrief import DebriefPage


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Database, DemoWorkshop]:
    create_application(["test"], language="vi")
    db = open_database(f"sqlite:///{tmp_path / 'progress.sqlite3'}", data_dir=tmp_path / "data")
    yield db, build_demo_workshop(db)  # type: ignore[misc]
    db.close()


@pytest.fixture
def page(qtbot, demo):  # type: ignore[no-untyped-def]
    db, workshop = demo
    p = DebriefPage()
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    with qtbot.waitSignal(p.loaded, timeout=10_000):
        p.set_workshop(db, workshop.workshop.id)
    return p


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The trainer picks *path* in the save dialog; the suggested names are recorded."""
    suggested: list[str] = []

    def ask(parent, title, name, file_filter):  # type: ignore[no-untyped-def]
        suggested.append(name)
        return path

    monkeypatch.setattr(debrief_export, "ask_save_path", ask)
    return suggested


def _card_row(page: DebriefPage, who: str) -> int:
    assert page.debrief is not None
    return next(n for n, c in enumerate(page.debrief.cards) if c.who == who)


def test_debrief_view_and_pdf_export(qtbot, page: DebriefPage, demo, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, workshop = demo
    d = page.debrief
    assert d is not None and d.answers == 18 and d.trainees == len(PEOPLE)

    # the room: a chart row and a table row per principle, the means as the trainer reads them
    assert len(page.chart.rows) == page.room_table.rowCount() == len(d.principles)
    for row, s in enumerate(d.principles):
        assert page.room_table.item(row, 0).text() == principle_label(s.principle)
        assert page.room_table.item(row, 1).text() == number(s.mean, "vi")
        assert page.room_table.item(row, 3).text() == f"{s.minimum}–{s.maximum}"
    facts = next(s for s in d.principles if s.principle == "facts")
    reviewed = next(a for a in d.all_answers if a.reviewed)
    assert facts.reviewed == 1 and dict(reviewed.principles)["facts"] == 20  # the trainer's score counts
    assert reviewed.overall < reviewed.scored_overall == workshop.reviewed.overall
    assert "Nguyễn Thị Lan" in page.answers.toPlainText()

    # Trần Văn Bình's card: the trainer's comment and the re-scored overall
    page.people.setCurrentRow(_card_row(page, "Trần Văn Bình"))
    card_text = page.card.text.toPlainText()
    assert COMMENT in card_text and str(workshop.reviewed.overall) in card_text
    assert page.personal_report_action.isEnabled()

    # export with names: the PDF's text has the names, the averages and the comment
    named = tmp_path / "tổng kết.pdf"
    suggested = _save_to(monkeypatch, named)
    with qtbot.waitSignal(page.exported, timeout=20_000) as sent:
        page.export_pdf_action.trigger()
    assert sent.args == [str(named)] and suggested == [
        "debrief-tap-huan-ky-nang-phat-ngon-va-ung-pho-voi-bao-chi-2025-10-14.pdf"
    ]
    text = pdf_text(named)
    for name, unit, _ in PEOPLE:
        assert name in text and unit in text
    assert f"Điểm chung trung bình của lớp: {number(d.mean_overall, 'vi')}/100" in text
    assert f"{principle_name('facts', 'vi')} {number(facts.mean, 'vi')}" in pdf_text(named, page=1, layout=True)
    assert f"{TRAINER}: {COMMENT}" in text and f"điểm tự động: {workshop.reviewed.overall}" in text

    # hide the names (for the projector): letters everywhere, on screen and in the PDF
    page.hide_names_action.trigger()
    assert page.hide_names.isChecked()
    shown = page.answers.toPlainText() + " ".join(page.people.item(i).text() for i in range(page.people.count()))
    assert "Học viên A" in shown and all(name not in shown for name, _, _ in PEOPLE)
    assert not page.personal_report_action.isEnabled()  # a personal report would name them
    anonymous = tmp_path / "an-danh.pdf"
    _save_to(monkeypatch, anonymous)
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export_pdf_action.trigger()
    text = pdf_text(anonymous)
    assert all(name not in text and unit not in text for name, unit, _ in PEOPLE)
    assert "Học viên A" in text and "Học viên F" in text and COMMENT in text

    table = tmp_path / "an-danh.csv"
    _save_to(monkeypatch, table)
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export_csv_action.trigger()
    csv_text = table.read_text(encoding="utf-8-sig")
    assert "Học viên A" in csv_text and "Trần Văn Bình" not in csv_text and COMMENT in csv_text


def test_personal_report_from_a_card_and_a_new_comment_after_refresh(
    qtbot, page: DebriefPage, demo, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    db, workshop = demo
    lan_answer = workshop.answers[0][2]
    review_answer(db, lan_answer.id, reviewer="Quan sát viên Minh", comment="Hẹn giờ cập nhật rất rõ ràng.")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh_action.trigger()
    page.people.setCurrentRow(_card_row(page, "Nguyễn Thị Lan"))
    assert "Hẹn giờ cập nhật rất rõ ràng." in page.card.text.toPlainText()

    out = tmp_path / "lan.pdf"
    suggested = _save_to(monkeypatch, out)
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.personal_report_action.trigger()
    assert suggested == ["report-nguyen-thi-lan.pdf"]
    text = pdf_text(out)
    assert "BÁO CÁO KẾT QUẢ LUYỆN TẬP CÁ NHÂN" in text and "Nguyễn Thị Lan" in text
    assert "Quan sát viên Minh: Hẹn giờ cập nhật rất rõ ràng." in text and "Trần Văn Bình" not in text


def test_a_failed_export_is_a_message_and_nothing_is_lost(qtbot, page: DebriefPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if not Path("/proc/self").exists():
        pytest.skip("needs Linux's /proc, a folder nobody can create files in")
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text, detail="": shown.append(text))
    _save_to(monkeypatch, Path("/proc/debrief.pdf"))
    with qtbot.waitSignal(page.export_failed, timeout=20_000):
        page.export_pdf_action.trigger()
    assert len(shown) == 1 and "/proc" in shown[0]
    assert page.export_pdf_action.isEnabled() and "/proc" in page.status.text()


def test_an_unknown_workshop_says_so(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    p = DebriefPage()
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.load_failed, timeout=10_000) as failed:
        p.set_workshop(db, uuid4())
    assert "no workshop with id" in failed.args[0]
    assert not p.export_pdf_action.isEnabled()


def test_a_workshop_without_answers_yet(qtbot, demo, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from trainer.storage.workshops import create_workshop

    db, workshop = demo
    empty = create_workshop(db, "Buổi chiều", members=workshop.trainee_ids[:2])
    p = DebriefPage()
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.loaded, timeout=10_000):
        p.set_workshop(db, empty.id)
    assert p.room_table.rowCount() == 0 and p.people.count() == 2
    assert p.answers.toPlainText() == "Chưa có câu trả lời nào."
    out = tmp_path / "empty.pdf"
    _save_to(monkeypatch, out)
    with qtbot.waitSignal(p.exported, timeout=20_000):
        p.export_pdf_action.trigger()
    assert "Buổi tập huấn chưa có câu trả lời nào." in pdf_text(out)


def test_back_to_the_workshops(qtbot, page: DebriefPage) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        page.back_button.click()
