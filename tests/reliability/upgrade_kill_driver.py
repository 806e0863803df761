"""Start the app's schema upgrade on a database and stop dead at a chosen statement.

    python -m tests.reliability.upgrade_kill_driver DB_FILE POINT [--network-share]

Opens DB_FILE the way the app does at start (``open_database(upgrade=True)``: the
pre-upgrade copy, then the migrations in one transaction). When the upgrade has just run
the SQL statement POINT names, it prints ``{"event": "paused", ...}`` and sleeps, inside
the open transaction, until the test SIGKILLs it. The pause is a SQLAlchemy event listener
set up here, in the driver; the app has no hook for it. POINT "copy-half-written" pauses
the pre-upgrade copy instead, once SQLite's backup API has copied half the pages (the
driver hands the app's copy function a source connection that copies 8 pages a step).
POINT "none" lets the upgrade finish ("upgraded"). --network-share makes the app see the folder as an NFS mount, so it
uses the rollback journal instead of WAL.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Engine, event

#: Where to stop: right after the statement that starts with this text has run.
POINTS = {
    # 0002 rebuilt principle_scores: the old table is dropped, the copy not yet renamed
    "0002-old-table-dropped": "DROP TABLE principle_scores",
    # 0003 is copying the answers into their rebuilt table
    "0003-copying-answers": "INSERT INTO _alembic_tmp_answers",
    # every migration has run and the version says head; only the commit is missing
    "head-before-commit": "UPDATE alembic_version SET version_num='0003'",
    "copy-half-written": "",
    "none": "",
}


def _pause_forever(point: str, **fields: Any) -> None:
    emit("paused", at=point, **fields)
    while True:
        time.sleep(1)


class _SteppedSource:
    """A read-only source connection whose backup() copies 8 pages a step and stops halfway."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def backup(self, target: sqlite3.Connection, **_kwargs: Any) -> None:
        def progress(_status: int, remaining: int, total: int) -> None:
            if remaining <= total // 2:
                _pause_forever("copy-half-written", remaining=remaining, total=total)

        self._conn.backup(target, pages=8, progress=progress)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _stepped_copies() -> None:
    from trainer.storage import backup

    def connect(database: str, *args: Any, **kwargs: Any) -> Any:
        conn = sqlite3.connect(database, *args, **kwargs)
        return _SteppedSource(conn) if "mode=ro" in str(database) else conn

    backup.sqlite3 = SimpleNamespace(  # type: ignore[assignment]
        connect=connect, OperationalError=sqlite3.OperationalError, DatabaseError=sqlite3.DatabaseError
    )


def emit(event_name: str, **fields: Any) -> None:
    print(json.dumps({"event": event_name, **fields}), flush=True)


def main(path: Path, point: str, network_share: bool) -> int:
    prefix = POINTS[point]

    def pause(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if prefix and statement.strip().startswith(prefix):
            _pause_forever(point, statement=statement.strip()[:80])

    event.listen(Engine, "after_cursor_execute", pause)
    if point == "copy-half-written":
        _stepped_copies()
    from trainer.storage.engine import open_database

    mounts = f"server:/export {path.parent} nfs4 rw 0 0\n" if network_share else None
    db = open_database(str(path), upgrade=True, data_dir=path.parent, mount_table=mounts)
    emit("upgraded", journal=db.journal_mode, copy=str(db.pre_upgrade_backup))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], "--network-share" in sys.argv[3:]))
