"""The record of each pack import, so that it can be undone.

Each import gets a folder in ``<data folder>/pack-imports/<time>-<random>/`` holding
``journal.json`` and ``backup/`` (the files it replaced). An action is recorded *before* it
is carried out, so even an import cut short (a full disk, a power cut) can be rolled back.

Undo removes the files the import added and puts back the files it replaced — but only
where the file is still exactly what the import wrote: a file changed since then is left
as it is and reported, so undo never loses anyone's later work.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from trainer import paths
from trainer.content.packs_model import PackError, PackInspection, issue

log = logging.getLogger(__name__)

JOURNAL_FORMAT = 1
JOURNAL_NAME = "journal.json"
UNDOABLE = ("complete", "in_progress")


def journal_root() -> Path:
    return paths.data_dir() / "pack-imports"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path* through a hidden temporary file in the same folder, then rename."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


@dataclass
class Journal:
    folder: Path
    data: dict[str, Any]

    @classmethod
    def create(cls, root: Path, insp: PackInspection, scenario_root: Path) -> Journal:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        folder = root / f"{stamp}-{uuid.uuid4().hex[:6]}"
        (folder / "backup").mkdir(parents=True)
        m = insp.manifest
        journal = cls(
            folder,
            {
                "journal_format": JOURNAL_FORMAT,
                "state": "in_progress",
                "started": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
                "pack": {
                    "file": str(insp.path),
                    "name": m.name if m else "",
                    "version": m.version if m else "",
                    "author": m.author if m else "",
                },
                "scenario_root": str(scenario_root),
                "actions": [],
            },
        )
        journal.save()
        return journal

    @classmethod
    def load(cls, folder: Path) -> Journal:
        try:
            data = json.loads((folder / JOURNAL_NAME).read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("actions"), list):
                raise ValueError("not a journal")
        except (OSError, ValueError) as exc:
            raise PackError(issue("pack_journal_bad", path=str(folder), detail=str(exc))) from exc
        return cls(folder, data)

    @property
    def state(self) -> str:
        return str(self.data.get("state", ""))

    @property
    def pack_name(self) -> str:
        return str(self.data.get("pack", {}).get("name", ""))

    @property
    def started(self) -> str:
        return str(self.data.get("started", ""))

    @property
    def scenario_root(self) -> Path:
        return Path(self.data["scenario_root"])

    def save(self) -> None:
        text = json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"
        write_atomic(self.folder / JOURNAL_NAME, text.encode("utf-8"))

    def record(self, action: dict[str, Any]) -> None:
        self.data["actions"].append(action)
        self.save()

    def set_state(self, state: str) -> None:
        self.data["state"] = state
        self.save()


@dataclass
class UndoResult:
    pack_name: str
    removed: list[Path] = field(default_factory=list)  # files the import had added
    restored: list[Path] = field(default_factory=list)  # files it had replaced, put back
    kept: list[Path] = field(default_factory=list)  # changed since the import: left as they are
    journal: Path | None = None


def journals(root: Path | None = None) -> list[Journal]:
    """Readable journals, the newest first (an unreadable one is logged and passed over)."""
    root = root or journal_root()
    if not root.is_dir():
        return []
    found = []
    for folder in sorted((p for p in root.iterdir() if p.is_dir()), reverse=True):
        try:
            found.append(Journal.load(folder))
        except PackError as exc:
            log.warning("%s", exc)
    return found


def last_import(root: Path | None = None) -> Journal | None:
    """The most recent import that can still be undone."""
    return next((j for j in journals(root) if j.state in UNDOABLE), None)


def undo_last_import(root: Path | None = None) -> UndoResult:
    journal = last_import(root)
    if journal is None:
        raise PackError(issue("pack_nothing_to_undo"))
    return undo(journal)


def undo(journal: Journal, *, final_state: str = "undone") -> UndoResult:
    """Reverse the journal's actions, newest first, never touching a file changed since."""
    result = UndoResult(journal.pack_name, journal=journal.folder)
    root = journal.scenario_root
    for action in reversed(journal.data["actions"]):
        target = _target(root, str(action.get("path", "")))
        current = target.read_bytes() if target.is_file() and not target.is_symlink() else None
        if action.get("op") == "add":
            if current is None:
                continue  # never written, or already removed
            if sha256(current) != action.get("sha256"):
                result.kept.append(target)
                continue
            target.unlink()
            _remove_empty_folders(target.parent, root)
            result.removed.append(target)
        elif action.get("op") == "replace":
            if current is not None and sha256(current) == action.get("old_sha256"):
                continue  # the import never got to write it
            if current is not None and sha256(current) != action.get("sha256"):
                result.kept.append(target)
                continue
            try:
                backup = _target(journal.folder, str(action.get("backup", ""))).read_bytes()
            except OSError as exc:
                raise PackError(issue("pack_journal_bad", path=str(journal.folder), detail=str(exc))) from exc
            write_atomic(target, backup)
            result.restored.append(target)
    journal.set_state(final_state)
    return result


def _remove_empty_folders(folder: Path, root: Path) -> None:
    """Remove *folder* and its parents while empty, up to (not including) *root*."""
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def _target(root: Path, relative: str) -> Path:
    """*relative* under *root*, refusing anything that would lead outside it."""
    rel = PurePosixPath(relative)
    target = root.joinpath(*rel.parts)
    if not relative or rel.is_absolute() or ".." in rel.parts or not target.resolve().is_relative_to(root.resolve()):
        raise PackError(issue("pack_unsafe_target", path=relative))
    return target
