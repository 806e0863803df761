"""The main window's preferences side: settings, speech, the interface language, folders, About.

Functions of the main window, kept apart so each module holds one idea (the window's methods
call them).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog

from trainer import __version__, paths
from trainer.settings import Settings
from trainer.ui import messages

if TYPE_CHECKING:
    from trainer.ui.main_window import MainWindow


def start_speech(window: MainWindow) -> None:
    """Create the speech service (QtMultimedia loads here, after the window is on screen)."""
    if window.speech is None:
        from trainer.logsetup import qt_messages_without_python

        with qt_messages_without_python():  # QtMultimedia and QtTextToSpeech load here
            from trainer.speech.service import SpeechService

        s = window.settings
        window.speech = SpeechService(
            enabled=s.speech_enabled,
            rate=s.speech_rate,
            volume=s.speech_volume,
            engine=s.speech_engine,
            parent=window,
        )
    window.speech.warm_up()
    scenario = window.library.selected_scenario()
    if scenario is not None:
        window.speech.prepare(scenario)


# --- construction -------------------------------------------------------------------
def set_language(window: MainWindow, code: str) -> None:
    """Switch the interface language: every widget of the window is built again in it."""
    if window.in_interview or window.extras.workshop_running:
        messages.info(
            window,
            QCoreApplication.translate("MainWindow", "Language"),
            QCoreApplication.translate(
                "MainWindow", "Finish or stop the interview first; the language changes on the library page."
            ),
        )
        window._build_menus()  # put the check mark back on the current language
        return
    from trainer.ui.application import install_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, code)
    app.setProperty("trainer_language", code)
    window.settings.language = code
    window._save_settings()
    selected = window.library.selected_scenario()
    window.statusBar().clearMessage()
    window._build()  # rebuild every widget in the new language
    window._state_changed()
    if selected is not None:
        window.library.select_scenario(selected.id)


def add_scenario_folder(window: MainWindow) -> None:
    folder = QFileDialog.getExistingDirectory(
        window, QCoreApplication.translate("MainWindow", "Choose a folder of scenario files")
    )
    if not folder:
        return
    if folder not in window.settings.extra_scenario_dirs:
        window.settings.extra_scenario_dirs.append(folder)
        window._save_settings()
    window.reload()


def open_user_folder(window: MainWindow) -> None:
    folder = paths.user_scenarios_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        messages.error(window, QCoreApplication.translate("MainWindow", "Folder unavailable"), str(exc))
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def edit_settings(window: MainWindow) -> None:
    from trainer.ui.settings_dialog import SettingsDialog

    chosen = SettingsDialog.ask(window.settings, window)
    if chosen is None:
        return
    language_changed = chosen.language != window.settings.language
    geometry, trainee = window.settings.window_geometry, window.settings.last_trainee_id
    window.settings = chosen
    window.settings.window_geometry, window.settings.last_trainee_id = geometry, trainee
    window._save_settings()
    if window._practice is not None:
        window._practice.feedback_each_answer = chosen.feedback_after_each_answer
        window._practice.answer_clock = chosen.answer_clock
    apply_speech_settings(window, chosen)
    window.settings_applied.emit(chosen)
    if language_changed:
        window.set_language(chosen.language)


def apply_speech_settings(window: MainWindow, s: Settings) -> None:
    if window.speech is None:
        return
    if getattr(window.speech, "_mode", s.speech_engine) != s.speech_engine:
        window.speech.shutdown()  # another engine: a fresh service
        window.speech.deleteLater()
        window.speech = None
        start_speech(window)
        if window._practice is not None:
            window._practice.set_speech(window.speech)
        window.extras.speech_changed()
        return
    window.speech.set_enabled(s.speech_enabled)
    window.speech.set_rate(s.speech_rate)
    window.speech.set_volume(s.speech_volume)
    window.extras.speech_changed()


def show_about(window: MainWindow) -> None:
    messages.about(
        window,
        QCoreApplication.translate("MainWindow", "About"),
        "<h3>Media Response Trainer "
        + escape(__version__)
        + "</h3><p>"
        + escape(QCoreApplication.translate("MainWindow", "Practise answering journalists in a crisis, offline."))
        + "</p><p>"
        + escape(QCoreApplication.translate("MainWindow", "Data folder: %1").replace("%1", str(paths.data_dir())))
        + "</p><p>GPL-3.0-or-later</p>",
    )
