"""Keeping the library true to the scenario files on disk.

A scenario file may be edited, broken or deleted while it is practised (a trainer fixes a
question in another editor, a pack import replaces it). The interview in progress keeps the
version it started with: it holds its own :class:`~trainer.domain.scenario.Scenario`, the
session stores that version's content hash, and the answers are scored against it. The
library catches up when the trainee comes back to it: a *stamp* of the files (name, size,
modification time) taken with each load is compared with the files as they are, and the
library reloads when they differ — a broken file then appears among the files that could
not be loaded, a deleted one disappears. Both run off the GUI thread (the folders may be on
a network share).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.content.loader import ScenarioReport

log = logging.getLogger(__name__)

Stamp = tuple[tuple[str, int, int], ...]


def scenario_folders(extra: Iterable[str | Path] = ()) -> list[Path]:
    """The folders the library loads: the bundled scenarios, the user's own, then *extra*
    (from the settings and the command line), each once."""
    from trainer import paths

    folders = [paths.bundled_scenarios_dir(), paths.user_scenarios_dir(), *(Path(p) for p in extra)]
    return list(dict.fromkeys(folders))


def library_stamp(folders: Iterable[Path]) -> Stamp:
    """(path, size, modification time in ns) of every scenario file the library would load."""
    from trainer.content.loader import find_scenario_files

    out: list[tuple[str, int, int]] = []
    for path in find_scenario_files(f for f in folders if Path(f).exists()):
        try:
            st = path.stat()
        except OSError:
            out.append((str(path), -1, -1))
        else:
            out.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(out)


def load_stamped(folders: list[Path]) -> tuple[Stamp, list[ScenarioReport]]:
    """The stamp, then the library (a file changed in between shows up at the next check)."""
    from trainer.content.loader import load_library  # jsonschema: imported off the GUI thread

    stamp = library_stamp(folders)
    return stamp, load_library(folders)


def reload_if_changed(folders: list[Path], stamp: Stamp, reload: Callable[[], object]) -> None:
    """Call *reload* (on the GUI thread) when the files in *folders* no longer match *stamp*."""
    from trainer.ui.tasks import run_task

    def compare(now: Stamp) -> None:
        if now != stamp:
            reload()

    run_task(library_stamp, folders, on_done=compare, on_error=lambda exc: log.warning("folders not checked: %s", exc))
