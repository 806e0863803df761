"""`python main.py import FILE`: merge a backup archive from another machine."""

from __future__ import annotations

import argparse
from pathlib import Path

from trainer.commands.db import add_database_option, one_line_errors


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import",
        help="merge a backup archive (from `export --format backup`) into this database",
        description="Adds what is new, keeps what is already here; importing the same file again changes nothing.",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    add_database_option(p)
    p.set_defaults(func=run)


@one_line_errors
def run(args: argparse.Namespace) -> int:
    from trainer.storage.engine import open_database
    from trainer.storage.importing import import_archive

    db = open_database(args.database_url)
    try:
        report = import_archive(db, args.file)
    finally:
        db.close()
    added = report.added
    print(
        f"Imported {added['trainees']} trainee(s), {added['practice_sessions']} session(s), "
        f"{added['answers']} answer(s), {added['trainer_reviews']} review(s), {added['workshops']} workshop(s), "
        f"{report.audio_files} recording(s)." + ("" if report.changed else " Nothing was new.")
    )
    if report.skipped_erased:
        print(f"{report.skipped_erased} row(s) of trainees erased on this machine were left out.")
    return 0
