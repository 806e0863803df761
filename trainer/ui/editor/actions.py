"""Ready-made handlers for the main window's menu entries (the main window wires them).

    from trainer.ui.editor import actions as editor_actions

    new = QAction(self.tr("&New scenario…"), self)
    new.setShortcut(QKeySequence("Ctrl+Shift+N"))
    new.triggered.connect(lambda: editor_actions.new_scenario(self))
    copy = QAction(self.tr("Edit a &copy of this scenario…"), self)
    copy.triggered.connect(lambda: editor_actions.edit_copy(self))
    mine = QAction(self.tr("&Edit this scenario…"), self)
    mine.triggered.connect(lambda: editor_actions.edit_selected(self))

and first thing in ``closeEvent``::

    if not editor_actions.close_editor(self):
        event.ignore()
        return

*window* is the main window: it has ``settings``, ``speech``, ``library`` (with
``selected_scenario()`` and ``select_scenario(id)``), ``loading`` and ``reload()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from trainer.ui.editor.window import EditorWindow


def editor_for(window: Any) -> EditorWindow:
    """The main window's editor (one per window), created the first time."""
    editor: EditorWindow | None = window.findChild(EditorWindow)
    if editor is None:
        editor = EditorWindow(window.settings, speech=window.speech, parent=window)
        editor.saved.connect(lambda path: _show_saved(window, path))
    editor.speech = window.speech  # the main window may have replaced its speech service
    editor.settings = window.settings
    return editor


def _raise(editor: EditorWindow) -> None:
    editor.show()
    editor.raise_()
    editor.activateWindow()


def new_scenario(window: Any) -> None:
    editor = editor_for(window)
    if editor.open_new():
        _raise(editor)


def edit_copy(window: Any) -> None:
    """A copy of the scenario selected in the library (or one chosen in a file dialog)."""
    editor = editor_for(window)
    scenario = window.library.selected_scenario()
    if scenario is None or not scenario.source_path:
        if editor.choose_copy():
            _raise(editor)
        return
    if editor.open_copy(scenario.source_path):
        _raise(editor)


def edit_selected(window: Any) -> None:
    """The selected scenario: in place when it is in the user's folder, else as a copy."""
    editor = editor_for(window)
    scenario = window.library.selected_scenario()
    if scenario is None or not scenario.source_path:
        if editor.choose_file():
            _raise(editor)
        return
    if editor.open_file(scenario.source_path):
        _raise(editor)


def close_editor(window: Any) -> bool:
    """Close the editor before the main window; False when the trainer keeps it open."""
    editor = window.findChild(EditorWindow)
    return editor is None or not editor.isVisible() or editor.close()


def _show_saved(window: Any, path: str) -> None:
    """Reload the library, then select the scenario just saved."""
    scenario_id = Path(path).stem
    window.reload()
    tries = [0]

    def select() -> None:
        if window.loading and tries[0] < 100:
            tries[0] += 1
            QTimer.singleShot(100, select)
            return
        window.library.select_scenario(scenario_id)

    QTimer.singleShot(100, select)
