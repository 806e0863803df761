"""Storage benchmarks: history and workshop queries, and saving a scored answer.

Fills a SQLite file and a PostgreSQL schema with `demo-data` (2,000 trainees, 100,000
answers, 1.3 million principle scores) and times, on each backend:

* a trainee's full history (every session with its answers and scores): target 50 ms;
* a workshop's summary per principle and per trainee: target 200 ms;
* saving one scored answer with its 13 principle scores, committed: target 10 ms median.

`run()` returns rows for benchmarks/run.py; `python -m benchmarks.bench_storage` prints
them. PostgreSQL is the server named by TRAINER_TEST_PG_URL (./dev.sh bench starts it);
without it only SQLite is measured. BENCH_STORAGE_ANSWERS / BENCH_STORAGE_TRAINEES make
a quicker, smaller run.
"""

from __future__ import annotations

import itertools
import logging
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from benchmarks.timing import measure, on_both_backends, print_rows, row
from trainer.domain.principles import PRINCIPLE_IDS
from trainer.domain.result import Evidence, Ladder, PrincipleScore, Result
from trainer.storage import demo_data
from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import Database, open_database
from trainer.storage.history import scenario_attempts, trainee_history
from trainer.storage.models import PracticeSession
from trainer.storage.records import ScenarioRef
from trainer.storage.sessions import start_session
from trainer.storage.trainees import get_trainee, update_trainee
from trainer.storage.trends import principle_trend, weakest_principles
from trainer.storage.workshop_history import workshop_summary
from trainer.storage.workshops import get_workshop

log = logging.getLogger(__name__)

TRAINEES = int(os.environ.get("BENCH_STORAGE_TRAINEES", "2000"))
ANSWERS = int(os.environ.get("BENCH_STORAGE_ANSWERS", "100000"))
TARGETS_MS = {"trainee_history": 50.0, "workshop_summary": 200.0, "save_scored_answer": 10.0}
HISTORY_SAMPLES = 200
INSERTS = 200


def _result(rng: random.Random) -> Result:
    text = "Nhà trường xin chia sẻ với các gia đình. Đến 10 giờ, 12 em đã được thăm khám và đều ổn định."
    scored = set(rng.sample(PRINCIPLE_IDS, 5))
    principles = tuple(
        PrincipleScore(p, "partly", rng.randint(30, 90), 1.0, "Có nhắc tới nhưng chưa đủ rõ.", "Hãy nói cụ thể hơn.",
                       (Evidence(0, 38, text[:38], "good", ""),))
        if p in scored
        else PrincipleScore(p, "not_applicable", None, 0.0, "Không áp dụng.", "")
        for p in PRINCIPLE_IDS
    )  # fmt: skip
    return Result(60, principles, (), (), Ladder(2, "understands", ""), text, "vi")


def _cycling(values: list[Any]) -> Callable[[], Any]:
    it = itertools.cycle(values)
    return lambda: next(it)


