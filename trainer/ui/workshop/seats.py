"""Who is in the room during a run: tick who is here, see who answers next (▶) and who is
answering (●) with how many answers each gave, pick the next person, shuffle the order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from trainer.ui.workshop.run import RunController
from trainer.ui.workshop.turns import ANSWERING, FINISHED, READY, SAVING


class SeatsPane(QGroupBox):
    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who answers (tick who is here)"))
        self.controller = controller
        self.roster = QListWidget(self)
        self.roster.setObjectName("runRoster")
        self.roster.itemChanged.connect(self._presence_changed)
        self.roster.itemDoubleClicked.connect(self._choose)
        self.choose_button = QPushButton(self.tr("Answers ne&xt"), self)
        self.choose_button.setObjectName("chooseNext")
        self.choose_button.setToolTip(self.tr("The selected person answers the next question (or double-click)"))
        self.choose_button.clicked.connect(lambda: self._choose(self.roster.currentItem()))
        self.shuffle_button = QPushButton(self.tr("S&huffle order"), self)
        self.shuffle_button.setObjectName("shuffleOrder")
        self.shuffle_button.clicked.connect(lambda: self.controller.shuffle())
        layout = QVBoxLayout(self)
        layout.addWidget(self.roster, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.shuffle_button)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        c = self.controller
        upcoming = c.upcoming()
        current = c.turn.trainee.id if c.turn and c.phase in (READY, ANSWERING, SAVING) else None
        chosen = self.roster.currentItem()
        selected = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.roster.blockSignals(True)
        self.roster.clear()
        for person in c.seats:
            mark = "● " if person.id == current else "▶ " if upcoming and person.id == upcoming.id else ""
            count = c.answers_by(person.id)
            item = QListWidgetItem(mark + person.display_name + (f" ({count})" if count else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setToolTip(person.unit)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in c.present else Qt.CheckState.Unchecked)
            self.roster.addItem(item)
            if person.id == selected:
                self.roster.setCurrentItem(item)
        self.roster.blockSignals(False)
        self.choose_button.setEnabled(c.phase != FINISHED)
        self.shuffle_button.setEnabled(c.phase != FINISHED)

    def _presence_changed(self, item: QListWidgetItem) -> None:
        self.controller.set_present(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.controller.choose_next(item.data(Qt.ItemDataRole.UserRole))
