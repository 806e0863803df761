"""A workshop's roster: add a person by hand or import a CSV of names and schools.

People already in the database (same name and school, case and spacing ignored) are
reused, not duplicated, so importing the same file twice adds no one twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.text import nfc
from trainer.ui.tasks import run_db_task, run_task
from trainer.ui.workshop.guard import alive
from trainer.ui.workshop.roster_csv import RosterImport, RosterRow, clean, parse_roster, problem_text
from trainer.ui.workshop.turns import roster_order_key

if TYPE_CHECKING:
    from trainer.storage.engine import Database
    from trainer.storage.records import TraineeInfo, WorkshopInfo

log = logging.getLogger(__name__)


@dataclass
class ImportOutcome:
    workshop: WorkshopInfo
    created: int = 0  # new profiles
    reused: int = 0  # profiles that existed already
    already: int = 0  # already on the roster
    people: list[TraineeInfo] = field(default_factory=list)


def person_key(name: str, unit: str) -> tuple[str, str]:
    return (clean(name).casefold(), clean(unit).casefold())


def add_people(db: Database, workshop_id: UUID, rows: list[RosterRow]) -> ImportOutcome:
    """On the database thread: find or create each person and put them on the roster."""
    from trainer.storage import trainees, workshops

    existing = {person_key(t.display_name, t.unit): t for t in trainees.list_trainees(db)}
    roster = set(workshops.get_workshop(db, workshop_id).member_ids)
    outcome = ImportOutcome(workshop=workshops.get_workshop(db, workshop_id))
    ids: list[UUID] = []
    for row in rows:
        key = person_key(row.name, row.unit)
        person = existing.get(key)
        if person is None:
            person = trainees.create_trainee(db, row.name, unit=row.unit, role=row.role)
            existing[key] = person
            outcome.created += 1
        elif person.id in roster:
            outcome.already += 1
        else:
            outcome.reused += 1
        ids.append(person.id)
        outcome.people.append(person)
    outcome.workshop = workshops.add_members(db, workshop_id, ids)
    return outcome


def load_roster(db: Database, workshop_id: UUID) -> tuple[WorkshopInfo, list[TraineeInfo]]:
    from trainer.storage import trainees, workshops

    info = workshops.get_workshop(db, workshop_id)
    members = set(info.member_ids)
    people = [t for t in trainees.list_trainees(db) if t.id in members]
    return info, sorted(people, key=roster_order_key)


def read_roster_file(path: str) -> RosterImport:
    """Read and parse a CSV file (a worker calls this); an unreadable file is a problem, not an error."""
    from trainer.ui.workshop.roster_csv import RosterProblem

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        out = RosterImport()
        out.problems.append(RosterProblem(0, "unreadable", exc.strerror or str(exc)))
        return out
    return parse_roster(data)


class ImportPreview(QDialog):
    """The rows that will be imported and every problem found, before anything is saved."""

    def __init__(self, parsed: RosterImport, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterImportPreview")
        self.setWindowTitle(self.tr("Import a roster"))
        self.resize(640, 480)
        self.parsed = parsed
        summary = QLabel(self)
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        summary.setText(
            self.tr("%1: %2 people to add, %3 lines with problems.")
            .replace("%1", file_name)
            .replace("%2", str(len(parsed.rows)))
            .replace("%3", str(len(parsed.problems)))
        )
        self.table = QTableWidget(len(parsed.rows), 4, self)
        self.table.setObjectName("importRows")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name"), self.tr("School or unit"), self.tr("Role")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(parsed.rows):
            for col, text in enumerate((str(row.line), row.name, row.unit, row.role)):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("importProblems")
        self.problems.setReadOnly(True)
        self.problems.setPlainText("\n".join(problem_text(p) for p in parsed.problems))
        self.problems.setVisible(bool(parsed.problems))
        self.problems.setMaximumHeight(140)
        self.problems.setStyleSheet("color:#8a3b12")
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(
            self.tr("Add %1 people").replace("%1", str(len(parsed.rows))), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("importOk")
        self.ok.setEnabled(bool(parsed.rows))
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parsed: RosterImport, file_name: str, parent: Any = None) -> bool:
        return cls(parsed, file_name, parent).exec() == QDialog.DialogCode.Accepted


class PersonDialog(QDialog):
    """Add one person to the roster by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Add a person"))
        self.name = QLineEdit(self)
        self.name.setObjectName("personName")
        self.name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Lan"))
        self.unit = QLineEdit(self)
        self.unit.setObjectName("personUnit")
        self.unit.setPlaceholderText(self.tr("e.g. Trường THCS Hòa An"))
        self.role = QLineEdit(self)
        self.role.setObjectName("personRole")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&School or unit:"), self.unit)
        form.addRow(self.tr("&Role:"), self.role)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def row(self) -> RosterRow:
        return RosterRow(0, clean(self.name.text()), clean(self.unit.text()), clean(self.role.text()))

    @classmethod
    def ask(cls, parent: Any = None) -> RosterRow | None:
        dialog = cls(parent)
        return dialog.row() if dialog.exec() == QDialog.DialogCode.Accepted and dialog.row().name else None


