"""Spoken answers in the database (revision 0003): the raw transcript beside the corrected
one, the delivery measures and the review flag — on SQLite and PostgreSQL, and through an
upgrade of a database that holds answers already."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import sqlalchemy as sa

from trainer.domain.text import nfc
from trainer.storage import migrate
from trainer.storage.answers import get_answer, list_answers, save_scored_answer
from trainer.storage.archive import write_archive
from trainer.storage.audio import audio_relpath
from trainer.storage.engine import Database, connect, open_database
from trainer.storage.records import delivery_measures_from

from .factories import make_result, trainee_with_session

DELIVERY = {
    "onset_latency_s": 1.4,
    "speaking_time_s": 31.2,
    "syllables_per_minute": 212.5,
    "words_per_minute": None,
    "filler_count": 3,
    "filler_ratio": 0.028,
    "pauses_medium": 4,
    "pauses_long": 1,
    "loudness_dbfs": -21.3,
    "loudness_variation_db": 6.1,
    "pauses": [[3.2, 4.5]],
    "fillers": ["ờ", "thì", "kiểu"],
    "method": "energy-vad-1",
}


def test_a_spoken_answer_keeps_both_transcripts_and_its_delivery(db: Database) -> None:
    trainee, session = trainee_with_session(db)
    answer_id = uuid4()
    raw = "chúng tôi rất lo lắng cho các em. hôm qua ba mươi bảy em phải đi viện"
    corrected = "Chúng tôi rất lo lắng cho các em. Hôm qua 37 em phải đi viện."
    saved = save_scored_answer(
        db,
        session.id,
        question_id="mo-dau",
        question_text="Chuyện gì đã xảy ra?",
        result=make_result({"delivery": 80, "timeliness": 100}, text=corrected),
        input_mode="spoken",
        audio_path=audio_relpath(trainee.id, answer_id),
        latency_ms=1400,
        duration_ms=40_000,
        answer_id=answer_id,
        transcript_raw=nfc(raw),
        delivery=DELIVERY,
        transcription={"engine": "vosk", "model": "vosk-model-small-vn-0.4", "scored_on": "transcript"},
    )
    back = get_answer(db, answer_id)
    assert back == saved
    assert back.answer_text == corrected and back.transcript_raw == raw
    assert back.delivery == DELIVERY and not back.needs_review
    assert back.transcription == {"engine": "vosk", "model": "vosk-model-small-vn-0.4", "scored_on": "transcript"}
    m = back.delivery_measures()
    assert m is not None and m.pauses_long == 1 and m.filler_count == 3 and m.syllables_per_minute == 212.5
    assert m.words_per_minute is None


def test_typed_answers_have_no_spoken_fields_and_review_flags_are_stored(db: Database) -> None:
    _trainee, session = trainee_with_session(db)
    typed = save_scored_answer(
        db, session.id, question_id="q1", question_text="?", result=make_result({}), duration_ms=1
    )
    assert typed.transcript_raw is None and typed.delivery is None and typed.delivery_measures() is None
    assert not typed.needs_review and typed.transcription is None
    flagged = save_scored_answer(
        db, session.id, question_id="q2", question_text="?", result=make_result({"delivery": 70}, text=""),
        duration_ms=1, input_mode="spoken", delivery={"pauses_long": 2}, needs_review=True,
    )  # fmt: skip
    assert [a.needs_review for a in list_answers(db, session.id)] == [False, True]
    assert flagged.delivery_measures() == delivery_measures_from({"pauses_long": 2})


def test_odd_stored_delivery_values_are_skipped_not_fatal() -> None:
    m = delivery_measures_from({"pauses_long": True, "filler_count": 2.0, "loudness_dbfs": "loud", "extra": 1})
    assert m is not None and m.pauses_long is None and m.filler_count == 2 and m.loudness_dbfs is None
    assert delivery_measures_from(None) is None and delivery_measures_from({}) is None


def test_a_revision_0002_database_with_answers_upgrades_to_spoken_answers(db_url: str, data_dir: Path) -> None:
    old = connect(db_url, data_dir=data_dir)
    try:
        migrate.upgrade(old, "0002")
        with old.engine.begin() as conn:
            trainee, session = uuid4(), uuid4()
            conn.execute(sa.text(
                "INSERT INTO trainees (id, display_name, unit, role, language, created_at, updated_at) "
                "VALUES (:id, 'Lan', '', '', 'vi', :t, :t)"), {"id": trainee.hex if old.backend == "sqlite" else trainee, "t": "2025-01-10 02:00:00"})  # fmt: skip
            conn.execute(sa.text(
                "INSERT INTO practice_sessions (id, trainee_id, scenario_id, scenario_hash, scenario_title, "
                "scenario_language, mode, difficulty, started_at, status) VALUES (:id, :tr, 's', 'h', 'T', 'vi', "
                "'solo', 1, :t, 'in_progress')"), {"id": session.hex if old.backend == "sqlite" else session,
                "tr": trainee.hex if old.backend == "sqlite" else trainee, "t": "2025-01-10 02:00:00"})  # fmt: skip
            answer = uuid4()
            conn.execute(sa.text(
                "INSERT INTO answers (id, session_id, question_id, question_text, question_kind, answer_text, "
                "input_mode, duration_ms, answered_at, language, overall, ladder_level, ladder_key, details) "
                "VALUES (:id, :s, 'q', '?', '', 'Trả lời cũ.', 'typed', 1000, :t, 'vi', 55, 1, 'knows', '{}')"),
                {"id": answer.hex if old.backend == "sqlite" else answer,
                 "s": session.hex if old.backend == "sqlite" else session, "t": "2025-01-10 02:01:00"})  # fmt: skip
    finally:
        old.close()
    db = open_database(db_url, data_dir=data_dir)
    try:
        assert migrate.current_revision(db) == migrate.head_revision() == "0003"
        back = get_answer(db, answer)
        assert back.answer_text == "Trả lời cũ." and back.overall == 55
        assert back.transcript_raw is None and back.delivery is None and back.needs_review is False
        # and the downgrade removes the columns again
        migrate.downgrade(db, "0002")
        with db.engine.connect() as conn:
            columns = {c["name"] for c in sa.inspect(conn).get_columns("answers")}
        assert not {"transcript_raw", "delivery", "needs_review"} & columns
        migrate.upgrade(db)
    finally:
        db.close()


def test_spoken_fields_travel_in_an_archive(db: Database, tmp_path: Path) -> None:
    _trainee, session = trainee_with_session(db)
    save_scored_answer(
        db, session.id, question_id="q", question_text="?", result=make_result({"delivery": 90}),
        duration_ms=1, input_mode="spoken", transcript_raw="nghe được", delivery=DELIVERY, needs_review=True,
    )  # fmt: skip
    target = tmp_path / "backup.zip"
    write_archive(db, target)
    import json
    import zipfile

    with zipfile.ZipFile(target) as zf:
        rows = [json.loads(line) for line in zf.read("data/answers.jsonl").decode().splitlines()]
    assert rows[0]["transcript_raw"] == "nghe được" and rows[0]["needs_review"] is True
    assert rows[0]["delivery"]["pauses_long"] == 1
