"""The library page: the scenario table beside the selected scenario's briefing and the
start panel. The main window builds it just after its first frame is on screen (see
MainWindow._ensure_library_page), so the window itself appears sooner."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from trainer.ui.briefing_view import BriefingView
from trainer.ui.library_view import LibraryView
from trainer.ui.start_panel import StartPanel

if TYPE_CHECKING:
    from trainer.content.loader import ScenarioReport
    from trainer.ui.session_state import SessionState


class LibraryPage(QSplitter):
    def __init__(self, parent: Any, *, ui_language: str) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("libraryPage")
        self.library = LibraryView(self, ui_language=ui_language)
        self.briefing = BriefingView(self)
        self.start_panel = StartPanel(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.briefing, 1)
        right_layout.addWidget(self.start_panel)
        self.addWidget(self.library)
        self.addWidget(right)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([840, 526])

    def show_reports(self, reports: list[ScenarioReport]) -> None:
        """A (re)loaded library; the selected scenario stays selected, in its new version."""
        selected = self.library.selected_scenario()
        self.library.show_reports(reports)
        if selected is not None:
            self.library.select_scenario(selected.id)

    def update_start_panel(self, state: SessionState) -> None:
        """Best scores in the table; the start panel for the selected scenario and trainee."""
        scenario = self.library.selected_scenario()
        self.library.model.set_best_scores(state.best_scores())
        self.start_panel.set_scenario(
            scenario,
            best=state.best_score(scenario.id) if scenario else None,
            resumable=state.resumable(scenario) if scenario else None,
        )
        self.start_panel.set_practice_available(*state.practice_available())
