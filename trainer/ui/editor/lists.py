"""A list of objects (facts, questions, follow-ups…): the items on one side, the selected
item's form on the other, with buttons to add, duplicate, remove and reorder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.ui import messages
from trainer.ui.editor.fields import ERROR_COLOUR, WARNING_COLOUR, Issue, issue_html
from trainer.ui.editor.forms import ObjectForm, under
from trainer.ui.editor.model import Draft, tokens

translate = QCoreApplication.translate


class ListEditor(QWidget):
    current_changed = Signal(int)

    def __init__(
        self,
        draft: Draft,
        form: ObjectForm,
        *,
        rel: str,
        label_for: Callable[[int, dict[str, Any]], str],
        new_item: Callable[[], dict[str, Any]],
        duplicate: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
        empty_text: str = "",
        add_text: str = "",
        vertical: bool = False,
        scroll_form: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft, self.form, self.rel = draft, form, rel
        self.label_for, self.new_item, self.duplicate = label_for, new_item, duplicate
        self.list_pointer = rel
        self.issues: list[Issue] = []
        self.list = QListWidget(self)
        self.list.setObjectName("itemList")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentRowChanged.connect(self._row_changed)
        self.add_button = QPushButton(add_text or translate("ScenarioEditor", "Add"), self)
        self.add_button.setObjectName("addButton")
        self.add_button.clicked.connect(self.add)
        self.duplicate_button = QPushButton(translate("ScenarioEditor", "Duplicate"), self)
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.duplicate_button.setVisible(duplicate is not None)
        self.remove_button = QPushButton(translate("ScenarioEditor", "Remove"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton("↑", self)
        self.up_button.setToolTip(translate("ScenarioEditor", "Move up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton("↓", self)
        self.down_button.setToolTip(translate("ScenarioEditor", "Move down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for b in (self.up_button, self.down_button):
            b.setMaximumWidth(36)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.duplicate_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        self.header_error = QLabel(self)
        self.header_error.setObjectName("listError")
        self.header_error.setWordWrap(True)
        self.header_error.hide()

        self.side = QWidget(self)
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.header_error)
        side.addWidget(self.list, 1)
        side.addLayout(buttons)

        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#5f6b7a")
        self.detail = QStackedWidget(self)
        self.detail.addWidget(self.empty)
        if scroll_form:
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(form)
            self.detail.addWidget(scroll)
            self._form_page: QWidget = scroll
        else:
            self.detail.addWidget(form)
            self._form_page = form
        layout = QBoxLayout(QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.side, 0 if vertical else 2)
        layout.addWidget(self.detail, 1 if vertical else 5)
        if vertical:
            self.list.setMaximumHeight(84)
            self.detail.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        draft.changed.connect(self._draft_changed)
        self._count = -1

    # --- binding ---------------------------------------------------------------------------
    def bind(self, list_pointer: str) -> None:
        keep = self.list.currentRow() if list_pointer == self.list_pointer else 0
        self.list_pointer = list_pointer
        self._rebuild(keep=keep)

    def items(self) -> list[Any]:
        return self.draft.items(self.list_pointer)

    def _rebuild(self, keep: int) -> None:
        items = self.items()
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        for n, item in enumerate(items):
            self.list.addItem(QListWidgetItem(self.label_for(n, item if isinstance(item, dict) else {})))
        del blocker
        self._count = len(items)
        row = min(max(keep, 0), len(items) - 1)
        self.list.setCurrentRow(row)
        self._row_changed(row)
        self._paint_rows()

    def _row_changed(self, row: int) -> None:
        has = 0 <= row < self._count
        self.detail.setCurrentWidget(self._form_page if has else self.empty)
        for b in (self.remove_button, self.duplicate_button):
            b.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self._count - 1)
        if has:
            self.form.bind(f"{self.list_pointer}/{row}")
            self.form.show_issues(self.issues)
        self.current_changed.emit(row)

    def _draft_changed(self, pointer: str) -> None:
        if not (pointer == "" or under(pointer, self.list_pointer) or under(self.list_pointer, pointer)):
            return
        if len(self.items()) != self._count or pointer in ("", self.list_pointer) or under(self.list_pointer, pointer):
            self._rebuild(keep=self.list.currentRow())
            return
        self._relabel()

    def _relabel(self) -> None:
        for n, item in enumerate(self.items()):
            row = self.list.item(n)
            if row is not None:
                text = self.label_for(n, item if isinstance(item, dict) else {})
                if row.text() != text:
                    row.setText(text)

    # --- actions ---------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.list.currentRow()

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def add(self) -> int:
        row = len(self.items())
        self.draft.insert(self.list_pointer, row, self.new_item())
        self._rebuild(keep=row)
        self._focus_first()
        return row

    def duplicate_current(self) -> None:
        row = self.current_row()
        items = self.items()
        if self.duplicate is None or not 0 <= row < len(items):
            return
        self.draft.insert(self.list_pointer, row + 1, self.duplicate(items[row]))
        self._rebuild(keep=row + 1)

    def remove_current(self) -> None:
        row = self.current_row()
        items = self.items()
        if not 0 <= row < len(items):
            return
        label = self.list.item(row).text()
        if not messages.confirm(
            self,
            translate("ScenarioEditor", "Remove"),
            translate("ScenarioEditor", "Remove “%1”? References to it will be shown as problems.").replace(
                "%1", label
            ),
            yes=translate("ScenarioEditor", "Remove"),
            no=translate("ScenarioEditor", "Keep"),
        ):
            return
        self.draft.take(self.list_pointer, row)
        self._rebuild(keep=min(row, len(self.items()) - 1))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        self.draft.move(self.list_pointer, row, row + delta)
        self._rebuild(keep=row + delta)

    def _focus_first(self) -> None:
        for f in self.form.fields:
            if f.rel != "/id":
                f.focus()
                return

    # --- problems --------------------------------------------------------------------------
    def show_issues(self, issues: Sequence[Issue]) -> None:
        self.issues = [i for i in issues if under(i.pointer, self.list_pointer)]
        own = [i for i in self.issues if i.pointer == self.list_pointer]
        self.header_error.setText(issue_html(own))
        self.header_error.setVisible(bool(own))
        self._paint_rows()
        if 0 <= self.current_row() < self._count:
            self.form.show_issues(self.issues)

    def _row_issues(self, row: int) -> list[Issue]:
        return [i for i in self.issues if under(i.pointer, f"{self.list_pointer}/{row}")]

    def _paint_rows(self) -> None:
        for n in range(self.list.count()):
            row = self.list.item(n)
            found = self._row_issues(n)
            errors = any(i.severity == "error" for i in found)
            colour = ERROR_COLOUR if errors else WARNING_COLOUR if found else None
            row.setForeground(QColor(colour) if colour else self.list.palette().text().color())
            row.setToolTip("<br>".join(escape(i.message) for i in found))

    def focus_pointer(self, pointer: str) -> bool:
        rest = tokens(pointer[len(self.list_pointer) :])
        if not rest or not rest[0].isdigit():
            self.list.setFocus()
            return True
        self.select(int(rest[0]))
        if not self.form.focus_pointer(pointer):
            self.list.setFocus()
        return True

    def describe(self, pointer: str) -> str:
        """Where *pointer* is, in words: "4. tinh-hay-phong › Question"."""
        rest = tokens(pointer[len(self.list_pointer) :])
        if not rest or not rest[0].isdigit():
            return ""
        row = int(rest[0])
        items = self.items()
        item = items[row] if row < len(items) and isinstance(items[row], dict) else {}
        name = f"{row + 1}. {item['id']}" if item.get("id") else str(row + 1)
        saved = self.form.base
        self.form.base = f"{self.list_pointer}/{row}"
        try:
            detail = self.form.describe(pointer)
        finally:
            self.form.base = saved
        return f"{name} › {detail}" if detail else name
