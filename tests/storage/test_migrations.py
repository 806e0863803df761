"""Migrations: the schema they build is the models' schema, and old data survives upgrades."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from trainer.storage import migrate, models
from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import connect, open_database
from trainer.storage.errors import SchemaError
from trainer.storage.history import trainee_history
from trainer.storage.types import NFCJSON, UTCDateTime
from trainer.storage.workshop_history import workshop_summary
from trainer.storage.workshops import create_workshop

from .factories import make_result

# The tables as revision 0001 created them (what an old installation holds).
OLD = sa.MetaData()
OLD_TRAINEES = sa.Table(
    "trainees", OLD,
    sa.Column("id", sa.Uuid), sa.Column("display_name", sa.String), sa.Column("unit", sa.String),
    sa.Column("role", sa.String), sa.Column("language", sa.String), sa.Column("pin_hash", sa.String),
    sa.Column("created_at", UTCDateTime), sa.Column("updated_at", UTCDateTime),
)  # fmt: skip
OLD_SESSIONS = sa.Table(
    "practice_sessions", OLD,
    sa.Column("id", sa.Uuid), sa.Column("trainee_id", sa.Uuid), sa.Column("scenario_id", sa.String),
    sa.Column("scenario_hash", sa.String), sa.Column("scenario_title", sa.String),
    sa.Column("scenario_language", sa.String), sa.Column("mode", sa.String), sa.Column("difficulty", sa.Integer),
    sa.Column("started_at", UTCDateTime), sa.Column("ended_at", UTCDateTime), sa.Column("status", sa.String),
)  # fmt: skip
OLD_ANSWERS = sa.Table(
    "answers", OLD,
    sa.Column("id", sa.Uuid), sa.Column("session_id", sa.Uuid), sa.Column("question_id", sa.String),
    sa.Column("question_text", sa.Text), sa.Column("question_kind", sa.String), sa.Column("answer_text", sa.Text),
    sa.Column("input_mode", sa.String), sa.Column("audio_path", sa.String), sa.Column("latency_ms", sa.Integer),
    sa.Column("duration_ms", sa.Integer), sa.Column("asked_at", UTCDateTime), sa.Column("answered_at", UTCDateTime),
    sa.Column("language", sa.String), sa.Column("overall", sa.Integer), sa.Column("ladder_level", sa.Integer),
    sa.Column("ladder_key", sa.String), sa.Column("details", NFCJSON),
)  # fmt: skip
OLD_SCORES = sa.Table(
    "principle_scores", OLD,
    sa.Column("answer_id", sa.Uuid), sa.Column("principle", sa.String), sa.Column("status", sa.String),
    sa.Column("score", sa.Integer), sa.Column("weight", sa.Float), sa.Column("reason", sa.Text),
    sa.Column("advice", sa.Text), sa.Column("evidence", NFCJSON),
)  # fmt: skip

WHEN = datetime(2025, 1, 10, 2, 0, tzinfo=UTC)


def _fill_old_database(conn: sa.Connection) -> tuple[uuid.UUID, list[uuid.UUID]]:
    trainee, session = uuid.uuid4(), uuid.uuid4()
    conn.execute(OLD_TRAINEES.insert(), [{
        "id": trainee, "display_name": "Vũ Thị Mai", "unit": "Trường Mầm non Hoa Sen", "role": "Hiệu trưởng",
        "language": "vi", "pin_hash": None, "created_at": WHEN, "updated_at": WHEN,
    }])  # fmt: skip
    conn.execute(OLD_SESSIONS.insert(), [{
        "id": session, "trainee_id": trainee, "scenario_id": "sap-tran", "scenario_hash": "sha256:old",
        "scenario_title": "Sập trần phòng học", "scenario_language": "vi", "mode": "solo", "difficulty": 2,
        "started_at": WHEN, "ended_at": None, "status": "in_progress",
    }])  # fmt: skip
    answers = [uuid.uuid4() for _ in range(3)]
    for n, answer in enumerate(answers):
        conn.execute(OLD_ANSWERS.insert(), [{
            "id": answer, "session_id": session, "question_id": f"q{n}", "question_text": f"Câu hỏi {n}?",
            "question_kind": "fact", "answer_text": f"Trả lời {n}.", "input_mode": "typed", "audio_path": None,
            "latency_ms": 900, "duration_ms": 15000, "asked_at": WHEN, "answered_at": WHEN.replace(minute=n),
            "language": "vi", "overall": 50 + n, "ladder_level": 1, "ladder_key": "knows",
            "details": {"ladder_sentence": "", "missing_key_messages": [], "missing_facts": [], "notices": []},
        }])  # fmt: skip
        conn.execute(OLD_SCORES.insert(), [
            {"answer_id": answer, "principle": p, "status": "partly", "score": 50 + n, "weight": 1.0,
             "reason": "Lý do", "advice": "", "evidence": []}
            for p in ("facts", "empathy")
        ])  # fmt: skip
    return trainee, answers


def test_the_migrated_schema_equals_the_models(db_url: str, data_dir: Path) -> None:
    db = open_database(db_url, data_dir=data_dir)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, models.Base.metadata)
        assert diff == []
        assert migrate.current_revision(db) == migrate.head_revision()
    finally:
        db.close()


def test_a_first_revision_database_with_data_upgrades_intact(db_url: str, data_dir: Path) -> None:
    old = connect(db_url, data_dir=data_dir)
    try:
        migrate.upgrade(old, migrate.first_revision())
        assert migrate.current_revision(old) == "0001"
        with old.engine.begin() as conn:
            trainee, answers = _fill_old_database(conn)
    finally:
        old.close()

    db = open_database(db_url, data_dir=data_dir)
    try:
        assert migrate.current_revision(db) == migrate.head_revision()
        history = trainee_history(db, trainee)
        assert len(history) == 1
        session = history[0]
        assert session.session.scenario_title == "Sập trần phòng học"
        assert session.session.workshop_id is None and session.session.started_at == WHEN
        assert [a.id for a in session.answers] == answers
        assert [a.overall for a in session.answers] == [50, 51, 52]
        assert all(len(a.scores) == 2 and not a.scores[0].reviewed for a in session.answers)
        if db.backend == "sqlite":
            with db.read() as s:
                assert s.execute(sa.text("PRAGMA foreign_key_check")).all() == []
                assert s.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
            copy = db.pre_upgrade_backup
            assert copy is not None and copy.exists()
            raw = sqlite3.connect(copy)
            assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert raw.execute("SELECT COUNT(*) FROM answers").fetchone() == (3,)
            raw.close()
        # the new tables work with the old rows
        workshop = create_workshop(db, "Tập huấn", members=[trainee])
        save_scored_answer(
            db, session.session.id, question_id="q9", question_text="?", result=make_result({"facts": 90}),
            duration_ms=1000,
        )  # fmt: skip
        assert workshop_summary(db, workshop.id).per_trainee[0].trainee_id == trainee
    finally:
        db.close()


def test_an_up_to_date_database_is_not_copied_again(db_url: str, data_dir: Path) -> None:
    open_database(db_url, data_dir=data_dir).close()
    again = open_database(db_url, data_dir=data_dir)
    try:
        assert again.pre_upgrade_backup is None
    finally:
        again.close()


def test_downgrade_to_nothing_and_back(db_url: str, data_dir: Path) -> None:
    db = open_database(db_url, data_dir=data_dir)
    try:
        migrate.downgrade(db, "base")
        assert migrate.current_revision(db) is None
        migrate.upgrade(db)
        assert migrate.current_revision(db) == migrate.head_revision()
    finally:
        db.close()


def test_a_database_from_a_newer_app_is_refused(db_url: str, data_dir: Path) -> None:
    open_database(db_url, data_dir=data_dir).close()
    db = connect(db_url, data_dir=data_dir)
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(SchemaError, match="newer version"):
        open_database(db_url, data_dir=data_dir)


def test_tables_without_a_schema_version_are_refused(db_url: str, data_dir: Path) -> None:
    db = connect(db_url, data_dir=data_dir)
    with db.engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE trainees (id INTEGER PRIMARY KEY)"))
    db.close()
    with pytest.raises(SchemaError, match="not made by this app"):
        open_database(db_url, data_dir=data_dir)


def test_the_migrations_ship_inside_the_package() -> None:
    package = Path(models.__file__).parent
    assert migrate.MIGRATIONS_DIR.is_relative_to(package)
    assert (migrate.MIGRATIONS_DIR / "env.py").is_file()
    assert (migrate.MIGRATIONS_DIR / "script.py.mako").is_file()
    assert migrate.first_revision() == "0001"
    assert not (package.parent.parent / "alembic.ini").exists()