class RosterEditor(QWidget):
    """The roster of one workshop, with add, import and remove."""

    changed = Signal(object, list)  # WorkshopInfo, [TraineeInfo] in roster order

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterEditor")
        self.db = db
        self.workshop: WorkshopInfo | None = None
        self.people: list[TraineeInfo] = []
        self.busy = False
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("rosterTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("School or unit"), self.tr("Role")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add a person…"), self)
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(self.add_person)
        self.import_button = QPushButton(self.tr("&Import a CSV file…"), self)
        self.import_button.setObjectName("importRoster")
        self.import_button.setToolTip(
            self.tr("A list of names, with schools and roles if you have them (UTF-8, commas or semicolons)")
        )
        self.import_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("&Remove from the roster"), self)
        self.remove_button.setObjectName("removePerson")
        self.remove_button.setToolTip(self.tr("Their profile and answers stay; they only leave this workshop's list"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel(self)
        self.message.setObjectName("rosterMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    # --- loading --------------------------------------------------------------------------
    def set_workshop(self, workshop: WorkshopInfo | None) -> None:
        self.workshop = workshop
        self.people = []
        self._fill()
        self.message.setText("")
        if workshop is not None:
            self._run(load_roster, self.db, workshop.id, on_done=self._loaded)

    def _loaded(self, data: tuple[WorkshopInfo, list[TraineeInfo]]) -> None:
        workshop, people = data
        if self.workshop is None or workshop.id != self.workshop.id:
            return
        self.workshop, self.people = workshop, people
        self._fill()
        self.changed.emit(workshop, people)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.people))
        for r, p in enumerate(self.people):
            for col, text in enumerate((p.display_name, p.unit, p.role)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(r, col, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.workshop is not None and not self.busy
        for b in (self.add_button, self.import_button):
            b.setEnabled(ready)
        self.remove_button.setEnabled(ready and bool(self.table.selectionModel().selectedRows()))

    # --- changing ---------------------------------------------------------------------------
    def add_person(self) -> None:
        row = PersonDialog.ask(self)
        if row is not None:
            self.add_rows([row])

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a roster"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Read *path* off the GUI thread, preview it, then add the good rows."""
        self.busy = True
        self._update_buttons()
        run_task(
            read_roster_file,
            path,
            on_done=alive(self, lambda parsed: self._parsed(parsed, path)),
            on_error=alive(self, self._failed),
        )

    def _parsed(self, parsed: RosterImport, path: str) -> None:
        self.busy = False
        self._update_buttons()
        if not parsed.rows:
            text = "\n".join(problem_text(p) for p in parsed.problems) or self.tr("The file has no names in it.")
            self._say(self.tr("Nothing imported. %1").replace("%1", text), error=True)
            return
        if ImportPreview.ask(parsed, Path(path).name, self):
            self.add_rows(parsed.rows, skipped=len(parsed.problems))

    def add_rows(self, rows: list[RosterRow], *, skipped: int = 0) -> None:
        if self.workshop is None:
            return
        self.busy = True
        self._update_buttons()
        self._run(add_people, self.db, self.workshop.id, rows, on_done=lambda outcome: self._added(outcome, skipped))

    def _added(self, outcome: ImportOutcome, skipped: int) -> None:
        self.busy = False
        text = (
            self.tr("Added to the roster: %1 new, %2 who had a profile already; %3 were on it already.")
            .replace("%1", str(outcome.created))
            .replace("%2", str(outcome.reused))
            .replace("%3", str(outcome.already))
        )
        if skipped:
            text += " " + self.tr("%1 lines of the file were skipped (see the list of problems).").replace(
                "%1", str(skipped)
            )
        self._say(text)
        self.set_workshop_keep_message(outcome.workshop)

    def set_workshop_keep_message(self, workshop: WorkshopInfo) -> None:
        message = self.message.text(), self.message.styleSheet()
        self.set_workshop(workshop)
        self.message.setText(message[0])
        self.message.setStyleSheet(message[1])

    def remove_selected(self) -> None:
        if self.workshop is None:
            return
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        ids = [self.people[r].id for r in sorted(rows) if r < len(self.people)]
        if not ids:
            return
        from trainer.storage import workshops

        self.busy = True
        self._run(workshops.remove_members, self.db, self.workshop.id, ids, on_done=self.set_workshop_keep_message)

    def _run(self, fn: Any, *args: Any, on_done: Any) -> None:
        run_db_task(fn, *args, on_done=alive(self, on_done), on_error=alive(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self._update_buttons()
        from trainer.ui.storage_messages import in_one_line

        log.error("roster change failed: %s", exc)
        self._say(self.tr("The roster could not be changed: %1").replace("%1", nfc(in_one_line(exc))), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color:#c0392b" if error else "color:#2e8b57")
