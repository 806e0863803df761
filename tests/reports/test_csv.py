"""CSV of a debrief and of a personal report, read back with the csv module."""

from __future__ import annotations

import csv
from pathlib import Path

from trainer.domain.principles import PRINCIPLE_IDS
from trainer.reports.csv_export import COLUMNS, write_debrief_csv, write_personal_csv
from trainer.reports.debrief_data import load_debrief
from trainer.reports.demo import COMMENT, PEOPLE, TRAINER, build_demo_workshop
from trainer.reports.personal_data import load_personal
from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import Database
from trainer.storage.sessions import start_session

from ..storage.factories import SCENARIO, make_result


def _read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        return list(reader)


def test_debrief_csv_rows_per_principle_and_answer(db: Database, tmp_path: Path) -> None:
    demo = build_demo_workshop(db)
    debrief = load_debrief(db, demo.workshop.id, language="vi")
    out = tmp_path / "tong-ket.csv"
    count = write_debrief_csv(debrief, out)
    rows = _read(out)

    kinds = [r["kind"] for r in rows]
    assert count == len(rows)
    assert kinds.count("room") == len(debrief.principles)
    assert kinds.count("trainee") == sum(len(c.spreads) for c in debrief.cards)
    assert kinds.count("answer") == 18
    room = {r["principle"]: r for r in rows if r["kind"] == "room"}
    facts = next(s for s in debrief.principles if s.principle == "facts")
    assert room["facts"]["principle_name"] == "Dữ kiện đã xác nhận"
    assert float(room["facts"]["mean"]) == round(facts.mean or 0, 2) and room["facts"]["reviewed"] == "1"
    assert {r["trainee"] for r in rows if r["kind"] == "trainee"} == {name for name, _, _ in PEOPLE}

    reviewed = next(r for r in rows if r["answer_id"] == str(demo.reviewed.id))
    assert reviewed["trainee"] == "Trần Văn Bình" and reviewed["unit"] == "Trường THCS Lê Quý Đôn"
    assert reviewed["facts"] == "20"  # the trainer's score, not the scorer's
    assert reviewed["scorer_overall"] == str(demo.reviewed.overall)
    assert int(reviewed["overall"]) < demo.reviewed.overall
    assert reviewed["comments"] == f"{TRAINER}: {COMMENT}" and reviewed["reviewed"] == "1"
    assert set(PRINCIPLE_IDS) <= set(reviewed)


def test_anonymised_csv_has_no_names_units_or_ids(db: Database, tmp_path: Path) -> None:
    demo = build_demo_workshop(db)
    out = tmp_path / "an-danh.csv"
    write_debrief_csv(load_debrief(db, demo.workshop.id, anonymous=True), out)
    text = out.read_text(encoding="utf-8-sig")
    for name, unit, _ in PEOPLE:
        assert name not in text and unit not in text
    assert all(str(t) not in text for t in demo.trainee_ids) and str(demo.reviewed.id) not in text
    rows = _read(out)
    assert {r["trainee"] for r in rows if r["kind"] == "answer"} == {f"Học viên {c}" for c in "ABCDEF"}


def test_personal_csv_and_formula_guard(db: Database, tmp_path: Path) -> None:
    demo = build_demo_workshop(db)
    lan = demo.trainee_ids[0]
    session = start_session(db, lan, SCENARIO)
    save_scored_answer(
        db, session.id, question_id="q", question_text="=HYPERLINK(\"x\")?",
        result=make_result({"facts": 50}, text="-5 là con số sai"), duration_ms=1000,
    )  # fmt: skip
    out = tmp_path / "ca-nhan.csv"
    write_personal_csv(load_personal(db, lan), out)
    rows = _read(out)
    answers = [r for r in rows if r["kind"] == "answer"]
    assert len(answers) == 4 and {r["trainee"] for r in rows} == {"Nguyễn Thị Lan"}
    assert answers[-1]["question"] == '\'=HYPERLINK("x")?' and answers[-1]["answer"] == "'-5 là con số sai"
