"""Storage faults at the storage layer: a read-only folder, a full disk, a lock held by
another process, a damaged database file. Each raises one StorageError subclass whose
message says what is wrong, and nothing already committed is lost or overwritten.

(The same faults in the running app: test_faults_storage_ui.py.)
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.reliability.storage_faults import (
    SmallDisk,
    damage,
    disk_kinds,
    locked_by_another_process,
    read_only,
    sha256,
)
from tests.storage.factories import make_result, trainee_with_session
from trainer.storage.answers import list_answers, save_scored_answer
from trainer.storage.engine import open_database
from trainer.storage.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ReadOnlyDatabaseError,
)
from trainer.storage.records import SessionInfo


def save(db, session: SessionInfo, n: int):  # type: ignore[no-untyped-def]
    return save_scored_answer(
        db,
        session.id,
        question_id=f"q{n}",
        question_text="Nhà trường đã làm gì?",
        result=make_result({"empathy": 60, "facts": 70}, text=f"Câu trả lời số {n}. " + "Chúng tôi xin lỗi. " * 20),
        duration_ms=1000,
    )


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_a_read_only_data_folder_at_start_is_named_and_nothing_changes(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "progress.sqlite3"
    db = open_database(str(path), data_dir=folder)
    _trainee, session = trainee_with_session(db)
    save(db, session, 1)
    db.close()
    before = sha256(path)

    with read_only(folder) as ro:
        for target in (path, folder / "new.sqlite3", folder / "sub" / "new.sqlite3"):
            with pytest.raises(ReadOnlyDatabaseError, match="cannot be written") as caught:
                open_database(str(target), data_dir=folder)
            assert caught.value.path is not None and folder in (caught.value.path, *caught.value.path.parents), ro.how
        assert sha256(path) == before

    db = open_database(str(path), data_dir=folder)  # writable again: everything is there
    try:
        assert [a.question_id for a in list_answers(db, session.id)] == ["q1"]
        save(db, session, 2)
    finally:
        db.close()


@pytest.mark.parametrize("kind", disk_kinds())
def test_a_full_disk_refuses_a_save_keeps_every_answer_and_takes_it_once_space_is_freed(
    tmp_path: Path, kind: str
) -> None:
    with SmallDisk(tmp_path / "disk", kind) as disk:
        path = disk.folder / "progress.sqlite3"
        db = open_database(str(path), data_dir=disk.folder)
        try:
            _trainee, session = trainee_with_session(db)
            saved = [save(db, session, n).id for n in range(3)]
            disk.fill()
            with pytest.raises(DiskFullError, match="is full"):
                save(db, session, 3)
            with pytest.raises(DiskFullError):
                save(db, session, 3)  # a second try on the full disk fails the same way
            assert [a.id for a in list_answers(db, session.id)] == saved  # still readable, all there
            disk.free()
            saved.append(save(db, session, 3).id)  # the same save, once there is room again
            assert [a.id for a in list_answers(db, session.id)] == saved
        finally:
            db.close()
        assert integrity(path) == "ok"


@pytest.mark.parametrize("kind", disk_kinds())
def test_a_full_disk_at_start_says_so_and_the_app_opens_once_space_is_freed(tmp_path: Path, kind: str) -> None:
    with SmallDisk(tmp_path / "disk", kind) as disk:
        path = disk.folder / "progress.sqlite3"
        if kind == "rlimit":  # the limit is the largest file there: an empty database file cannot grow
            path.write_bytes(b"")
        disk.fill()
        with pytest.raises(DiskFullError):
            open_database(str(path), data_dir=disk.folder)
        disk.free()
        db = open_database(str(path), data_dir=disk.folder)
        try:
            trainee_with_session(db)
        finally:
            db.close()
        assert integrity(path) == "ok"


def test_a_lock_held_by_another_process_is_busy_then_the_write_goes_through(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    db = open_database(str(path), data_dir=tmp_path, busy_timeout_ms=1000)
    try:
        _trainee, session = trainee_with_session(db)
        with locked_by_another_process(path, 3, "IMMEDIATE") as holder:
            started = time.monotonic()
            with pytest.raises(DatabaseBusyError, match="busy"):
                save(db, session, 1)
            assert 0.8 < time.monotonic() - started < 3  # waited the busy timeout, did not hang
            assert holder.stdout is not None and holder.stdout.readline().strip() == "released"
        save(db, session, 1)
        assert len(list_answers(db, session.id)) == 1
    finally:
        db.close()


@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_a_damaged_database_file_is_named_and_never_written(tmp_path: Path, how: str) -> None:
    path = tmp_path / "progress.sqlite3"
    db = open_database(str(path), data_dir=tmp_path)
    _trainee, session = trainee_with_session(db)
    for n in range(60):
        save(db, session, n)
    db.close()
    damage(path, how)
    before = sha256(path)
    for _ in range(2):
        with pytest.raises(CorruptDatabaseError, match="damaged or is not a database") as caught:
            open_database(str(path), data_dir=tmp_path)
        assert caught.value.path == path
    assert sha256(path) == before
    # no "pre-upgrade" copy of a file that is not a database, no -wal or -shm beside it
    assert [p.name for p in tmp_path.iterdir()] == ["progress.sqlite3"]


def test_a_wal_file_beside_a_damaged_database_is_left_as_it_is(tmp_path: Path) -> None:
    # The -wal may hold the newest answers: opening the damaged file read-write made SQLite
    # delete it. It must stay for `db restore` to move aside with the damaged file.
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"this is not a database, but a note someone saved over it\n" * 40)
    wal = tmp_path / "progress.sqlite3-wal"
    wal.write_bytes(bytes(range(256)) * 64)
    before = sha256(path), sha256(wal)
    with pytest.raises(CorruptDatabaseError, match="damaged or is not a database"):
        open_database(str(path), data_dir=tmp_path)
    assert (sha256(path), sha256(wal)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress.sqlite3", "progress.sqlite3-wal"]
