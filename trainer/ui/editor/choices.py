"""Fields made of several widgets: a set of check boxes, the information deadline, a
follow-up's condition."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from trainer.domain.principles import PRINCIPLE_IDS
from trainer.domain.text import nfc
from trainer.ui.editor.fields import Field
from trainer.ui.editor.model import MISSING
from trainer.ui.labels import principle_label

Options = Callable[[], Sequence[tuple[str, str]]]


translate = QCoreApplication.translate


class CheckListField(Field):
    """Several codes chosen with check boxes; the order of the file is kept, new ones go last."""

    def __init__(
        self,
        rel: str,
        label: str,
        options: Options,
        *,
        columns: int = 2,
        optional: bool = False,
        hint: str = "",
        empty_text: str = "",
    ):
        super().__init__(rel, label, QWidget(), optional=optional, hint=hint)
        self.options, self.columns = options, columns
        self.empty = QLabel(empty_text, self.editor)
        self.empty.setStyleSheet("color:#5f6b7a")
        self.empty.setWordWrap(True)
        self.grid = QGridLayout(self.editor)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        self.order: list[str] = []
        self._build()

    def _build(self) -> None:
        for box in self.boxes.values():
            self.grid.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        entries = list(self.options())
        known = {code for code, _ in entries}
        entries += [(code, code) for code in self.order if code not in known]  # kept, shown as they are
        for n, (code, text) in enumerate(entries):
            box = QCheckBox(text, self.editor)
            box.setObjectName(f"check_{code}")
            box.setChecked(code in self.order)
            box.toggled.connect(lambda checked, c=code: self._toggled(c, checked))
            self.grid.addWidget(box, n // self.columns, n % self.columns)
            self.boxes[code] = box
        self.grid.removeWidget(self.empty)
        if not entries:
            self.grid.addWidget(self.empty, 0, 0, 1, self.columns)
        self.empty.setVisible(not entries)

    def _toggled(self, code: str, checked: bool) -> None:
        if checked and code not in self.order:
            self.order.append(code)
        elif not checked and code in self.order:
            self.order.remove(code)
        self.edited.emit()

    def _load(self, value: Any) -> None:
        self.order = [str(v) for v in value] if isinstance(value, list) else []
        self._build()

    def refresh(self) -> None:
        self._build()

    def set_checked(self, code: str, checked: bool = True) -> None:
        self.boxes[code].setChecked(checked)

    def value(self) -> Any:
        return MISSING if self.optional and not self.order else list(self.order)


def principle_options() -> list[tuple[str, str]]:
    return [(p, principle_label(p)) for p in PRINCIPLE_IDS]


class DeadlineField(Field):
    """``briefing.information_deadline``: on or off, hours and the rule it rests on."""

    def __init__(self, rel: str, label: str):
        box = QGroupBox(QCoreApplication.translate("ScenarioEditor", "Set a deadline for initial information"))
        super().__init__(rel, label, box, optional=True)
        self.box = box
        box.setCheckable(True)
        box.setChecked(False)
        form = QFormLayout(box)
        self.hours = QDoubleSpinBox(box)
        self.hours.setRange(0.5, 720)
        self.hours.setDecimals(1)
        self.hours.setValue(6)
        self.hours.setMaximumWidth(160)
        self.basis = QLineEdit(box)
        self.basis.setPlaceholderText(
            QCoreApplication.translate("ScenarioEditor", "e.g. Decision 22/QĐ-BGDĐT (2019): within 6 hours")
        )
        form.addRow(QCoreApplication.translate("ScenarioEditor", "Hours"), self.hours)
        form.addRow(QCoreApplication.translate("ScenarioEditor", "Basis"), self.basis)
        box.toggled.connect(self.edited)
        self.hours.valueChanged.connect(self.edited)
        self.basis.textChanged.connect(self.edited)

    def _load(self, value: Any) -> None:
        on = isinstance(value, dict)
        self.box.setChecked(on)
        data = value if isinstance(value, dict) else {}
        hours = data.get("hours", 6)
        self.hours.setValue(float(hours) if isinstance(hours, int | float) else 6.0)
        self.basis.setText(str(data.get("basis", "")))

    def value(self) -> Any:
        if not self.box.isChecked():
            return MISSING
        hours = round(self.hours.value(), 1)
        return {"hours": int(hours) if float(hours).is_integer() else hours, "basis": nfc(self.basis.text()).strip()}


class ConditionField(Field):
    """A follow-up's ``when``: every ticked condition must hold."""

    KEYS = (
        "always",
        "score_below",
        "principle_missed",
        "principle_not_met",
        "principle_below",
        "key_message_missing",
        "fact_missing",
    )

    def __init__(self, rel: str, label: str, key_messages: Options, facts: Options):
        super().__init__(rel, label, QWidget())
        self.key_messages, self.facts = key_messages, facts
        grid = QGridLayout(self.editor)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        texts = {
            "always": translate("ScenarioEditor", "Always ask it"),
            "score_below": translate("ScenarioEditor", "Overall score below"),
            "principle_missed": translate("ScenarioEditor", "Principle missed"),
            "principle_not_met": translate("ScenarioEditor", "Principle not fully met"),
            "principle_below": translate("ScenarioEditor", "Principle scored below"),
            "key_message_missing": translate("ScenarioEditor", "Key message not delivered"),
            "fact_missing": translate("ScenarioEditor", "Fact not given"),
        }
        self.checks: dict[str, QCheckBox] = {}
        self.score = self._spin(60)
        self.missed = self._principles()
        self.not_met = self._principles()
        self.below_principle = self._principles()
        self.below_score = self._spin(50)
        self.km = QComboBox(self.editor)
        self.fact = QComboBox(self.editor)
        widgets: dict[str, list[QWidget]] = {
            "always": [],
            "score_below": [self.score],
            "principle_missed": [self.missed],
            "principle_not_met": [self.not_met],
            "principle_below": [self.below_principle, self.below_score],
            "key_message_missing": [self.km],
            "fact_missing": [self.fact],
        }
        self.values = widgets
        for row, key in enumerate(self.KEYS):
            check = QCheckBox(texts[key], self.editor)
            check.setObjectName(f"when_{key}")
            check.toggled.connect(self._changed)
            self.checks[key] = check
            grid.addWidget(check, row, 0)
            line = QHBoxLayout()
            for w in widgets[key]:
                line.addWidget(w)
            line.addStretch(1)
            grid.addLayout(line, row, 1)
        grid.setColumnStretch(1, 1)
        for combo in (self.missed, self.not_met, self.below_principle, self.km, self.fact):
            combo.currentIndexChanged.connect(self._changed)
        self.extra: dict[str, Any] = {}
        self.refresh()
        self._enable()

    def _spin(self, value: int) -> QSpinBox:
        spin = QSpinBox(self.editor)
        spin.setRange(1, 100)
        spin.setValue(value)
        spin.valueChanged.connect(self._changed)
        return spin

    def _principles(self) -> QComboBox:
        combo = QComboBox(self.editor)
        for code, text in principle_options():
            combo.addItem(text, code)
        return combo

    def _changed(self) -> None:
        self._enable()
        self.edited.emit()

    def _enable(self) -> None:
        """A value can be chosen once its condition is ticked."""
        for key, check in self.checks.items():
            for widget in self.values[key]:
                widget.setEnabled(check.isChecked())

    @staticmethod
    def _fill(combo: QComboBox, options: Sequence[tuple[str, str]], current: str) -> None:
        blocker = QSignalBlocker(combo)
        combo.clear()
        for code, text in options:
            combo.addItem(text, code)
        if current and combo.findData(current) < 0:
            combo.addItem(current, current)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        del blocker

    @staticmethod
    def _select(combo: QComboBox, code: Any) -> None:
        if isinstance(code, str) and combo.findData(code) < 0:
            combo.addItem(code, code)
        combo.setCurrentIndex(max(combo.findData(code), 0))

    def refresh(self) -> None:
        """Offer the current key messages and facts again, keeping the choices."""
        self._fill(self.km, self.key_messages(), str(self.km.currentData() or ""))
        self._fill(self.fact, self.facts(), str(self.fact.currentData() or ""))

    def _load(self, value: Any) -> None:
        when = value if isinstance(value, dict) else {}
        self.extra = {k: v for k, v in when.items() if k not in self.KEYS}
        for key, check in self.checks.items():
            check.setChecked(key in when)
        if isinstance(when.get("score_below"), int):
            self.score.setValue(when["score_below"])
        if "principle_missed" in when:
            self._select(self.missed, when["principle_missed"])
        if "principle_not_met" in when:
            self._select(self.not_met, when["principle_not_met"])
        below = when.get("principle_below")
        if isinstance(below, dict):
            self._select(self.below_principle, below.get("principle"))
            if isinstance(below.get("score"), int):
                self.below_score.setValue(below["score"])
        self._fill(self.km, self.key_messages(), str(when.get("key_message_missing", "")))
        self._fill(self.fact, self.facts(), str(when.get("fact_missing", "")))
        self._enable()

    def set_condition(self, key: str, value: Any = True) -> None:
        """Tick one condition with its value (used by tests and by "Add follow-up")."""
        widgets = {
            "score_below": self.score,
            "principle_missed": self.missed,
            "principle_not_met": self.not_met,
            "key_message_missing": self.km,
            "fact_missing": self.fact,
        }
        widget = widgets.get(key)
        if isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QComboBox):
            self._select(widget, value)
        self.checks[key].setChecked(True)

    def value(self) -> Any:
        when: dict[str, Any] = {}
        c = self.checks
        if c["always"].isChecked():
            when["always"] = True
        if c["score_below"].isChecked():
            when["score_below"] = self.score.value()
        if c["principle_missed"].isChecked():
            when["principle_missed"] = self.missed.currentData()
        if c["principle_not_met"].isChecked():
            when["principle_not_met"] = self.not_met.currentData()
        if c["principle_below"].isChecked():
            when["principle_below"] = {
                "principle": self.below_principle.currentData(),
                "score": self.below_score.value(),
            }
        if c["key_message_missing"].isChecked():
            when["key_message_missing"] = self.km.currentData() or ""
        if c["fact_missing"].isChecked():
            when["fact_missing"] = self.fact.currentData() or ""
        when.update(self.extra)
        return when
