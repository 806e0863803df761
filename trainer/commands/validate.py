"""`python main.py validate [PATH ...] [--json]`: check scenario files."""

from __future__ import annotations

import argparse
import json
import sys

from trainer import paths
from trainer.content.loader import find_scenario_files, load_scenario_file


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "validate",
        help="check scenario files (exit 0 only when all are valid)",
        description="Check scenario files or folders. Without a path, the bundled scenarios and the user's own folder.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="scenario files or folders")
    p.add_argument("--json", action="store_true", help="print one JSON object per file")
    p.add_argument("--lang", choices=("en", "vi"), default="en", help="language of the messages")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    targets = args.paths or [p for p in (paths.bundled_scenarios_dir(), paths.user_scenarios_dir()) if p.exists()]
    files = find_scenario_files(targets)
    missing = [t for t in args.paths if not __import__("pathlib").Path(t).exists()]
    if not files and not missing:
        print("No scenario files found.", file=sys.stderr)
        return 1
    all_valid = not missing
    for t in missing:
        print(f"{t}: no such file or folder", file=sys.stderr)
    valid_count = 0
    for path in files:
        report = load_scenario_file(path)
        all_valid &= report.valid
        valid_count += report.valid
        if args.json:
            print(json.dumps(report.to_json(args.lang), ensure_ascii=False))
            continue
        if report.valid and report.scenario is not None:
            s = report.scenario
            print(f"ok       {path}  [{s.id}, {s.language}, {len(s.questions)} questions]")
        else:
            print(f"INVALID  {path}")
        for problem in report.problems:
            label = "error" if problem.severity == "error" else "warning"
            print(f"    {label}: {problem.pointer or '/'}: {problem.message(args.lang)}")
    if not args.json:
        print(f"{valid_count} of {len(files)} scenario file(s) valid.")
    return 0 if all_valid else 1
