"""Saving the draft: ``<id>.json`` in the user's scenario folder (never over a bundled file),
autosaved drafts offered back on the next open, and the question about unsaved changes."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from trainer.content.writer import is_slug
from trainer.ui import messages
from trainer.ui.editor import files

if TYPE_CHECKING:
    from trainer.ui.editor.window import EditorWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def offer_draft(ed: EditorWindow, key: str, current: dict[str, Any]) -> dict[str, Any] | None:
    saved = files.read_draft(key)
    if saved is None or saved.data == current:
        if saved is not None:
            files.remove_draft(key)
        return None
    title = str(saved.data.get("title") or saved.data.get("id") or key)
    if messages.confirm(
        ed,
        translate("ScenarioEditor", "Unsaved changes found"),
        translate("ScenarioEditor", "Changes to “%1” from %2 were not saved. Restore them to go on where you stopped?")
        .replace("%1", title)
        .replace("%2", saved.saved_at.replace("T", " ")),
        yes=translate("ScenarioEditor", "Restore the changes"),
        no=translate("ScenarioEditor", "Discard them"),
    ):
        return saved.data
    files.remove_draft(key)
    return None


def autosave(ed: EditorWindow) -> Path | None:
    """Write the draft beside the user's data (not over the scenario file)."""
    ed.autosave_timer.stop()
    ed.pending_since = None
    if not ed.draft.is_dirty():
        files.remove_draft(ed.draft_key)
        return None
    try:
        return files.write_draft(ed.draft_key, ed.draft.data, ed.path)
    except OSError as exc:
        log.warning("draft not autosaved: %s", exc)
        ed.statusBar().showMessage(
            translate("ScenarioEditor", "The draft could not be autosaved: %1").replace("%1", str(exc)), 10000
        )
        return None


def save(ed: EditorWindow) -> bool:
    """Save ``<id>.json`` into the user's scenario folder; True when the file was written."""
    result = ed.validator.validate_now()
    scenario_id = str(ed.draft.get("/id", "") or "")
    title = translate("ScenarioEditor", "Not saved")
    if not is_slug(scenario_id):
        messages.error(
            ed,
            title,
            translate("ScenarioEditor", "The scenario needs a valid id first: it is also the file name."),
            translate(
                "ScenarioEditor",
                "Use lower-case letters without diacritics, digits and hyphens, e.g. “chay-phong-thi-nghiem”.",
            ),
        )
        ed.go_to("/id")
        return False
    if scenario_id in ed.library_ids_but_own():
        other = ed.library_ids[scenario_id]
        messages.error(
            ed,
            title,
            translate("ScenarioEditor", "Another scenario already uses the id “%1” (%2).")
            .replace("%1", scenario_id)
            .replace("%2", str(other)),
            translate("ScenarioEditor", "Choose another id; a bundled scenario is never replaced."),
        )
        ed.go_to("/id")
        return False
    target = files.target_for(scenario_id)
    replacing = target.exists() and (ed.path is None or target.resolve() != ed.path.resolve())
    if replacing and not messages.confirm(
        ed,
        translate("ScenarioEditor", "Replace the file?"),
        translate("ScenarioEditor", "Your scenario folder already has a file “%1”. Replace it?").replace(
            "%1", target.name
        ),
        yes=translate("ScenarioEditor", "Replace it"),
        no=translate("ScenarioEditor", "Cancel"),
    ):
        return False
    if result.errors and not messages.confirm(
        ed,
        translate("ScenarioEditor", "Save with problems?"),
        translate(
            "ScenarioEditor",
            "The scenario still has %1 problem(s). Until they are fixed, the library lists it among the files "
            "with errors and it cannot be practised. Save it anyway?",
        ).replace("%1", str(result.errors)),
        yes=translate("ScenarioEditor", "Save anyway"),
        no=translate("ScenarioEditor", "Keep editing"),
    ):
        return False
    try:
        files.save_scenario(ed.draft.data, target)
    except OSError as exc:
        messages.error(
            ed,
            title,
            translate("ScenarioEditor", "The scenario could not be written to %1.").replace("%1", str(target)),
            translate(
                "ScenarioEditor", "Check that the folder exists and that you may write to it. Details: %1"
            ).replace("%1", str(exc)),
        )
        return False
    _after_save(ed, target, scenario_id)
    return True


def _after_save(ed: EditorWindow, target: Path, scenario_id: str) -> None:
    old = ed.path
    if old is not None and old.resolve() != target.resolve() and old.exists():
        if messages.confirm(
            ed,
            translate("ScenarioEditor", "The id changed"),
            translate("ScenarioEditor", "The scenario is now saved as “%1”. Remove the old file “%2”?")
            .replace("%1", target.name)
            .replace("%2", old.name),
            yes=translate("ScenarioEditor", "Remove the old file"),
            no=translate("ScenarioEditor", "Keep both files"),
        ):
            try:
                old.unlink()
            except OSError as exc:
                log.warning("old scenario file not removed: %s", exc)
        if not old.exists():
            ed.library_ids = {i: p for i, p in ed.library_ids.items() if p != old}
    files.remove_draft(ed.draft_key)
    ed.autosave_timer.stop()
    ed.pending_since = None
    ed.draft_key = scenario_id
    ed.path = target
    ed.library_ids[scenario_id] = target
    ed.validator.library_ids = ed.library_ids
    ed.validator.own_path = target
    ed.draft.mark_saved()
    ed._update_title()
    ed.statusBar().showMessage(translate("ScenarioEditor", "Saved to %1").replace("%1", str(target)), 10000)
    ed.saved.emit(str(target))


def settle_unsaved(ed: EditorWindow) -> bool:
    """Ask what to do with unsaved changes; False when the trainer cancels."""
    if not ed.draft.is_dirty():
        files.remove_draft(ed.draft_key)
        return True
    name = str(ed.draft.get("/title", "") or "") or translate("ScenarioEditor", "New scenario")
    answer = messages.choose(
        ed,
        translate("ScenarioEditor", "Unsaved changes"),
        translate("ScenarioEditor", "Save the changes to “%1”?").replace("%1", name),
        [
            ("save", translate("ScenarioEditor", "Save")),
            ("discard", translate("ScenarioEditor", "Discard the changes")),
            ("cancel", translate("ScenarioEditor", "Cancel")),
        ],
        default="save",
        cancel="cancel",
    )
    if answer == "save":
        return ed.save()
    if answer == "discard":
        files.remove_draft(ed.draft_key)
        ed.draft.mark_saved()
        return True
    return False
