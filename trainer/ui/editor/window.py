"""The scenario editor window.

    editor = EditorWindow(settings, speech=window.speech, parent=window)
    editor.saved.connect(lambda path: window.reload())
    editor.open_new()            # or open_copy(path) / open_file(path)
    editor.show()

Saving writes ``<id>.json`` into the user's scenario folder (never over a bundled file);
the draft is autosaved into ``<data folder>/drafts/`` while it has unsaved changes and
offered back the next time the same scenario (or a new one) is opened; closing with
unsaved changes asks first.

The window builds the sections and menus, moves between sections and problems, and shows
the validation; opening a scenario is opening.py, saving and drafts saving.py.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from trainer.settings import Settings, load_settings
from trainer.ui import messages
from trainer.ui.application import current_language
from trainer.ui.editor import files, opening, refs, saving
from trainer.ui.editor.fields import ERROR_COLOUR, WARNING_COLOUR, Issue
from trainer.ui.editor.labels import section_label
from trainer.ui.editor.list_sections import (
    confidential_section,
    facts_section,
    journalists_section,
    key_messages_section,
)
from trainer.ui.editor.model import Draft, tokens
from trainer.ui.editor.problems import ProblemPanel, summary_of
from trainer.ui.editor.questions import QuestionsPage
from trainer.ui.editor.sections import Section, briefing_section, general_section
from trainer.ui.editor.try_dialog import TryDialog
from trainer.ui.editor.validation import Validation, Validator

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

AUTOSAVE_MS = 2000  # after the last change
AUTOSAVE_MAX_S = 30.0  # at the latest, while changes keep coming
SECTIONS = ("general", "briefing", "facts", "confidential", "key_messages", "journalists", "questions")


def section_of(pointer: str) -> str:
    parts = tokens(pointer)
    return parts[0] if parts and parts[0] in SECTIONS[1:] else "general"


class EditorWindow(QMainWindow):
    saved = Signal(str)  # the path of the file just saved

    def __init__(self, settings: Settings | None = None, speech: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.settings = settings or load_settings()
        self.speech = speech
        self.language = current_language()
        self.path: Path | None = None  # the file in the user's folder being edited (None: not saved yet)
        self.draft_key = files.NEW_DRAFT_KEY
        self.library_ids: dict[str, Path] = {}
        self.try_dialog: TryDialog | None = None
        self.draft = Draft(refs.new_scenario(self.language), self)
        self.validator = Validator(self.draft, self.language, self)
        self.validator.validated.connect(self.show_validation)
        self.validator.started.connect(lambda: self.check_label.setText(translate("ScenarioEditor", "Checking…")))
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.pending_since: float | None = None
        self._build()
        self.draft.changed.connect(self._changed)
        self.resize(1280, 800)
        self._update_title()

    # --- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.questions_page = QuestionsPage(self.draft)
        self.questions_page.try_requested.connect(self.try_question)
        built = [
            general_section(self.draft),
            briefing_section(self.draft),
            facts_section(self.draft),
            confidential_section(self.draft),
            key_messages_section(self.draft),
            journalists_section(self.draft),
            self.questions_page.section(),
        ]
        self.sections: dict[str, Section] = {s.key: s for s in built}
        self.sections["general"].form.taken_elsewhere = self.library_ids_but_own
        self.nav = QListWidget(self)
        self.nav.setObjectName("sections")
        self.nav.setMaximumWidth(200)
        self.stack = QStackedWidget(self)
        for section in built:
            self.nav.addItem(QListWidgetItem(section_label(section.key)))
            self.stack.addWidget(section.widget)
            section.form.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.nav.currentRowChanged.connect(self._section_changed)

        self.problems = ProblemPanel(self)
        self.problems.activated.connect(self.go_to)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.nav)
        top.addWidget(self.stack)
        top.setStretchFactor(1, 1)
        top.setSizes([165, 1115])
        main = QSplitter(Qt.Orientation.Vertical, self)
        main.addWidget(top)
        main.addWidget(self.problems)
        main.setStretchFactor(0, 1)
        main.setSizes([680, 100])
        self.setCentralWidget(main)
        self.check_label = QLabel(self)
        self.check_label.setObjectName("checkStatus")
        self.statusBar().addPermanentWidget(self.check_label)
        self._build_menus()
        self.nav.setCurrentRow(0)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("ScenarioEditor", "&Scenario"))

        def action(
            text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
        ) -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            return a

        self.new_action = action(
            translate("ScenarioEditor", "&New scenario"), self.open_new, QKeySequence.StandardKey.New
        )
        self.copy_action = action(
            translate("ScenarioEditor", "Edit a &copy of a scenario…"), self.choose_copy, "Ctrl+Shift+O"
        )
        self.open_action = action(
            translate("ScenarioEditor", "&Open one of my scenarios…"), self.choose_file, QKeySequence.StandardKey.Open
        )
        self.save_action = action(translate("ScenarioEditor", "&Save"), self.save, QKeySequence.StandardKey.Save)
        self.close_action = action(translate("ScenarioEditor", "&Close"), self.close, QKeySequence.StandardKey.Close)
        for a in (self.new_action, self.copy_action, self.open_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        check_menu = bar.addMenu(translate("ScenarioEditor", "&Check"))
        self.next_problem_action = action(
            translate("ScenarioEditor", "Go to the &next problem"), self.next_problem, "F8"
        )
        self.try_action = action(
            translate("ScenarioEditor", "&Try this question…"),
            lambda: self.try_question(self.questions_page.editor.current_row()),
            "Ctrl+T",
        )
        check_menu.addAction(self.next_problem_action)
        check_menu.addAction(self.try_action)

    # --- opening (trainer/ui/editor/opening.py) ----------------------------------------------
    def library_ids_but_own(self) -> list[str]:
        own = self.path.resolve() if self.path else None
        return [i for i, p in self.library_ids.items() if own is None or p.resolve() != own]

    def open_new(self) -> bool:
        """Start a new scenario from scratch (an unsaved draft of a new one is offered back)."""
        return opening.open_new(self)

    def open_copy(self, scenario_path: str | Path) -> bool:
        """Start a new scenario from a copy of *scenario_path* (bundled or not), with a new id."""
        return opening.open_copy(self, scenario_path)

    def open_file(self, path: str | Path) -> bool:
        """Edit a scenario file of the user's folder in place; any other file is opened as a copy."""
        return opening.open_file(self, path)

    def choose_copy(self) -> bool:
        return opening.choose_copy(self)

    def choose_file(self) -> bool:
        return opening.choose_file(self)

    # --- navigation --------------------------------------------------------------------------
    def _section_changed(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            section = self.sections[SECTIONS[row]]
            self.stack.setCurrentWidget(section.widget)
            section.bind()  # the journalists, key messages… as they are now
            self._show_section_issues(section, self.validator.last.issues)

    def section(self, key: str) -> Section:
        return self.sections[key]

    def go_to(self, pointer: str) -> None:
        """Show the field at *pointer* (a JSON pointer into the scenario) and put the cursor in it."""
        key = section_of(pointer)
        self.nav.setCurrentRow(SECTIONS.index(key))
        self.sections[key].focus_pointer(pointer)

    def next_problem(self) -> None:
        self.problems.next()

    # --- validation --------------------------------------------------------------------------
    def _show_section_issues(self, section: Section, issues: list[Issue]) -> None:
        section.show_issues([i for i in issues if section_of(i.pointer) == section.key])

    def show_validation(self, result: Validation) -> None:
        for section in self.sections.values():
            self._show_section_issues(section, result.issues)
        counts = {key: [0, 0] for key in SECTIONS}
        for issue in result.issues:
            counts[section_of(issue.pointer)][0 if issue.severity == "error" else 1] += 1
        for row, key in enumerate(SECTIONS):
            errors, warnings = counts[key]
            item = self.nav.item(row)
            total = errors + warnings
            item.setText(section_label(key) + (f"  ({total})" if total else ""))
            colour = ERROR_COLOUR if errors else WARNING_COLOUR if warnings else None
            item.setForeground(QColor(colour) if colour else self.nav.palette().text().color())
        ordered = sorted(result.issues, key=lambda i: (SECTIONS.index(section_of(i.pointer)), i.severity != "error"))
        self.problems.show_result(result, ordered, self._place)
        rows = set()
        for issue in result.issues:
            parts = tokens(issue.pointer)
            if len(parts) > 1 and parts[0] == "questions" and parts[1].isdigit():
                rows.add(int(parts[1]))
        self.questions_page.show_issue_rows(rows)
        summary = summary_of(result)
        self.check_label.setText(summary)

    def _place(self, issue: Issue) -> str:
        section = self.sections[section_of(issue.pointer)]
        where = section.describe(issue.pointer)
        return section_label(section.key) + (f" › {where}" if where else "")

    # --- changes, autosave -------------------------------------------------------------------
    def _changed(self, _pointer: str) -> None:
        self._update_title()
        now = time.monotonic()
        if self.pending_since is None:
            self.pending_since = now
        if now - self.pending_since >= AUTOSAVE_MAX_S:
            self.autosave()
        else:
            self.autosave_timer.start()

    def _update_title(self) -> None:
        name = str(self.draft.get("/title", "") or "") or translate("ScenarioEditor", "New scenario")
        self.setWindowTitle(translate("ScenarioEditor", "Scenario editor") + f" — {name}[*]")
        self.setWindowModified(self.draft.is_dirty())

    # --- saving (trainer/ui/editor/saving.py) -----------------------------------------------
    def save(self) -> bool:
        """Save ``<id>.json`` into the user's scenario folder; True when the file was written."""
        return saving.save(self)

    def autosave(self) -> Path | None:
        """Write the draft into the drafts folder (not over the scenario file)."""
        return saving.autosave(self)

    def _may_replace(self) -> bool:
        return saving.settle_unsaved(self)

    # --- try a question ----------------------------------------------------------------------
    def current_scenario(self) -> Any:
        """The draft as a scenario (None while it has errors)."""
        if self.validator.busy:
            self.validator.validate_now()
        return self.validator.last.scenario

    def try_question(self, index: int) -> TryDialog | None:
        question_id = self.draft.get(f"/questions/{index}/id") if index >= 0 else None
        if not isinstance(question_id, str):
            messages.info(
                self,
                translate("ScenarioEditor", "Try this question"),
                translate("ScenarioEditor", "Choose a question in the Questions section first."),
            )
            return None
        if self.current_scenario() is None:
            messages.info(
                self,
                translate("ScenarioEditor", "Try this question"),
                translate("ScenarioEditor", "Fix the problems of the draft first; then the question can be tried."),
            )
            return None
        if self.try_dialog is not None:
            self.try_dialog.close()
            self.try_dialog.deleteLater()
        self.try_dialog = TryDialog(self.current_scenario, question_id, self.speech, self)
        self.try_dialog.show()
        return self.try_dialog

    # --- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_replace():
            event.ignore()
            return
        self.autosave_timer.stop()
        if self.try_dialog is not None:
            self.try_dialog.close()
        super().closeEvent(event)
