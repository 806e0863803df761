"""Choose or create the trainee profile whose progress is recorded."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.text import nfc
from trainer.storage import trainees
from trainer.storage.engine import Database
from trainer.storage.errors import StorageError
from trainer.storage.records import TraineeInfo


class ProfileDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *, current: TraineeInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.db = db
        self.chosen: TraineeInfo | None = None
        self.setWindowTitle(self.tr("Who is practising?"))
        self.setMinimumWidth(460)

        self.existing = QListWidget(self)
        self.existing.setObjectName("profileList")
        self.existing.itemDoubleClicked.connect(lambda _item: self.accept())
        self.existing_box = QGroupBox(self.tr("Continue as"), self)
        QVBoxLayout(self.existing_box).addWidget(self.existing)

        self.name = QLineEdit(self)
        self.name.setObjectName("profileName")
        self.name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Lan"))
        self.unit = QLineEdit(self)
        self.unit.setObjectName("profileUnit")
        self.unit.setPlaceholderText(self.tr("e.g. Trường THCS Hòa An"))
        self.role = QComboBox(self)
        self.role.setObjectName("profileRole")
        self.role.setEditable(True)
        self.role.addItems(
            [
                self.tr("Principal"),
                self.tr("Deputy principal"),
                self.tr("Teacher"),
                self.tr("Education official (commune or ward)"),
                self.tr("Department of Education official"),
                self.tr("Spokesperson"),
            ]
        )
        self.role.setCurrentIndex(-1)
        editor = self.role.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Your role"))
        new_box = QGroupBox(self.tr("New profile"), self)
        form = QFormLayout(new_box)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&School or unit:"), self.unit)
        form.addRow(self.tr("&Role:"), self.role)
        self.name.textChanged.connect(self._update_buttons)
        self.existing.currentRowChanged.connect(self._update_buttons)

        self.error = QLabel(self)
        self.error.setObjectName("profileError")
        self.error.setStyleSheet("color:#c0392b")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.existing_box)
        layout.addWidget(new_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load(current)

    def _load(self, current: TraineeInfo | None) -> None:
        try:
            people = trainees.list_trainees(self.db)
        except StorageError as exc:
            self._show_error(str(exc))
            people = []
        for person in people:
            label = (
                person.display_name
                + (f" — {person.unit}" if person.unit else "")
                + (f" ({person.role})" if person.role else "")
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.existing.addItem(item)
            if current is not None and person.id == current.id:
                self.existing.setCurrentItem(item)
        self.existing_box.setVisible(bool(people))
        if people and self.existing.currentRow() < 0:
            self.existing.setCurrentRow(0)
        if not people:
            self.name.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_new = bool(self.name.text().strip())
        self.ok.setText(self.tr("Create and start") if has_new else self.tr("Start"))
        self.ok.setEnabled(has_new or self.existing.currentRow() >= 0)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        name = nfc(self.name.text()).strip()
        if name:
            try:
                self.chosen = trainees.create_trainee(
                    self.db, name, unit=self.unit.text(), role=self.role.currentText(), language="vi"
                )
            except (StorageError, ValueError) as exc:
                self._show_error(self.tr("The profile could not be saved: %1").replace("%1", str(exc)))
                return
        else:
            item = self.existing.currentItem()
            if item is None:
                return
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()

    @classmethod
    def ask(cls, db: Database, parent: Any = None, *, current: TraineeInfo | None = None) -> TraineeInfo | None:
        dialog = cls(db, parent, current=current)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
