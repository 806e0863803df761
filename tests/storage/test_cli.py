"""The storage commands: db, demo-data, export, import. Errors are one line and exit non-zero."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from trainer import cli
from trainer.storage import engine as engine_mod
from trainer.storage import migrate

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_db_current_and_upgrade(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "db", "current", "--database-url", db_url)
    assert code == 0 and "empty" in out
    code, out, _ = run(capsys, "db", "upgrade", "--database-url", db_url)
    newest = f"schema {migrate.head_revision()} (newest)"
    assert code == 0 and newest in out
    code, out, _ = run(capsys, "db", "current", "--database-url", db_url)
    assert code == 0 and newest in out and "trainer:trainer" not in out


def test_demo_data_export_and_import_round_trip(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "demo-data", "--trainees", "4", "--answers", "50", "--seed", "1", "--database-url", db_url
    )
    assert code == 0, err
    assert "Added 4 trainees" in out and "50 answers" in out
    csv_file, xapi_file, backup = tmp_path / "out" / "a.csv", tmp_path / "a.json", tmp_path / "a.zip"
    assert run(capsys, "export", "--format", "csv", "--out", str(csv_file), "--database-url", db_url)[0] == 0
    assert len(list(csv.DictReader(io.StringIO(csv_file.read_text(encoding="utf-8-sig"))))) == 50
    code, out, _ = run(
        capsys, "export", "--format", "xapi", "--out", str(xapi_file), "--database-url", db_url,
        "--xapi-home-page", "https://lms.example.edu.vn",
    )  # fmt: skip
    assert code == 0 and "50 xAPI statement(s)" in out
    assert (
        json.loads(xapi_file.read_text(encoding="utf-8"))[0]["actor"]["account"]["homePage"]
        == "https://lms.example.edu.vn"
    )
    assert run(capsys, "export", "--format", "backup", "--out", str(backup), "--database-url", db_url)[0] == 0
    elsewhere = f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    code, out, _ = run(capsys, "import", str(backup), "--database-url", elsewhere)
    assert code == 0 and "4 trainee(s)" in out and "50 answer(s)" in out
    code, out, _ = run(capsys, "import", str(backup), "--database-url", elsewhere)
    assert code == 0 and "Nothing was new." in out


def test_export_of_one_trainee(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "demo-data", "--trainees", "3", "--answers", "30", "--database-url", db_url)
    from trainer.storage.engine import open_database
    from trainer.storage.sessions import list_sessions
    from trainer.storage.trainees import list_trainees

    db = open_database(db_url)
    chosen = next(t for t in list_trainees(db) if list_sessions(db, t.id))
    db.close()
    out_file = tmp_path / "one.csv"
    code, _, _ = run(
        capsys,
        "export",
        "--format",
        "csv",
        "--out",
        str(out_file),
        "--trainee",
        str(chosen.id),
        "--database-url",
        db_url,
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8-sig"))))
    assert rows and {r["trainee_id"] for r in rows} == {str(chosen.id)}
    code, _, err = run(
        capsys, "export", "--format", "csv", "--out", str(out_file), "--trainee", "00000000-0000-0000-0000-000000000001",
        "--database-url", db_url,
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and "no trainee" in err


def test_file_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    run(capsys, "demo-data", "--trainees", "2", "--answers", "10", "--database-url", url)
    copy = tmp_path / "copies" / "saved.sqlite3"
    code, out, _ = run(capsys, "db", "backup", str(copy), "--database-url", url)
    assert code == 0 and copy.exists()
    run(capsys, "demo-data", "--trainees", "2", "--answers", "10", "--database-url", url)
    assert _count(tmp_path / "p.sqlite3") == 20
    code, out, _ = run(capsys, "db", "restore", str(copy), "--database-url", url)
    assert code == 0 and "previous content was saved to" in out
    assert _count(tmp_path / "p.sqlite3") == 10
    safety = next((tmp_path / "backups").glob("p-before-restore-*.sqlite3"))
    assert _count(safety) == 20
    not_ours = tmp_path / "other.sqlite3"
    sqlite3.connect(not_ours).execute("CREATE TABLE x (y)").connection.close()
    code, _, err = run(capsys, "db", "restore", str(not_ours), "--database-url", url)
    assert code == 1 and "not a progress database" in err and err.count("\n") == 1


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0])
    finally:
        conn.close()


def test_file_backup_on_postgresql_explains_itself(
    pg_schema_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "db", "backup", str(tmp_path / "x"), "--database-url", pg_schema_url)
    assert code == 1 and "pg_dump" in err and err.count("\n") == 1


def test_a_locked_database_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    assert run(capsys, "db", "upgrade", "--database-url", url)[0] == 0
    monkeypatch.setattr(engine_mod, "DEFAULT_BUSY_TIMEOUT_MS", 200)
    backup = tmp_path / "b.zip"
    assert run(capsys, "export", "--format", "backup", "--out", str(backup), "--database-url", url)[0] == 0
    holder = sqlite3.connect(tmp_path / "p.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program is writing
    try:
        for argv in (("demo-data", "--trainees", "1", "--answers", "5"), ("import", str(backup))):
            code, _out, err = run(capsys, *argv, "--database-url", url)
            assert code == 1, argv
            assert err.startswith("error: ") and err.count("\n") == 1 and "busy" in err, err
        # readers are not blocked by a writer (WAL)
        code, _, _ = run(capsys, "export", "--format", "csv", "--out", str(tmp_path / "x.csv"), "--database-url", url)
        assert code == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.parametrize("url", ["mysql://u@h/db", "postgresql://nobody:secret@127.0.0.1:1/none"])
def test_unusable_databases_are_one_line(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "db", "current", "--database-url", url)
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1 and "secret" not in err


def test_main_py_runs_the_commands(tmp_path: Path) -> None:
    """Through main.py, as a user types it."""
    url = str(tmp_path / "p.sqlite3")
    proc = subprocess.run(
        [sys.executable, "main.py", "import", str(tmp_path / "missing.zip"), "--database-url", url],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "not a backup archive" in proc.stderr
