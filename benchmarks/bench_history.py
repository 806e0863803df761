"""The history page of a trainee with 5,000 answers: open it, open a session, compare two.

Builds a database with `demo-data` (the trainee: 5,000 answers in about 830 sessions over
six months; 200 other trainees with 20,000 answers around them), then, with an offscreen
QApplication and the bundled scenario library, times from "open the history" — a new
HistoryPage shown, ``set_context`` called — until the page is populated (its ``loaded``
signal: sessions table, statistics, both charts and "what to practise next" filled) and
painted once. Garbage collection stays on, as in the app. Target (issue 6): ≤ 300 ms.

The baseline is the raw storage query that loads the whole history
(:func:`trainer.storage.history.trainee_history`: every session, answer and score); the
page does not need it, since it reads totals and per-session means and loads a session's
answers only when it is opened.

`run()` returns rows for benchmarks/run.py; `python -m benchmarks.bench_history` prints
them. PostgreSQL is measured too when TRAINER_TEST_PG_URL is set.
"""

from __future__ import annotations

import logging
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from benchmarks.timing import on_both_backends, print_rows
from trainer.storage import demo_data
from trainer.storage.engine import Database
from trainer.storage.history import session_summaries, trainee_history
from trainer.storage.trainees import get_trainee

log = logging.getLogger(__name__)

ANSWERS = int(os.environ.get("BENCH_HISTORY_ANSWERS", "5000"))
OTHER_TRAINEES, OTHER_ANSWERS = 200, 20_000
TARGET_MS = 300.0
RUNS = int(os.environ.get("BENCH_HISTORY_RUNS", "15"))


def _stats(timings: list[float]) -> tuple[float, float, float]:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95, ordered[-1]


def _wait(signal: Any, timeout_ms: int = 20_000) -> bool:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    fired: list[bool] = []
    signal.connect(lambda *_: (fired.append(True), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    if not fired:
        loop.exec()
    return bool(fired)


def _row(
    name: str, timings: list[float], *, baseline_ms: float, target: str, passed: bool | None, note: str
) -> dict[str, Any]:
    median, p95, worst = _stats(timings)
    return {
        "name": name,
        "median_ms": median,
        "p95_ms": p95,
        "max_ms": worst,
        "baseline": "raw trainee_history (everything)",
        "baseline_ms": baseline_ms,
        "ratio": median / baseline_ms if baseline_ms else None,
        "target": target,
        "passed": passed,
        "note": note,
    }


def measure_backend(db: Database, label: str) -> list[dict[str, Any]]:
    from PySide6.QtWidgets import QApplication

    from trainer import paths
    from trainer.content.loader import load_library
    from trainer.ui.history import HistoryPage
    from trainer.ui.tasks import wait_for_tasks

    started = time.perf_counter()
    report = demo_data.generate(db, trainees=1, answers=ANSWERS, seed=11)
    demo_data.generate(db, trainees=OTHER_TRAINEES, answers=OTHER_ANSWERS, seed=12)
    fill_s = time.perf_counter() - started
    with db.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
    trainee = get_trainee(db, report.trainee_ids[0])
    scenarios = [r.scenario for r in load_library([paths.bundled_scenarios_dir()]) if r.scenario is not None]
    summaries = session_summaries(db, trainee.id)
    answers = sum(s.answers for s in summaries)

    baseline = [_timed(lambda: trainee_history(db, trainee.id)) for _ in range(5)]
    baseline_ms = statistics.median(baseline)

    def open_page() -> tuple[float, Any]:
        page = HistoryPage()
        page.resize(1366, 768)
        t0 = time.perf_counter()
        page.show()
        page.set_context(db, trainee, scenarios)
        if not _wait(page.loaded):
            raise RuntimeError("the history page did not load within 20 s")
        page.repaint()
        return (time.perf_counter() - t0) * 1000, page

    def close(page: Any) -> None:
        page.close()
        page.deleteLater()
        QApplication.processEvents()

    first_ms, page = open_page()
    close(page)
    opens = []
    for _ in range(RUNS):
        ms, page = open_page()
        opens.append(ms)
        close(page)

    page = open_page()[1]
    refreshes, details, compares = [], [], []
    largest = max(summaries, key=lambda s: s.answers)
    pair = _same_scenario_pair(summaries)
    for _ in range(RUNS):
        t0 = time.perf_counter()
        page.refresh()
        _wait(page.loaded)
        page.repaint()
        refreshes.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        page.open_session(largest)
        _wait(page.detail.shown)
        page.repaint()
        details.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        page.compare(*pair)
        _wait(page.compare_view.shown)
        page.repaint()
        compares.append((time.perf_counter() - t0) * 1000)
        page.show_overview()
    close(page)
    wait_for_tasks()

    note = f"{answers} answers in {len(summaries)} sessions; {RUNS} runs"
    return [
        {
            "name": f"{label}: build the database (demo-data)",
            "median_ms": fill_s * 1000,
            "target": "",
            "passed": None,
            "note": f"the trainee + {OTHER_TRAINEES} others with {OTHER_ANSWERS} answers; one run",
        },
        _row(f"{label}: open the history, 5,000-answer trainee", opens, baseline_ms=baseline_ms,
             target=f"≤ {TARGET_MS:g} ms (p95)", passed=_stats(opens)[1] <= TARGET_MS, note=note),
        _row(f"{label}: first open in a fresh process", [first_ms], baseline_ms=baseline_ms,
             target="— (information)", passed=None, note="includes one-time Qt and query warm-up"),
        _row(f"{label}: refresh the open page", refreshes, baseline_ms=baseline_ms, target="— (information)",
             passed=None, note="after a practice session"),
        _row(f"{label}: open a session (every answer with feedback)", details, baseline_ms=baseline_ms,
             target="— (information)", passed=None, note=f"{largest.answers} answers"),
        _row(f"{label}: compare two attempts side by side", compares, baseline_ms=baseline_ms,
             target="— (information)", passed=None, note=f"{pair[0].answers} + {pair[1].answers} answers"),
    ]  # fmt: skip


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def _same_scenario_pair(summaries: list[Any]) -> tuple[Any, Any]:
    by_scenario: dict[str, list[Any]] = {}
    for s in summaries:
        if s.answers:
            by_scenario.setdefault(s.session.scenario_id, []).append(s)
    pairs = [v for v in by_scenario.values() if len(v) >= 2]
    return pairs[0][0], pairs[0][1]


def run() -> list[dict[str, Any]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from trainer.ui.application import create_application

    create_application(["bench_history"], language="vi")
    return on_both_backends(measure_backend)


def main() -> int:
    logging.basicConfig(level=logging.WARNING)
    return print_rows(run())


if __name__ == "__main__":
    sys.exit(main())
