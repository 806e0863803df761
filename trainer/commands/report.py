"""`python main.py report --workshop ID | --trainee ID --format pdf|csv --out FILE [--anonymous]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from trainer.commands.db import add_database_option, one_line_errors

if TYPE_CHECKING:
    from trainer.storage.engine import Database


def _top(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 50:
        raise argparse.ArgumentTypeError("must be between 0 and 50")
    return value


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report",
        help="write a workshop debrief or a trainee's personal report as PDF or CSV",
        description=(
            "--workshop: the debrief of a workshop (the room by principle, the strongest answers, each "
            "trainee's card). --trainee: one trainee's personal report over all their practice. "
            "pdf: A4 with charts, for printing and handing out. csv: one row per principle (room and "
            "trainee) and one per answer, UTF-8 with BOM for Excel. Scores include trainers' overrides."
        ),
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--workshop", type=UUID, metavar="ID", help="the workshop's id (UUID)")
    which.add_argument("--trainee", type=UUID, metavar="ID", help="the trainee's id (UUID)")
    p.add_argument("--format", choices=("pdf", "csv"), required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--anonymous",
        action="store_true",
        help="debrief only: trainees appear as 'Học viên A', 'B'… (no names, schools or ids)",
    )
    p.add_argument(
        "--language", choices=("vi", "en"), default=None, help="language of the report (default: the app's setting)"
    )
    p.add_argument(
        "--top", type=_top, default=None, metavar="N", help="debrief only: how many strongest answers (default 5)"
    )
    add_database_option(p)
    p.set_defaults(func=run)


def _headless_gui() -> None:
    """The PDF is painted with QtGui, which needs a QGuiApplication; without a display the
    offscreen platform does (set before Qt starts, and only if nothing else was chosen)."""
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform not in ("win32", "darwin") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        QGuiApplication(["media-response-trainer report"])


@one_line_errors
def run(args: argparse.Namespace) -> int:
    from trainer.reports.files import ReportError
    from trainer.settings import load_settings
    from trainer.storage.engine import open_database

    if args.trainee is not None and (args.anonymous or args.top is not None):
        option = "--anonymous" if args.anonymous else "--top"
        print(f"error: {option} applies to a workshop debrief (--workshop), not to a personal report", file=sys.stderr)
        return 2
    out: Path = args.out
    if out.is_dir():
        print(f"error: {out} is a folder; give a file name", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    language = args.language or load_settings().language
    if args.format == "pdf":
        _headless_gui()
    db = open_database(args.database_url)
    try:
        message = _debrief(db, args, language) if args.workshop is not None else _personal(db, args, language)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(message)
    return 0


def _debrief(db: Database, args: argparse.Namespace, language: str) -> str:
    from trainer.reports.csv_export import write_debrief_csv
    from trainer.reports.debrief_data import DEFAULT_TOP, load_debrief

    top = DEFAULT_TOP if args.top is None else args.top
    debrief = load_debrief(db, args.workshop, anonymous=args.anonymous, language=language, top=top)
    hidden = " with names hidden" if args.anonymous else ""
    if args.format == "csv":
        rows = write_debrief_csv(debrief, args.out)
        return f"Wrote the debrief of “{debrief.workshop_name}”{hidden}: {rows} row(s) to {args.out}"
    from trainer.reports.pdf_debrief import render_debrief_pdf

    pages = render_debrief_pdf(debrief, args.out)
    return f"Wrote the debrief of “{debrief.workshop_name}”{hidden}: {pages} page(s) to {args.out}"


def _personal(db: Database, args: argparse.Namespace, language: str) -> str:
    from trainer.reports.csv_export import write_personal_csv
    from trainer.reports.personal_data import load_personal

    report = load_personal(db, args.trainee, language=language)
    if args.format == "csv":
        rows = write_personal_csv(report, args.out)
        return f"Wrote the personal report of {report.name}: {rows} row(s) to {args.out}"
    from trainer.reports.pdf_personal import render_personal_pdf

    pages = render_personal_pdf(report, args.out)
    return f"Wrote the personal report of {report.name}: {pages} page(s) to {args.out}"
