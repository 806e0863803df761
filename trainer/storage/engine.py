"""Opening the progress database: URL resolution, engine set-up, upgrade at start.

The app calls :func:`open_database` once at start-up and keeps the :class:`Database`.
Repository functions take that object and open one short session per unit of work
(``with db.write() as s: ...`` commits on success; ``with db.read() as s: ...``).

SQLite (the embedded default, ``progress.sqlite3`` in the user data folder) runs with
WAL, foreign keys on, a busy timeout and ``synchronous=FULL``; a write transaction takes
the lock up front (``BEGIN IMMEDIATE``) so two writers queue instead of failing half-way.
On a network share WAL is refused (with a warning) and the rollback journal is used.
PostgreSQL (shared mode) gets a connect timeout and a lock timeout, so nothing hangs.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session
from sqlalchemy.orm import sessionmaker as SessionMaker

from trainer import paths
from trainer.storage import netfs
from trainer.storage.errors import CorruptDatabaseError, DatabaseUnavailableError
from trainer.storage.faults import display_url, translate_error
from trainer.storage.faults import translating_errors as translating_errors  # used by other modules

log = logging.getLogger(__name__)

ENV_URL = "TRAINER_DATABASE_URL"
SQLITE_FILENAME = "progress.sqlite3"
DEFAULT_BUSY_TIMEOUT_MS = 5000
PG_CONNECT_TIMEOUT_S = 10
PG_LOCK_TIMEOUT_MS = 10000

Backend = Literal["sqlite", "postgresql"]


def default_sqlite_path(data_dir: Path | None = None) -> Path:
    return (data_dir or paths.data_dir()) / SQLITE_FILENAME


def resolve_url(url: str | None = None, *, data_dir: Path | None = None) -> URL:
    """The database URL: *url*, else ``TRAINER_DATABASE_URL``, else the SQLite file in the
    data folder. A plain file path means a SQLite file; ``postgresql://`` and
    ``postgres://`` mean PostgreSQL through psycopg 3."""
    raw = (url or os.environ.get(ENV_URL) or "").strip()
    if not raw:
        return URL.create("sqlite+pysqlite", database=str(default_sqlite_path(data_dir)))
    if "://" not in raw:
        return URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().resolve()))
    try:
        parsed = make_url(raw)
    except ArgumentError as exc:
        raise DatabaseUnavailableError(f"not a database URL: {raw!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:" or parsed.database.startswith("file::memory"):
            raise DatabaseUnavailableError("an in-memory SQLite database would lose all progress: give a file path")
        return parsed.set(drivername="sqlite+pysqlite")
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    raise DatabaseUnavailableError(f"unsupported database {backend!r}: use a SQLite file or PostgreSQL")


def choose_journal_mode(db_path: Path, *, mount_table: str | None = None) -> tuple[str, str | None]:
    """``("wal", None)`` on a local disk; ``("delete", warning)`` on a network share."""
    fs = netfs.network_filesystem(db_path.parent, mount_table=mount_table)
    if fs is None:
        return "wal", None
    warning = (
        f"The progress database {db_path} is on a network share ({fs}). WAL mode is not safe there, "
        "so the slower rollback journal is used; do not open this file from two computers at once. "
        "For a shared database use PostgreSQL (--database-url)."
    )
    return "delete", warning


# --- engines ----------------------------------------------------------------------------


def _sqlite_engine(url: URL, busy_timeout_ms: int) -> Engine:
    engine = create_engine(
        url,
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, not by the driver
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _postgres_engine(url: URL) -> Engine:
    engine = create_engine(
        url,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=5,
        connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S, "application_name": "media-response-trainer"},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {int(PG_LOCK_TIMEOUT_MS)}")
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    return engine


def create_storage_engine(url: URL, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, busy_timeout_ms)
    return _postgres_engine(url)


def set_sqlite_journal_mode(engine: Engine, mode: str, *, timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> str:
    """Switch the journal mode (it is stored in the file, so this is a no-op after the first
    start); returns the mode now in force. The switch needs the file to itself and SQLite
    does not wait for that, so a program starting at the same moment as another retries."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            try:
                current = str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower()
                if current == mode:
                    return current
                return str(raw.execute(f"PRAGMA journal_mode = {mode}").fetchone()[0]).lower()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
        time.sleep(0.02)


# --- the database object ----------------------------------------------------------------


@dataclass
class Database:
    """An open progress database. Pass it to the repository functions."""

    url: URL
    engine: Engine
    #: Sessions for reading (and for writes that need no up-front lock).
    sessionmaker: SessionMaker[Session]
    #: Sessions whose transaction takes the write lock at once (``BEGIN IMMEDIATE`` on SQLite).
    write_sessionmaker: SessionMaker[Session]
    data_dir: Path
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
    journal_mode: str | None = None
    #: Messages for the user (e.g. the database lies on a network share).
    warnings: list[str] = field(default_factory=list)
    #: The copy of the SQLite file taken before this start's schema upgrade, if any.
    pre_upgrade_backup: Path | None = None

    @property
    def backend(self) -> Backend:
        return "sqlite" if self.url.get_backend_name() == "sqlite" else "postgresql"

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.url.database) if self.backend == "sqlite" and self.url.database else None

    @property
    def display_url(self) -> str:
        return display_url(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translating_errors(self.url), self.sessionmaker() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction, committed when the block ends without error."""
        with translating_errors(self.url), self.write_sessionmaker() as session, session.begin():
            session.connection()  # BEGIN IMMEDIATE now, not at the first statement
            yield session

    def close(self) -> None:
        self.engine.dispose()


def connect(url: str | None = None, *, data_dir: Path | None = None, busy_timeout_ms: int | None = None) -> Database:
    """A :class:`Database` for *url* without any schema check or upgrade (see :func:`open_database`)."""
    resolved = resolve_url(url, data_dir=data_dir)
    timeout = DEFAULT_BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
    engine = create_storage_engine(resolved, busy_timeout_ms=timeout)
    writer = engine.execution_options(sqlite_immediate=True) if resolved.get_backend_name() == "sqlite" else engine
    return Database(
        url=resolved,
        engine=engine,
        sessionmaker=SessionMaker(engine, expire_on_commit=False),
        write_sessionmaker=SessionMaker(writer, expire_on_commit=False),
        data_dir=data_dir or paths.data_dir(),
        busy_timeout_ms=timeout,
    )


def open_database(
    url: str | None = None,
    *,
    upgrade: bool = True,
    data_dir: Path | None = None,
    busy_timeout_ms: int | None = None,
    mount_table: str | None = None,
) -> Database:
    """Open the progress database the app and the commands use.

    *url*: a SQLAlchemy URL or a SQLite file path; None means ``TRAINER_DATABASE_URL`` or,
    without it, ``progress.sqlite3`` in the user data folder (created when missing).
    *upgrade*: bring the schema to the newest revision, copying a SQLite file first
    (``Database.pre_upgrade_backup``); without it the schema is only checked.
    *data_dir*: the folder audio paths are relative to (default: the user data folder).
    *busy_timeout_ms*: how long a SQLite writer waits for another one (default 5 s).
    *mount_table*: ``/proc/mounts``-format text to use instead of the system's (tests).

    Raises :class:`~trainer.storage.errors.StorageError` subclasses with one-line messages.
    """
    from trainer.storage import erasure, migrate

    db = connect(url, data_dir=data_dir, busy_timeout_ms=busy_timeout_ms)
    try:
        with translating_errors(db.url):
            if db.sqlite_path is not None:
                _prepare_sqlite(db, mount_table)
            db.pre_upgrade_backup = migrate.bring_to_head(db) if upgrade else None
            if not upgrade:
                migrate.check_schema(db)
            erasure.finish_pending_erasures(db)
    except BaseException:
        db.close()
        raise
    return db


SQLITE_HEADER = b"SQLite format 3\x00"


def refuse_if_not_sqlite(path: Path) -> None:
    """:class:`CorruptDatabaseError` when *path* exists, is not empty and does not start with
    SQLite's header (a missing or empty file becomes a new database)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError:
        return  # unreadable: SQLite's own error says why
    if head and head != SQLITE_HEADER:
        raise CorruptDatabaseError(
            f"the progress database ({path}) is damaged or is not a database file (no SQLite header); "
            "it was left unchanged",
            path=path,
        )


def _prepare_sqlite(db: Database, mount_table: str | None) -> None:
    path = db.sqlite_path
    assert path is not None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise translate_error(exc, db.url) or DatabaseUnavailableError(
            f"cannot create the folder for the progress database {path}: {exc}"
        ) from exc
    from trainer.storage import migrate

    # A file that is not a SQLite database is refused before SQLite opens it read-write:
    # SQLite would delete a -wal file beside it, which may hold the newest answers.
    refuse_if_not_sqlite(path)
    # A file this version cannot use (written by a newer app) is refused before anything is
    # written to it: switching the journal mode rewrites the file's header.
    migrate.check_schema(db)
    wanted, warning = choose_journal_mode(path, mount_table=mount_table)
    if warning:
        log.warning("%s", warning)
        db.warnings.append(warning)
    db.journal_mode = set_sqlite_journal_mode(db.engine, wanted, timeout_ms=db.busy_timeout_ms)
    if db.journal_mode != wanted:
        log.warning("journal mode %s requested for %s, got %s", wanted, path, db.journal_mode)
