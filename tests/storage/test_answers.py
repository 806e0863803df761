"""Saving scored answers: all at once, at once, and readable without the scenario file."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from sqlalchemy import text

from trainer.storage.answers import get_answer, list_answers, save_scored_answer
from trainer.storage.audio import audio_relpath
from trainer.storage.engine import Database, open_database
from trainer.storage.errors import NotFoundError
from trainer.storage.sessions import (
    abandon_stale_sessions,
    finish_session,
    get_session,
    list_sessions,
    start_session,
)

from .factories import SCENARIO, make_result, trainee_with_session

WRITER = Path(__file__).with_name("writer_process.py")


def test_an_answer_and_all_its_scores_are_saved_and_read_back(db: Database) -> None:
    trainee, session = trainee_with_session(db)
    answer_id = uuid4()
    asked = datetime(2025, 5, 2, 3, 0, tzinfo=UTC)
    saved = save_scored_answer(
        db,
        session.id,
        question_id="q3",
        question_text="Có phải nhà trường đã biết trước?",
        question_kind="speculation",
        result=make_result({"honesty_unknowns": 85, "bridging": 40, "privacy": None}),
        input_mode="spoken",
        audio_path=audio_relpath(trainee.id, answer_id),
        latency_ms=1200,
        duration_ms=34_500,
        asked_at=asked,
        answered_at=asked + timedelta(seconds=36),
        answer_id=answer_id,
    )
    back = get_answer(db, answer_id)
    assert back == saved
    assert back.audio_path == f"audio/{trainee.id}/{answer_id}.wav"
    assert back.input_mode == "spoken" and back.latency_ms == 1200 and back.duration_ms == 34_500
    assert back.overall == 62 and back.ladder.key == "understands" and back.missing_key_messages == ("km_safety",)
    by_principle = {s.principle: s for s in back.scores}
    assert by_principle["honesty_unknowns"].status == "met" and by_principle["honesty_unknowns"].score == 85
    assert by_principle["privacy"].score is None and by_principle["privacy"].status == "not_applicable"
    assert by_principle["bridging"].evidence[0].note == "ghi chú"
    assert back.to_result().principle("bridging").score == 40
    assert list_answers(db, session.id) == [back]


def test_unknown_sessions_and_bad_values_are_refused(db: Database) -> None:
    _, session = trainee_with_session(db)
    kw = {"question_id": "q1", "question_text": "?", "result": make_result({"facts": 50}), "duration_ms": 10}
    with pytest.raises(NotFoundError):
        save_scored_answer(db, uuid4(), **kw)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="input_mode"):
        save_scored_answer(db, session.id, input_mode="telepathy", **kw)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="inside the data folder"):
        save_scored_answer(db, session.id, audio_path="../../etc/passwd", **kw)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="relative"):
        save_scored_answer(db, session.id, audio_path="/tmp/a.wav", **kw)  # type: ignore[arg-type]
    with db.read() as s:
        assert s.execute(text("SELECT COUNT(*) FROM answers")).scalar() == 0


def test_history_needs_no_scenario_file(db: Database) -> None:
    """Everything shown later is in the database: title, hash, question as asked."""
    _, session = trainee_with_session(db)
    save_scored_answer(
        db, session.id, question_id="q1-followup", question_text="Vậy ai chịu trách nhiệm?",
        result=make_result({"facts": 70}), duration_ms=5000,
    )  # fmt: skip
    info = get_session(db, session.id)
    assert info.scenario_title == "Ngộ độc thực phẩm bán trú" and info.scenario_hash == "sha256:abc123"
    assert list_answers(db, session.id)[0].question_text == "Vậy ai chịu trách nhiệm?"


def test_sessions_finish_and_stale_ones_are_abandoned(db: Database) -> None:
    trainee, first = trainee_with_session(db)
    assert first.status == "in_progress" and first.ended_at is None
    done = finish_session(db, first.id)
    assert done.status == "completed" and done.ended_at is not None
    old = start_session(db, trainee.id, SCENARIO, started_at=datetime.now(UTC) - timedelta(days=2))
    fresh = start_session(db, trainee.id, SCENARIO)
    assert abandon_stale_sessions(db, started_before=datetime.now(UTC) - timedelta(hours=12)) == 1
    statuses = {s.id: s.status for s in list_sessions(db, trainee.id)}
    assert statuses == {first.id: "completed", old.id: "abandoned", fresh.id: "in_progress"}
    with pytest.raises(ValueError):
        finish_session(db, fresh.id, status="in_progress")


def test_an_answer_survives_a_crash_right_after_it_is_saved(db_url: str, data_dir: Path) -> None:
    db = open_database(db_url, data_dir=data_dir)
    try:
        _, session = trainee_with_session(db)
    finally:
        db.close()
    proc = subprocess.run(
        [sys.executable, str(WRITER), db_url, str(data_dir), str(session.id), "3", str(time.time()), "crash"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == -9, proc.stderr  # killed, as planned
    saved_id = UUID(proc.stdout.split()[0])
    db = open_database(db_url, data_dir=data_dir)
    try:
        answer = get_answer(db, saved_id)
        assert len(answer.scores) == 3
    finally:
        db.close()
