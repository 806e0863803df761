"""A form for one object of the draft (the briefing, a fact, a question…).

The form is bound to a base pointer (``/questions/2``); each field writes its value to
``base + field.rel``. Problems are shown under the field they point at; a problem that
points at the object itself or at a part no field shows goes to the form's header.
Ids follow the text they were made from until the trainer types one (then renaming an
id renames the references to it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from trainer.ui.editor import refs
from trainer.ui.editor.fields import Field, Issue, issue_html
from trainer.ui.editor.model import Draft, tokens
from trainer.ui.editor.text_fields import SlugField


class Part(Protocol):
    """Anything a form can hold besides fields: a nested list editor (the follow-ups)."""

    rel: str

    def bind(self, base: str) -> None: ...
    def show_issues(self, issues: Sequence[Issue]) -> None: ...
    def focus_pointer(self, pointer: str) -> bool: ...
    def describe(self, pointer: str) -> str: ...


def under(pointer: str, base: str) -> bool:
    return pointer == base or pointer.startswith(base + "/")


class ObjectForm(QWidget):
    status = Signal(str)  # a short note for the status bar ("2 references renamed")

    def __init__(
        self,
        draft: Draft,
        parent: QWidget | None = None,
        *,
        collection: str | None = None,
        id_source: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft, self.collection, self.id_source = draft, collection, id_source
        self.base = ""
        self.fields: list[Field] = []
        self.parts: list[tuple[Part, str]] = []
        self._texts: dict[str, str] = {}  # id_source value per base, to tell an automatic id
        #: ids used elsewhere that a suggested id must avoid (the library's, for the scenario id)
        self.taken_elsewhere: Callable[[], list[str]] = list
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.header_error = QLabel(self)
        self.header_error.setObjectName("formError")
        self.header_error.setWordWrap(True)
        self.header_error.hide()
        outer.addWidget(self.header_error)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        outer.addLayout(self.form)
        outer.addStretch(1)

    # --- building --------------------------------------------------------------------------
    def add(self, field: Field) -> Field:
        self.fields.append(field)
        label = QLabel(field.label, self)
        label.setWordWrap(True)
        label.setBuddy(field.editor)
        self.form.addRow(label, field.container)
        field.edited.connect(lambda f=field: self._write(f))
        if isinstance(field, SlugField):
            field.suggest.connect(lambda f=field: self._suggest(f))
        return field

    def add_part(self, part: Part, widget: QWidget, label: str = "") -> None:
        self.parts.append((part, label))
        if label:
            self.form.addRow(QLabel(label, self), widget)
        else:
            self.form.addRow(widget)

    def add_widget(self, widget: QWidget, label: str = "") -> None:
        if label:
            self.form.addRow(QLabel(label, self), widget)
        else:
            self.form.addRow(widget)

    def field(self, rel: str) -> Any:
        for f in self.fields:
            if f.rel == rel:
                return f
        raise KeyError(rel)

    # --- binding ---------------------------------------------------------------------------
    def bind(self, base: str) -> None:
        same = base == self.base
        self.base = base
        for f in self.fields:
            value = self.draft.get(base + f.rel)
            if same and f.value() == value:
                # Unchanged: keep the field as it is (the cursor of the text being typed stays put).
                refresh = getattr(f, "refresh", None)
                if refresh is not None:
                    refresh()
                continue
            f.load(value)
        for part, _label in self.parts:
            part.bind(base + part.rel)
        if self.id_source is not None:
            self._texts[base] = str(self.draft.get(base + self.id_source, "") or "")

    def reload(self) -> None:
        self.bind(self.base)

    def refresh_choices(self) -> None:
        """Offer the current journalists, key messages… in the fields that choose among them."""
        for f in self.fields:
            refresh = getattr(f, "refresh", None)
            if refresh is not None:
                refresh()

    # --- writing ---------------------------------------------------------------------------
    def _write(self, field: Field) -> None:
        if isinstance(field, SlugField) and field.rel == "/id":
            self._rename(field, field.value())
            return
        self.draft.set(self.base + field.rel, field.value())
        if self.id_source is not None and field.rel == self.id_source:
            self._follow(field)

    def _item(self) -> Any:
        return self.draft.get(self.base)

    def _pinned(self) -> bool:
        item = self._item()
        return any(x is item for x in self.draft.pinned_items)

    def _taken(self) -> list[str]:
        if self.collection is None:
            return self.taken_elsewhere()
        own = tokens(self.base)[-1] if self.base else ""
        return [i for n, i in enumerate(self.draft.ids(self.collection)) if str(n) != own]

    def _follow(self, source: Field) -> None:
        """Keep an automatic id in step with the text it was made from."""
        old_text = self._texts.get(self.base, "")
        new_text = str(source.value() or "")
        self._texts[self.base] = new_text
        current = str(self.draft.get(self.base + "/id", "") or "")
        if self._pinned() or not refs.follows_text(self.collection, current, old_text):
            return
        fallback = current or refs.placeholder_id(self.draft.data, self.collection or "questions")
        new_id = refs.suggested_id(new_text, self._taken(), fallback)
        if new_id != current:
            self._set_id(new_id, pin=False)

    def _suggest(self, field: SlugField) -> None:
        source = str(self.draft.get(self.base + (self.id_source or "/title"), "") or "")
        current = str(self.draft.get(self.base + "/id", "") or "")
        new_id = refs.suggested_id(source, self._taken(), current or "kich-ban")
        self._set_id(new_id, pin=True)
        field.focus()

    def _rename(self, field: SlugField, new_id: str) -> None:
        self._set_id(new_id, pin=True)

    def _set_id(self, new_id: str, *, pin: bool) -> None:
        old = str(self.draft.get(self.base + "/id", "") or "")
        id_field = self.field("/id")
        self.draft.set(self.base + "/id", new_id)
        id_field.load(new_id)
        if pin:
            item = self._item()
            if isinstance(item, dict) and not self._pinned():
                self.draft.pinned_items.append(item)
        if self.collection is None or not old or old == new_id or old in self._taken():
            return
        changed = refs.rename_references(self.draft.data, self.collection, old, new_id)
        if changed:
            self.draft.notify("/questions")
            self.status.emit(
                QCoreApplication.translate("ScenarioEditor", "%1 reference(s) to “%2” now point to “%3”.")
                .replace("%1", str(changed))
                .replace("%2", old)
                .replace("%3", new_id)
            )

    # --- problems --------------------------------------------------------------------------
    def _owner(self, pointer: str) -> tuple[Field | None, Part | None]:
        best: tuple[int, Field | None, Part | None] = (-1, None, None)
        for f in self.fields:
            target = self.base + f.rel
            if under(pointer, target) and len(target) > best[0]:
                best = (len(target), f, None)
        for part, _label in self.parts:
            target = self.base + part.rel
            if under(pointer, target) and len(target) > best[0]:
                best = (len(target), None, part)
        return best[1], best[2]

    def show_issues(self, issues: Sequence[Issue]) -> None:
        mine = [i for i in issues if under(i.pointer, self.base) or (self.base == "" and i.pointer == "")]
        per_field: dict[int, list[Issue]] = {id(f): [] for f in self.fields}
        per_part: dict[int, list[Issue]] = {id(p): [] for p, _ in self.parts}
        header: list[Issue] = []
        for issue in mine:
            field, part = self._owner(issue.pointer)
            if field is not None:
                rest = issue.pointer[len(self.base + field.rel) :]
                first = tokens(rest)[0] if rest else ""
                if first.isdigit():  # an item of a list shown one per line
                    text = QCoreApplication.translate("ScenarioEditor", "Line %1: %2")
                    issue = issue._replace(message=text.replace("%1", str(int(first) + 1)).replace("%2", issue.message))
                per_field[id(field)].append(issue)
            elif part is not None:
                per_part[id(part)].append(issue)
            else:
                header.append(issue)
        for f in self.fields:
            f.show_issues(per_field[id(f)])
        for part, _label in self.parts:
            part.show_issues(per_part[id(part)])
        self.header_error.setText(issue_html(header))
        self.header_error.setVisible(bool(header))

    def focus_pointer(self, pointer: str) -> bool:
        field, part = self._owner(pointer)
        if part is not None:
            return part.focus_pointer(pointer)
        if field is not None:
            field.focus()
            return True
        return False

    def describe(self, pointer: str) -> str:
        field, part = self._owner(pointer)
        if part is not None:
            return part.describe(pointer)
        return field.label if field is not None else ""
