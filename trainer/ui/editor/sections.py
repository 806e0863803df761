"""The editor's sections: what a section is (:class:`Section`: a page that binds to a part
of the draft and shows its problems), and the two pages about the scenario as a whole,
general information and the briefing.

The sections that are lists (facts, confidential items, key messages, journalists) are in
list_sections.py; the questions have their own module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea, QWidget

from trainer.ui.editor.choice_fields import ChoiceField
from trainer.ui.editor.choices import DeadlineField
from trainer.ui.editor.fields import Issue
from trainer.ui.editor.forms import ObjectForm
from trainer.ui.editor.lists import ListEditor
from trainer.ui.editor.model import Draft
from trainer.ui.editor.number_fields import FloatField, IntField
from trainer.ui.editor.text_fields import LongTextField, SlugField, StringListField, TextField
from trainer.ui.labels import category_label, difficulty_label, language_label

translate = QCoreApplication.translate

CATEGORIES = (
    "exams",
    "admissions",
    "violence",
    "food_safety",
    "fees",
    "staff_conduct",
    "accident",
    "natural_disaster",
    "misinformation",
    "curriculum",
    "employment",
    "facilities",
    "health",
    "other",
)


def short(text: Any, limit: int = 70) -> str:
    s = " ".join(str(text or "").split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


@dataclass
class Section:
    """One page of the editor: what it shows, the part that binds and shows problems."""

    key: str
    widget: QWidget
    part: Any  # ObjectForm or ListEditor
    base: str

    def bind(self) -> None:
        self.part.bind(self.base)

    def show_issues(self, issues: Sequence[Issue]) -> None:
        self.part.show_issues(issues)

    def focus_pointer(self, pointer: str) -> bool:
        result: bool = self.part.focus_pointer(pointer)
        return result

    def describe(self, pointer: str) -> str:
        result: str = self.part.describe(pointer)
        return result

    @property
    def form(self) -> ObjectForm:
        form: ObjectForm = self.part.form if isinstance(self.part, ListEditor) else self.part
        return form


def _scrolled(form: ObjectForm) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    return scroll


def general_section(draft: Draft) -> Section:
    form = ObjectForm(draft, id_source="/title")
    form.setObjectName("generalForm")
    form.add(
        TextField(
            "/title",
            translate("ScenarioEditor", "Title"),
            placeholder=translate("ScenarioEditor", "Name the incident, in a few words"),
        )
    )
    form.add(
        SlugField(
            "/id",
            translate("ScenarioEditor", "Id"),
            hint=translate(
                "ScenarioEditor", "Also the file name. Lower-case letters without diacritics, digits and hyphens."
            ),
        )
    )
    form.add(
        ChoiceField(
            "/language",
            translate("ScenarioEditor", "Language of the scenario"),
            lambda: [(c, language_label(c)) for c in ("vi", "en")],
        )
    )
    form.add(
        LongTextField(
            "/summary",
            translate("ScenarioEditor", "Summary"),
            lines=3,
            hint=translate("ScenarioEditor", "One to three sentences, shown in the library."),
        )
    )
    form.add(
        ChoiceField(
            "/category", translate("ScenarioEditor", "Category"), lambda: [(c, category_label(c)) for c in CATEGORIES]
        )
    )
    form.add(
        ChoiceField(
            "/difficulty",
            translate("ScenarioEditor", "Difficulty"),
            lambda: [(n, difficulty_label(n)) for n in (1, 2, 3)],
        )
    )
    form.add(IntField("/estimated_minutes", translate("ScenarioEditor", "Minutes to practise"), 1, 240))
    form.add(StringListField("/tags", translate("ScenarioEditor", "Tags"), lines=2, optional=True))
    form.add(TextField("/author", translate("ScenarioEditor", "Author"), optional=True))
    form.add(IntField("/revision", translate("ScenarioEditor", "Revision"), 1, 10000, optional=True))
    return Section("general", _scrolled(form), form, "")


def briefing_section(draft: Draft) -> Section:
    form = ObjectForm(draft)
    form.setObjectName("briefingForm")
    form.add(
        TextField(
            "/role",
            translate("ScenarioEditor", "Role of the trainee"),
            placeholder=translate("ScenarioEditor", "e.g. Principal of a primary school"),
        )
    )
    form.add(
        TextField(
            "/organisation",
            translate("ScenarioEditor", "Organisation"),
            hint=translate("ScenarioEditor", "Fictional, marked “(hư cấu)”."),
        )
    )
    form.add(
        LongTextField(
            "/situation",
            translate("ScenarioEditor", "Situation"),
            lines=7,
            hint=translate("ScenarioEditor", "Only what the person in the role knows now."),
        )
    )
    form.add(
        FloatField(
            "/hours_since_incident",
            translate("ScenarioEditor", "Hours since the incident"),
            0,
            8760,
            step=1,
            decimals=1,
        )
    )
    form.add(StringListField("/authorised_to_say", translate("ScenarioEditor", "May say"), lines=4))
    form.add(
        StringListField("/not_authorised", translate("ScenarioEditor", "Not theirs to say"), lines=3, optional=True)
    )
    form.add(DeadlineField("/information_deadline", translate("ScenarioEditor", "Information deadline")))
    return Section("briefing", _scrolled(form), form, "/briefing")
