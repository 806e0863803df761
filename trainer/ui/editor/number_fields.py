"""Fields for numbers: a whole number, a decimal number (both with a spin box), and any
number typed as text (the fact sheet's key number)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QSpinBox

from trainer.ui.editor.fields import Field, Issue
from trainer.ui.editor.model import MISSING


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
