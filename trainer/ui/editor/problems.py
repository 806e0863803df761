"""The list of every problem of the draft under the forms; a click goes to the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trainer.ui.editor.fields import ERROR_COLOUR, WARNING_COLOUR, Issue
from trainer.ui.editor.validation import Validation

translate = QCoreApplication.translate


def summary_of(result: Validation) -> str:
    if result.errors and result.warnings:
        return (
            translate("ScenarioEditor", "%1 problem(s) to fix, %2 warning(s)")
            .replace("%1", str(result.errors))
            .replace("%2", str(result.warnings))
        )
    if result.errors:
        return translate("ScenarioEditor", "%1 problem(s) to fix").replace("%1", str(result.errors))
    if result.warnings:
        return translate("ScenarioEditor", "Valid, with %1 warning(s)").replace("%1", str(result.warnings))
    return translate("ScenarioEditor", "Valid: ready to save and practise")


class ProblemPanel(QWidget):
    activated = Signal(str)  # the JSON pointer of the problem chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight:bold")
        self.list = QListWidget(self)
        self.list.setObjectName("problemList")
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self._index = -1

    def show_result(self, result: Validation, ordered: list[Issue], place: Callable[[Issue], str]) -> None:
        """*ordered*: the issues in the order to list them; *place* says where each one is."""
        self.list.clear()
        for issue in ordered:
            error = issue.severity == "error"
            item = QListWidgetItem(("✖ " if error else "⚠ ") + f"{place(issue)}: {issue.message}")
            item.setData(Qt.ItemDataRole.UserRole, issue.pointer)
            item.setForeground(QColor(ERROR_COLOUR if error else WARNING_COLOUR))
            self.list.addItem(item)
        self._index = -1
        self.title.setText(translate("ScenarioEditor", "Problems") + " — " + summary_of(result))

    def count(self) -> int:
        return self.list.count()

    def item(self, row: int) -> QListWidgetItem:
        return self.list.item(row)

    def next(self) -> None:
        """Go to the next problem (F8), round and round."""
        if self.list.count() == 0:
            return
        self._index = (self._index + 1) % self.list.count()
        self.list.setCurrentRow(self._index)
        self._chosen(self.list.item(self._index))

    def _chosen(self, item: QListWidgetItem) -> None:
        pointer = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(pointer, str):
            self.activated.emit(pointer)
