"""The main window: the scenario library beside the selected scenario's briefing."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QProgressBar,
    QSplitter,
)

from trainer import __version__, paths
from trainer.content.loader import ScenarioReport, load_library
from trainer.settings import Settings, load_settings, save_settings
from trainer.ui import messages
from trainer.ui.application import install_translator
from trainer.ui.briefing_view import BriefingView
from trainer.ui.library_view import LibraryView
from trainer.ui.tasks import run_task

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, extra_scenario_dirs: Iterable[str] = (), settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or load_settings()
        self.cli_scenario_dirs = [str(p) for p in extra_scenario_dirs]
        self.reports: list[ScenarioReport] = []
        self.loading = False
        self.resize(1280, 760)
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode("ascii")))
        self._build()
        self.reload()

    # --- construction -------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("Media Response Trainer"))
        ui_language = str(QApplication.instance().property("trainer_language") or self.settings.language)
        self.library = LibraryView(self, ui_language=ui_language)
        self.briefing = BriefingView(self)
        self.library.scenario_selected.connect(self._show_briefing)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.library)
        splitter.addWidget(self.briefing)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 520])
        self.setCentralWidget(splitter)
        if self.reports:
            self.library.show_reports(self.reports)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self._build_menus()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_folder_action = QAction(self.tr("&Add scenario folder…"), self)
        self.open_folder_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_folder_action.triggered.connect(self.add_scenario_folder)
        file_menu.addAction(self.open_folder_action)
        self.reload_action = QAction(self.tr("&Reload scenarios"), self)
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.reload)
        file_menu.addAction(self.reload_action)
        open_data = QAction(self.tr("Open my &scenario folder"), self)
        open_data.triggered.connect(self.open_user_folder)
        file_menu.addAction(open_data)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = str(QApplication.instance().property("trainer_language") or "vi")
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # --- behaviour ----------------------------------------------------------------------
    def scenario_folders(self) -> list[Path]:
        folders = [paths.bundled_scenarios_dir(), paths.user_scenarios_dir()]
        folders += [Path(p) for p in self.settings.extra_scenario_dirs + self.cli_scenario_dirs]
        seen: list[Path] = []
        for f in folders:
            if f not in seen:
                seen.append(f)
        return seen

    def reload(self) -> None:
        if self.loading:
            return
        self.loading = True
        self.progress.show()
        self.statusBar().showMessage(self.tr("Loading scenarios…"))
        run_task(load_library, self.scenario_folders(), on_done=self._loaded, on_error=self._load_failed)

    def _loaded(self, reports: list[ScenarioReport]) -> None:
        self.loading = False
        self.progress.hide()
        self.reports = reports
        self.library.show_reports(reports)
        valid = sum(r.valid for r in reports)
        self.statusBar().showMessage(
            self.tr("%1 scenarios loaded.").replace("%1", str(valid))
            if valid == len(reports)
            else self.tr("%1 scenarios loaded; %2 file(s) have errors (listed below the table).")
            .replace("%1", str(valid))
            .replace("%2", str(len(reports) - valid)),
            8000,
        )

    def _load_failed(self, exc: Exception) -> None:
        self.loading = False
        self.progress.hide()
        messages.error(
            self,
            self.tr("Scenarios could not be loaded"),
            self.tr("The scenario folders could not be read."),
            self.tr("Check that the folders exist and that you may read them. Details: %1").replace("%1", str(exc)),
        )

    def _show_briefing(self, scenario: Any) -> None:
        if scenario is None:
            self.briefing.show_placeholder()
        else:
            self.briefing.show_scenario(scenario)

    def add_scenario_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of scenario files"))
        if not folder:
            return
        if folder not in self.settings.extra_scenario_dirs:
            self.settings.extra_scenario_dirs.append(folder)
            self._save_settings()
        self.reload()

    def open_user_folder(self) -> None:
        folder = paths.user_scenarios_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            messages.error(self, self.tr("Folder unavailable"), str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def set_language(self, code: str) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translator(app, code)
        app.setProperty("trainer_language", code)
        self.settings.language = code
        self._save_settings()
        selected = self.library.selected_scenario()
        self.statusBar().clearMessage()
        self._build()  # rebuild every widget in the new language
        if selected is not None:
            self.briefing.show_scenario(selected)

    def show_about(self) -> None:
        messages.about(
            self,
            self.tr("About"),
            "<h3>Media Response Trainer "
            + escape(__version__)
            + "</h3><p>"
            + escape(self.tr("Practise answering journalists in a crisis, offline."))
            + "</p><p>"
            + escape(self.tr("Data folder: %1").replace("%1", str(paths.data_dir())))
            + "</p><p>GPL-3.0-or-later</p>",
        )

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
            self.statusBar().showMessage(self.tr("Settings could not be saved: %1").replace("%1", str(exc)), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._save_settings()
        super().closeEvent(event)
