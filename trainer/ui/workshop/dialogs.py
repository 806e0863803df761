"""The small dialogs of the workshop page: a workshop's name, date and place; which
scenario to run for the room, and how."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.scenario import Scenario
from trainer.domain.text import fold
from trainer.storage.records import WorkshopInfo
from trainer.ui.labels import difficulty_label, language_label
from trainer.ui.workshop.roster_csv import clean
from trainer.ui.workshop.turns import DEFAULT_TIME_LIMIT_S


@dataclass(frozen=True)
class WorkshopFields:
    name: str
    held_on: date
    place: str
    trainer: str


class WorkshopDialog(QDialog):
    """Create a workshop, or edit one (name, date, place, trainer)."""

    def __init__(self, parent: QWidget | None = None, *, workshop: WorkshopInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self.setWindowTitle(self.tr("New workshop") if workshop is None else self.tr("Edit the workshop"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(workshop.name if workshop else "", self)
        self.name.setObjectName("workshopName")
        self.name.setPlaceholderText(self.tr("e.g. Crisis communication for school leaders"))
        self.held_on = QDateEdit(self)
        self.held_on.setObjectName("workshopDate")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd/MM/yyyy")
        day = workshop.held_on if workshop and workshop.held_on else date.today()
        self.held_on.setDate(QDate(day.year, day.month, day.day))
        self.place = QLineEdit(workshop.place if workshop else "", self)
        self.place.setObjectName("workshopPlace")
        self.place.setPlaceholderText(self.tr("e.g. Hall of the Department of Education"))
        self.trainer = QLineEdit(workshop.trainer if workshop else "", self)
        self.trainer.setObjectName("workshopTrainer")
        self.trainer.setPlaceholderText(self.tr("Your name, as it appears on reviews"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Trainer:"), self.trainer)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(
            self.tr("Create") if workshop is None else self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("workshopOk")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(bool(self.name.text().strip()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def fields(self) -> WorkshopFields:
        d = self.held_on.date()
        return WorkshopFields(
            name=clean(self.name.text()),
            held_on=date(d.year(), d.month(), d.day()),
            place=clean(self.place.text()),
            trainer=clean(self.trainer.text()),
        )

    @classmethod
    def ask(cls, parent: Any = None, *, workshop: WorkshopInfo | None = None) -> WorkshopFields | None:
        dialog = cls(parent, workshop=workshop)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.fields().name:
            return None
        return dialog.fields()


@dataclass(frozen=True)
class RunChoice:
    scenario: Scenario
    difficulty: int
    mode: str  # rounds | relay
    time_limit_s: int


class RunDialog(QDialog):
    """Which scenario the room practises, at which level, and in which form."""

    def __init__(self, scenarios: list[Scenario], people: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runDialog")
        self.setWindowTitle(self.tr("Run a scenario for the room"))
        self.setMinimumWidth(700)
        self.scenario = QComboBox(self)
        self.scenario.setObjectName("runScenario")
        for s in sorted(scenarios, key=lambda s: (s.language != "vi", fold(s.title))):
            self.scenario.addItem(f"{s.title} ({language_label(s.language)})", s)
        self.difficulty = QComboBox(self)
        self.difficulty.setObjectName("runDifficulty")
        for level in (1, 2, 3):
            self.difficulty.addItem(difficulty_label(level), level)
        self.scenario.currentIndexChanged.connect(self._scenario_changed)
        self.rounds = QRadioButton(self.tr("Everyone answers each question in turn (rounds)"), self)
        self.rounds.setObjectName("modeRounds")
        self.rounds.setToolTip(
            self.tr("Good for comparing answers: each person has their own interview and follow-ups")
        )
        self.relay = QRadioButton(self.tr("One shared interview, each question to the next person (relay)"), self)
        self.relay.setObjectName("modeRelay")
        self.relay.setToolTip(
            self.tr("Like a press conference: the follow-up to a weak answer goes to the next person")
        )
        self.rounds.setChecked(True)
        self.time_limit = QSpinBox(self)
        self.time_limit.setObjectName("runTimeLimit")
        self.time_limit.setRange(10, 600)
        self.time_limit.setSingleStep(10)
        self.time_limit.setValue(DEFAULT_TIME_LIMIT_S)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setToolTip(self.tr("For questions whose scenario sets no time limit"))
        form = QFormLayout()
        form.addRow(self.tr("&Scenario:"), self.scenario)
        form.addRow(self.tr("&Level:"), self.difficulty)
        form.addRow(self.tr("Form:"), self.rounds)
        form.addRow("", self.relay)
        form.addRow(self.tr("&Answer time:"), self.time_limit)
        note = QLabel(self.tr("%1 people on the roster.").replace("%1", str(people)), self)
        note.setObjectName("runRosterNote")
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Start the run"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("runOk")
        self.ok.setEnabled(self.scenario.count() > 0 and people > 0)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._scenario_changed()

    def _scenario_changed(self) -> None:
        s = self.scenario.currentData()
        if isinstance(s, Scenario):
            self.difficulty.setCurrentIndex(max(0, min(2, s.difficulty - 1)))

    def choice(self) -> RunChoice | None:
        s = self.scenario.currentData()
        if not isinstance(s, Scenario):
            return None
        return RunChoice(
            scenario=s,
            difficulty=int(self.difficulty.currentData()),
            mode="rounds" if self.rounds.isChecked() else "relay",
            time_limit_s=self.time_limit.value(),
        )

    @classmethod
    def ask(cls, scenarios: list[Scenario], people: int, parent: Any = None) -> RunChoice | None:
        dialog = cls(scenarios, people, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
