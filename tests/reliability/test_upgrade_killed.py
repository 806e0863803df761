"""SIGKILL during a schema upgrade: the file is never left half-upgraded, the next start
upgrades it cleanly, and the pre-upgrade copy can be put back (``db restore-copy``).

upgrade_kill_driver.py runs the app's start-up upgrade (open_database) on a copy of the
first-release fixture and stops dead at a chosen statement inside the upgrade transaction
(or halfway through the pre-upgrade copy); the test then SIGKILLs it.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.reliability import upgrade_checks as check
from tests.reliability.upgrade_make_fixture import TABLE_KEYS
from trainer.storage import migrate
from trainer.storage.engine import open_database

ROOT = Path(__file__).resolve().parents[2]
OLD_TABLES = {*TABLE_KEYS, "alembic_version"}
UPGRADE_POINTS = ["0002-old-table-dropped", "0003-copying-answers", "head-before-commit"]


def kill_upgrade(path: Path, point: str, *options: str) -> dict[str, Any]:
    """Run the driver until it pauses at *point*, SIGKILL it; returns the "paused" event."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.upgrade_kill_driver", str(path), point, *options],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line, f"the driver ended without pausing: {proc.communicate(timeout=30)[1][-2000:]}"
        event = json.loads(line)
        assert event["event"] == "paused" and event["at"] == point
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return dict(event)


def upgrade_at_start(path: Path) -> Path | None:
    """What the app does at its next start; returns the pre-upgrade copy it took."""
    db = open_database(str(path), upgrade=True, data_dir=path.parent)
    try:
        assert migrate.current_revision(db) == migrate.head_revision()
        return db.pre_upgrade_backup
    finally:
        db.close()


def complete_copies(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("*-before-upgrade-*.sqlite3"))


def assert_still_first_release(path: Path) -> None:
    """Not half-upgraded: the old revision, the old tables only, every row as it was."""
    check.assert_sound(path)
    assert check.revision(path) == "0001"
    assert check.tables(path) == OLD_TABLES
    assert check.old_rows(path) == check.expected_rows()


@pytest.mark.parametrize("journal", ["wal", "rollback-journal"])
@pytest.mark.parametrize("point", UPGRADE_POINTS)
def test_a_killed_upgrade_rolls_back_then_upgrades_cleanly(tmp_path: Path, point: str, journal: str) -> None:
    path = check.copy_fixture(tmp_path)
    kill_upgrade(path, point, *(["--network-share"] if journal == "rollback-journal" else []))
    if journal == "rollback-journal":
        assert path.with_name(path.name + "-journal").exists()  # a hot journal: SQLite rolls it back
    # (i) SQLite's recovery leaves the old revision with every row; the copy was taken whole before.
    assert_still_first_release(path)
    (copy,) = complete_copies(tmp_path)
    assert check.revision(copy) == "0001" and check.old_rows(copy) == check.expected_rows()
    # (ii) the next start upgrades cleanly, every row intact; (iii) the file is sound.
    assert upgrade_at_start(path) is not None
    check.assert_sound(path)
    assert check.old_rows(path) == check.expected_rows()


def _enlarge(path: Path, times: int) -> None:
    """Every answer and its scores *times* more, under new ids (a heavier user's history)."""
    conn = sqlite3.connect(path)
    answer_columns = [r[1] for r in conn.execute("PRAGMA table_info(answers)")][1:]
    score_columns = [r[1] for r in conn.execute("PRAGMA table_info(principle_scores)")][1:]
    with conn:
        conn.execute(f"CREATE TEMP TABLE n AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
                     f"WHERE i < {times}) SELECT i FROM c")  # fmt: skip
        conn.execute(f"INSERT INTO answers SELECT printf('f%07x', i) || substr(id, 9), {', '.join(answer_columns)} "
                     "FROM answers, n")  # fmt: skip
        conn.execute(f"INSERT INTO principle_scores SELECT printf('f%07x', i) || substr(answer_id, 9), "
                     f"{', '.join(score_columns)} FROM principle_scores, n")  # fmt: skip
    conn.close()


@pytest.mark.slow
def test_a_killed_upgrade_of_a_large_database_discards_what_it_wrote(tmp_path: Path) -> None:
    """Big enough that the upgrade spills uncommitted pages into the WAL before the kill."""
    path = check.copy_fixture(tmp_path)
    _enlarge(path, 150)
    before = check.content_digest(path)
    kill_upgrade(path, "0002-old-table-dropped")
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 1_000_000  # the half-done upgrade really reached the disk
    check.assert_sound(path)
    assert check.revision(path) == "0001" and check.tables(path) == OLD_TABLES
    assert check.content_digest(path) == before
    assert upgrade_at_start(path) is not None
    check.assert_sound(path)
    assert check.content_digest(path) == before


def test_a_kill_during_the_pre_upgrade_copy_leaves_no_copy_that_looks_whole(tmp_path: Path) -> None:
    path = check.copy_fixture(tmp_path)
    kill_upgrade(path, "copy-half-written")
    assert complete_copies(tmp_path) == []
    assert list((tmp_path / "backups").glob("*.partial"))  # the cut-off copy, under its temporary name
    assert_still_first_release(path)
    copy = upgrade_at_start(path)
    assert copy is not None and complete_copies(tmp_path) == [copy]
    assert not list((tmp_path / "backups").glob("*.partial*"))  # the leftover is cleared
    assert check.old_rows(copy) == check.expected_rows()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )


def test_restore_copy_puts_the_pre_upgrade_database_back(tmp_path: Path) -> None:
    path = check.copy_fixture(tmp_path)
    url = ["--database-url", str(path)]
    none = cli("db", "restore-copy", *url)
    assert none.returncode == 1 and "no copy taken before a schema upgrade" in none.stderr
    assert cli("db", "upgrade", *url).returncode == 0
    listed = cli("db", "restore-copy", "--list", *url)
    assert listed.returncode == 0 and "(schema 0001)" in listed.stdout
    # Something new after the upgrade, then back to the copy, at the old schema (for the older app).
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM principle_scores")
    back = cli("db", "restore-copy", "--keep-old-schema", *url)
    assert back.returncode == 0, back.stderr
    assert "keeps schema 0001" in back.stdout and "Traceback" not in back.stderr
    assert_still_first_release(path)
    assert list((tmp_path / "backups").glob("progress-before-restore-*.sqlite3"))  # what it replaced, kept
    # Without --keep-old-schema the copy is upgraded at once.
    again = cli("db", "restore-copy", *url)
    assert again.returncode == 0, again.stderr
    assert check.revision(path) == migrate.head_revision()
    check.assert_sound(path)
    assert check.old_rows(path) == check.expected_rows()
