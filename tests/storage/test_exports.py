"""CSV and xAPI exports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from trainer.domain.principles import PRINCIPLE_IDS
from trainer.storage import demo_data
from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import Database
from trainer.storage.exports import write_csv
from trainer.storage.history import trainee_history
from trainer.storage.records import ScoreOverride
from trainer.storage.reviews import review_answer
from trainer.storage.xapi import iso_duration, write_xapi

from .factories import make_result, trainee_with_session
from .xapi_check import problems


def test_csv_has_one_row_per_answer_with_every_principle(db: Database, tmp_path: Path) -> None:
    _trainee, session = trainee_with_session(db, "Nguyễn Thị Lan")
    for n, text in enumerate(["=SUM(A1) không phải công thức", "- Thưa anh, chúng tôi đã báo cáo.", "Bình thường."]):
        save_scored_answer(
            db, session.id, question_id=f"q{n}", question_text="Có bao nhiêu học sinh nhập viện?",
            result=make_result({"facts": 80, "empathy": 30, "custom_principle": 55}, text=text), duration_ms=9000,
        )  # fmt: skip
    out = tmp_path / "export.csv"
    assert write_csv(db, out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 3
    header = list(rows[0])
    for p in (*PRINCIPLE_IDS, "custom_principle"):
        assert f"{p}_score" in header and f"{p}_status" in header
    first = rows[0]
    assert first["trainee_name"] == "Nguyễn Thị Lan" and first["question_text"] == "Có bao nhiêu học sinh nhập viện?"
    assert first["facts_score"] == "80" and first["empathy_status"] == "missed" and first["privacy_score"] == ""
    assert first["answered_at"].endswith("Z")
    answers = sorted(r["answer_text"] for r in rows)
    assert "'=SUM(A1) không phải công thức" in answers and "'- Thưa anh, chúng tôi đã báo cáo." in answers
    assert "Bình thường." in answers
    assert not list(tmp_path.glob("*.partial"))


def test_csv_for_one_trainee_and_with_a_review(db: Database, tmp_path: Path) -> None:
    _, session = trainee_with_session(db, "Nguyễn Thị Lan")
    other, other_session = trainee_with_session(db, "Trần Văn Bình")
    saved = save_scored_answer(
        db, other_session.id, question_id="q1", question_text="?", result=make_result({"facts": 20}), duration_ms=1
    )
    save_scored_answer(
        db, session.id, question_id="q1", question_text="?", result=make_result({"facts": 90}), duration_ms=1
    )
    review_answer(db, saved.id, reviewer="Cô Hà", overrides={"facts": ScoreOverride(60, "partly")})
    out = tmp_path / "one.csv"
    assert write_csv(db, out, trainee_id=other.id) == 1
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert (row["trainee_name"], row["facts_score"], row["facts_status"], row["facts_reviewed"]) == (
        "Trần Văn Bình", "60", "partly", "1",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("ms", "expected"), [(0, "PT0S"), (1500, "PT1.5S"), (75_500, "PT1M15.5S"), (3_600_000, "PT1H")]
)
def test_iso_durations(ms: int, expected: str) -> None:
    assert iso_duration(ms) == expected


def test_every_xapi_statement_is_valid(db: Database, tmp_path: Path) -> None:
    report = demo_data.generate(db, trainees=6, answers=120, seed=7)
    # and a few edge cases: a score of 0, of 100, an answer with no duration to speak of
    _, session = trainee_with_session(db, "Lý Thị Ánh")
    for overall in (0, 100):
        save_scored_answer(
            db, session.id, question_id="q/1 ?", question_text="Câu hỏi có ký tự lạ / ? #",
            result=make_result({"facts": overall}), duration_ms=0,
        )  # fmt: skip
    out = tmp_path / "statements.json"
    count = write_xapi(db, out, home_page="https://so-gddt.example.vn")
    statements = json.loads(out.read_text(encoding="utf-8"))
    assert count == len(statements) == report.answers + 2
    for stmt in statements:
        assert problems(stmt) == [], stmt
    ids = {s["id"] for s in statements}
    assert len(ids) == count  # the answer UUIDs
    answers = {str(a.id): a for h in trainee_history(db, report.trainee_ids[0]) for a in h.answers}
    for stmt in statements:
        if stmt["id"] in answers:
            answer = answers[stmt["id"]]
            assert stmt["result"]["score"]["scaled"] == answer.overall / 100
            assert stmt["result"]["response"] == answer.answer_text
            assert stmt["actor"]["account"] == {
                "homePage": "https://so-gddt.example.vn",
                "name": str(report.trainee_ids[0]),
            }
    scaled = sorted(s["result"]["score"]["scaled"] for s in statements)
    assert scaled[0] == 0 and scaled[-1] == 1
    odd = next(s for s in statements if "q%2F1%20%3F" in s["object"]["id"])
    assert odd["object"]["id"].startswith("https://so-gddt.example.vn/xapi/activities/scenarios/")
    grouped = [s for s in statements if "grouping" in s["context"]["contextActivities"]]
    assert grouped, "demo workshops appear as grouping activities"


def test_the_checker_catches_bad_statements(db: Database, tmp_path: Path) -> None:
    _, session = trainee_with_session(db)
    save_scored_answer(
        db, session.id, question_id="q", question_text="?", result=make_result({"facts": 50}), duration_ms=5
    )
    out = tmp_path / "s.json"
    write_xapi(db, out)
    good = json.loads(out.read_text(encoding="utf-8"))[0]
    assert problems(good) == []
    mutations: list[Callable[[dict[str, Any]], object]] = [
        lambda s: s["result"]["score"].update(scaled=1.5),
        lambda s: s["result"].update(duration="12 seconds"),
        lambda s: s.update(id="not-a-uuid"),
        lambda s: s["actor"]["account"].pop("homePage"),
        lambda s: s.update(timestamp="2025-01-01T00:00:00"),
    ]
    for mutate in mutations:
        bad = json.loads(json.dumps(good))
        mutate(bad)
        assert problems(bad), mutate
