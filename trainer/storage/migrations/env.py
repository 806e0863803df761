"""Alembic environment: runs on the connection that ``trainer.storage.migrate`` passes in."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import text
from sqlalchemy.types import TypeDecorator

from trainer.storage import models
from trainer.storage.migrate import PG_UPGRADE_LOCK_KEY

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through trainer.storage.migrate (python main.py db upgrade)")


def render_item(kind: str, obj: Any, _autogen_context: AutogenContext) -> str | Literal[False]:
    """Autogenerate writes our NFC/UTC column types as the plain types they store."""
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


is_sqlite = connection.dialect.name == "sqlite"
context.configure(
    connection=connection,
    target_metadata=models.Base.metadata,
    render_as_batch=is_sqlite,
    # SQLite's DDL is transactional too: the whole upgrade is one transaction, begun with
    # the write lock held, so a second program waits and then finds nothing left to do.
    transactional_ddl=True,
    compare_type=True,
    render_item=render_item,
)

with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_UPGRADE_LOCK_KEY})
    context.run_migrations()
    if is_sqlite:
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"the schema upgrade would break {len(broken)} foreign key(s): {broken[:5]}")
