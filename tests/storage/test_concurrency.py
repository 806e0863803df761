"""Several processes writing answers at the same time lose nothing, on both backends."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from uuid import UUID

from sqlalchemy import text

from trainer.storage.engine import open_database

from .factories import trainee_with_session

WRITER = Path(__file__).with_name("writer_process.py")
PROCESSES = 3
ANSWERS_EACH = 40


def test_concurrent_writers_lose_nothing(db_url: str, data_dir: Path) -> None:
    db = open_database(db_url, data_dir=data_dir)
    try:
        _, session = trainee_with_session(db)
    finally:
        db.close()
    start = time.time() + 1.5  # every writer has opened the database by then
    procs = [
        subprocess.Popen(
            [sys.executable, str(WRITER), db_url, str(data_dir), str(session.id), str(ANSWERS_EACH), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    reported: set[UUID] = set()
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        reported |= {UUID(line) for line in out.split()}
    assert len(reported) == PROCESSES * ANSWERS_EACH
    db = open_database(db_url, data_dir=data_dir)
    try:
        with db.read() as s:
            stored = {UUID(str(r[0])) for r in s.execute(text("SELECT id FROM answers"))}
            scores = s.execute(text("SELECT COUNT(*) FROM principle_scores")).scalar()
        assert stored == reported
        assert scores == 3 * PROCESSES * ANSWERS_EACH
    finally:
        db.close()


def test_two_programs_starting_on_a_new_database_upgrade_it_once(db_url: str, data_dir: Path) -> None:
    code = (
        "import sys, time; from pathlib import Path; from trainer.storage.engine import open_database; "
        "time.sleep(max(0, float(sys.argv[3]) - time.time())); "
        "db = open_database(sys.argv[1], data_dir=Path(sys.argv[2])); db.close()"
    )
    start = str(time.time() + 1.0)
    procs = [
        subprocess.Popen([sys.executable, "-c", code, db_url, str(data_dir), start], stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    db = open_database(db_url, data_dir=data_dir)
    try:
        with db.read() as s:
            assert s.execute(text("SELECT COUNT(*) FROM alembic_version")).scalar() == 1
    finally:
        db.close()
