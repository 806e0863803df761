"""The pages beyond the library and the interview: history, workshops, debrief, the editor.

Each page is built the first time it is opened (its modules are imported then, not at
start-up) and lives in the main window's page stack. Trainer-only work goes through the
trainer PIN.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from trainer.ui.trainer_mode import TrainerMode, add_trainer_actions

if TYPE_CHECKING:
    from trainer.ui.history import HistoryPage
    from trainer.ui.main_window import MainWindow
    from trainer.ui.workshop import WorkshopPage
    from trainer.ui.workshop.debrief import DebriefPage

log = logging.getLogger(__name__)


class ExtraPages(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.trainer_mode = TrainerMode(lambda: window.settings, window._save_settings, parent=self)
        self._history: HistoryPage | None = None
        self._workshops: WorkshopPage | None = None
        self._debrief: DebriefPage | None = None

    def forget_pages(self) -> None:
        """The window rebuilt its widgets (language switch): pages are built again on demand."""
        self._history = self._workshops = self._debrief = None

    # --- menus -------------------------------------------------------------------------------
    def add_menus(self, bar: Any, profile_menu: Any, file_menu: Any) -> None:
        w = self.window
        history = QAction(self.tr("&History…"), w)
        history.setShortcuts([QKeySequence("Ctrl+H")])
        history.triggered.connect(self.show_history)
        profile_menu.addAction(history)

        new = QAction(self.tr("&New scenario…"), w)
        new.setShortcuts([QKeySequence("Ctrl+Shift+N")])
        new.triggered.connect(lambda: self._with_trainer(self._editor_new))
        copy = QAction(self.tr("Edit a &copy of this scenario…"), w)
        copy.triggered.connect(lambda: self._with_trainer(self._editor_copy))
        mine = QAction(self.tr("&Edit this scenario…"), w)
        mine.triggered.connect(lambda: self._with_trainer(self._editor_selected))
        file_menu.addSeparator()
        for action in (new, copy, mine):
            file_menu.addAction(action)

        workshop_menu = bar.addMenu(self.tr("&Workshop"))
        workshops = QAction(self.tr("&Workshops…"), w)
        workshops.setShortcuts([QKeySequence("Ctrl+Shift+W")])
        workshops.triggered.connect(self.show_workshops)
        workshop_menu.addAction(workshops)
        workshop_menu.addSeparator()
        add_trainer_actions(workshop_menu, self.trainer_mode, w)

    def _with_trainer(self, action: Any) -> None:
        if self.trainer_mode.require(self.window):
            action()

    # --- history -------------------------------------------------------------------------
    def history(self) -> HistoryPage:
        if self._history is None:
            from trainer.ui.history import HistoryPage

            page = HistoryPage(self.window)
            page.closed.connect(self.window.show_library)
            page.practise.connect(lambda scenario, level: self.window.start_practice(scenario, level, level < 3))
            self.window.pages.addWidget(page)
            self._history = page
        return self._history

    def show_history(self) -> None:
        w = self.window
        if w.in_interview or not w._ready_to_practise():
            return
        page = self.history()
        page.set_context(w.state.db, w.state.trainee, w.valid_scenarios())
        w.pages.setCurrentWidget(page)

    # --- workshops and debrief ---------------------------------------------------------------
    def show_workshops(self) -> None:
        w = self.window
        if w.state.db is None or w.in_interview or not self.trainer_mode.require(w):
            return
        if self._workshops is None:
            from trainer.ui.workshop import WorkshopPage

            page = WorkshopPage(
                w.state.db, scorer=w.state.scorer(), scenarios=w.valid_scenarios(), speech=w.speech, parent=w
            )
            page.closed.connect(w.show_library)
            page.debrief_requested.connect(self.show_debrief)
            w.pages.addWidget(page)
            self._workshops = page
        w.pages.setCurrentWidget(self._workshops)

    def show_debrief(self, info: Any) -> None:
        w = self.window
        if w.state.db is None:
            return
        if self._debrief is None:
            from trainer.ui.workshop.debrief import DebriefPage

            page = DebriefPage(w)
            page.back_requested.connect(self.show_workshops)
            w.pages.addWidget(page)
            self._debrief = page
        self._debrief.set_workshop(w.state.db, info.id)
        w.pages.setCurrentWidget(self._debrief)

    @property
    def workshop_running(self) -> bool:
        return self._workshops is not None and bool(self._workshops.running)

    def close_workshop_run(self) -> None:
        if self._workshops is not None:
            self._workshops.close_run()

    # --- keeping pages up to date --------------------------------------------------------
    def scenarios_changed(self) -> None:
        scenarios = self.window.valid_scenarios()
        if self._history is not None:
            self._history.set_scenarios(scenarios)
        if self._workshops is not None:
            self._workshops.set_scenarios(scenarios)

    def trainee_changed(self) -> None:
        w = self.window
        if self._history is not None and w.pages.currentWidget() is self._history:
            self._history.set_context(w.state.db, w.state.trainee, w.valid_scenarios())

    def speech_changed(self) -> None:
        if self._workshops is not None:
            self._workshops.set_speech(self.window.speech)

    # --- the scenario editor ---------------------------------------------------------------
    def _editor_new(self) -> None:
        from trainer.ui.editor import actions

        actions.new_scenario(self.window)

    def _editor_copy(self) -> None:
        from trainer.ui.editor import actions

        actions.edit_copy(self.window)

    def _editor_selected(self) -> None:
        from trainer.ui.editor import actions

        actions.edit_selected(self.window)

    def close_editor(self) -> bool:
        """False when the trainer cancelled closing an editor with unsaved changes."""
        if "trainer.ui.editor.actions" not in sys.modules:
            return True  # no editor was ever opened: quitting need not import it
        from trainer.ui.editor import actions

        return bool(actions.close_editor(self.window))