def measure_backend(db: Database, label: str) -> list[dict[str, Any]]:
    rng = random.Random(5)
    started = time.perf_counter()
    report = demo_data.generate(db, trainees=TRAINEES, answers=ANSWERS, seed=1)
    fill_ms = (time.perf_counter() - started) * 1000
    with db.engine.connect() as conn:  # what autovacuum / a periodic ANALYZE does after a bulk load
        conn.execute(text("ANALYZE"))
        conn.commit()
    rows = [
        {
            "name": f"{label}: demo-data, {TRAINEES} trainees / {ANSWERS} answers",
            "median_ms": fill_ms,
            "p95_ms": None,
            "target": "",
            "passed": None,
            "note": f"{report.sessions} sessions, {report.scores} principle scores, one run",
        }
    ]
    with db.read() as s:
        busiest = s.execute(
            select(PracticeSession.trainee_id)
            .group_by(PracticeSession.trainee_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
    sample = rng.sample(report.trainee_ids, min(HISTORY_SAMPLES, len(report.trainee_ids)))
    answers_per = [sum(len(h.answers) for h in trainee_history(db, t)) for t in sample]
    next_trainee = _cycling(sample)
    pk_lookup = measure(lambda: get_trainee(db, next_trainee()), repeat=len(sample))

    history = measure(lambda: trainee_history(db, next_trainee()), repeat=len(sample))
    rows.append(
        row(f"{label}: trainee full history", history, target=f"p95 ≤ {TARGETS_MS['trainee_history']:g} ms",
            baseline="trainee row by primary key", baseline_ms=pk_lookup[0],
            passed=history[1] <= TARGETS_MS["trainee_history"],
            note=f"{len(sample)} random trainees, median {statistics.median(answers_per):g} answers")
    )  # fmt: skip
    busiest_answers = sum(len(h.answers) for h in trainee_history(db, busiest))
    heavy = measure(lambda: trainee_history(db, busiest), repeat=20)
    rows.append(
        row(f"{label}: trainee full history, busiest trainee", heavy, target="— (information)",
            baseline="trainee row by primary key", baseline_ms=pk_lookup[0], passed=None,
            note=f"{busiest_answers} answers, {busiest_answers * len(PRINCIPLE_IDS)} scores")
    )  # fmt: skip
    paged = measure(lambda: trainee_history(db, busiest, limit=20), repeat=20)
    rows.append(
        row(f"{label}: busiest trainee, latest 20 sessions", paged, target=f"p95 ≤ {TARGETS_MS['trainee_history']:g} ms",
            baseline="trainee row by primary key", baseline_ms=pk_lookup[0],
            passed=paged[1] <= TARGETS_MS["trainee_history"], note="what a paged history view loads")
    )  # fmt: skip

    def progress_view() -> None:
        t = next_trainee()
        principle_trend(db, t), scenario_attempts(db, t), weakest_principles(db, t)

    progress = measure(progress_view, repeat=len(sample))
    rows.append(
        row(f"{label}: progress view (trend, best/last, weakest)", progress, target="— (information)",
            baseline="trainee row by primary key", baseline_ms=pk_lookup[0], passed=None, note="random trainees")
    )  # fmt: skip
    next_workshop = _cycling(report.workshop_ids)
    roster = measure(lambda: get_workshop(db, next_workshop()), repeat=len(report.workshop_ids))
    summary = measure(lambda: workshop_summary(db, next_workshop()), repeat=2 * len(report.workshop_ids))
    rows.append(
        row(f"{label}: workshop summary", summary, target=f"p95 ≤ {TARGETS_MS['workshop_summary']:g} ms",
            baseline="workshop and roster by key", baseline_ms=roster[0],
            passed=summary[1] <= TARGETS_MS["workshop_summary"], note="25 trainees each")
    )  # fmt: skip
    trainee = report.trainee_ids[0]
    session = start_session(db, trainee, ScenarioRef("bench", "sha256:bench", "Benchmark", "vi", 2))
    next_result = _cycling([_result(rng) for _ in range(50)])
    one_row = measure(lambda: update_trainee(db, trainee, role="Giáo viên"), repeat=INSERTS)
    save = measure(
        lambda: save_scored_answer(
            db, session.id, question_id="q1", question_text="Câu hỏi?", result=next_result(), duration_ms=20_000
        ),
        repeat=INSERTS,
    )
    rows.append(
        row(f"{label}: save one scored answer", save, target=f"median ≤ {TARGETS_MS['save_scored_answer']:g} ms",
            baseline="one-row update, committed", baseline_ms=one_row[0],
            passed=save[0] <= TARGETS_MS["save_scored_answer"], note="13 principle rows, committed (fsync)")
    )  # fmt: skip
    return rows


@contextmanager
def sqlite_database() -> Iterator[Database]:
    with tempfile.TemporaryDirectory(prefix="bench-storage-") as folder:
        db = open_database(str(Path(folder) / "progress.sqlite3"), data_dir=Path(folder))
        try:
            yield db
        finally:
            db.close()


@contextmanager
def postgres_database(admin_url: str) -> Iterator[Database]:
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = make_url(admin_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        with tempfile.TemporaryDirectory(prefix="bench-storage-") as folder:
            db = open_database(url.render_as_string(hide_password=False), data_dir=Path(folder))
            try:
                yield db
            finally:
                db.close()
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def run() -> list[dict[str, Any]]:
    return on_both_backends(measure_backend)


def main() -> int:
    logging.basicConfig(level=logging.WARNING)
    return print_rows(run())


if __name__ == "__main__":
    sys.exit(main())
