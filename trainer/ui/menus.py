"""The main window's menu bar (rebuilt when the interface language changes).

Shortcuts are set with ``setShortcuts([QKeySequence(...)])`` here and in the other menu
modules: the first ``QAction.setShortcut()`` call makes PySide6 build the whole Qt namespace
of Python enums (about 11 ms), which would delay the window's first frame; the list form
sets the same single shortcut without that."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from trainer.ui.application import current_language
from trainer.ui.pack_actions import PackActions

if TYPE_CHECKING:
    from trainer.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    bar.clear()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.open_folder_action = QAction(QCoreApplication.translate("MainWindow", "&Add scenario folder…"), window)
    window.open_folder_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Open)])
    window.open_folder_action.triggered.connect(window.add_scenario_folder)
    file_menu.addAction(window.open_folder_action)
    window.reload_action = QAction(QCoreApplication.translate("MainWindow", "&Reload scenarios"), window)
    window.reload_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh)])
    window.reload_action.triggered.connect(window.reload)
    file_menu.addAction(window.reload_action)
    open_data = QAction(QCoreApplication.translate("MainWindow", "Open my &scenario folder"), window)
    open_data.triggered.connect(window.open_user_folder)
    file_menu.addAction(open_data)
    if window.packs is not None:
        window.packs.deleteLater()  # menus are rebuilt when the language changes
    packs = window.packs = PackActions(
        window,
        scenarios=window.valid_scenarios,
        selected=lambda: window.library.selected_scenario(),  # the library page is built later
        guard=lambda: window.extras.trainer_mode.require(window),
    )
    file_menu.addSeparator()
    file_menu.addActions(packs.actions())
    packs.library_changed.connect(window.reload)
    packs.finished.connect(lambda text: window.statusBar().showMessage(text, 8000))
    file_menu.addSeparator()
    settings_action = QAction(QCoreApplication.translate("MainWindow", "S&ettings…"), window)
    settings_action.setShortcuts([QKeySequence("Ctrl+,")])
    settings_action.triggered.connect(window.edit_settings)
    file_menu.addAction(settings_action)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    current = current_language()
    for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
        action = QAction(name, window, checkable=True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: window.set_language(c))
        group.addAction(action)
        language_menu.addAction(action)

    profile_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Profile"))
    switch = QAction(QCoreApplication.translate("MainWindow", "&Switch profile…"), window)
    switch.setShortcuts([QKeySequence("Ctrl+P")])
    switch.triggered.connect(window.choose_profile)
    profile_menu.addAction(switch)

    window.extras.add_menus(bar, profile_menu, file_menu)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about = QAction(QCoreApplication.translate("MainWindow", "&About"), window)
    about.triggered.connect(window.show_about)
    help_menu.addAction(about)
