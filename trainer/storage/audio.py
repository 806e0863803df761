"""Where recorded answers live: ``audio/<trainee id>/<answer id>.<ext>`` under the data folder.

The database stores the path relative to the data folder (POSIX separators), so a data
folder can move between machines. Keeping each trainee's recordings in their own folder
lets erasure remove the folder as a whole.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath
from uuid import UUID

AUDIO_FOLDER = "audio"


def audio_relpath(trainee_id: UUID, answer_id: UUID, suffix: str = ".wav") -> str:
    """The relative path a recording of this answer should be written to."""
    return f"{AUDIO_FOLDER}/{trainee_id}/{answer_id}{suffix}"


def trainee_audio_folder(data_dir: Path, trainee_id: UUID) -> Path:
    return data_dir / AUDIO_FOLDER / str(trainee_id)


def clean_relpath(path: str) -> str:
    """*path* as a safe relative POSIX path inside the data folder; ValueError otherwise."""
    if not path or PureWindowsPath(path).drive or PureWindowsPath(path).root or path.startswith("/"):
        raise ValueError(f"audio path {path!r} must be relative to the data folder")
    parts = PurePosixPath(path.replace("\\", "/")).parts
    if any(p in ("..", "") for p in parts):
        raise ValueError(f"audio path {path!r} must stay inside the data folder")
    return "/".join(p for p in parts if p != ".")


def absolute(data_dir: Path, relpath: str) -> Path:
    return data_dir.joinpath(*clean_relpath(relpath).split("/"))
