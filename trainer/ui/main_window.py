"""The main window: the scenario library beside the selected scenario's briefing.

Start-up: the window frame (title, menus, status bar) is shown first; after its first paint
the library page is built (about 25 ms of widgets and PySide6 enums) and the background work
begins (scenarios, database, scorer); speech follows 300 ms later, the interview pages 1.5 s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QStackedWidget, QWidget

from trainer.settings import Settings, load_settings, save_settings
from trainer.ui.application import current_language
from trainer.ui.extra_pages import ExtraPages
from trainer.ui.library_refresh import Stamp, load_stamped, reload_if_changed, scenario_folders
from trainer.ui.menus import build_menus
from trainer.ui.session_state import SessionState
from trainer.ui.tasks import run_task

if TYPE_CHECKING:
    from trainer.content.loader import ScenarioReport
    from trainer.ui.briefing_view import BriefingView
    from trainer.ui.library_page import LibraryPage
    from trainer.ui.library_view import LibraryView
    from trainer.ui.pack_actions import PackActions
    from trainer.ui.practice_page import PracticePage
    from trainer.ui.start_panel import StartPanel

log = logging.getLogger(__name__)

#: Background loading starts at the first paint, or after this long if the window never paints.
STARTUP_FALLBACK_MS = 100


def _prefs() -> Any:
    """trainer/ui/window_prefs.py, imported when first needed (not at start-up)."""
    from trainer.ui import window_prefs

    return window_prefs


def _prepare_scoring(scenario: Any = None) -> None:
    """Import the scorer and build a scenario's matchers off the GUI thread (cached by the
    scorer), so that the first answer of an interview does not stall the window."""
    from trainer.domain.scoring.compiled import compiled
    from trainer.domain.scoring.language import vocabularies

    vocabularies()  # the language guesser's word lists (~150 ms to build once)
    if scenario is not None:
        compiled(scenario)


class MainWindow(QMainWindow):
    settings_applied = Signal(object)  # Settings, after the settings dialog saved them
    startup_begun = Signal()  # the background loading (library, database, scorer) has started

    def __init__(
        self,
        extra_scenario_dirs: Iterable[str] = (),
        settings: Settings | None = None,
        *,
        database_url: str | None = None,
        open_database: bool = True,
        speech: Any = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or load_settings()
        self.cli_scenario_dirs = [str(p) for p in extra_scenario_dirs]
        self.reports: list[ScenarioReport] = []
        self._library_stamp: Stamp = ()
        self.loading = False
        self.state = SessionState(self, database_url=database_url or self.settings.database_url or None)
        self.speech: Any = speech  # a SpeechService; built after the window is shown unless given
        self.extras = ExtraPages(self)
        self.packs: PackActions | None = None  # the pack menu actions (menus.py)
        self.open_folder_action: QAction | None = None
        self.reload_action: QAction | None = None
        self.state.changed.connect(self._state_changed)
        self.state.database_failed.connect(self._database_failed)
        self.state.database_warning.connect(self._database_warning)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.profile_label = QLabel(self)
        self.profile_label.setObjectName("profileLabel")
        self.statusBar().addPermanentWidget(self.profile_label)
        self.resize(1280, 760)
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode("ascii")))
        self._build()
        self.loading = True  # until the first load, started once the window is on screen
        # Loading starts once the window has painted its first frame: workers importing
        # SQLAlchemy and jsonschema hold the GIL and would delay that frame. A window that is
        # never shown (or paints late) starts after STARTUP_FALLBACK_MS all the same.
        self._startup_work: Callable[[], None] | None = (
            self._start_background_work if open_database else self._start_loading
        )
        QTimer.singleShot(STARTUP_FALLBACK_MS, self, self._begin_startup_work)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._startup_work is not None:
            QTimer.singleShot(0, self, self._begin_startup_work)

    def _begin_startup_work(self) -> None:
        work, self._startup_work = self._startup_work, None
        if work is not None:
            self._ensure_library_page()
            work()
            self.startup_begun.emit()

    def _settings_problem(self) -> None:
        from trainer.ui.storage_messages import settings_set_aside

        settings_set_aside(self)  # a corrupt settings file was moved aside: say where, once

    def _database_warning(self, text: str) -> None:
        from trainer.ui import messages

        messages.info(self, self.tr("Progress database"), text)

    def _start_loading(self) -> None:
        self.loading = False
        self.reload()

    def _start_background_work(self) -> None:
        self._start_loading()
        self.state.open()
        run_task(_prepare_scoring)
        QTimer.singleShot(0, self, self._settings_problem)
        # QtMultimedia takes ~50 ms to load on the GUI thread: after the window has painted.
        QTimer.singleShot(300, self, self._start_speech)
        # Build the interview pages while nobody waits for them (about 30 ms on the GUI thread).
        QTimer.singleShot(1500, self, lambda: self.practice)

    def _build(self) -> None:
        """The window frame: title, page stack, menus. The library page follows (see below)."""
        self.setWindowTitle(self.tr("Media Response Trainer"))
        rebuilding = getattr(self, "_library_page", None) is not None
        self._library_page: LibraryPage | None = None
        self._practice: PracticePage | None = None  # built the first time it is needed
        self.extras.forget_pages()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(QWidget(self.pages))  # the frame's first paint, until the library page
        self.setCentralWidget(self.pages)
        self._build_menus()
        if rebuilding:  # a language switch: the library page at once, in the new language
            self._ensure_library_page()

    def _ensure_library_page(self) -> LibraryPage:
        if self._library_page is None:
            from trainer.ui.library_page import LibraryPage

            page = LibraryPage(self, ui_language=current_language())
            page.start_panel.start_requested.connect(self.start_practice)
            page.start_panel.resume_requested.connect(self.resume_practice)
            page.library.scenario_selected.connect(self._show_briefing)
            self._library_page = page
            self.pages.addWidget(page)
            self.pages.setCurrentWidget(page)
            if self.reports:
                page.library.show_reports(self.reports)
        return self._library_page

    @property
    def library_page(self) -> LibraryPage:
        return self._ensure_library_page()

    @property
    def library(self) -> LibraryView:
        return self._ensure_library_page().library

    @property
    def briefing(self) -> BriefingView:
        return self._ensure_library_page().briefing

    @property
    def start_panel(self) -> StartPanel:
        return self._ensure_library_page().start_panel

    def _build_menus(self) -> None:
        build_menus(self)

    # --- behaviour ----------------------------------------------------------------------
    def scenario_folders(self) -> list[Path]:
        return scenario_folders(self.settings.extra_scenario_dirs + self.cli_scenario_dirs)

    def reload(self) -> None:
        if self.loading:
            return
        self.loading = True
        self.progress.show()
        self.statusBar().showMessage(self.tr("Loading scenarios…"))
        run_task(load_stamped, self.scenario_folders(), on_done=self._loaded, on_error=self._load_failed)

    def reload_if_changed(self) -> None:
        """Reload when a scenario file was added, edited or deleted since the last load."""
        if not self.loading:
            reload_if_changed(self.scenario_folders(), self._library_stamp, self.reload)

    def _loaded(self, stamped: tuple[Stamp, list[ScenarioReport]]) -> None:
        self._library_stamp, reports = stamped
        self.loading = False
        self.progress.hide()
        self.reports = reports
        self.library_page.show_reports(reports)
        self.extras.scenarios_changed()
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
        from trainer.ui import messages

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
            if self.speech is not None and not self.in_interview:  # the interview keeps its own speech
                self.speech.prepare(scenario)  # synthesise its questions while she reads
            run_task(_prepare_scoring, scenario)
        self._update_start_panel()

    # --- practice --------------------------------------------------------------------------
    @property
    def practice(self) -> PracticePage:
        if self._practice is None:
            from trainer.ui.practice_page import PracticePage

            page = PracticePage(
                self,
                feedback_each_answer=self.settings.feedback_after_each_answer,
                answer_clock=self.settings.answer_clock,
            )
            page.closed.connect(self.show_library)
            page.practise_again.connect(self._practise_again)
            page.set_speech(self.speech)
            self.pages.addWidget(page)
            self._practice = page
        return self._practice

    @property
    def in_interview(self) -> bool:
        return (
            self._practice is not None and self.pages.currentWidget() is self._practice and self._practice.in_interview
        )

    def _state_changed(self) -> None:
        st = self.state
        self.profile_label.setText(
            self.tr("Practising as: %1").replace("%1", st.trainee.display_name) if st.trainee else ""
        )
        if st.trainee is not None and st.trainee_id_str != self.settings.last_trainee_id:
            self.settings.last_trainee_id = st.trainee_id_str
            self._save_settings()
        self._update_start_panel()
        self.extras.trainee_changed()

    def _update_start_panel(self) -> None:
        self.library_page.update_start_panel(self.state)

    def _database_failed(self, _error: str) -> None:
        from trainer.ui.storage_messages import database_failed

        if database_failed(self, self.state.db_exception, retry=self.state.open):  # what is wrong, what to do
            self.state.open()

    def choose_profile(self) -> None:
        if self.state.db is None:
            return
        from trainer.ui.profile_dialog import ProfileDialog

        chosen = ProfileDialog.ask(self.state.db, self, current=self.state.trainee)
        if chosen is not None:
            self.state.set_trainee(chosen)

    def start_practice(self, scenario: Any, difficulty: int, show_keys: bool) -> None:
        if not self._ready_to_practise():
            return
        assert self.state.db is not None and self.state.trainee is not None
        self.practice.start(self.state.db, self.state.trainee.id, scenario, difficulty, show_keys, self.state.scorer())
        self.pages.setCurrentWidget(self.practice)

    def resume_practice(self, scenario: Any, session: Any) -> None:
        if not self._ready_to_practise():
            return
        assert self.state.db is not None and self.state.trainee is not None
        show_keys = self.start_panel.show_keys.isChecked()
        self.practice.resume(self.state.db, self.state.trainee.id, scenario, session, show_keys, self.state.scorer())
        self.pages.setCurrentWidget(self.practice)

    def _ready_to_practise(self) -> bool:
        if self.state.db is None and not self.state.opening:
            self.state.open()  # it could not be opened at start: Start tries again (and says why if it fails)
            return False
        if self.state.trainee is None and self.state.db is not None:
            self.choose_profile()
        return self.state.db is not None and self.state.trainee is not None

    def _practise_again(self, scenario: Any) -> None:
        self.show_library()
        self.library.select_scenario(scenario.id)

    def show_library(self) -> None:
        self.pages.setCurrentWidget(self.library_page)
        self.state.refresh()
        self.reload_if_changed()  # a file edited while it was practised shows its new version now

    def set_language(self, code: str) -> None:
        _prefs().set_language(self, code)

    # --- preferences (trainer/ui/window_prefs.py, imported when first needed) ---------------
    def _start_speech(self) -> None:
        _prefs().start_speech(self)

    def add_scenario_folder(self) -> None:
        _prefs().add_scenario_folder(self)

    def open_user_folder(self) -> None:
        _prefs().open_user_folder(self)

    def edit_settings(self) -> None:
        _prefs().edit_settings(self)

    def show_about(self) -> None:
        _prefs().show_about(self)

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
            self.statusBar().showMessage(self.tr("Settings could not be saved: %1").replace("%1", str(exc)), 8000)

    def valid_scenarios(self) -> list[Any]:
        return [r.scenario for r in self.reports if r.valid and r.scenario is not None]

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.extras.close_editor():
            event.ignore()  # the trainer kept an editor with unsaved changes open
            return
        if self._practice is not None and not self._answers_safe():
            event.ignore()  # an answer is being saved: the window closes itself once it is
            return
        self.extras.close_workshop_run()
        # An interview in progress stays "in progress" in the database and can be resumed.
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._save_settings()
        super().closeEvent(event)
        if event.isAccepted():
            self.shutdown()

    def _answers_safe(self) -> bool:
        from trainer.ui.closing import ready_to_close  # waits for, or keeps, an answer not yet stored

        assert self._practice is not None
        return ready_to_close(self, self._practice)

    def shutdown(self) -> None:
        """Let background work finish, then close the database and speech (idempotent).

        Worker threads still importing or writing when Python exits can deadlock the
        interpreter's shutdown, and a pending database write must not be cut off.
        """
        if getattr(self, "_shut_down", False):
            return
        self._shut_down = True
        if self._practice is not None:  # the app is ending without the window asked to close
            from trainer.ui.closing import keep_at_exit

            keep_at_exit(self._practice)
        from trainer.ui.tasks import wait_for_tasks

        if not wait_for_tasks(15000):
            log.warning("background work still running at exit")
        self.state.close()
        if self.speech is not None:
            self.speech.shutdown()
