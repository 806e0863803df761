"""`python main.py demo-data --trainees N --answers M`: fill a database with synthetic history."""

from __future__ import annotations

import argparse
import time

from trainer.commands.db import add_database_option, one_line_errors


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "demo-data",
        help="add realistic synthetic trainees, workshops and scored answers (for demos and benchmarks)",
        description="Adds synthetic history to the database; existing data is kept.",
    )
    p.add_argument("--trainees", type=_positive, default=50, metavar="N")
    p.add_argument("--answers", type=_positive, default=2000, metavar="M")
    p.add_argument("--seed", type=int, default=None, help="the same seed gives the same names and scores")
    add_database_option(p)
    p.set_defaults(func=run)


@one_line_errors
def run(args: argparse.Namespace) -> int:
    from trainer.storage import demo_data
    from trainer.storage.engine import open_database

    if args.trainees < 1:
        raise ValueError("--trainees must be at least 1")
    db = open_database(args.database_url)
    try:
        started = time.perf_counter()
        report = demo_data.generate(db, trainees=args.trainees, answers=args.answers, seed=args.seed)
        seconds = time.perf_counter() - started
    finally:
        db.close()
    print(
        f"Added {report.trainees} trainees, {report.workshops} workshops, {report.sessions} sessions, "
        f"{report.answers} answers and {report.scores} principle scores to {db.display_url} in {seconds:.1f} s."
    )
    return 0
