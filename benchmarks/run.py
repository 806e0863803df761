"""Run every benchmark module (``benchmarks/bench_*.py``) and rewrite BENCHMARKS.md.

    python -m benchmarks.run [--only NAME ...] [--no-write]

A module that fails (a missing database, say) is reported as an error section; the
others still run. The exit code is 1 when a module fails (with --strict, also when a
benchmark misses its target; missed targets are always marked NO in the report).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import pkgutil
import platform
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import benchmarks

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "BENCHMARKS.md"


def modules(only: Sequence[str] = ()) -> list[str]:
    names = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))
    if only:
        names = [n for n in names if any(o in n for o in only)]
    return names


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _ratio(r: dict[str, Any]) -> tuple[str, str]:
    """(ratio text, what it is relative to). Rows may give ``ratio`` against a baseline
    operation, or ``baseline_ratio`` = measured / target (below 1 is within the target)."""
    if r.get("ratio") is not None:
        value = float(r["ratio"])
        return (f"{value:.0f}×" if value >= 10 else f"{value:.2f}×"), str(r.get("baseline") or "—")
    if r.get("baseline_ratio") is not None:
        return f"{float(r['baseline_ratio']):.2f}×", "the target"
    return "—", str(r.get("baseline") or "—")


def passed(r: dict[str, Any]) -> bool | None:
    if r.get("passed") is not None:
        return bool(r["passed"])
    if r.get("ratio") is None and r.get("baseline_ratio") is not None:
        return float(r["baseline_ratio"]) <= 1.0
    return None


def render(results: dict[str, list[dict[str, Any]]], errors: dict[str, str]) -> str:
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m benchmarks.run`); do not edit by hand.",
        "",
        f"- Run: {now}",
        f"- Machine: {_cpu()}, {os.cpu_count()} CPU(s), {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        "",
        "Times are wall-clock milliseconds. *Ratio* is the median divided by the median of the",
        "baseline measured in the same run on the same input, so it can be compared across",
        "machines; the targets themselves are absolute, as the issue states them.",
        "",
    ]
    for module, rows in results.items():
        lines += [f"## {module}", ""]
        notes = any(r.get("note") for r in rows)
        header = "| benchmark | median ms | p95 ms | max ms | baseline | baseline ms | ratio | target | met |"
        lines.append(header + (" note |" if notes else ""))
        lines.append("|---|---:|---:|---:|---|---:|---:|---|---|" + ("---|" if notes else ""))
        for r in rows:
            mark = {True: "yes", False: "NO", None: "—"}[passed(r)]
            ratio, baseline = _ratio(r)
            line = (
                f"| {r['name']} | {_fmt(r.get('median_ms'))} | {_fmt(r.get('p95_ms'))} | {_fmt(r.get('max_ms'))} "
                f"| {baseline} | {_fmt(r.get('baseline_ms'), 4)} | {ratio} | {r.get('target') or '—'} | {mark} |"
            )
            lines.append(line + (f" {r.get('note', '')} |" if notes else ""))
        lines.append("")
    for module, error in errors.items():
        lines += [f"## {module}", "", "Failed to run:", "", "```", error.strip(), "```", ""]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=(), help="run only modules whose name contains one of these")
    parser.add_argument("--no-write", action="store_true", help="print the report, do not rewrite BENCHMARKS.md")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a benchmark misses its target")
    args = parser.parse_args(argv)
    results: dict[str, list[dict[str, Any]]] = {}
    errors: dict[str, str] = {}
    for name in modules(args.only):
        print(f"running {name} …", file=sys.stderr)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            results[name] = list(module.run())
        except Exception:  # one failing benchmark must not hide the others
            errors[name] = traceback.format_exc()
    report = render(results, errors)
    print(report)
    if not args.no_write:
        OUTPUT.write_text(report + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT}", file=sys.stderr)
    missed = [r["name"] for rows in results.values() for r in rows if passed(r) is False]
    for name in missed:
        print(f"target missed: {name}", file=sys.stderr)
    return 1 if errors or (args.strict and missed) else 0


if __name__ == "__main__":
    raise SystemExit(main())
