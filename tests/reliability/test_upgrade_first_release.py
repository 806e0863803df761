"""A database made by the first released schema (tests/data/progress-schema-0001.sqlite3)
upgrades to the newest schema with every row intact.

The fixture and the JSON record of its rows are made by upgrade_make_fixture.py; the
existing tests/storage/test_migrations.py checks a few hand-made rows on both backends,
this checks a whole realistic file row by row, as a user's old installation would have it.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from uuid import UUID

import sqlalchemy as sa

from tests.reliability import upgrade_checks as check
from tests.reliability.upgrade_make_fixture import FIXTURE, TABLE_KEYS
from trainer.domain.result import Ladder, PrincipleScore, Result
from trainer.storage import migrate
from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import open_database
from trainer.storage.history import trainee_history
from trainer.storage.reviews import ScoreOverride, review_answer
from trainer.storage.trainees import list_trainees, verify_pin

#: Every column added after 0001, with the value an upgraded old row must have.
NEW_COLUMN_DEFAULTS = {
    "practice_sessions": {"workshop_id": None},
    "principle_scores": {"review_id": None, "reviewed_score": None, "reviewed_status": None},
    "answers": {"transcript_raw": None, "delivery": None, "needs_review": 0},
    "trainees": {},
}
NEW_TABLES = {"workshops", "workshop_members", "trainer_reviews", "erased_trainees"}


def test_the_fixture_is_a_small_first_revision_database_matching_its_record() -> None:
    assert FIXTURE.stat().st_size < 1_000_000
    assert check.revision(FIXTURE) == "0001" == migrate.first_revision() == check.expected()["revision"]
    assert check.tables(FIXTURE) == {*TABLE_KEYS, "alembic_version"}
    assert check.old_rows(FIXTURE) == check.expected_rows()
    rows = check.expected_rows()
    assert all(rows[t] for t in TABLE_KEYS)  # every 0001 table has rows
    statuses = {r[-1] for r in rows["practice_sessions"]}
    assert statuses == {"completed", "in_progress", "abandoned"}
    for name, *_ in (r[1:] for r in rows["trainees"]):
        assert unicodedata.is_normalized("NFC", name)


def test_the_first_release_database_upgrades_with_every_row_intact(tmp_path: Path) -> None:
    path = check.copy_fixture(tmp_path)
    db = open_database(str(path), upgrade=True, data_dir=tmp_path)
    try:
        assert migrate.current_revision(db) == migrate.head_revision()
        with db.read() as s:
            counts = {t: s.execute(sa.text(f"SELECT COUNT(*) FROM {t}")).scalar() for t in (*TABLE_KEYS, *NEW_TABLES)}
        people = {p.id: p for p in list_trainees(db)}
        histories = {tid: trainee_history(db, tid) for tid in people}
        pin_owner = UUID(check.expected()["pin_trainee"])
        assert verify_pin(db, pin_owner, check.expected()["pin"]) and not verify_pin(db, pin_owner, "0000")
        copy = db.pre_upgrade_backup
    finally:
        db.close()

    # Row by row, column by column, exactly as the old app stored them.
    assert check.old_rows(path) == check.expected_rows()
    check.assert_sound(path)
    assert check.tables(path) == {*TABLE_KEYS, *NEW_TABLES, "alembic_version"}
    assert all(counts[t] == 0 for t in NEW_TABLES)
    # The columns added since 0001 hold their defaults in every old row.
    conn = check._connect(path)
    try:
        for table, defaults in NEW_COLUMN_DEFAULTS.items():
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            added = [c for c in columns if c not in check.expected()["tables"][table]["columns"]]
            assert sorted(added) == sorted(defaults), f"{table}: a new column needs its expected default here"
            for column, value in defaults.items():
                assert conn.execute(f"SELECT DISTINCT {column} FROM {table}").fetchall() == [(value,)]
    finally:
        conn.close()

    # The app reads the old rows as it reads its own: names, sessions, answers, scores.
    rows = check.expected_rows()
    assert sorted(p.display_name for p in people.values()) == sorted(r[1] for r in rows["trainees"])
    answers = [a for h in histories.values() for session in h for a in session.answers]
    assert len(answers) == len(rows["answers"])
    assert sum(len(a.scores) for a in answers) == len(rows["principle_scores"])
    by_id = {r[0]: r for r in rows["answers"]}
    for a in answers:
        old = by_id[a.id.hex]
        assert (a.answer_text, a.overall, a.input_mode, a.audio_path) == (old[5], old[13], old[6], old[7])
        assert a.transcript_raw is None and a.delivery is None and not a.needs_review
        assert all(not s.reviewed for s in a.scores)
    statuses = {s.session.id.hex: s.session.status for h in histories.values() for s in h}
    assert statuses == {r[0]: r[-1] for r in rows["practice_sessions"]}

    # The pre-upgrade copy is the old file, whole.
    assert copy is not None and copy.parent == tmp_path / "backups" and copy.exists()
    assert check.revision(copy) == "0001"
    assert check.old_rows(copy) == check.expected_rows()
    assert FIXTURE.read_bytes() != path.read_bytes()  # the upgrade changed the copy in tmp, never the fixture


def test_the_upgraded_old_rows_take_new_work(tmp_path: Path) -> None:
    """A review of an old answer, a new answer in an old unfinished session."""
    path = check.copy_fixture(tmp_path)
    rows = check.expected_rows()
    unfinished = next(r for r in rows["practice_sessions"] if r[-1] == "in_progress")
    old_answer = rows["answers"][0]
    principle = next(r[1] for r in rows["principle_scores"] if r[0] == old_answer[0])
    db = open_database(str(path), upgrade=True, data_dir=tmp_path)
    try:
        review = review_answer(
            db, UUID(old_answer[0]), reviewer="Cô Hà", comment="Đã xem lại.",
            overrides={principle: ScoreOverride(score=40, status="partly")},
        )  # fmt: skip
        result = Result(
            overall=70,
            principles=(PrincipleScore("facts", "met", 70, 1.0, "Đủ số liệu.", ""),),
            missing_key_messages=(),
            missing_facts=(),
            ladder=Ladder(2, "understands", ""),
            answer_text="Nhà trường đã mời đoàn y tế kiểm tra.",
            language="vi",
        )
        save_scored_answer(db, UUID(unfinished[0]), question_id="q-new", question_text="Câu hỏi mới?",
                           result=result, duration_ms=12000)  # fmt: skip
    finally:
        db.close()
    check.assert_sound(path)
    conn = check._connect(path)
    try:
        assert conn.execute(
            "SELECT reviewed_score, reviewed_status, review_id FROM principle_scores WHERE answer_id = ? AND principle = ?",
            (old_answer[0], principle),
        ).fetchone() == (40, "partly", review.id.hex)
        assert conn.execute("SELECT COUNT(*) FROM answers WHERE session_id = ?", (unfinished[0],)).fetchone()[0] == (
            sum(r[1] == unfinished[0] for r in rows["answers"]) + 1
        )
    finally:
        conn.close()
