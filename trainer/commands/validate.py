"""`python main.py validate [PATH ...] [--json] [--lang en|vi]`: check scenario files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from trainer import paths
from trainer.content.loader import find_scenario_files, load_scenario_file, mark_duplicate_ids
from trainer.settings import load_settings

WORDS = {
    "en": {
        "ok": "ok",
        "invalid": "INVALID",
        "error": "error",
        "warning": "warning",
        "questions": "questions",
        "summary": "{valid} of {total} scenario file(s) valid.",
        "none": "No scenario files found.",
        "missing": "{path}: no such file or folder",
    },
    "vi": {
        "ok": "hợp lệ",
        "invalid": "LỖI",
        "error": "lỗi",
        "warning": "cảnh báo",
        "questions": "câu hỏi",
        "summary": "{valid} trên {total} tệp kịch bản hợp lệ.",
        "none": "Không tìm thấy tệp kịch bản nào.",
        "missing": "{path}: không có tệp hay thư mục này",
    },
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "validate",
        help="check scenario files (exit 0 only when all are valid)",
        description="Check scenario files or folders. Without a path: the bundled scenarios, "
        "the user's scenario folder and the folders added in the app.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="scenario files or folders")
    p.add_argument("--json", action="store_true", help="print one JSON object per file")
    p.add_argument("--lang", choices=("en", "vi"), default="en", help="language of the messages")
    p.set_defaults(func=run)


def default_folders() -> list[Path]:
    folders = [paths.bundled_scenarios_dir(), paths.user_scenarios_dir()]
    folders += [Path(p) for p in load_settings().extra_scenario_dirs]
    return [f for f in dict.fromkeys(folders) if f.exists()]


def run(args: argparse.Namespace) -> int:
    words = WORDS[args.lang]
    targets = args.paths or default_folders()
    missing = [t for t in args.paths if not Path(t).exists()]
    for t in missing:
        print(words["missing"].format(path=t), file=sys.stderr)
    files = find_scenario_files(t for t in targets if Path(t).exists())
    if not files and not missing:
        print(words["none"], file=sys.stderr)
        return 1
    reports = [load_scenario_file(path) for path in files]
    mark_duplicate_ids(reports)
    for report in reports:
        if args.json:
            print(json.dumps(report.to_json(args.lang), ensure_ascii=False))
            continue
        if report.valid and report.scenario is not None:
            s = report.scenario
            print(f"{words['ok']:<9}{report.name}  [{s.id}, {s.language}, {len(s.questions)} {words['questions']}]")
        else:
            print(f"{words['invalid']:<9}{report.name}")
        for problem in report.problems:
            label = words["error"] if problem.severity == "error" else words["warning"]
            print(f"    {label}: {problem.pointer or '/'}: {problem.message(args.lang)}")
    valid = sum(r.valid for r in reports)
    if not args.json:
        print(words["summary"].format(valid=valid, total=len(reports)))
    return 0 if valid == len(reports) and not missing else 1
