"""Opening a scenario in the editor: a new one from scratch, a copy of any scenario (with
a new id), or one of the user's own files in place; a file that cannot be read is
explained and nothing is replaced. Unsaved changes of the scenario open before are settled
first, and an unsaved draft of the one being opened is offered back (saving.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from trainer import paths
from trainer.content.writer import is_slug
from trainer.ui import messages
from trainer.ui.editor import files, refs, saving

if TYPE_CHECKING:
    from trainer.ui.editor.window import EditorWindow

translate = QCoreApplication.translate


def library_folders(ed: EditorWindow) -> list[Path]:
    folders = [paths.bundled_scenarios_dir(), paths.user_scenarios_dir()]
    folders += [Path(p) for p in ed.settings.extra_scenario_dirs]
    return list(dict.fromkeys(folders))


def open_new(ed: EditorWindow) -> bool:
    if not saving.settle_unsaved(ed):
        return False
    load(ed, refs.new_scenario(ed.language), None, files.NEW_DRAFT_KEY)
    ed.go_to("/title")
    return True


def open_copy(ed: EditorWindow, scenario_path: str | Path) -> bool:
    source = Path(scenario_path)
    if not saving.settle_unsaved(ed):
        return False
    data = read(ed, source)
    if data is None:
        return False
    ed.library_ids = files.library_ids(library_folders(ed))
    copy = refs.copy_of(data, list(ed.library_ids))
    load(ed, copy, None, str(copy["id"]))
    ed.statusBar().showMessage(
        translate("ScenarioEditor", "A copy of “%1”: give it its own id and title, then save.").replace(
            "%1", str(data.get("title") or source.name)
        ),
        10000,
    )
    return True


def open_file(ed: EditorWindow, path: str | Path) -> bool:
    path = Path(path)
    if not files.is_inside(path, paths.user_scenarios_dir()):
        return open_copy(ed, path)
    if not saving.settle_unsaved(ed):
        return False
    data = read(ed, path)
    if data is None:
        return False
    key = str(data.get("id")) if is_slug(str(data.get("id", ""))) else path.stem
    load(ed, data, path, key)
    return True


def choose_copy(ed: EditorWindow) -> bool:
    start = str(paths.bundled_scenarios_dir())
    name, _ = QFileDialog.getOpenFileName(
        ed, translate("ScenarioEditor", "Choose a scenario to copy"), start, "JSON (*.json)"
    )
    return bool(name) and open_copy(ed, name)


def choose_file(ed: EditorWindow) -> bool:
    folder = paths.user_scenarios_dir()
    name, _ = QFileDialog.getOpenFileName(
        ed, translate("ScenarioEditor", "Open one of my scenarios"), str(folder), "JSON (*.json)"
    )
    return bool(name) and open_file(ed, name)


def read(ed: EditorWindow, path: Path) -> dict[str, Any] | None:
    """The scenario file as a dict, or None after telling the user why it cannot be opened."""
    try:
        return files.read_scenario_dict(path)
    except files.ScenarioFileError as exc:
        where = f"{exc.problem.pointer}: " if exc.problem.pointer else ""  # e.g. /facts/0/number
        messages.error(
            ed,
            translate("ScenarioEditor", "The scenario cannot be opened"),
            translate("ScenarioEditor", "“%1” cannot be opened in the editor.").replace("%1", path.name),
            where
            + exc.problem.message(ed.language)
            + "\n"
            + translate(
                "ScenarioEditor", "Fix the file in a text editor (see docs/scenario-format.md), then open it again."
            ),
        )
        return None


def load(ed: EditorWindow, data: dict[str, Any], path: Path | None, key: str) -> None:
    """Put *data* in the editor (*path*: the user's file it came from, None for a new one;
    *key*: the name of its autosaved draft)."""
    ed.autosave_timer.stop()
    ed.pending_since = None
    ed.path = path
    ed.draft_key = key
    ed.library_ids = files.library_ids(library_folders(ed))
    ed.validator.library_ids = ed.library_ids
    ed.validator.own_path = path
    ed.draft.replace(data, saved=True)
    restored = saving.offer_draft(ed, key, data)
    if restored is not None:
        ed.draft.replace(restored, saved=False)
    for section in ed.sections.values():
        section.bind()
    ed.questions_page.flow.set_questions(ed.draft.items("/questions"))
    ed.nav.setCurrentRow(0)
    ed._update_title()
    ed.validator.schedule()
