"""Below the briefing: difficulty, key-message visibility, start or resume."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.ui.labels import difficulty_label

if TYPE_CHECKING:
    from trainer.domain.scenario import Scenario
    from trainer.storage.records import SessionInfo


class StartPanel(QWidget):
    start_requested = Signal(object, int, bool)  # Scenario, difficulty, show key messages
    resume_requested = Signal(object, object)  # Scenario, SessionInfo

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPanel")
        self.scenario: Scenario | None = None
        self.resumable: SessionInfo | None = None
        self.difficulty = QComboBox(self)
        self.difficulty.setObjectName("difficultyChoice")
        for level in (1, 2, 3):
            self.difficulty.addItem(difficulty_label(level), level)
        self.difficulty.setToolTip(
            self.tr(
                "Beginner: no answer clock, gentle follow-ups, key messages may stay visible.\n"
                "Intermediate: the clock runs and follow-ups press harder.\n"
                "Advanced: the hardest follow-ups, key messages hidden."
            )
        )
        self.difficulty.currentIndexChanged.connect(self._difficulty_changed)
        self.show_keys = QCheckBox(self.tr("Keep my key messages visible during the interview"), self)
        self.show_keys.setObjectName("showKeyMessages")
        self.show_keys.setChecked(True)
        self.best = QLabel(self)
        self.best.setObjectName("bestScore")
        self.start_button = QPushButton(self.tr("&Start the interview"), self)
        self.start_button.setObjectName("startButton")
        self.start_button.clicked.connect(self._start)
        self.resume_button = QPushButton(self)
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.clicked.connect(self._resume)
        self.resume_button.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("startNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color:#8a5a00")
        self.notice.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Level:"), self))
        row.addWidget(self.difficulty)
        row.addStretch(1)
        row.addWidget(self.best)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.show_keys)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.set_scenario(None)

    def set_scenario(
        self, scenario: Scenario | None, *, best: int | None = None, resumable: SessionInfo | None = None
    ) -> None:
        self.scenario = scenario
        self.resumable = resumable
        enabled = scenario is not None
        for w in (self.difficulty, self.show_keys, self.start_button):
            w.setEnabled(enabled)
        if scenario is not None:
            self.difficulty.setCurrentIndex(scenario.difficulty - 1)
        self._difficulty_changed()
        self.best.setText(self.tr("Your best: %1").replace("%1", str(best)) if best is not None else "")
        if resumable is not None:
            self.resume_button.setText(self.tr("&Resume where you stopped"))
            self.resume_button.show()
        else:
            self.resume_button.hide()

    def set_practice_available(self, available: bool, reason: str = "") -> None:
        self.start_button.setEnabled(available and self.scenario is not None)
        self.resume_button.setEnabled(available)
        self.notice.setText(reason)
        self.notice.setVisible(bool(reason))

    def _difficulty_changed(self) -> None:
        level = int(self.difficulty.currentData() or 1)
        advanced = level >= 3
        self.show_keys.setEnabled(self.scenario is not None and not advanced)
        if advanced:
            self.show_keys.setChecked(False)

    def _start(self) -> None:
        if self.scenario is not None:
            self.start_requested.emit(self.scenario, int(self.difficulty.currentData()), self.show_keys.isChecked())

    def _resume(self) -> None:
        if self.scenario is not None and self.resumable is not None:
            self.resume_requested.emit(self.scenario, self.resumable)
