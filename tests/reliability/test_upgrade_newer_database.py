"""Running this version of the app on a database a newer version has upgraded: refused
with a clear message (command line and window), and the file is left byte for byte as it was."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability import upgrade_checks as check
from trainer.storage import migrate
from trainer.storage.engine import open_database

ROOT = Path(__file__).resolve().parents[2]
#: A revision id of a newer app's migration: not one this version has.
NEWER = "a1b2c3d4e5f6"


def make_newer(folder: Path, journal: str) -> Path:
    """The first-release fixture upgraded to this version's head, then stamped by a "newer app"
    (in WAL mode, or in rollback-journal mode as on a network share)."""
    path = check.copy_fixture(folder)
    open_database(str(path), upgrade=True, data_dir=path.parent).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (NEWER,))
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.close()
    assert not migrate.is_known_revision(NEWER)
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture(params=["wal", "delete"])
def newer(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return make_newer(tmp_path / "data", request.param)


@pytest.mark.parametrize(
    "command",
    [["db", "current"], ["db", "upgrade"], ["db", "backup", "BACKUP"], ["export", "--format", "csv", "--out", "OUT"]],
    ids=lambda c: "-".join(c[:2]),
)
def test_the_command_line_refuses_a_newer_database(newer: Path, command: list[str]) -> None:
    before = check.file_digest(newer)
    args = [a.replace("BACKUP", str(newer.parent / "copy.sqlite3")).replace("OUT", str(newer.parent / "x.csv"))
            for a in command]  # fmt: skip
    out = subprocess.run(
        [sys.executable, "main.py", *args, "--database-url", str(newer)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    (line,) = out.stderr.strip().splitlines()
    assert line.startswith("error: ") and str(newer) in line
    assert f"newer version of the app (schema {NEWER})" in line and "update the app" in line
    assert check.file_digest(newer) == before
    assert not (newer.parent / "copy.sqlite3").exists() and not (newer.parent / "x.csv").exists()


#: What the window must say, per interface language (the title, then words of the explanation).
SAYS = {
    "en": ("The progress database could not be opened", ["newer version of this app", "left as it is"]),
    "vi": ("Không mở được cơ sở dữ liệu kết quả", ["phiên bản mới hơn", "Tệp được giữ nguyên"]),
}


@pytest.mark.parametrize(("lang", "journal"), [("en", "wal"), ("vi", "delete")])
def test_the_app_window_refuses_a_newer_database(tmp_path: Path, lang: str, journal: str) -> None:
    newer = make_newer(tmp_path / "data", journal)
    before = check.file_digest(newer)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), TRAINER_DATA_DIR=str(newer.parent))
    env.update(TRAINER_CONFIG_DIR=str(tmp_path / "config"), TRAINER_LOG_DIR=str(tmp_path / "log"))
    env.pop("TRAINER_DATABASE_URL", None)
    out = subprocess.run(
        [sys.executable, "-m", "tests.reliability.upgrade_app_driver", "--lang", lang],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    events = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    assert not [e for e in events if e["event"] == "driver-error"], out.stdout
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr[-2000:]
    (message,) = [e for e in events if e["event"] == "message"]
    title, words = SAYS[lang]
    assert message["title"] == title
    shown = message["text"] + "\n" + message["detail"]
    assert all(w in shown for w in words) and NEWER in shown and str(newer) in shown
    assert "db restore-copy --keep-old-schema" in message["detail"]  # the way back to this version
    assert "Traceback" not in shown and "newer version of the app (schema" not in shown  # not the raw error
    (panel,) = [e for e in events if e["event"] == "start-panel"]
    assert not panel["database_open"]
    assert panel["scenarios"] > 0 and words[0] in panel["notice"]  # the library still works
    assert check.file_digest(newer) == before
    assert check.revision(newer) == NEWER
    assert {p.name for p in newer.parent.iterdir()} <= {newer.name, "backups", "tts-cache"}
    assert not list((newer.parent / "backups").glob(f"*-from-{NEWER}-*"))  # no upgrade was attempted


def test_the_older_app_can_go_back_to_the_copy_the_newer_one_took(tmp_path: Path) -> None:
    """The way out the message points to: `db restore-copy --keep-old-schema` in this version."""
    from trainer.storage.backup import copy_before_upgrade

    path = check.copy_fixture(tmp_path / "data")
    db = open_database(str(path), upgrade=True, data_dir=path.parent)
    try:
        copy_before_upgrade(db, migrate.head_revision())  # as the newer app does before its upgrade
    finally:
        db.close()
    with sqlite3.connect(path) as conn:  # the newer app's upgrade
        conn.execute("UPDATE alembic_version SET version_num = ?", (NEWER,))
        conn.execute("DELETE FROM principle_scores")
    out = subprocess.run(
        [sys.executable, "main.py", "db", "restore-copy", "--keep-old-schema", "--database-url", str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert check.revision(path) == migrate.head_revision()
    check.assert_sound(path)
    assert check.old_rows(path) == check.expected_rows()
    (safety,) = (path.parent / "backups").glob("progress-before-restore-*.sqlite3")
    assert check.revision(safety) == NEWER  # the newer app's database, kept
    open_database(str(path), upgrade=True, data_dir=path.parent).close()  # this version opens it again
