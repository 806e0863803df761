"""Files of the editor: reading a scenario to edit, saving it, autosaved drafts, the ids
already used in the library. No Qt here."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trainer import paths
from trainer.content.problems import Problem
from trainer.content.writer import scenario_to_text
from trainer.domain.text import nfc_deep

DRAFT_FORMAT = "scenario-editor-draft-1"
NEW_DRAFT_KEY = "new-scenario"


class ScenarioFileError(Exception):
    """A file the editor cannot open; ``problem.message(language)`` says why, in both languages."""

    def __init__(self, path: Path, problem: Problem) -> None:
        super().__init__(f"{path}: {problem.message('en')}")
        self.path, self.problem = path, problem


def read_scenario_dict(path: Path) -> dict[str, Any]:
    """The JSON object of a scenario file, NFC; raises ScenarioFileError with the reason."""
    from trainer.content.jsonfile import parse_json
    from trainer.content.loader import MAX_FILE_BYTES

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ScenarioFileError(path, Problem("too_large", "", params={"size": size, "limit": MAX_FILE_BYTES}))
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioFileError(path, Problem("io", "", params={"detail": exc.strerror or str(exc)})) from exc
    data, problems = parse_json(raw)  # also refuses NaN, a 5000-digit number, "\ud800"
    if problems:
        raise ScenarioFileError(path, problems[0])
    if not isinstance(data, dict):
        raise ScenarioFileError(path, Problem("not_object", ""))
    result: dict[str, Any] = nfc_deep(data)
    return result


def write_atomic(path: Path, text: str) -> None:
    """Write *text* as UTF-8 through a temporary file, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def is_inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def is_bundled(path: Path) -> bool:
    return is_inside(path, paths.bundled_scenarios_dir())


def target_for(scenario_id: str) -> Path:
    return paths.user_scenarios_dir() / f"{scenario_id}.json"


def save_scenario(data: dict[str, Any], target: Path) -> None:
    if is_bundled(target):
        raise PermissionError(f"{target}: bundled scenarios are never overwritten")
    write_atomic(target, scenario_to_text(data))


def library_ids(folders: list[Path]) -> dict[str, Path]:
    """id -> file for every scenario file in *folders* (the first file wins, as in the library)."""
    from trainer.content.loader import find_scenario_files

    found: dict[str, Path] = {}
    for path in find_scenario_files(f for f in folders if f.exists()):
        try:
            data = json.loads(path.read_bytes().decode("utf-8-sig"))
        except (OSError, ValueError, RecursionError):
            continue
        scenario_id = data.get("id") if isinstance(data, dict) else None
        if isinstance(scenario_id, str) and scenario_id not in found:
            found[scenario_id] = path
    return found


# --- drafts -------------------------------------------------------------------------------
def drafts_dir() -> Path:
    return paths.data_dir() / "drafts"


def draft_path(key: str) -> Path:
    return drafts_dir() / f"{key}.json"


@dataclass
class SavedDraft:
    key: str
    data: dict[str, Any]
    origin: str | None  # the file it is a draft of (None: not saved yet)
    saved_at: str


def write_draft(key: str, data: dict[str, Any], origin: Path | None) -> Path:
    path = draft_path(key)
    record = {
        "format": DRAFT_FORMAT,
        "origin": str(origin) if origin else None,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "scenario": data,
    }
    write_atomic(path, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    return path


def read_draft(key: str) -> SavedDraft | None:
    path = draft_path(key)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("format") != DRAFT_FORMAT:
        return None
    scenario = record.get("scenario")
    if not isinstance(scenario, dict):
        return None
    origin = record.get("origin")
    return SavedDraft(key, nfc_deep(scenario), origin if isinstance(origin, str) else None, str(record.get("saved_at")))


def remove_draft(key: str) -> None:
    with contextlib.suppress(OSError):
        draft_path(key).unlink(missing_ok=True)
