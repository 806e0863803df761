"""`python main.py pack export|import|inspect|undo`: share scenarios as one .zip pack."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

WORDS = {
    "en": {
        "wrote": "Wrote {count} scenario(s) and {assets} other file(s) to {out}",
        "pack": "Pack: {name}  version {version}  by {author}",
        "details": "Language: {language}   Created: {created}   Files: {files} ({size} bytes)",
        "ok": "ok",
        "invalid": "INVALID",
        "asset": "asset",
        "error": "error",
        "warning": "warning",
        "questions": "questions",
        "in_library": "already in the library: {path}",
        "identical": "identical: nothing to do",
        "choice_needed": "importing needs a choice (keep both, replace or skip)",
        "bundled": "(cannot be replaced: outside your scenario folder)",
        "can_import": "This pack can be imported.",
        "rejected": "This pack was REJECTED; nothing from it can be installed.",
        "no_tty": "{count} scenario(s) already in the library; choose what to do with --on-conflict "
        "keep-both, replace or skip (or run in a terminal to be asked).",
        "ask": 'Scenario "{id}" ({title}) is already in the library: {path}',
        "options": "[k]eep both, [r]eplace, [s]kip? ",
        "options_no_replace": "[k]eep both, [s]kip? ",
        "aborted": "Import cancelled; nothing was written.",
        "added": "added     {id}  ->  {path}",
        "renamed": "kept both {id} as {new}  ->  {path}",
        "replaced": "replaced  {id}  ->  {path}",
        "skipped": "skipped   {id}",
        "unchanged": "unchanged {id} (identical to the installed one)",
        "asset_added": "added     {path}",
        "asset_kept": "kept      {path} (a different file of that name was already there)",
        "imported": "Imported into {folder}. Undo with: python main.py pack undo",
        "nothing": "Nothing new to import.",
        "undone": 'Undid the import of "{name}": {removed} file(s) removed, {restored} restored.',
        "kept": "left as it is (changed since the import): {path}",
    },
    "vi": {
        "wrote": "Đã ghi {count} kịch bản và {assets} tệp khác vào {out}",
        "pack": "Gói: {name}  phiên bản {version}  tác giả {author}",
        "details": "Ngôn ngữ: {language}   Ngày tạo: {created}   Số tệp: {files} ({size} byte)",
        "ok": "hợp lệ",
        "invalid": "LỖI",
        "asset": "tệp kèm",
        "error": "lỗi",
        "warning": "cảnh báo",
        "questions": "câu hỏi",
        "in_library": "đã có trong thư viện: {path}",
        "identical": "giống hệt: không cần làm gì",
        "choice_needed": "khi nhập cần chọn giữ cả hai, thay thế hoặc bỏ qua",
        "bundled": "(không thể thay thế: nằm ngoài thư mục kịch bản của bạn)",
        "can_import": "Gói này có thể nhập.",
        "rejected": "Gói này bị TỪ CHỐI; không cài được gì từ gói.",
        "no_tty": "{count} kịch bản đã có trong thư viện; hãy chọn cách xử lý bằng --on-conflict "
        "keep-both, replace hoặc skip (hoặc chạy trong cửa sổ dòng lệnh để được hỏi).",
        "ask": 'Kịch bản "{id}" ({title}) đã có trong thư viện: {path}',
        "options": "[k] giữ cả hai, [r] thay thế, [s] bỏ qua? ",
        "options_no_replace": "[k] giữ cả hai, [s] bỏ qua? ",
        "aborted": "Đã hủy nhập; không ghi tệp nào.",
        "added": "đã thêm     {id}  ->  {path}",
        "renamed": "giữ cả hai  {id} thành {new}  ->  {path}",
        "replaced": "đã thay thế {id}  ->  {path}",
        "skipped": "bỏ qua      {id}",
        "unchanged": "giữ nguyên  {id} (giống hệt bản đã cài)",
        "asset_added": "đã thêm     {path}",
        "asset_kept": "giữ nguyên  {path} (đã có tệp khác cùng tên)",
        "imported": "Đã nhập vào {folder}. Hoàn tác bằng: python main.py pack undo",
        "nothing": "Không có gì mới để nhập.",
        "undone": 'Đã hoàn tác lần nhập gói "{name}": gỡ {removed} tệp, khôi phục {restored} tệp.',
        "kept": "giữ nguyên (đã sửa sau khi nhập): {path}",
    },
}
CHOICE_ARGS = {"keep-both": "keep_both", "replace": "replace", "skip": "skip"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "pack",
        help="export scenarios as a .zip pack, inspect a pack, import one, undo the last import",
        description="Scenario packs carry a set of scenarios (and later their assets) as one .zip file "
        "with a manifest and a checksum per file. See docs/packs.md.",
    )
    actions = p.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    e = actions.add_parser("export", help="write scenarios to a pack", description="Write scenarios to a pack.")
    e.add_argument("scenarios", nargs="+", metavar="SCENARIO_ID_OR_FILE")
    e.add_argument("--out", type=Path, required=True, metavar="FILE", help="the .zip file to write")
    e.add_argument("--name", help="the pack's name (default: the file name)")
    e.add_argument("--version", default="1.0", help="the pack's version (default: 1.0)")
    e.add_argument("--author", default="", help="who made the pack")
    e.add_argument("--description", default="", help="one or two sentences about the pack")
    e.add_argument(
        "--asset", action="append", default=[], metavar="NAME=FILE", help="add FILE as assets/NAME (repeatable)"
    )
    _lang(e)
    e.set_defaults(func=run_export)

    i = actions.add_parser(
        "import",
        help="check a pack, then install it into your scenario folder",
        description="Everything is checked before anything is installed. A scenario whose id is already in "
        "the library needs a choice: keep both (a copy under a new id), replace, or skip.",
    )
    i.add_argument("file", type=Path, metavar="FILE")
    i.add_argument("--on-conflict", choices=(*CHOICE_ARGS, "ask"), default=None, help="default: ask in a terminal")
    _lang(i)
    i.set_defaults(func=run_import)

    n = actions.add_parser("inspect", help="show what a pack holds and whether it can be imported")
    n.add_argument("file", type=Path, metavar="FILE")
    n.add_argument("--json", action="store_true", help="print one JSON object")
    _lang(n)
    n.set_defaults(func=run_inspect)

    u = actions.add_parser("undo", help="undo the last pack import")
    _lang(u)
    u.set_defaults(func=run_undo)


def _lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "vi"), default="en", help="language of the messages")


def _fail(exc: Any, language: str) -> int:
    print(exc.message(language), file=sys.stderr)
    return 1


def run_export(args: argparse.Namespace) -> int:
    from trainer.content.packs import PackError, PackMeta, default_folders, export_pack, resolve_sources

    words = WORDS[args.lang]
    out: Path = args.out
    if out.is_dir():
        print(f"{out}: a folder; give a file name", file=sys.stderr)
        return 1
    assets = []
    for spec in args.asset:
        name, sep, file = spec.partition("=")
        if not sep or not name or not file:
            print(f"--asset {spec}: use NAME=FILE", file=sys.stderr)
            return 1
        assets.append((name, file))
    meta = PackMeta(args.name or out.stem, args.version, args.author, args.description)
    try:
        sources = resolve_sources(args.scenarios, default_folders())
        manifest = export_pack(sources, out, meta, assets=assets)
    except PackError as exc:
        return _fail(exc, args.lang)
    print(words["wrote"].format(count=len(manifest.files) - len(assets), assets=len(assets), out=out))
    return 0


def run_inspect(args: argparse.Namespace) -> int:
    from trainer.content.packs import find_conflicts, inspect_pack

    insp = inspect_pack(args.file)
    conflicts = find_conflicts(insp) if insp.ok else {}
    if args.json:
        print(json.dumps(_inspection_json(insp, conflicts, args.lang), ensure_ascii=False))
    else:
        _print_inspection(insp, conflicts, WORDS[args.lang], args.lang)
    return 0 if insp.ok else 1


def _inspection_json(insp: Any, conflicts: dict[str, Any], language: str) -> dict[str, Any]:
    return {
        "file": str(insp.path),
        "ok": insp.ok,
        "manifest": insp.manifest.to_dict() if insp.manifest else None,
        "issues": [i.to_dict(language) for i in insp.issues],
        "scenarios": [
            {
                "entry": s.entry,
                "id": s.id,
                "title": s.title,
                "language": s.language,
                "valid": s.valid,
                "errors": [p.to_dict(language) for p in s.report.errors],
                "warnings": [p.to_dict(language) for p in s.report.warnings],
                "conflict": _conflict_json(conflicts.get(s.id)),
            }
            for s in insp.scenarios
        ],
        "assets": [{"entry": a.entry, "size": len(a.data)} for a in insp.assets],
    }


def _conflict_json(c: Any) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"path": str(c.path), "title": c.title, "replaceable": c.replaceable, "identical": c.identical}


def _print_inspection(insp: Any, conflicts: dict[str, Any], words: dict[str, str], language: str) -> None:
    m = insp.manifest
    if m is not None:
        print(words["pack"].format(name=m.name, version=m.version, author=m.author or "—"))
        size = sum(f.size for f in m.files)
        print(words["details"].format(language=m.language, created=m.created, files=len(m.files), size=size))
        if m.description:
            print(m.description)
    for s in insp.scenarios:
        label = words["ok"] if s.valid else words["invalid"]
        questions = len(s.report.scenario.questions) if s.report.scenario else 0
        print(f"  {label:<9}{s.entry}  [{s.id}, {s.language}, {questions} {words['questions']}]  {s.title}")
        for p in s.report.problems:
            kind = words["error"] if p.severity == "error" else words["warning"]
            print(f"      {kind}: {p.pointer or '/'}: {p.message(language)}")
        c = conflicts.get(s.id)
        if c is not None:
            note = words["identical"] if c.identical else words["choice_needed"]
            extra = "" if c.replaceable or c.identical else " " + words["bundled"]
            print(f"      {words['in_library'].format(path=c.path)}; {note}{extra}")
    for a in insp.assets:
        print(f"  {words['asset']:<9}{a.entry}  {len(a.data)} B")
    for i in insp.issues:
        kind = words["error"] if i.severity == "error" else words["warning"]
        print(f"  {kind}: {i.message(language)}")
    print(words["can_import"] if insp.ok else words["rejected"])


def run_import(args: argparse.Namespace) -> int:
    from trainer.content.packs import PackError, find_conflicts, inspect_pack, install_pack

    words = WORDS[args.lang]
    insp = inspect_pack(args.file)
    if not insp.ok:
        for i in insp.errors:
            print(f"{words['error']}: {i.message(args.lang)}", file=sys.stderr)
        print(words["rejected"], file=sys.stderr)
        return 1
    pending = {k: c for k, c in find_conflicts(insp).items() if not c.identical}
    choices: dict[str, Any] | str | None = CHOICE_ARGS.get(args.on_conflict or "")
    if pending and choices is None:
        if not sys.stdin.isatty():
            print(words["no_tty"].format(count=len(pending)), file=sys.stderr)
            return 2
        asked = _ask(insp, pending, words)
        if asked is None:
            print(words["aborted"], file=sys.stderr)
            return 1
        choices = asked
    try:
        result = install_pack(insp, choices)  # type: ignore[arg-type]
    except PackError as exc:
        return _fail(exc, args.lang)
    _print_result(result, words)
    return 0


def _ask(insp: Any, pending: dict[str, Any], words: dict[str, str]) -> dict[str, str] | None:
    answers = {"k": "keep_both", "r": "replace", "s": "skip"}
    chosen: dict[str, str] = {}
    for s in insp.scenarios:
        c = pending.get(s.id)
        if c is None:
            continue
        print(words["ask"].format(id=s.id, title=c.title, path=c.path))
        allowed = "krs" if c.replaceable else "ks"
        while True:
            try:
                reply = input(words["options"] if c.replaceable else words["options_no_replace"]).strip().lower()
            except EOFError:
                return None
            if reply[:1] in allowed and reply:
                chosen[s.id] = answers[reply[0]]
                break
    return chosen


def _print_result(result: Any, words: dict[str, str]) -> None:
    for sid, path in result.added:
        print(words["added"].format(id=sid, path=path))
    for sid, new, path in result.renamed:
        print(words["renamed"].format(id=sid, new=new, path=path))
    for sid, path in result.replaced:
        print(words["replaced"].format(id=sid, path=path))
    for sid in result.skipped:
        print(words["skipped"].format(id=sid))
    for sid in result.unchanged:
        print(words["unchanged"].format(id=sid))
    for path in result.assets_added:
        print(words["asset_added"].format(path=path))
    for path in result.assets_kept:
        print(words["asset_kept"].format(path=path))
    if result.changed:
        from trainer import paths

        print(words["imported"].format(folder=paths.user_scenarios_dir()))
    else:
        print(words["nothing"])


def run_undo(args: argparse.Namespace) -> int:
    from trainer.content.packs import PackError, undo_last_import

    words = WORDS[args.lang]
    try:
        result = undo_last_import()
    except PackError as exc:
        return _fail(exc, args.lang)
    print(words["undone"].format(name=result.pack_name, removed=len(result.removed), restored=len(result.restored)))
    for path in result.kept:
        print(words["kept"].format(path=path))
    return 0
