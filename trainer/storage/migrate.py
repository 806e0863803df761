"""Alembic, configured in code: the migrations ship inside the package
(``trainer/storage/migrations``), so no ``alembic.ini`` is needed anywhere.

:func:`bring_to_head` is what start-up runs: it copies a SQLite file that needs an
upgrade, then upgrades in one transaction that holds the write lock (SQLite) or an
advisory lock (PostgreSQL), so two programs starting together upgrade once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from trainer.storage import models
from trainer.storage.engine import Database
from trainer.storage.errors import NewerSchemaError, SchemaError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: A key for pg_advisory_xact_lock: only one process upgrades the schema at a time.
PG_UPGRADE_LOCK_KEY = 0x7472_6169_6E65  # "traine"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def first_revision() -> str:
    base = script_directory().get_base()
    assert base is not None
    return base


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _has_our_tables(conn: Connection) -> bool:
    existing = set(inspect(conn).get_table_names())
    return bool(existing & set(models.Base.metadata.tables))


def is_known_revision(revision: str) -> bool:
    try:
        return script_directory().get_revision(revision) is not None
    except Exception:  # alembic raises its own errors for an unknown revision id
        return False


def check_schema(db: Database) -> str | None:
    """The database's revision (None: empty); :class:`SchemaError` when this app cannot use it."""
    with db.engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
        if revision is None and _has_our_tables(conn):
            raise SchemaError(
                f"{db.display_url} has progress tables but no schema version: it was not made by this app",
                path=db.sqlite_path,
            )
    if revision is not None and not is_known_revision(revision):
        raise NewerSchemaError(
            f"the progress database {db.display_url} was written by a newer version of the app "
            f"(schema {revision}); update the app to open it",
            path=db.sqlite_path,
            revision=revision,
        )
    return revision


def _raw_sqlite(conn: Connection, sql: str) -> None:
    """Run *sql* on the driver connection, outside any transaction (pragmas need that)."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    raw.execute(sql)


def _run(db: Database, action: str, revision: str) -> None:
    with db.engine.connect() as conn:
        if db.backend == "sqlite":
            # Batch migrations rebuild tables; with foreign keys on, dropping the old table
            # would cascade-delete every child row. The pragma only changes outside a
            # transaction; env.py runs foreign_key_check before the commit instead.
            _raw_sqlite(conn, "PRAGMA foreign_keys = OFF")
            conn.execution_options(sqlite_immediate=True)
        try:
            getattr(command, action)(alembic_config(conn), revision)
        finally:
            if db.backend == "sqlite":
                conn.rollback()  # a no-op after success; ends the transaction after a failure
                _raw_sqlite(conn, "PRAGMA foreign_keys = ON")


def upgrade(db: Database, revision: str = "head") -> None:
    """Upgrade (or create) the schema up to *revision* in one locked transaction."""
    _run(db, "upgrade", revision)


def downgrade(db: Database, revision: str) -> None:
    """Downgrade the schema to *revision* (for development and tests; data may be lost)."""
    _run(db, "downgrade", revision)


def bring_to_head(db: Database) -> Path | None:
    """Upgrade to the newest schema; returns the pre-upgrade copy of a SQLite file, if one was made."""
    from trainer.storage.backup import copy_before_upgrade

    revision = check_schema(db)
    head = head_revision()
    if revision == head:
        return None
    copy = copy_before_upgrade(db, revision) if revision is not None else None
    log.info("upgrading %s from schema %s to %s", db.display_url, revision, head)
    upgrade(db, "head")
    return copy
