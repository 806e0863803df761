"""Benchmarks: ``python -m benchmarks.run`` (or ``make bench``) runs every ``bench_*.py``
module here and rewrites BENCHMARKS.md at the repository root.

A benchmark module exposes ``run() -> list[dict]``; each dict is one row with at least
``name``, ``median_ms``, ``p95_ms`` and ``target`` (text), and preferably
``baseline`` (what the ratio is measured against), ``baseline_ms`` (its median in the
same run), ``ratio`` (median_ms / baseline_ms) and ``passed`` (bool or None).
Use :func:`benchmarks.timing.measure` for the numbers.
"""
