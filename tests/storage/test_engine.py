"""Opening the database: URL resolution, SQLite settings, locks, unreachable servers."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from trainer.storage import engine as engine_mod
from trainer.storage.engine import open_database, resolve_url
from trainer.storage.errors import DatabaseBusyError, DatabaseUnavailableError
from trainer.storage.trainees import create_trainee, list_trainees

NFS_TABLE = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /mnt/share nfs4 rw,relatime,vers=4.2 0 0
"""


def test_default_url_is_a_sqlite_file_in_the_data_folder(data_dir: Path) -> None:
    url = resolve_url(None)
    assert url.get_backend_name() == "sqlite"
    assert Path(url.database or "") == data_dir / "progress.sqlite3"


def test_environment_variable_and_argument_take_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRAINER_DATABASE_URL", "postgresql://u:secret@db.example/trainer")
    assert resolve_url(None).drivername == "postgresql+psycopg"
    assert resolve_url(str(tmp_path / "x.db")).database == str(tmp_path / "x.db")
    assert resolve_url("postgres://u@h/d").drivername == "postgresql+psycopg"
    assert "secret" not in engine_mod.display_url(resolve_url(None))


@pytest.mark.parametrize("url", ["mysql://u@h/d", "sqlite://", "sqlite:///:memory:", "not a url://x"])
def test_unusable_urls_are_refused_with_a_message(url: str) -> None:
    with pytest.raises(DatabaseUnavailableError):
        resolve_url(url)


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "p.sqlite3"), busy_timeout_ms=1234)
    try:
        assert db.journal_mode == "wal" and db.warnings == []
        with db.read() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA busy_timeout")).scalar() == 1234
            assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    finally:
        db.close()


def test_a_database_on_a_network_share_refuses_wal_and_warns(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    share = tmp_path / "share"
    table = f"/dev/sda1 / ext4 rw 0 0\nserver:/exp {share} nfs4 rw 0 0\n"
    db = open_database(str(share / "p.sqlite3"), mount_table=table)
    try:
        assert db.journal_mode == "delete"
        assert db.warnings and "network share (nfs4)" in db.warnings[0]
        assert "network share" in caplog.text
        with db.read() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        create_trainee(db, "Trần Văn Nam")  # and it still works
        assert len(list_trainees(db)) == 1
    finally:
        db.close()


def test_a_write_transaction_takes_the_lock_up_front(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    db = open_database(str(path))
    other = sqlite3.connect(path, timeout=0.05, isolation_level=None)
    try:
        # nothing executed yet, but the write lock is already held
        with db.write(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released at the end of the block
        other.execute("ROLLBACK")
    finally:
        other.close()
        db.close()


def test_a_locked_database_gives_a_clear_error_not_a_hang(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    open_database(str(path)).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    db = open_database(str(path), upgrade=False, busy_timeout_ms=200)
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError, match="busy"):
            create_trainee(db, "Lê Thị Hoa")
        assert time.monotonic() - started < 5
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.close()


def test_an_unreachable_server_gives_a_clear_error() -> None:
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailableError, match="cannot use the progress database"):
        open_database("postgresql://nobody:pw@127.0.0.1:1/none")
    assert time.monotonic() - started < 15


def test_an_unwritable_folder_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseUnavailableError):
        open_database(str(blocker / "sub" / "p.sqlite3"))


def test_same_sessions_work_on_both_backends(db_url: str, data_dir: Path) -> None:
    db = open_database(db_url, data_dir=data_dir)
    try:
        create_trainee(db, "Phạm Minh Tuấn")
        with db.write() as s:
            assert s.execute(text("SELECT COUNT(*) FROM trainees")).scalar() == 1
    finally:
        db.close()
