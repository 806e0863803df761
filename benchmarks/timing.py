"""Timing helpers shared by the benchmark modules."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from typing import Any


def measure(fn: Callable[[], object], repeat: int, warmup: int = 3) -> tuple[float, float, float]:
    """(median, p95, max) of *repeat* calls of *fn*, in milliseconds, after *warmup* calls."""
    for _ in range(warmup):
        fn()
    timings: list[float] = []
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            fn()
            timings.append((time.perf_counter() - started) * 1000.0)
    finally:
        if gc_was_enabled:
            gc.enable()
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return statistics.median(timings), p95, timings[-1]


def row(
    name: str,
    timings: tuple[float, float, float],
    *,
    target: str,
    baseline: str,
    baseline_ms: float,
    passed: bool | None,
    **extra: Any,
) -> dict[str, Any]:
    median, p95, worst = timings
    return {
        "name": name,
        "median_ms": median,
        "p95_ms": p95,
        "max_ms": worst,
        "target": target,
        "baseline": baseline,
        "baseline_ms": baseline_ms,
        "ratio": median / baseline_ms if baseline_ms > 0 else None,
        "passed": passed,
        **extra,
    }


def on_both_backends(measure_backend: Callable[[Any, str], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """*measure_backend(db)* on a fresh SQLite file, then on a PostgreSQL schema when
    TRAINER_TEST_PG_URL is set (``./dev.sh bench`` sets it)."""
    import logging
    import os

    from benchmarks.bench_storage import postgres_database, sqlite_database

    rows = []
    with sqlite_database() as db:
        rows += measure_backend(db, "SQLite")
    pg_url = os.environ.get("TRAINER_TEST_PG_URL")
    if pg_url:
        with postgres_database(pg_url) as db:
            rows += measure_backend(db, "PostgreSQL")
    else:
        logging.getLogger(__name__).warning("TRAINER_TEST_PG_URL is not set: PostgreSQL was not measured")
    return rows


def print_rows(rows: list[dict[str, Any]]) -> int:
    """The rows as a plain table on stdout; 1 when a target was missed (for running a module alone)."""
    width = max(len(r["name"]) for r in rows)
    print(f"{'benchmark':<{width}}  {'median ms':>10}  {'p95 ms':>8}  {'ratio':>6}  target")
    for r in rows:
        p95 = "" if r.get("p95_ms") is None else f"{r['p95_ms']:.2f}"
        ratio = "" if r.get("ratio") is None else f"{r['ratio']:.2f}"
        met = {True: "yes", False: "NO", None: ""}[r.get("passed")]
        print(
            f"{r['name']:<{width}}  {r['median_ms']:>10.2f}  {p95:>8}  {ratio:>6}  {r['target']} {met}  {r.get('note', '')}"
        )
    return 1 if any(r.get("passed") is False for r in rows) else 0
