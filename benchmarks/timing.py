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
