"""`python main.py export --format csv|xapi|backup --out FILE [--trainee ID]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from uuid import UUID

from trainer.commands.db import add_database_option, one_line_errors


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "export",
        help="export progress as CSV, xAPI statements or a full backup archive",
        description=(
            "csv: one row per answer with every principle's score (UTF-8 with BOM, for Excel). "
            "xapi: a JSON array of xAPI statements for a learning record store. "
            "backup: a zip of the database and the recordings, which `import` merges elsewhere."
        ),
    )
    p.add_argument("--format", choices=("csv", "xapi", "backup"), required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--trainee", type=UUID, default=None, metavar="ID", help="only this trainee (their UUID)")
    p.add_argument(
        "--xapi-home-page",
        default=None,
        metavar="URL",
        help="the organisation's site, used in xAPI actor accounts and activity ids",
    )
    add_database_option(p)
    p.set_defaults(func=run)


@one_line_errors
def run(args: argparse.Namespace) -> int:
    from trainer.storage import archive, exports, xapi
    from trainer.storage.engine import open_database
    from trainer.storage.trainees import get_trainee

    out: Path = args.out
    if out.is_dir():
        print(f"error: {out} is a folder; give a file name", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(args.database_url)
    try:
        if args.trainee is not None:
            get_trainee(db, args.trainee)  # a clear error for an unknown id
        if args.format == "csv":
            count = exports.write_csv(db, out, trainee_id=args.trainee)
            print(f"Wrote {count} answer(s) to {out}")
        elif args.format == "xapi":
            home = args.xapi_home_page or xapi.DEFAULT_HOME_PAGE
            count = xapi.write_xapi(db, out, trainee_id=args.trainee, home_page=home)
            print(f"Wrote {count} xAPI statement(s) to {out}")
            if args.xapi_home_page is None:
                print(f"warning: actors use the placeholder homePage {home}; pass --xapi-home-page", file=sys.stderr)
        else:
            report = archive.write_archive(db, out, trainee_id=args.trainee)
            print(
                f"Wrote {report.counts['trainees']} trainee(s), {report.counts['answers']} answer(s) "
                f"and {report.audio_files} recording(s) to {out}"
            )
            if report.missing_audio:
                print(
                    f"warning: {report.missing_audio} recording(s) were missing from the data folder", file=sys.stderr
                )
    finally:
        db.close()
    return 0
