"""`python main.py paths`: where the app keeps its files (data, settings, logs, scenarios)."""

from __future__ import annotations

import argparse

from trainer import paths


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("paths", help="show where data, settings, logs and scenarios are kept")
    p.set_defaults(func=run)


def run(_args: argparse.Namespace) -> int:
    rows = [
        ("data", paths.data_dir()),
        ("scenarios (yours)", paths.user_scenarios_dir()),
        ("scenarios (bundled)", paths.bundled_scenarios_dir()),
        ("settings", paths.config_dir()),
        ("logs", paths.log_dir()),
    ]
    for name, path in rows:
        print(f"{name:<20} {path}")
    return 0
