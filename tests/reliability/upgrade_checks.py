"""What the upgrade tests check on a database file, read with plain sqlite3 (not the app)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

from tests.reliability.upgrade_make_fixture import EXPECTED, FIXTURE, TABLE_KEYS, table_rows


@cache
def expected() -> dict[str, Any]:
    """What upgrade_make_fixture.py recorded: {"revision", "tables": {name: {columns, rows}}, ...}."""
    return dict(json.loads(EXPECTED.read_text(encoding="utf-8")))


def copy_fixture(folder: Path, name: str = "progress.sqlite3") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(FIXTURE, folder / name))


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def old_rows(path: Path) -> dict[str, list[list[Any]]]:
    """The rows of the tables revision 0001 had, only the columns it had, in key order."""
    conn = _connect(path)
    try:
        return {
            table: table_rows(conn, table, expected()["tables"][table]["columns"], key)
            for table, key in TABLE_KEYS.items()
        }
    finally:
        conn.close()


def expected_rows() -> dict[str, list[list[Any]]]:
    return {table: data["rows"] for table, data in expected()["tables"].items()}


def revision(path: Path) -> str | None:
    conn = _connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        conn.close()


def tables(path: Path) -> set[str]:
    conn = _connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def assert_sound(path: Path) -> None:
    """PRAGMA integrity_check is ok and no foreign key points nowhere."""
    conn = _connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def content_digest(path: Path) -> str:
    """A digest of every row of the 0001 tables (0001's columns): equal digests, equal data."""
    digest = hashlib.sha256()
    for table, rows in old_rows(path).items():
        digest.update(table.encode())
        for row in rows:
            digest.update(json.dumps(row, ensure_ascii=False).encode())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
