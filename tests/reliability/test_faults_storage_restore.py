"""Restoring a backup over a damaged live database: the damaged file (and its -wal/-shm
files) is moved aside as it is, named with the time, the backup is put in its place, and
the app opens it. Run as a person would: the real `python main.py db restore` command in a
second process on the default database of the data folder, and *Restore a backup…* in the
window's damaged-database box."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.reliability.storage_app import Boxes
from tests.reliability.storage_faults import damage, sha256
from trainer import paths
from trainer.storage import trainees
from trainer.storage.backup import backup_sqlite
from trainer.storage.engine import open_database

ROOT = Path(__file__).resolve().parents[2]


def db_command(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "db", *args],
        cwd=ROOT, env={**os.environ, "TRAINER_DATA_DIR": str(data)},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in conn.execute("SELECT display_name FROM trainees ORDER BY display_name")]
    finally:
        conn.close()


def a_database_with_a_backup(data: Path, tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """The data folder's database with 80 trainees, and a `db backup` copy of it elsewhere."""
    path = data / "progress.sqlite3"
    db = open_database(str(path), data_dir=data)
    try:
        for n in range(80):
            trainees.create_trainee(db, f"Giáo viên số {n:02d}", unit="Trường THCS Nguyễn Du " * 3)
        copy = backup_sqlite(db, tmp_path / "usb" / "progress-copy.sqlite3")
    finally:
        db.close()
    return path, copy, names(copy)


@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_db_restore_moves_a_damaged_database_aside_and_puts_the_backup_in_its_place(tmp_path: Path, how: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path, copy, expected = a_database_with_a_backup(data, tmp_path)
    damage(path, how)
    opened = db_command(data, "current")
    assert opened.returncode == 1 and "is damaged or is not a database file" in opened.stderr  # the app refuses it
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 4092)  # a WAL left by a crash: it goes with the damaged file
    damaged_sha, wal_sha = sha256(path), sha256(wal)

    out = db_command(data, "restore", str(copy))
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    (kept,) = (data / "backups").glob("progress-damaged-*.sqlite3")
    assert out.stdout == (
        f"The database {path} was damaged: it was moved, as it was, to {kept}. Restored {path} from {copy}.\n"
    )
    assert kept.name[len("progress-damaged-") : -len(".sqlite3")].endswith("Z")  # the time it was moved
    assert sha256(kept) == damaged_sha  # kept byte for byte
    assert sha256(kept.with_name(kept.name + "-wal")) == wal_sha  # its WAL beside it, not applied to the copy
    assert names(path) == expected  # the backup, whole

    db = open_database(str(path), data_dir=data)  # the app opens it again
    try:
        assert [t.display_name for t in trainees.list_trainees(db)] == expected
    finally:
        db.close()
    assert db_command(data, "current").returncode == 0


def test_db_restore_over_a_healthy_database_still_copies_it_first(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path, copy, expected = a_database_with_a_backup(data, tmp_path)
    db = open_database(str(path), data_dir=data)
    trainees.create_trainee(db, "Người thêm sau bản sao")
    db.close()
    out = db_command(data, "restore", str(copy))
    assert out.returncode == 0, out.stderr
    (safety,) = (data / "backups").glob("progress-before-restore-*.sqlite3")
    assert out.stdout.endswith(f"the previous content was saved to {safety}\n")
    assert not list((data / "backups").glob("progress-damaged-*"))
    assert "Người thêm sau bản sao" in names(safety)
    assert names(path) == expected


def test_db_restore_where_the_damaged_file_was_moved_away_already(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path, copy, expected = a_database_with_a_backup(data, tmp_path)
    path.rename(tmp_path / "elsewhere.sqlite3")
    out = db_command(data, "restore", str(copy))
    assert out.returncode == 0, out.stderr
    assert out.stdout == f"Restored {path} from {copy} (there was no database there before).\n"
    assert names(path) == expected


@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_restore_a_backup_from_the_window_when_the_database_is_damaged(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    data = paths.data_dir()
    data.mkdir(parents=True, exist_ok=True)
    path, copy, expected = a_database_with_a_backup(data, tmp_path)
    (data / "backups").mkdir()
    copy = copy.rename(data / "backups" / copy.name)
    not_a_copy = tmp_path / "notes.sqlite3"
    not_a_copy.write_text("Ghi chú buổi tập huấn", encoding="utf-8")
    damage(path, how)
    before = sha256(path)
    picked = iter([not_a_copy, copy])  # first the wrong file, then the backup
    asked: list[tuple[str, str]] = []

    def pick(_parent, title: str, start: str, _filters: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
        asked.append((title, start))
        return str(next(picked)), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    boxes.on_choose = lambda _n: "restore"
    w = windows()
    qtbot.waitUntil(lambda: len(boxes.shown) == 2, timeout=15000)
    (kind, title, _text, _detail), wrong = boxes.shown
    assert (kind, title) == ("choose", "The progress database could not be opened")
    assert asked == [("Choose a backup of the progress database", str(data / "backups"))]
    assert wrong == (
        "error",
        "The backup could not be restored",
        f"The file {not_a_copy} is not a copy of the progress database made by this version of the app, so "
        "nothing was changed.",
        "Choose another copy and try again.",
    )
    assert sha256(path) == before and w.state.db is None  # nothing was changed

    qtbot.mouseClick(w.start_panel.start_button, Qt.MouseButton.LeftButton)  # the box again: Restore a backup…
    qtbot.waitUntil(lambda: w.state.trainee is not None, timeout=15000)
    (kept,) = (data / "backups").glob("progress-damaged-*.sqlite3")
    assert boxes.shown[2][1] == "The progress database could not be opened"
    assert boxes.shown[3] == (
        "info",
        "The backup was restored",
        f"The backup {copy} is now the progress database. The damaged file was moved, as it was, to {kept} in "
        "case it is needed.",
        "",
    )
    assert len(boxes.shown) == 4
    assert sha256(kept) == before
    assert names(path) == expected
    assert w.state.trainee.display_name in expected
    w.close()
