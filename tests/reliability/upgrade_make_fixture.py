"""Remake ``tests/data/progress-schema-0001.sqlite3``: a progress database at the first
released schema (revision 0001), filled the way the app of that time filled it.

    .venv/bin/python -m tests.reliability.upgrade_make_fixture

The schema comes from migration 0001 itself; rows go in through the app's own column
types (UUIDs, naive-UTC timestamps, NFC text and JSON), so they are stored exactly as an
old installation stored them. Answers are real answers to bundled scenarios, scored by
the real scorer. Beside the file, ``progress-schema-0001.json`` records every stored row
as raw SQLite values; the upgrade tests compare the upgraded file against it row by row.
Everything is seeded: running the script again makes the same rows (only the PIN hash's
salt is random, as it always is).
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import unicodedata
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from trainer.content.loader import load_scenario
from trainer.domain.scoring import score_answer
from trainer.storage import migrate
from trainer.storage.engine import connect
from trainer.storage.trainees import hash_pin
from trainer.storage.types import NFCJSON, NFCString, NFCText, UTCDateTime

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "data" / "progress-schema-0001.sqlite3"
EXPECTED = FIXTURE.with_suffix(".json")
REVISION = "0001"
#: The trainee whose PIN is set, and the PIN (the upgrade test checks it still opens).
PIN_TRAINEE, PIN = 1, "2468"
#: Primary keys, to write and compare rows in a stable order.
TABLE_KEYS = {
    "trainees": ("id",),
    "practice_sessions": ("id",),
    "answers": ("id",),
    "principle_scores": ("answer_id", "principle"),
}

# name (one deliberately typed in NFD, as macOS keyboards send it), unit, role, language
TRAINEES = [
    ("Nguyễn Thị Lan", "Trường Tiểu học Hòa An", "Hiệu trưởng", "vi"),
    (unicodedata.normalize("NFD", "Trần Văn Bình"), "Trường THCS Lê Quý Đôn", "Phó hiệu trưởng", "vi"),
    ("Lê Hoàng Yến", "Trường Mầm non Hoa Sen", "Giáo viên", "vi"),
    ("Đỗ Thị Ngọc Ánh", "Phòng Giáo dục và Đào tạo quận Ninh Kiều", "Người phát ngôn", "vi"),
    ("Phạm Đức Thắng", "Trường THPT Nguyễn Trãi", "Principal", "en"),
]
# (trainee index, scenario id, status, how many questions answered)
SESSIONS = [
    (0, "ngo-doc-thuc-pham-ban-tru", "completed", 5),
    (0, "ngo-doc-thuc-pham-ban-tru", "in_progress", 2),
    (0, "sap-tran-phong-hoc", "abandoned", 1),
    (1, "sap-tran-phong-hoc", "completed", 4),
    (1, "clip-bao-luc-hoc-duong", "in_progress", 3),
    (2, "dich-tay-chan-mieng-mam-non", "completed", 4),
    (3, "ro-ri-de-thi-tot-nghiep-thpt", "completed", 4),
    (3, "khieu-nai-tuyen-sinh-lop-10", "in_progress", 0),
    (4, "en-exam-marking-error", "completed", 4),
    (4, "en-student-data-breach", "abandoned", 2),
]
WEAK_ANSWERS = {"vi": "Không bình luận. Chúng tôi đang xem xét.", "en": "No comment. We are looking into it."}
START = datetime(2025, 1, 6, 1, 30, tzinfo=UTC)


def app_types(table: sa.Table) -> sa.Table:
    """Give a reflected 0001 table the app's column types, so values are stored as the app stores them."""
    for column in table.columns:
        t = column.type
        if isinstance(t, sa.CHAR) and t.length == 32:
            column.type = sa.Uuid()
        elif isinstance(t, sa.DateTime):
            column.type = UTCDateTime()
        elif isinstance(t, sa.JSON):
            column.type = NFCJSON()
        elif isinstance(t, sa.Text):
            column.type = NFCText()
        elif isinstance(t, sa.String):
            column.type = NFCString()
    return table


