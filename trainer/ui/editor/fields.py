"""One editable value each: the input widget, with its problems shown right under it.

A field knows its pointer relative to the object it belongs to (``/text`` of a question),
loads a value without emitting ``edited``, and returns the value to store (``MISSING``
for an optional field left empty, so the key is left out of the file).

This module holds the :class:`Field` base and the problems it shows (:class:`Issue`); the
fields themselves are in text_fields.py (texts, ids, lists of phrases), number_fields.py
and choice_fields.py (a code from a list, a tick box); fields made of several widgets are
in choices.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

ERROR_COLOUR = "#b3261e"
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
