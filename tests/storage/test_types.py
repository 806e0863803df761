"""Timestamps come back timezone-aware UTC and text goes in NFC, on both backends."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from trainer.storage.answers import get_answer, save_scored_answer
from trainer.storage.engine import Database
from trainer.storage.sessions import get_session, start_session
from trainer.storage.trainees import create_trainee, get_trainee

from .factories import SCENARIO, make_result

HANOI = timezone(timedelta(hours=7))


def test_timestamps_round_trip_as_aware_utc(db: Database) -> None:
    trainee = create_trainee(db, "Đỗ Thu Hà")
    local = datetime(2025, 3, 1, 8, 30, 15, 123456, tzinfo=HANOI)
    session = start_session(db, trainee.id, SCENARIO, started_at=local)
    back = get_session(db, session.id).started_at
    assert back.tzinfo is not None and back.utcoffset() == timedelta(0)
    assert back == local and back.hour == 1  # 08:30 in Hanoi is 01:30 UTC
    assert get_trainee(db, trainee.id).created_at.tzinfo is not None


def test_naive_datetimes_are_refused(db: Database) -> None:
    trainee = create_trainee(db, "Đỗ Thu Hà")
    with pytest.raises(ValueError, match="naive"):
        start_session(db, trainee.id, SCENARIO, started_at=datetime(2025, 3, 1, 8, 30))


def test_timestamps_sort_in_time_order_across_zones(db: Database) -> None:
    trainee = create_trainee(db, "Đỗ Thu Hà")
    early = start_session(db, trainee.id, SCENARIO, started_at=datetime(2025, 3, 1, 9, 0, tzinfo=HANOI))  # 02:00Z
    late = start_session(db, trainee.id, SCENARIO, started_at=datetime(2025, 3, 1, 3, 0, tzinfo=UTC))
    with db.read() as s:
        ids = [row[0] for row in s.execute(text("SELECT id FROM practice_sessions ORDER BY started_at"))]
    assert [str(i).replace("-", "") for i in ids] == [early.id.hex, late.id.hex]


def test_text_is_stored_in_nfc(db: Database) -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Lan")
    assert decomposed != "Nguyễn Thị Lan"
    trainee = create_trainee(db, decomposed, unit=unicodedata.normalize("NFD", "Trường Tiểu học Kim Đồng"))
    session = start_session(db, trainee.id, SCENARIO)
    answer_text = unicodedata.normalize("NFD", "Chúng tôi chưa xác định được nguyên nhân.")
    saved = save_scored_answer(
        db,
        session.id,
        question_id="q1",
        question_text=unicodedata.normalize("NFD", "Có bao nhiêu học sinh phải nhập viện?"),
        result=make_result({"facts": 80}, text=answer_text),
        duration_ms=1000,
    )
    with db.read() as s:
        raw_name, raw_unit = s.execute(text("SELECT display_name, unit FROM trainees")).one()
        raw_q, raw_a = s.execute(text("SELECT question_text, answer_text FROM answers")).one()
        raw_reason = s.execute(text("SELECT reason FROM principle_scores")).scalar_one()
    for value in (raw_name, raw_unit, raw_q, raw_a, raw_reason):
        assert unicodedata.is_normalized("NFC", value), value
    assert raw_name == "Nguyễn Thị Lan"
    evidence_text = get_answer(db, saved.id).scores[0].evidence[0].text
    assert unicodedata.is_normalized("NFC", evidence_text)


def test_every_text_and_time_column_goes_through_the_boundary_types() -> None:
    from sqlalchemy import JSON, DateTime, String

    from trainer.storage.models import Base
    from trainer.storage.types import NFCJSON, NFCString, NFCText, UTCDateTime

    for table in Base.metadata.tables.values():
        for column in table.columns:
            kind = column.type
            if isinstance(kind, String | JSON) or isinstance(getattr(kind, "impl", None), String | JSON):
                assert isinstance(kind, NFCString | NFCText | NFCJSON), f"{table.name}.{column.name}"
            if isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
                assert isinstance(kind, UTCDateTime), f"{table.name}.{column.name}"


def test_a_nul_character_is_stored_as_a_replacement_character(db: Database) -> None:
    # PostgreSQL refuses NUL in text and JSON; the scorer's evidence offsets must still fit.
    trainee = create_trainee(db, "Lan\x00")
    session = start_session(db, trainee.id, SCENARIO)
    answer_text = "Chúng tôi\x00 rất lo lắng cho các em."
    saved = save_scored_answer(
        db,
        session.id,
        question_id="q1",
        question_text="Câu hỏi\x00",
        result=make_result({"empathy": 80}, text=answer_text),
        duration_ms=1000,
    )
    back = get_answer(db, saved.id)
    assert back.answer_text == answer_text.replace("\x00", "\ufffd")
    assert len(back.answer_text) == len(answer_text)
    assert back.question_text == "Câu hỏi\ufffd"
    assert get_trainee(db, trainee.id).display_name == "Lan\ufffd"
    assert back.scores[0].evidence[0].text == "Chúng tôi\ufffd"  # inside the JSON column too
