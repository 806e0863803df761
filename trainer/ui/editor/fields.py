"""One editable value each: the input widget, with its problems shown right under it.

A field knows its pointer relative to the object it belongs to (``/text`` of a question),
loads a value without emitting ``edited``, and returns the value to store (``MISSING``
for an optional field left empty, so the key is left out of the file).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Signal
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.text import nfc
from trainer.ui.editor.model import MISSING

ERROR_COLOUR = "#b3261e"
_NONE = "\x00none"  # the data of the "nothing chosen" entry of a combo box
WARNING_COLOUR = "#8a5a00"


class Issue(NamedTuple):
    """A problem to show at a place in the draft (message already in the interface language)."""

    pointer: str
    message: str
    severity: str = "error"


def issue_html(messages: Sequence[Issue]) -> str:
    from html import escape

    lines = []
    for issue in messages:
        colour = ERROR_COLOUR if issue.severity == "error" else WARNING_COLOUR
        mark = "✖" if issue.severity == "error" else "⚠"
        lines.append(f"<span style='color:{colour}'>{mark} {escape(issue.message)}</span>")
    return "<br>".join(lines)


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


class Field(QObject):
    edited = Signal()

    def __init__(self, rel: str, label: str, editor: QWidget, *, optional: bool = False, hint: str = "") -> None:
        super().__init__(editor)
        self.rel, self.label, self.editor, self.optional = rel, label, editor, optional
        self.container = QWidget()
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(editor, 1)
        layout.addLayout(self.row)
        self.error = QLabel(self.container)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        if hint:
            note = QLabel(hint, self.container)
            note.setWordWrap(True)
            note.setStyleSheet("color:#5f6b7a; font-size:small")
            layout.addWidget(note)
        self.local: list[Issue] = []  # problems found before the validator (e.g. "not a number")
        self._external: list[Issue] = []
        self._shown: list[Issue] = []

    # subclasses implement these two
    def _load(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def load(self, value: Any) -> None:
        blockers = [QSignalBlocker(w) for w in (self, self.editor, *self.editor.findChildren(QWidget))]
        try:
            self.local = []
            self._load(value)
        finally:
            del blockers

    def show_issues(self, issues: Sequence[Issue]) -> None:
        self._external = list(issues)
        self._render()

    def _render(self) -> None:
        shown = [*self.local, *self._external]
        if shown == self._shown:
            return
        self._shown = shown
        self.error.setText(issue_html(shown))
        self.error.setVisible(bool(shown))
        bad = any(i.severity == "error" for i in shown)
        if isinstance(self.editor, QLineEdit | QPlainTextEdit | QComboBox | QSpinBox | QDoubleSpinBox):
            selector = type(self.editor).__name__
            self.editor.setStyleSheet(f"{selector} {{ border: 1px solid {ERROR_COLOUR} }}" if bad else "")

    @property
    def error_text(self) -> str:
        """The problems shown under the field (HTML; empty when there are none)."""
        return self.error.text()

    def focus(self) -> None:
        self.editor.setFocus()

    def _narrow(self, width: int = 180) -> None:
        """A small input (a number): keep it at the left instead of centred in its row."""
        self.editor.setMaximumWidth(width)
        self.row.setStretch(0, 0)
        self.row.addStretch(1)


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


class IntField(Field):
    """A whole number; an optional one shows *empty_text* one step below *minimum*."""

    def __init__(
        self, rel: str, label: str, minimum: int, maximum: int, *, optional: bool = False, empty_text: str = "—"
    ):
        super().__init__(rel, label, QSpinBox(), optional=optional)
        self.spin: QSpinBox = self.editor  # type: ignore[assignment]
        self.minimum = minimum
        self.spin.setRange(minimum - 1 if optional else minimum, maximum)
        if optional:
            self.spin.setSpecialValueText(empty_text)
        self.spin.valueChanged.connect(self.edited)
        self._narrow()

    def _load(self, value: Any) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.spin.setValue(int(value))
        else:
            self.spin.setValue(self.spin.minimum())

    def value(self) -> Any:
        if self.optional and self.spin.value() < self.minimum:
            return MISSING
        return self.spin.value()


class FloatField(Field):
    """A number; whole values are stored as whole numbers (4, not 4.0) unless *keep_float*."""

    def __init__(
        self,
        rel: str,
        label: str,
        minimum: float,
        maximum: float,
        *,
        step: float = 1.0,
        decimals: int = 1,
        optional: bool = False,
        empty_text: str = "—",
        keep_float: bool = False,
    ):
        super().__init__(rel, label, QDoubleSpinBox(), optional=optional)
        self.spin: QDoubleSpinBox = self.editor  # type: ignore[assignment]
        self.minimum, self.keep_float = minimum, keep_float
        self.spin.setDecimals(decimals)
        self.spin.setSingleStep(step)
        self.spin.setRange(minimum - step if optional else minimum, maximum)
        if optional:
            self.spin.setSpecialValueText(empty_text)
        self.spin.valueChanged.connect(self.edited)
        self._narrow()

    def _load(self, value: Any) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.spin.setValue(float(value))
        else:
            self.spin.setValue(self.spin.minimum())

    def value(self) -> Any:
        v = round(self.spin.value(), self.spin.decimals())
        if self.optional and v < self.minimum - 1e-9:
            return MISSING
        if not self.keep_float and float(v).is_integer():
            return int(v)
        return v


class NumberTextField(Field):
    """Any number, typed (the fact sheet's key number); empty leaves it out."""

    def __init__(self, rel: str, label: str, *, hint: str = ""):
        super().__init__(rel, label, QLineEdit(), optional=True, hint=hint)
        self.line: QLineEdit = self.editor  # type: ignore[assignment]
        self._narrow()
        self.line.textChanged.connect(self._changed)

    def _load(self, value: Any) -> None:
        self.line.setText("" if value is MISSING or value is None else str(value))

    def _parse(self) -> tuple[bool, Any]:
        text = self.line.text().strip().replace(" ", "")
        if not text:
            return True, MISSING
        try:
            number = float(text.replace(",", ".")) if any(c in text for c in ".,eE") else int(text)
        except ValueError:
            return False, MISSING
        if isinstance(number, float) and not math.isfinite(number):
            return False, MISSING
        return True, number

    def _changed(self) -> None:
        ok, _ = self._parse()
        self.local = (
            []
            if ok
            else [Issue("", QCoreApplication.translate("ScenarioEditor", "Write a number, e.g. 37 or 2.5"), "error")]
        )
        self._render()
        if ok:
            self.edited.emit()

    def value(self) -> Any:
        return self._parse()[1]


class ChoiceField(Field):
    """A code chosen from a list; a value not in the list is kept and shown as it is."""

    def __init__(
        self,
        rel: str,
        label: str,
        options: Callable[[], Sequence[tuple[Any, str]]],
        *,
        optional: bool = False,
        empty_text: str = "—",
    ):
        super().__init__(rel, label, QComboBox(), optional=optional)
        self.combo: QComboBox = self.editor  # type: ignore[assignment]
        self.options, self.empty_text = options, empty_text
        self.combo.currentIndexChanged.connect(self.edited)
        self._fill(MISSING)

    def _fill(self, current: Any) -> None:
        self.combo.clear()
        if self.optional:
            self.combo.addItem(self.empty_text, _NONE)
        elif current is MISSING or current == "":
            self.combo.addItem("", _NONE)  # a required value not chosen yet: the validator says so
        known = False
        for code, text in self.options():
            self.combo.addItem(text, code)
            known = known or code == current
        if current is not MISSING and current not in (None, "") and not known:
            self.combo.addItem(str(current), current)  # kept, so nothing in the file is lost
        index = self.combo.findData(current) if current is not MISSING and current != "" else 0
        self.combo.setCurrentIndex(max(index, 0))

    def _load(self, value: Any) -> None:
        self._fill(value)

    def refresh(self) -> None:
        """Offer the options again (e.g. the journalists changed), keeping the choice."""
        blocker = QSignalBlocker(self.combo)
        self._fill(self.value())
        del blocker

    def value(self) -> Any:
        data = self.combo.currentData()
        if self.combo.count() == 0 or data is None or data == _NONE:
            return MISSING if self.optional else ""
        return data


class CheckField(Field):
    """True or false; an optional one leaves the key out when false (its default)."""

    def __init__(self, rel: str, label: str, text: str, *, optional: bool = False, hint: str = ""):
        super().__init__(rel, label, QCheckBox(text), optional=optional, hint=hint)
        self.box: QCheckBox = self.editor  # type: ignore[assignment]
        self.box.toggled.connect(self.edited)

    def _load(self, value: Any) -> None:
        self.box.setChecked(value is True)

    def value(self) -> Any:
        checked = self.box.isChecked()
        return MISSING if self.optional and not checked else checked


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
