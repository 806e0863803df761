"""The debrief page: how the room did on each principle, the answers to discuss, each
trainee's card, and the exports (debrief PDF and CSV, a trainee's personal report PDF).

    page = DebriefPage(parent)
    page.set_workshop(db, workshop_id)       # loads on a worker thread, then shows
    page.export_pdf_action / export_csv_action / personal_report_action / hide_names_action

Reading and writing files run on worker threads (trainer.ui.tasks); switching names on or
off, or the number of answers to discuss, rebuilds from the data already loaded.
"""

from __future__ import annotations

import logging
from functools import partial
from html import escape
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trainer.reports.debrief_data import DEFAULT_TOP, DebriefSource, build_debrief, load_source
from trainer.reports.files import ReportError
from trainer.reports.model import Debrief, TraineeCard
from trainer.storage.engine import Database
from trainer.storage.errors import StorageError
from trainer.ui import messages
from trainer.ui.application import current_language
from trainer.ui.tasks import run_task
from trainer.ui.workshop import debrief_export
from trainer.ui.workshop.debrief_views import AnswersView, CardView, PrincipleBars, RoomTable, number, spread_rows

log = logging.getLogger(__name__)


class DebriefPage(QWidget):
    loaded = Signal()  # the debrief is on screen
    load_failed = Signal(str)
    exported = Signal(str)  # the path of a file just written
    export_failed = Signal(str)
    back_requested = Signal()  # the "back to the workshops" button

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("debriefPage")
        self.db: Database | None = None
        self.workshop_id: UUID | None = None
        self.source: DebriefSource | None = None
        self.debrief: Debrief | None = None
        self.exporting = False
        self._generation = 0

        self.header = QLabel(self)
        self.header.setObjectName("debriefHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)

        self.hide_names = QCheckBox(self.tr("&Hide names (Trainee A, B…)"), self)
        self.hide_names.setObjectName("debriefHideNames")
        self.hide_names.setToolTip(self.tr("For the projector: each trainee gets a letter, the same everywhere"))
        self.hide_names.toggled.connect(self._rebuild)
        self.top_label = QLabel(self.tr("Answers to &discuss:"), self)
        self.top = QSpinBox(self)
        self.top.setRange(1, 20)
        self.top.setValue(DEFAULT_TOP)
        self.top_label.setBuddy(self.top)
        self.top.valueChanged.connect(self._rebuild)

        self.refresh_action = self._action(self.tr("&Refresh"), "Ctrl+Shift+F5", self.refresh)
        self.export_pdf_action = self._action(self.tr("Export &PDF…"), "Ctrl+Shift+E", self.choose_pdf)
        self.export_csv_action = self._action(self.tr("Export &CSV…"), "Ctrl+Shift+S", self.choose_csv)
        self.personal_report_action = self._action(
            self.tr("Personal &report…"), "Ctrl+Shift+R", self.choose_personal_pdf
        )
        self.hide_names_action = self._action(self.tr("Hide names"), "Ctrl+Shift+H", self.hide_names.toggle)
        self.back_button = QPushButton(self.tr("‹ &Workshops"), self)
        self.back_button.setObjectName("debriefBack")
        self.back_button.setToolTip(self.tr("Back to the list of workshops"))
        self.back_button.clicked.connect(self.back_requested)
        controls = QHBoxLayout()
        controls.addWidget(self.back_button)
        controls.addSpacing(16)
        controls.addWidget(self.hide_names)
        controls.addSpacing(16)
        controls.addWidget(self.top_label)
        controls.addWidget(self.top)
        controls.addStretch(1)
        for action in (self.refresh_action, self.export_csv_action, self.export_pdf_action):
            controls.addWidget(self._button(action))

        self.chart = PrincipleBars(self)
        self.chart.setObjectName("debriefChart")
        self.room_table = RoomTable(self)
        room_heading = self.tr("The room by principle")
        room_title = QLabel(f"<h3>{escape(room_heading)}</h3>", self)
        legend = QLabel(self.tr("Bar: mean score; thin line: lowest–highest; n: answers scored."), self)
        legend.setStyleSheet("color: #555")
        room = QWidget(self)
        room_layout = QVBoxLayout(room)
        room_layout.setContentsMargins(0, 0, 0, 0)
        room_layout.addWidget(room_title)
        room_layout.addWidget(self.chart)
        room_layout.addWidget(legend)
        room_layout.addWidget(self.room_table, 1)

        self.answers = AnswersView(self)
        self.people = QListWidget(self)
        self.people.setObjectName("debriefPeople")
        self.people.currentRowChanged.connect(self._show_card)
        self.card = CardView(self)
        cards = QWidget(self)
        cards_layout = QHBoxLayout(cards)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        people_column = QVBoxLayout()
        people_column.addWidget(self.people, 1)
        people_column.addWidget(self._button(self.personal_report_action))
        self.people.setMinimumWidth(210)
        cards_layout.addLayout(people_column, 2)
        cards_layout.addWidget(self.card, 5)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.answers, self.tr("Answers to discuss"))
        self.tabs.addTab(cards, self.tr("Trainee cards"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(room)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([660, 700])
        self.status = QLabel(self)
        self.status.setObjectName("debriefStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._update_actions()

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text.replace('&', '')} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # -- loading ------------------------------------------------------------------------
    def set_workshop(self, db: Database, workshop_id: UUID) -> None:
        """Show the debrief of *workshop_id* (read on a worker thread; :attr:`loaded` when shown)."""
        self.db, self.workshop_id = db, workshop_id
        self.source = self.debrief = None
        self.refresh()

    def refresh(self) -> None:
        if self.db is None or self.workshop_id is None:
            return
        self._generation += 1
        self.status.setText(self.tr("Loading the debrief…"))
        self._update_actions()
        run_task(
            load_source,
            self.db,
            self.workshop_id,
            on_done=partial(self._loaded, self._generation),
            on_error=partial(self._load_error, self._generation),
        )

    def _loaded(self, generation: int, source: DebriefSource) -> None:
        if generation != self._generation:
            return  # an older request
        self.source = source
        self.status.clear()
        self._rebuild()
        self.loaded.emit()

    def _load_error(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        reason = str(exc) if isinstance(exc, StorageError) else self.tr("see the log file for details")
        text = self.tr("The debrief could not be loaded: %1").replace("%1", reason)
        self.status.setText(text)
        self._update_actions()
        self.load_failed.emit(text)

    def _rebuild(self) -> None:
        if self.source is None:
            return
        selected = self.people.currentRow()
        self.debrief = build_debrief(
            self.source, anonymous=self.hide_names.isChecked(), language=current_language(), top=self.top.value()
        )
        self._show(self.debrief, selected)
        self._update_actions()

    # -- showing ------------------------------------------------------------------------
    def _show(self, d: Debrief, selected: int) -> None:
        meta = [d.held_on.strftime("%d/%m/%Y") if d.held_on else "", d.place, d.trainer]
        counts = (
            self.tr("%1 trainee(s) answered, %2 answer(s), room mean %3/100")
            .replace("%1", str(d.trainees))
            .replace("%2", str(d.answers))
            .replace("%3", number(d.mean_overall))
        )
        subtitle = " · ".join(escape(m) for m in [*meta, counts] if m)
        self.header.setText(f"<h2>{escape(d.workshop_name)}</h2><p>{subtitle}</p>")
        self.chart.set_rows(spread_rows(d.principles))
        self.room_table.show_spreads(d.principles)
        self.answers.show_answers(d.strongest)
        self.people.blockSignals(True)
        self.people.clear()
        for c in d.cards:
            mean = number(c.mean_overall) if c.answers else "—"
            item = QListWidgetItem(f"{c.who} — {mean}")
            item.setToolTip(c.unit)
            self.people.addItem(item)
        self.people.blockSignals(False)
        if d.cards:
            self.people.setCurrentRow(min(max(selected, 0), len(d.cards) - 1))
        self._show_card(self.people.currentRow())

    def _show_card(self, row: int) -> None:
        card = self.current_card() if row >= 0 else None
        self.card.show_card(card, self.debrief.mean_overall if self.debrief else None)
        self._update_actions()

    def current_card(self) -> TraineeCard | None:
        if self.debrief is None:
            return None
        row = self.people.currentRow()
        return self.debrief.cards[row] if 0 <= row < len(self.debrief.cards) else None

    def _update_actions(self) -> None:
        ready = self.debrief is not None and not self.exporting
        self.export_pdf_action.setEnabled(ready)
        self.export_csv_action.setEnabled(ready)
        card = self.current_card()
        self.personal_report_action.setEnabled(ready and card is not None and card.trainee_id is not None)
        if card is not None and card.trainee_id is None:
            self.personal_report_action.setToolTip(self.tr("Show names to write a trainee's personal report"))
        else:
            self.personal_report_action.setToolTip(
                self.tr("The selected trainee's report over all their practice (PDF)")
            )
        self.refresh_action.setEnabled(self.db is not None and not self.exporting)

    # -- exports ------------------------------------------------------------------------
    def choose_pdf(self) -> None:
        if self.debrief is None:
            return
        name = debrief_export.suggested_name("debrief", self.debrief.workshop_name, self.debrief.held_on, "pdf")
        path = debrief_export.ask_save_path(self, self.tr("Export the debrief as PDF"), name, self.tr("PDF (*.pdf)"))
        if path is not None:
            self.export_pdf(path)

    def choose_csv(self) -> None:
        if self.debrief is None:
            return
        name = debrief_export.suggested_name("debrief", self.debrief.workshop_name, self.debrief.held_on, "csv")
        path = debrief_export.ask_save_path(self, self.tr("Export the debrief as CSV"), name, self.tr("CSV (*.csv)"))
        if path is not None:
            self.export_csv(path)

    def choose_personal_pdf(self) -> None:
        card = self.current_card()
        if card is None or card.trainee_id is None:
            return
        name = debrief_export.suggested_name("report", card.who, None, "pdf")
        title = self.tr("Personal report of %1").replace("%1", card.who)
        path = debrief_export.ask_save_path(self, title, name, self.tr("PDF (*.pdf)"))
        if path is not None:
            self.export_personal_pdf(path, card.trainee_id)

    def export_pdf(self, path: Path) -> None:
        """Write the debrief as shown (names or letters) to *path* on a worker thread."""
        if self.debrief is not None:
            self._start(debrief_export.write_debrief_pdf, self.debrief, Path(path))

    def export_csv(self, path: Path) -> None:
        if self.debrief is not None:
            self._start(debrief_export.write_debrief_table, self.debrief, Path(path))

    def export_personal_pdf(self, path: Path, trainee_id: UUID) -> None:
        if self.db is not None:
            self._start(debrief_export.write_personal_pdf, self.db, trainee_id, Path(path), current_language())

    def _start(self, fn: Any, *args: Any) -> None:
        if self.exporting:
            return
        self.exporting = True
        self._update_actions()
        self.status.setText(self.tr("Writing the file…"))
        run_task(fn, *args, on_done=self._export_done, on_error=self._export_error)

    def _export_done(self, result: tuple[Path, int]) -> None:
        path, _ = result
        self.exporting = False
        self._update_actions()
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.exported.emit(str(path))

    def _export_error(self, exc: Exception) -> None:
        self.exporting = False
        self._update_actions()
        if isinstance(exc, ReportError):
            reason = self._report_error(exc)
        elif isinstance(exc, StorageError):
            reason = str(exc)
        elif isinstance(exc, OSError):
            reason = f"{exc.filename or ''} {exc.strerror or exc}".strip()
        else:
            reason = self.tr("an unexpected error; the details are in the log file")
        text = self.tr("The file could not be written: %1").replace("%1", reason)
        self.status.setText(text)
        self.export_failed.emit(text)
        messages.error(
            self,
            self.tr("Export failed"),
            text,
            self.tr("Nothing was overwritten. Choose another folder or try again."),
        )

    def _report_error(self, exc: ReportError) -> str:
        where = str(exc.path or "")
        texts = {
            "is_folder": self.tr("%1 is a folder; give a file name"),
            "no_folder": self.tr("the folder %1 does not exist"),
            "not_writable": self.tr("the folder %1 cannot be written to"),
        }
        return texts[exc.code].replace("%1", where) if exc.code in texts else str(exc)
