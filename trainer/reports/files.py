"""Writing a report file so that a failure half-way never leaves a broken file behind."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ReportError(Exception):
    """A report could not be written; the message says why and what to do. *code* says the
    same for a translated message: is_folder, no_folder, not_writable or incomplete."""

    def __init__(self, message: str, *, code: str = "incomplete", path: Path | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.path = path


@contextmanager
def atomic_write(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside *path*; on success it replaces *path*, on failure it is
    removed and an existing *path* stays as it was."""
    path = Path(path)
    if path.is_dir():
        raise ReportError(f"{path} is a folder; give a file name", code="is_folder", path=path)
    if not path.parent.is_dir():
        raise ReportError(
            f"the folder {path.parent} does not exist; choose another place", code="no_folder", path=path.parent
        )
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        tmp.touch(exist_ok=False)
    except OSError as exc:
        raise ReportError(
            f"cannot write in the folder {path.parent} ({exc.strerror or exc}); choose another folder",
            code="not_writable",
            path=path.parent,
        ) from exc
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
