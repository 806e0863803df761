"""Copies of the SQLite database file: before a schema upgrade, ``db backup``, ``db restore``
and ``db restore-copy``.

Copies use SQLite's online backup API, so they are consistent even while the app is
writing (WAL), and restoring writes into the live file under its lock instead of
replacing it behind the back of open connections. A live file that is damaged (not a
database, cut short, corrupt pages) cannot be copied or written into: restoring moves it
aside into ``backups/`` (with its ``-wal``, ``-shm`` or ``-journal`` file, which must not
be applied to the restored copy) and writes the copy in its place. PostgreSQL is backed up with the
server's own tools (``pg_dump``) or the portable archive (``export --format backup``).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from trainer.storage import migrate
from trainer.storage.engine import Database
from trainer.storage.errors import ArchiveError, DatabaseBusyError, StorageError

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
#: How many automatic pre-upgrade copies to keep beside the database.
KEEP_PRE_UPGRADE_COPIES = 5
#: The files SQLite keeps beside a database (moved aside with a damaged one).
COMPANIONS = ("-wal", "-shm", "-journal")


def _require_sqlite(db: Database, what: str) -> Path:
    path = db.sqlite_path
    if path is None:
        raise StorageError(
            f"{what} works on the SQLite file; for PostgreSQL use pg_dump/pg_restore "
            "or `python main.py export --format backup`"
        )
    return path


def _copy(source: Path, target: Path, busy_timeout_ms: int) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=busy_timeout_ms / 1000)
    try:
        dst = sqlite3.connect(target, timeout=busy_timeout_ms / 1000)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusyError(f"the progress database {source} is busy; try again in a moment") from exc
        raise StorageError(f"cannot copy {source} to {target}: {exc}") from exc
    finally:
        src.close()


def backup_folder(db: Database) -> Path:
    path = _require_sqlite(db, "a file backup")
    return path.parent / BACKUP_FOLDER


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def copy_before_upgrade(db: Database, revision: str | None) -> Path | None:
    """Copy the SQLite file into ``backups/`` before its schema changes; keep the newest few."""
    path = db.sqlite_path
    if path is None or not path.exists():
        return None
    folder = path.parent / BACKUP_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}-before-upgrade-from-{revision or 'empty'}-{_stamp()}.sqlite3"
    # Written under another name and renamed when complete: a copy cut off by a crash or a
    # power cut is never mistaken for a whole one (`db restore-copy` takes the newest).
    partial = target.with_name(target.name + ".partial")
    for leftover in folder.glob(f"{path.stem}-before-upgrade-*.partial*"):  # (and its journal)
        with contextlib.suppress(OSError):
            leftover.unlink()
    _copy(path, partial, busy_timeout_ms=30_000)
    partial.replace(target)
    log.info("copied %s to %s before the schema upgrade", path, target)
    for stale in pre_upgrade_copies(db)[KEEP_PRE_UPGRADE_COPIES:]:
        with contextlib.suppress(OSError):
            stale.unlink()
    return target


def pre_upgrade_copies(db: Database) -> list[Path]:
    """The complete copies taken before schema upgrades, newest first."""
    path = _require_sqlite(db, "a pre-upgrade copy")
    folder = path.parent / BACKUP_FOLDER
    found = folder.glob(f"{path.stem}-before-upgrade-*.sqlite3") if folder.is_dir() else ()
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def backup_sqlite(db: Database, target: Path) -> Path:
    """Write a consistent copy of the SQLite database to *target* (a file path)."""
    source = _require_sqlite(db, "`db backup`")
    target = target.expanduser().resolve()
    if target == source:
        raise StorageError("the backup file must not be the database itself")
    if target.is_dir():
        target = target / f"{source.stem}-{_stamp()}.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    _copy(source, partial, busy_timeout_ms=30_000)
    partial.replace(target)
    return target


def revision_of_file(path: Path) -> str | None:
    """The schema revision of the SQLite file at *path* (read-only; None: no schema version)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"{path} is not a progress database of this app ({exc})") from exc
    return str(row[0]) if row else None


def is_damaged(path: Path) -> bool:
    """Whether the SQLite file at *path* is damaged: not a database, cut short or with corrupt
    pages (read-only, with ``PRAGMA quick_check``). A missing file is not damaged; a file
    another program holds locked raises :class:`DatabaseBusyError`."""
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusyError(f"the progress database {path} is busy; try again in a moment") from exc
        if getattr(exc, "sqlite_errorname", "") in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
            return True
        raise StorageError(f"cannot read {path}: {exc}") from exc
    except sqlite3.DatabaseError:  # "file is not a database", "database disk image is malformed"
        return True
    return rows != ["ok"]


def set_aside_damaged(path: Path) -> Path:
    """Move a damaged database file into ``backups/`` as ``<name>-damaged-<time>.sqlite3``,
    with its ``-wal``/``-shm``/``-journal`` files under the same name; returns where it went."""
    folder = path.parent / BACKUP_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"{path.stem}-damaged-{_stamp()}{path.suffix or '.sqlite3'}"
    shutil.move(path, kept)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            shutil.move(companion, kept.with_name(kept.name + suffix))
    log.info("the damaged database %s was moved to %s", path, kept)
    return kept


@dataclass(frozen=True)
class Restored:
    """What a restore did with the database it replaced."""

    previous: Path | None  # where the previous content is kept (None: there was no database)
    damaged: bool = False  # the previous file was damaged and was moved there as it was


def restore_sqlite(db: Database, source: Path, *, upgrade: bool = True) -> Restored:
    """Replace the database's content with *source* (a copy made by ``db backup``, or a
    pre-upgrade copy).

    The current content is first copied into ``backups/``; a damaged database file is moved
    there as it is instead (:func:`set_aside_damaged`). The restored database is then
    upgraded to the newest schema, unless *upgrade* is false (it then keeps the copy's
    schema, so the older app that wrote it can open it). *db* may be a bare
    :func:`~trainer.storage.engine.connect` (the live file is not opened before it is checked).
    """
    target = _require_sqlite(db, "`db restore`")
    source = source.expanduser().resolve()
    if not source.is_file():
        raise ArchiveError(f"{source}: no such file")
    if source == target:
        raise ArchiveError("that file is the database itself")
    revision = revision_of_file(source)
    if revision is None:
        raise ArchiveError(f"{source} is not a progress database of this app (no schema version)")
    if not migrate.is_known_revision(revision):
        raise ArchiveError(f"{source} was written by a newer version of the app (schema {revision})")
    if is_damaged(target):
        restored = Restored(set_aside_damaged(target), damaged=True)
    elif target.exists():
        folder = target.parent / BACKUP_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        safety = folder / f"{target.stem}-before-restore-{_stamp()}.sqlite3"
        _copy(target, safety, busy_timeout_ms=30_000)
        restored = Restored(safety)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        restored = Restored(None)
    db.engine.dispose()  # our pooled connections would hold the old pages
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.OperationalError as exc:
        raise DatabaseBusyError(f"the progress database {target} is busy; close the app and try again") from exc
    finally:
        src.close()
    if upgrade:
        migrate.bring_to_head(db)
    return restored
