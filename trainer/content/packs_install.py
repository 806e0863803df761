"""Install a checked pack into the user's scenario folder, asking before anything is overwritten.

A scenario whose id is already in the library is a *conflict*; each conflict needs a
choice — ``keep_both`` (install it under a new id, ``<id>-2``, with the id rewritten inside
and " (2)" after its title), ``replace`` (only a file in the user's own scenario folder can
be replaced) or ``skip``. A scenario identical to one already there is left alone. Assets
never overwrite a different file of the same name: the existing one is kept and reported.

Every file is written inside the user's scenario folder, through a temporary file and a
rename, and recorded first in an undo journal (packs_journal).
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from trainer import paths
from trainer.content.loader import ScenarioReport, load_library, load_scenario_text
from trainer.content.packs_journal import Journal, journal_root, sha256, undo, write_atomic
from trainer.content.packs_model import ASSET_FOLDER, CHOICES, Choice, PackError, PackInspection, PackIssue, issue

log = logging.getLogger(__name__)

ID_MAX_LENGTH = 64  # the scenario schema's limit for an id
TITLE_MAX_LENGTH = 2000


@dataclass(frozen=True)
class Conflict:
    """A scenario of the pack whose id (or file name) is already taken."""

    id: str
    path: Path  # the file that has it
    title: str
    replaceable: bool  # the file is in the user's scenario folder
    identical: bool  # same content: nothing to do


@dataclass
class ImportResult:
    added: list[tuple[str, Path]] = field(default_factory=list)  # (id, file)
    renamed: list[tuple[str, str, Path]] = field(default_factory=list)  # (id in the pack, new id, file)
    replaced: list[tuple[str, Path]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # identical to what is installed
    assets_added: list[Path] = field(default_factory=list)
    assets_kept: list[str] = field(default_factory=list)  # a different file of that name was already there
    journal: Path | None = None

    @property
    def changed(self) -> bool:
        return bool(self.added or self.renamed or self.replaced or self.assets_added)


@dataclass
class _Write:
    op: str  # "add" or "replace"
    relative: str  # under the scenario folder, "/"-separated
    data: bytes
    id: str = ""


def default_folders(user_dir: Path | None = None) -> list[Path]:
    """The library as the app sees it: bundled, the user's folder, the folders added in the app."""
    from trainer.settings import load_settings  # settings reads the config folder

    folders = [paths.bundled_scenarios_dir(), user_dir or paths.user_scenarios_dir()]
    folders += [Path(p) for p in load_settings().extra_scenario_dirs]
    return list(dict.fromkeys(folders))


def _existing(user_dir: Path, folders: Sequence[Path] | None) -> dict[str, ScenarioReport]:
    chosen = list(folders) if folders is not None else default_folders(user_dir)
    if user_dir not in chosen:
        chosen.append(user_dir)
    found: dict[str, ScenarioReport] = {}
    for report in load_library(chosen):
        if report.id:
            found.setdefault(report.id, report)
    return found


def find_conflicts(
    insp: PackInspection, *, user_dir: Path | None = None, folders: Sequence[Path] | None = None
) -> dict[str, Conflict]:
    """The pack's scenarios whose id, or file name, is already taken — by scenario id."""
    user_dir = user_dir or paths.user_scenarios_dir()
    return _conflicts(insp, user_dir, _existing(user_dir, folders))


def _conflicts(insp: PackInspection, user_dir: Path, existing: dict[str, ScenarioReport]) -> dict[str, Conflict]:
    conflicts: dict[str, Conflict] = {}
    for s in insp.scenarios:
        report = existing.get(s.id)
        if report is not None and report.path is not None:
            mine = s.report.scenario.content_hash if s.report.scenario else None
            theirs = report.scenario.content_hash if report.valid and report.scenario else None
            conflicts[s.id] = Conflict(
                s.id,
                report.path,
                report.scenario.title if report.scenario else report.path.name,
                _inside(report.path, user_dir),
                mine is not None and mine == theirs,
            )
        elif (user_dir / f"{s.id}.json").exists():
            path = user_dir / f"{s.id}.json"
            conflicts[s.id] = Conflict(s.id, path, path.name, True, False)
    return conflicts


def _inside(path: Path, folder: Path) -> bool:
    return path.parent.resolve() == folder.resolve() and not path.is_symlink()


