"""Answers kept in a file because the window closed before they were stored.

A submitted answer is never lost: when the app closes while an answer is still being
saved (another program holds the database) or after its save failed, the answer is
written here, and it is put back in the answer box when that interview is resumed
(trainer/ui/closing.py). One small JSON file per interview, named after the practice
session, in ``unsaved-answers/`` in the data folder; where that folder cannot be written
(a read-only or full data folder is often why the save failed), in the same folder under
the settings folder. Text is NFC; the file is written whole (a temporary file, flushed,
then renamed) so a crash never leaves half of one.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trainer import paths
from trainer.domain.text import nfc

log = logging.getLogger(__name__)

FOLDER = "unsaved-answers"
FORMAT = "media-response-trainer/unsaved-answer"
VERSION = 1


@dataclass(frozen=True)
class KeptAnswer:
    session_id: str
    trainee_id: str
    scenario_id: str
    question_id: str
    question_text: str
    text: str  # what she typed, or the corrected transcript of a spoken answer
    input_mode: str = "typed"  # typed | spoken
    audio_path: str | None = None  # a spoken answer's recording, relative to the data folder
    kept_at: str = ""  # ISO 8601, UTC
    path: Path | None = field(default=None, compare=False)  # where it is kept (None: not yet)

    def to_json(self) -> str:
        data: dict[str, Any] = {"format": FORMAT, "version": VERSION}
        data.update({k: (nfc(v) if isinstance(v, str) else v) for k, v in asdict(self).items() if k != "path"})
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str, path: Path) -> KeptAnswer:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a kept answer")
        names = {f for f in cls.__dataclass_fields__ if f != "path"}
        values = {k: data[k] for k in names if k in data}
        for key in ("session_id", "trainee_id", "scenario_id", "question_id", "question_text", "text"):
            if not isinstance(values.get(key), str):
                raise ValueError(f"{key} is missing")
        return cls(**{k: (nfc(v) if isinstance(v, str) else v) for k, v in values.items()}, path=path)


def folders(data_dir: Path) -> list[Path]:
    """Where answers are kept, in the order tried: the data folder, then the settings folder."""
    return [data_dir / FOLDER, paths.config_dir() / FOLDER]


def keep(answer: KeptAnswer, data_dir: Path) -> KeptAnswer:
    """Write *answer* into the first folder that takes it; raises OSError when none does."""
    answer = replace(answer, kept_at=answer.kept_at or datetime.now(UTC).isoformat(timespec="seconds"))
    text = answer.to_json().encode("utf-8")
    errors: list[str] = []
    for folder in folders(data_dir):
        target = folder / f"{answer.session_id}.json"
        partial = target.with_name(target.name + ".partial")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with open(partial, "wb") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            partial.replace(target)
        except OSError as exc:
            errors.append(f"{folder}: {exc.strerror or exc}")
            with contextlib.suppress(OSError):
                partial.unlink()
            continue
        log.warning("an answer not yet saved was kept in %s", target)
        return replace(answer, path=target)
    raise OSError("; ".join(errors))


def find(session_id: str, data_dir: Path) -> KeptAnswer | None:
    """The answer kept for the practice session *session_id*, if any (an unreadable file is logged and skipped)."""
    for folder in folders(data_dir):
        path = folder / f"{session_id}.json"
        if not path.is_file():
            continue
        try:
            return KeptAnswer.from_json(path.read_text(encoding="utf-8"), path)
        except (OSError, ValueError, TypeError) as exc:
            log.warning("kept answer %s could not be read: %s", path, exc)
    return None


def discard(answer: KeptAnswer) -> None:
    """The kept answer was stored after all: remove its file."""
    if answer.path is not None:
        try:
            answer.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("kept answer %s could not be removed: %s", answer.path, exc)


def set_aside(answer: KeptAnswer) -> Path | None:
    """Keep the file but stop offering it (renamed ``<session>-shown-<time>.json``); returns where it is."""
    if answer.path is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = answer.path.with_name(f"{answer.session_id}-shown-{stamp}.json")
    try:
        answer.path.replace(target)
    except OSError as exc:
        log.warning("kept answer %s could not be set aside: %s", answer.path, exc)
        return answer.path
    return target