def _answer_text(rng: random.Random, model: str, language: str) -> tuple[str, str]:
    """A realistic answer: the model answer, half of it, or a stonewall; typed or spoken."""
    kind = rng.choice(("model", "model", "half", "weak"))
    if kind == "model":
        text = model
    elif kind == "half":
        words = model.split()
        text = " ".join(words[: max(6, len(words) // 2)])
    else:
        text = WEAK_ANSWERS[language]
    if rng.random() < 0.2:
        text = unicodedata.normalize("NFD", text)  # stored NFC by the column type
    return text, ("spoken" if rng.random() < 0.25 else "typed")


def build_rows() -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(20250106)

    def new_id() -> uuid.UUID:
        return uuid.UUID(int=rng.getrandbits(128), version=4)

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_KEYS}
    trainee_ids = []
    for n, (name, unit, role, language) in enumerate(TRAINEES):
        tid = new_id()
        trainee_ids.append(tid)
        created = START + timedelta(days=n, minutes=7 * n)
        pin = hash_pin(PIN) if n == PIN_TRAINEE else None
        rows["trainees"].append({
            "id": tid, "display_name": name, "unit": unit, "role": role, "language": language,
            "pin_hash": pin, "created_at": created, "updated_at": created + timedelta(seconds=40),
        })  # fmt: skip
    for s, (who, scenario_id, status, answered) in enumerate(SESSIONS):
        scenario = load_scenario(ROOT / "scenarios" / f"{scenario_id}.json")
        sid = new_id()
        started = START + timedelta(days=2 + 3 * s, hours=rng.randint(0, 8), minutes=rng.randint(0, 59))
        at = started
        for question in scenario.questions[:answered]:
            text, mode = _answer_text(rng, question.model_answer, scenario.language)
            latency = rng.randint(600, 4000)
            asked = at + timedelta(seconds=rng.randint(5, 20))
            duration = rng.randint(8000, 90000)
            at = asked + timedelta(milliseconds=latency + duration)
            result = score_answer(scenario, question, text, latency_s=latency / 1000 if mode == "spoken" else None)
            aid = new_id()
            rows["answers"].append({
                "id": aid, "session_id": sid, "question_id": question.id, "question_text": question.text,
                "question_kind": question.kind, "answer_text": result.answer_text, "input_mode": mode,
                "audio_path": f"audio/{trainee_ids[who]}/{aid}.wav" if mode == "spoken" else None,
                "latency_ms": latency, "duration_ms": duration, "asked_at": asked, "answered_at": at,
                "language": result.language, "overall": result.overall, "ladder_level": result.ladder.level,
                "ladder_key": result.ladder.key,
                "details": {
                    "ladder_sentence": result.ladder.sentence,
                    "missing_key_messages": list(result.missing_key_messages),
                    "missing_facts": list(result.missing_facts),
                    "notices": list(result.notices),
                },
            })  # fmt: skip
            rows["principle_scores"] += [
                {"answer_id": aid, "principle": p.principle, "status": p.status, "score": p.score,
                 "weight": p.weight, "reason": p.reason, "advice": p.advice,
                 "evidence": [e.to_dict() for e in p.evidence]}
                for p in result.principles
            ]  # fmt: skip
        rows["practice_sessions"].append({
            "id": sid, "trainee_id": trainee_ids[who], "scenario_id": scenario.id,
            "scenario_hash": "sha256:" + hashlib.sha256(f"{scenario.id}@2025-01".encode()).hexdigest(),
            "scenario_title": scenario.title, "scenario_language": scenario.language, "mode": "solo",
            "difficulty": scenario.difficulty, "started_at": started,
            "ended_at": None if status == "in_progress" else at + timedelta(minutes=1), "status": status,
        })  # fmt: skip
    return rows


def raw_rows(path: Path) -> dict[str, dict[str, Any]]:
    """Every row of the 0001 tables as SQLite stores it: {table: {columns, rows}}, in key order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, dict[str, Any]] = {}
        for table, key in TABLE_KEYS.items():
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            out[table] = {"columns": columns, "rows": table_rows(conn, table, columns, key)}
        return out
    finally:
        conn.close()


def table_rows(conn: sqlite3.Connection, table: str, columns: list[str], key: tuple[str, ...]) -> list[list[Any]]:
    sql = f"SELECT {', '.join(columns)} FROM {table} ORDER BY {', '.join(key)}"
    return [list(r) for r in conn.execute(sql)]


def make(path: Path = FIXTURE, expected: Path = EXPECTED) -> dict[str, Any]:
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    db = connect(str(path))
    try:
        migrate.upgrade(db, REVISION)
        rows = build_rows()
        with db.engine.begin() as conn:
            meta = sa.MetaData()
            meta.reflect(conn, only=list(TABLE_KEYS))
            for name in TABLE_KEYS:  # parents first
                conn.execute(app_types(meta.tables[name]).insert(), rows[name])
    finally:
        db.close()
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")  # one compact file, no journal beside it
    conn.close()
    pin_trainee = rows["trainees"][PIN_TRAINEE]["id"].hex
    record = {"revision": REVISION, "pin_trainee": pin_trainee, "pin": PIN, "tables": raw_rows(path)}
    expected.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return record


if __name__ == "__main__":
    made = make()
    counts = ", ".join(f"{len(t['rows'])} {name}" for name, t in made["tables"].items())
    print(f"wrote {FIXTURE} ({FIXTURE.stat().st_size} bytes): {counts}; expected rows in {EXPECTED.name}")