def install_pack(
    insp: PackInspection,
    choices: Mapping[str, Choice] | Choice | None = None,
    *,
    user_dir: Path | None = None,
    folders: Sequence[Path] | None = None,
    journals: Path | None = None,
) -> ImportResult:
    """Install *insp* (which must be ``ok``); *choices* settle conflicts, per id or for all.

    Raises :class:`PackError` — before writing anything — when the pack is not ok, when a
    conflict has no choice, or when a choice cannot be carried out.
    """
    if not insp.ok:
        raise PackError(insp.errors or [issue("pack_no_scenarios")])
    user_dir = user_dir or paths.user_scenarios_dir()
    existing = _existing(user_dir, folders)
    conflicts = _conflicts(insp, user_dir, existing)
    result = ImportResult()
    writes, problems = _plan(insp, choices, conflicts, set(existing) | {s.id for s in insp.scenarios}, user_dir, result)
    if problems:
        raise PackError(problems)
    if not writes:
        return result
    user_dir.mkdir(parents=True, exist_ok=True)
    for w in writes:
        _check_target(user_dir, w)
    journal = Journal.create(journals or journal_root(), insp, user_dir)
    try:
        for n, w in enumerate(writes, 1):
            _carry_out(journal, user_dir, w, n)
    except (OSError, PackError) as exc:
        log.exception("pack import failed; rolling back")
        try:
            undo(journal, final_state="rolled_back")
        except (OSError, PackError):
            log.exception("rollback failed; the journal %s keeps what was done", journal.folder)
        detail = exc.message() if isinstance(exc, PackError) else (exc.strerror or str(exc))
        raise PackError(issue("pack_write_failed", detail=detail)) from exc
    journal.set_state("complete")
    result.journal = journal.folder
    return result


def _plan(
    insp: PackInspection,
    choices: Mapping[str, Choice] | Choice | None,
    conflicts: dict[str, Conflict],
    taken: set[str],
    user_dir: Path,
    result: ImportResult,
) -> tuple[list[_Write], list[PackIssue]]:
    writes: list[_Write] = []
    problems: list[PackIssue] = []
    for s in insp.scenarios:
        conflict = conflicts.get(s.id)
        choice = choices if isinstance(choices, str) or choices is None else choices.get(s.id)
        if choice is not None and choice not in CHOICES:
            raise ValueError(f"unknown choice {choice!r}")
        if conflict is None:
            writes.append(_Write("add", f"{s.id}.json", s.data, s.id))
            result.added.append((s.id, user_dir / f"{s.id}.json"))
        elif conflict.identical:
            result.unchanged.append(s.id)
        elif choice is None:
            problems.append(issue("pack_conflict_unresolved", s.entry, id=s.id, path=str(conflict.path)))
        elif choice == "skip":
            result.skipped.append(s.id)
        elif choice == "replace" and not conflict.replaceable:
            problems.append(issue("pack_cannot_replace", s.entry, id=s.id, path=str(conflict.path)))
        elif choice == "replace":
            writes.append(_Write("replace", conflict.path.name, s.data, s.id))
            result.replaced.append((s.id, user_dir / conflict.path.name))
        else:
            new_id, n = _free_id(s.id, taken, user_dir)
            data = _renamed(s.data, new_id, n)
            writes.append(_Write("add", f"{new_id}.json", data, new_id))
            result.renamed.append((s.id, new_id, user_dir / f"{new_id}.json"))
    for asset in insp.assets:
        relative = f"{ASSET_FOLDER}/{asset.relative}"
        target = user_dir.joinpath(*relative.split("/"))
        if target.exists():
            same = target.is_file() and not target.is_symlink() and target.read_bytes() == asset.data
            if not same:
                result.assets_kept.append(relative)
            continue
        writes.append(_Write("add", relative, asset.data))
        result.assets_added.append(target)
    return writes, problems


def _free_id(sid: str, taken: set[str], user_dir: Path) -> tuple[str, int]:
    for n in itertools.count(2):
        suffix = f"-{n}"
        candidate = sid[: ID_MAX_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken and not (user_dir / f"{candidate}.json").exists():
            taken.add(candidate)
            return candidate, n
    raise AssertionError("unreachable")


def _renamed(data: bytes, new_id: str, n: int) -> bytes:
    """The scenario with its id (and a " (n)" after its title) rewritten; key order kept."""
    doc = json.loads(data.decode("utf-8-sig"))
    doc["id"] = new_id
    title = f"{doc['title']} ({n})"
    if len(title) <= TITLE_MAX_LENGTH:
        doc["title"] = title
    out = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    report = load_scenario_text(out, name=f"{new_id}.json")
    if not report.valid:
        raise PackError([PackIssue(f"{new_id}.json", p) for p in report.errors])
    return out


def _check_target(user_dir: Path, w: _Write) -> None:
    """Refuse to write anywhere but inside the user's scenario folder, or through a link."""
    root = user_dir.resolve()
    target = user_dir.joinpath(*w.relative.split("/"))
    parts = w.relative.split("/")
    inside = target.resolve().is_relative_to(root) and ".." not in parts and not w.relative.startswith("/")
    if not inside or target.is_symlink() or (w.op == "add" and target.exists()):
        raise PackError(issue("pack_unsafe_target", path=str(target)))


def _carry_out(journal: Journal, user_dir: Path, w: _Write, n: int) -> None:
    target = user_dir.joinpath(*w.relative.split("/"))
    action = {"op": w.op, "path": w.relative, "id": w.id, "sha256": sha256(w.data)}
    if w.op == "replace":
        old = target.read_bytes()
        backup = f"backup/{n:04d}"
        write_atomic(journal.folder / backup, old)
        action.update(backup=backup, old_sha256=sha256(old))
    journal.record(action)  # before the file is touched, so a crash can still be undone
    if w.op == "add":
        target.parent.mkdir(parents=True, exist_ok=True)
        _check_target(user_dir, w)  # a folder just created must not have become a link
    write_atomic(target, w.data)
