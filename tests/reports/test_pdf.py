"""PDF reports of a real workshop (real scorer, real SQLite file): text extracted with
poppler's pdftotext must read back the Vietnamese exactly, names or letters as chosen,
the averages and the trainer's comment; the font is embedded."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from trainer.reports.debrief_data import load_debrief
from trainer.reports.demo import COMMENT, PEOPLE, TRAINER, DemoWorkshop, build_demo_workshop
from trainer.reports.files import ReportError, atomic_write
from trainer.reports.pdf_debrief import render_debrief_pdf
from trainer.reports.pdf_personal import render_personal_pdf
from trainer.reports.personal_data import load_personal
from trainer.reports.texts import number, principle_name
from trainer.storage.engine import Database, open_database

from .conftest import pdf_fonts, pdf_pages, pdf_text


@pytest.fixture
def demo(tmp_path: Path, data_dir: Path, qapp: object) -> tuple[Database, DemoWorkshop]:
    db = open_database(f"sqlite:///{tmp_path / 'progress.sqlite3'}", data_dir=data_dir)
    yield db, build_demo_workshop(db)  # type: ignore[misc]
    db.close()


def test_debrief_pdf_reads_back_names_averages_and_the_comment(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, workshop = demo
    debrief = load_debrief(db, workshop.workshop.id, language="vi")
    out = tmp_path / "tổng kết.pdf"
    pages = render_debrief_pdf(debrief, out)

    assert pages == pdf_pages(out) == 2 + len(PEOPLE)  # front and answers, then one card per trainee
    text = pdf_text(out)
    assert unicodedata.is_normalized("NFC", text)
    for phrase in (
        "TỔNG KẾT BUỔI TẬP HUẤN",
        "Tập huấn kỹ năng phát ngôn và ứng phó với báo chí",
        "Hội trường Sở Giáo dục và Đào tạo",
        f"Giảng viên: {TRAINER}",
        "Kết quả của lớp theo từng nguyên tắc",
        principle_name("honesty_unknowns", "vi"),  # "Trung thực về điều chưa biết"
        f"Điểm chung trung bình của lớp: {number(debrief.mean_overall, 'vi')}/100",
        f"{TRAINER}: {COMMENT}",
    ):
        assert phrase in text, phrase
    for name, unit, _ in PEOPLE:
        assert name in text and unit in text
    # the room table: each principle's mean, standard deviation and lowest–highest
    table = pdf_text(out, page=1, layout=True)
    for s in debrief.principles:
        assert (
            f"{principle_name(s.principle, 'vi')} {number(s.mean, 'vi')} {number(s.sd, 'vi')} {s.minimum} – {s.maximum}"
            in table
        )
    # the reviewed answer shows the trainer's overall, with the scorer's beside it
    reviewed = next(a for a in debrief.all_answers if a.reviewed)
    assert reviewed.overall < reviewed.scored_overall
    assert f"điểm tự động: {reviewed.scored_overall}" in text
    # each card is its own page, starting with the trainee's name
    for page, card in enumerate(debrief.cards, 3):
        card_text = pdf_text(out, page=page)
        assert card.who in card_text and f"{card.answers} câu trả lời" in card_text
    fonts = pdf_fonts(out)
    assert "DejaVuSans" in fonts and " yes " in fonts.splitlines()[2]  # embedded


def test_anonymised_debrief_pdf_has_letters_and_no_names(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, workshop = demo
    debrief = load_debrief(db, workshop.workshop.id, anonymous=True, language="vi")
    out = tmp_path / "an-danh.pdf"
    render_debrief_pdf(debrief, out)
    text = pdf_text(out)
    for name, unit, _ in PEOPLE:
        assert name not in text and unit not in text
    for n in range(len(PEOPLE)):
        assert f"Học viên {chr(ord('A') + n)}" in text
    assert "Tên học viên được ẩn" in text and COMMENT in text
    assert debrief.strongest[0].who in text


def test_english_debrief_and_personal_report(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, workshop = demo
    english = tmp_path / "debrief-en.pdf"
    render_debrief_pdf(load_debrief(db, workshop.workshop.id, language="en"), english)
    text = pdf_text(english)
    assert "WORKSHOP DEBRIEF" in text and "The room by principle" in text and "Honest about unknowns" in text

    binh = workshop.trainee_ids[1]  # the trainee whose answer the trainer re-scored
    report = load_personal(db, binh, language="vi")
    out = tmp_path / "ca-nhan.pdf"
    render_personal_pdf(report, out)
    text = pdf_text(out)
    for phrase in (
        "BÁO CÁO KẾT QUẢ LUYỆN TẬP CÁ NHÂN",
        "Trần Văn Bình",
        "Trường THCS Lê Quý Đôn",
        "Điểm chung qua các buổi",
        "Nên luyện tiếp",
        f"Điểm chung trung bình: {number(report.mean_overall, 'vi')}/100",
        COMMENT,
    ):
        assert phrase in text, phrase
    assert "Nguyễn Thị Lan" not in text


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path: Path) -> None:
    old = tmp_path / "debrief.pdf"
    old.write_bytes(b"the copy printed yesterday")
    with pytest.raises(RuntimeError), atomic_write(old) as tmp:
        tmp.write_bytes(b"half a PDF")
        raise RuntimeError("the renderer failed")
    assert old.read_bytes() == b"the copy printed yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["debrief.pdf"]
    with pytest.raises(ReportError, match="does not exist"), atomic_write(tmp_path / "missing" / "x.pdf"):
        pass
    with pytest.raises(ReportError, match="is a folder"), atomic_write(tmp_path):
        pass


def test_an_unwritable_folder_is_a_message(demo) -> None:  # type: ignore[no-untyped-def]
    db, workshop = demo
    if not Path("/proc/self").exists():
        pytest.skip("needs Linux's /proc, a folder nobody can create files in (not even root)")
    with pytest.raises(ReportError, match="cannot write in the folder /proc"):
        render_debrief_pdf(load_debrief(db, workshop.workshop.id), Path("/proc/debrief.pdf"))
