"""The editor's sections: general information, briefing, fact sheet, confidential items,
key messages and journalists (the questions have their own module)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea, QWidget

from trainer.ui.editor import refs
from trainer.ui.editor.choice_fields import CheckField, ChoiceField
from trainer.ui.editor.choices import DeadlineField
from trainer.ui.editor.fields import Issue
from trainer.ui.editor.forms import ObjectForm
from trainer.ui.editor.labels import accent_label, confidential_kind_label, gender_label
from trainer.ui.editor.lists import ListEditor
from trainer.ui.editor.model import Draft
from trainer.ui.editor.number_fields import FloatField, IntField, NumberTextField
from trainer.ui.editor.text_fields import LongTextField, SlugField, StringListField, TextField
from trainer.ui.labels import category_label, difficulty_label, language_label, style_label

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
CONFIDENTIAL_KINDS = (
    "pupil_name",
    "pupil_class",
    "pupil_health",
    "pupil_results",
    "pupil_family",
    "exam_content",
    "personnel",
    "investigation",
    "other",
)
STYLES = ("neutral", "friendly", "hostile", "tabloid")


def short(text: Any, limit: int = 70) -> str:
    s = " ".join(str(text or "").split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _text(text: Any, limit: int = 70) -> str:
    return f" · {short(text, limit)}" if text else ""


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


def _list_section(
    draft: Draft,
    key: str,
    form: ObjectForm,
    label_for: Any,
    empty_text: str,
    add_text: str,
) -> Section:
    form.setObjectName(f"{key}Form")
    editor = ListEditor(
        draft,
        form,
        rel=f"/{key}",
        label_for=label_for,
        new_item=lambda: refs.new_item(draft.data, key),
        duplicate=lambda item: refs.duplicate_item(draft.data, key, item),
        empty_text=empty_text,
        add_text=add_text,
    )
    editor.setObjectName(f"{key}Editor")
    return Section(key, editor, editor, f"/{key}")


def facts_section(draft: Draft) -> Section:
    form = ObjectForm(draft, collection="facts", id_source="/text")
    form.add(LongTextField("/text", translate("ScenarioEditor", "Fact"), lines=2))
    form.add(SlugField("/id", translate("ScenarioEditor", "Id")))
    form.add(
        CheckField(
            "/confirmed",
            translate("ScenarioEditor", "Status"),
            translate("ScenarioEditor", "Confirmed: the trainee may state it"),
            hint=translate("ScenarioEditor", "Leave unticked for a rumour or a guess that must not be asserted."),
        )
    )
    form.add(
        NumberTextField(
            "/number", translate("ScenarioEditor", "Key number"), hint=translate("ScenarioEditor", "Optional, e.g. 37.")
        )
    )
    form.add(
        TextField(
            "/unit",
            translate("ScenarioEditor", "Unit"),
            optional=True,
            placeholder=translate("ScenarioEditor", "e.g. pupils"),
        )
    )
    form.add(
        StringListField(
            "/keywords",
            translate("ScenarioEditor", "Keywords"),
            optional=True,
            hint=translate("ScenarioEditor", "Phrases that show the trainee gave this fact."),
        )
    )

    def label(n: int, item: dict[str, Any]) -> str:
        mark = "✔" if item.get("confirmed") is True else "?"
        return f"{mark} {item.get('id', '')}" + _text(item.get("text"))

    return _list_section(
        draft,
        "facts",
        form,
        label,
        translate("ScenarioEditor", "No facts yet. Add the first fact of the fact sheet."),
        translate("ScenarioEditor", "Add fact"),
    )


def _id_and_text(_n: int, item: dict[str, Any]) -> str:
    """A list row for items with an id and a text (confidential items, key messages)."""
    return f"{item.get('id', '')}" + _text(item.get("text"))


def confidential_section(draft: Draft) -> Section:
    form = ObjectForm(draft, collection="confidential", id_source="/text")
    form.add(LongTextField("/text", translate("ScenarioEditor", "Confidential information"), lines=2))
    form.add(SlugField("/id", translate("ScenarioEditor", "Id")))
    form.add(
        ChoiceField(
            "/kind",
            translate("ScenarioEditor", "Kind"),
            lambda: [(c, confidential_kind_label(c)) for c in CONFIDENTIAL_KINDS],
        )
    )
    form.add(
        StringListField(
            "/reveal_phrases",
            translate("ScenarioEditor", "Revealing phrases"),
            hint=translate("ScenarioEditor", "An answer that contains one of these has disclosed the item."),
        )
    )

    return _list_section(
        draft,
        "confidential",
        form,
        _id_and_text,
        translate("ScenarioEditor", "Nothing confidential yet. Add what the trainee knows but must never say."),
        translate("ScenarioEditor", "Add item"),
    )


def key_messages_section(draft: Draft) -> Section:
    form = ObjectForm(draft, collection="key_messages", id_source="/text")
    form.add(
        LongTextField(
            "/text",
            translate("ScenarioEditor", "Key message"),
            lines=2,
            hint=translate("ScenarioEditor", "At most 27 words; at most 3 key messages."),
        )
    )
    form.add(SlugField("/id", translate("ScenarioEditor", "Id")))
    form.add(
        StringListField(
            "/phrasings",
            translate("ScenarioEditor", "Phrasings"),
            lines=5,
            hint=translate(
                "ScenarioEditor", "Different ways of saying the message; an answer with one of them delivers it."
            ),
        )
    )

    return _list_section(
        draft,
        "key_messages",
        form,
        _id_and_text,
        translate("ScenarioEditor", "No key messages yet (one to three)."),
        translate("ScenarioEditor", "Add key message"),
    )


def journalists_section(draft: Draft) -> Section:
    form = ObjectForm(draft, collection="journalists", id_source="/name")
    form.add(
        TextField("/name", translate("ScenarioEditor", "Name"), hint=translate("ScenarioEditor", "A fictional person."))
    )
    form.add(SlugField("/id", translate("ScenarioEditor", "Id")))
    form.add(
        TextField(
            "/outlet",
            translate("ScenarioEditor", "Outlet"),
            placeholder=translate("ScenarioEditor", "e.g. Báo Tin Nhanh Điện tử (hư cấu)"),
        )
    )
    form.add(ChoiceField("/style", translate("ScenarioEditor", "Style"), lambda: [(c, style_label(c)) for c in STYLES]))
    default = translate("ScenarioEditor", "as the computer chooses")
    form.add(
        ChoiceField(
            "/voice/gender",
            translate("ScenarioEditor", "Voice"),
            lambda: [(c, gender_label(c)) for c in ("female", "male")],
            optional=True,
            empty_text=default,
        )
    )
    form.add(
        ChoiceField(
            "/voice/accent",
            translate("ScenarioEditor", "Accent"),
            lambda: [(c, accent_label(c)) for c in ("north", "central", "south", "neutral")],
            optional=True,
            empty_text=default,
        )
    )
    form.add(
        FloatField(
            "/voice/rate",
            translate("ScenarioEditor", "Speaking rate"),
            0.5,
            2.0,
            step=0.05,
            decimals=2,
            optional=True,
            empty_text=translate("ScenarioEditor", "normal"),
            keep_float=True,
        )
    )
    form.add(
        FloatField(
            "/voice/pitch",
            translate("ScenarioEditor", "Pitch"),
            -1.0,
            1.0,
            step=0.05,
            decimals=2,
            optional=True,
            empty_text=translate("ScenarioEditor", "normal"),
            keep_float=True,
        )
    )

    def label(n: int, item: dict[str, Any]) -> str:
        return f"{item.get('id', '')} · {short(item.get('name'), 30)} ({style_label(str(item.get('style', '')))})"

    return _list_section(
        draft,
        "journalists",
        form,
        label,
        translate("ScenarioEditor", "No journalists yet. Add who asks the questions."),
        translate("ScenarioEditor", "Add journalist"),
    )
