"""Fields for a choice made with one widget: a code chosen from a drop-down list, and true
or false with a tick box (choices made of several widgets are in choices.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox

from trainer.ui.editor.fields import Field
from trainer.ui.editor.model import MISSING

_NONE = "\x00none"  # the data of the "nothing chosen" entry of a combo box


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
