"""Fields for text: a line, a longer text, an id (with a "suggest" button), and a list of
short texts one per line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QToolButton

from trainer.domain.text import nfc
from trainer.ui.editor.fields import Field
from trainer.ui.editor.model import MISSING


def _fit(edit: QPlainTextEdit, lines: int) -> None:
    """Room for *lines* lines of text; longer text scrolls inside the box."""
    margins = edit.contentsMargins()
    height = (
        edit.fontMetrics().lineSpacing() * lines
        + 2 * edit.document().documentMargin()
        + margins.top()
        + margins.bottom()
        + 4
    )
    edit.setFixedHeight(int(height))


class TextField(Field):
    def __init__(self, rel: str, label: str, *, optional: bool = False, hint: str = "", placeholder: str = ""):
        super().__init__(rel, label, QLineEdit(), optional=optional, hint=hint)
        self.line: QLineEdit = self.editor  # type: ignore[assignment]
        self.line.setPlaceholderText(placeholder)
        self.line.textChanged.connect(self.edited)

    def _load(self, value: Any) -> None:
        self.line.setText("" if value is MISSING or value is None else str(value))

    def value(self) -> Any:
        text = nfc(self.line.text()).strip()
        return MISSING if self.optional and not text else text


class LongTextField(Field):
    def __init__(self, rel: str, label: str, *, lines: int = 4, optional: bool = False, hint: str = ""):
        super().__init__(rel, label, QPlainTextEdit(), optional=optional, hint=hint)
        self.text_edit: QPlainTextEdit = self.editor  # type: ignore[assignment]
        self.text_edit.setTabChangesFocus(True)
        _fit(self.text_edit, lines)
        self.text_edit.textChanged.connect(self.edited)

    def _load(self, value: Any) -> None:
        self.text_edit.setPlainText("" if value is MISSING or value is None else str(value))

    def value(self) -> Any:
        text = nfc(self.text_edit.toPlainText()).strip()
        return MISSING if self.optional and not text else text


class SlugField(Field):
    """An id: written when editing finishes (Enter or leaving the field), with a "suggest" button."""

    suggest = Signal()

    def __init__(self, rel: str, label: str, *, hint: str = ""):
        super().__init__(rel, label, QLineEdit(), hint=hint)
        self.line: QLineEdit = self.editor  # type: ignore[assignment]
        self.line.setMaxLength(64)
        self.suggest_button = QToolButton()
        self.suggest_button.setText(QCoreApplication.translate("ScenarioEditor", "Suggest"))
        self.suggest_button.setToolTip(
            QCoreApplication.translate("ScenarioEditor", "Make an id from the text: no diacritics, words joined by -")
        )
        self.suggest_button.clicked.connect(self.suggest)
        self.row.addWidget(self.suggest_button)
        self._loaded = ""
        self.line.editingFinished.connect(self._finished)

    def _load(self, value: Any) -> None:
        self._loaded = "" if value is MISSING or value is None else str(value)
        self.line.setText(self._loaded)

    def _finished(self) -> None:
        if self.value() != self._loaded:
            self.edited.emit()

    def committed(self) -> str:
        """The value last loaded or written (the old id while a rename is being written)."""
        return self._loaded

    def set_committed(self, value: str) -> None:
        self._loaded = value

    def value(self) -> Any:
        return nfc(self.line.text()).strip()


class StringListField(Field):
    """A list of short texts, one per line (phrasings, keywords, tags…)."""

    def __init__(self, rel: str, label: str, *, lines: int = 3, optional: bool = False, hint: str = ""):
        super().__init__(rel, label, QPlainTextEdit(), optional=optional, hint=hint)
        self.text_edit: QPlainTextEdit = self.editor  # type: ignore[assignment]
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_edit.setPlaceholderText(QCoreApplication.translate("ScenarioEditor", "One per line"))
        _fit(self.text_edit, lines)
        self.text_edit.textChanged.connect(self.edited)
        self.text_edit.textChanged.connect(self._hang)

    def _hang(self) -> None:
        """Shade every other item, so a long item that wraps still reads as one."""
        selections = []
        block = self.text_edit.document().begin()
        n = 0
        while block.isValid():
            if n % 2 == 1 and block.text():
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(QColor("#eef2f6"))  # type: ignore[attr-defined]
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)  # type: ignore[attr-defined]
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor  # type: ignore[attr-defined]
                selections.append(selection)
            block = block.next()
            n += 1
        self.text_edit.setExtraSelections(selections)

    def _load(self, value: Any) -> None:
        items = value if isinstance(value, list) else []
        self.text_edit.setPlainText("\n".join(str(v).replace("\n", " ") for v in items))
        self._hang()

    def value(self) -> Any:
        items = [nfc(line).strip() for line in self.text_edit.toPlainText().splitlines()]
        items = [i for i in items if i]
        return MISSING if self.optional and not items else items
