"""`python main.py db upgrade|current|backup PATH|restore PATH|restore-copy`: the progress database.

Also home of the small helpers the other storage commands share (the database option and
the one-line error handling).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.storage.errors import StorageError

if TYPE_CHECKING:
    from trainer.storage.backup import Restored

DATABASE_HELP = "SQLAlchemy URL or SQLite file (default: TRAINER_DATABASE_URL, else the file in the data folder)"


def add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database-url", metavar="URL", default=None, help=DATABASE_HELP)


def one_line_errors(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn storage and file errors into one line on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except StorageError as exc:
            print(f"error: {exc}", file=sys.stderr)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
        return 1

    return wrapper


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "db",
        help="upgrade, inspect, back up or restore the progress database",
        description="Manage the progress database (SQLite by default, or PostgreSQL with --database-url).",
    )
    actions = p.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    up = actions.add_parser("upgrade", help="bring the schema to the newest version (the app does this at start)")
    add_database_option(up)
    up.set_defaults(func=run_upgrade)
    cur = actions.add_parser("current", help="show the schema version")
    add_database_option(cur)
    cur.set_defaults(func=run_current)
    back = actions.add_parser("backup", help="write a consistent copy of the SQLite database file")
    back.add_argument("path", type=Path, metavar="PATH", help="the copy to write (a file, or a folder)")
    add_database_option(back)
    back.set_defaults(func=run_backup)
    rest = actions.add_parser("restore", help="replace the SQLite database with a copy made by `db backup`")
    rest.add_argument("path", type=Path, metavar="PATH", help="the copy to restore")
    add_database_option(rest)
    rest.set_defaults(func=run_restore)
    again = actions.add_parser(
        "restore-copy",
        help="put back the copy the app took before its last schema upgrade",
        description="Put back the copy of the SQLite database that the app took before its newest schema "
        "upgrade (kept in backups/ beside the database; the current content is saved there first).",
    )
    again.add_argument("--list", action="store_true", help="only list the copies, newest first")
    again.add_argument(
        "--keep-old-schema",
        action="store_true",
        help="leave the database at the copy's schema, so the older version of the app can open it "
        "(this version upgrades it again when it next starts)",
    )
    add_database_option(again)
    again.set_defaults(func=run_restore_copy)


@one_line_errors
def run_upgrade(args: argparse.Namespace) -> int:
    from trainer.storage import migrate
    from trainer.storage.engine import open_database

    db = open_database(args.database_url, upgrade=True)
    try:
        print(f"{db.display_url}: schema {migrate.current_revision(db)} (newest)")
        if db.pre_upgrade_backup is not None:
            print(f"The database was copied to {db.pre_upgrade_backup} before the upgrade.")
        for warning in db.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    finally:
        db.close()
    return 0


@one_line_errors
def run_current(args: argparse.Namespace) -> int:
    from trainer.storage import migrate
    from trainer.storage.engine import open_database

    db = open_database(args.database_url, upgrade=False)
    try:
        current, head = migrate.current_revision(db), migrate.head_revision()
    finally:
        db.close()
    if current == head:
        print(f"{db.display_url}: schema {current} (newest)")
    elif current is None:
        print(f"{db.display_url}: empty (the newest schema is {head}; `db upgrade` creates it)")
    else:
        print(
            f"{db.display_url}: schema {current}; the newest is {head} (`db upgrade` or starting the app upgrades it)"
        )
    return 0


@one_line_errors
def run_backup(args: argparse.Namespace) -> int:
    from trainer.storage.backup import backup_sqlite
    from trainer.storage.engine import open_database

    db = open_database(args.database_url, upgrade=False)
    try:
        target = backup_sqlite(db, args.path)
    finally:
        db.close()
    print(f"Backed up {db.display_url} to {target}")
    return 0


@one_line_errors
def run_restore(args: argparse.Namespace) -> int:
    from trainer.storage.backup import restore_sqlite
    from trainer.storage.engine import connect

    # Not open_database: the database to replace may be damaged (restore_sqlite then moves
    # it aside as it is) or one this version refuses.
    db = connect(args.database_url)
    try:
        restored = restore_sqlite(db, args.path)
    finally:
        db.close()
    print(restored_line(db.display_url, args.path, restored))
    return 0


def restored_line(database: str, source: Path, restored: Restored) -> str:
    """What `db restore` and `db restore-copy` say they did."""
    if restored.damaged:
        return (
            f"The database {database} was damaged: it was moved, as it was, to {restored.previous}. "
            f"Restored {database} from {source}."
        )
    if restored.previous is None:
        return f"Restored {database} from {source} (there was no database there before)."
    return f"Restored {database} from {source}; the previous content was saved to {restored.previous}"


@one_line_errors
def run_restore_copy(args: argparse.Namespace) -> int:
    from trainer.storage.backup import pre_upgrade_copies, restore_sqlite, revision_of_file
    from trainer.storage.engine import connect

    # Not open_database: the database to put right may be one this version refuses or
    # cannot upgrade. restore_sqlite checks the copy, keeps a safety copy, and upgrades.
    db = connect(args.database_url)
    try:
        copies = pre_upgrade_copies(db)
        if args.list:
            for copy in copies:
                print(f"{copy}  (schema {revision_of_file(copy)})")
            if not copies:
                print(f"No copies taken before a schema upgrade beside {db.display_url}.")
            return 0
        if not copies:
            print(
                f"error: there is no copy taken before a schema upgrade beside {db.display_url} "
                "(the app takes one in backups/ each time it upgrades the database)",
                file=sys.stderr,
            )
            return 1
        restored = restore_sqlite(db, copies[0], upgrade=not args.keep_old_schema)
    finally:
        db.close()
    print(restored_line(db.display_url, copies[0], restored))
    if args.keep_old_schema:
        print(f"The database keeps schema {revision_of_file(copies[0])}; this version upgrades it when it next starts.")
    return 0
