"""The editor's sections that are lists: the fact sheet's facts, the confidential items,
the key messages and the journalists. Each is a list with a form for the chosen item
(:class:`~trainer.ui.editor.lists.ListEditor`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.ui.editor import refs
from trainer.ui.editor.choice_fields import CheckField, ChoiceField
from trainer.ui.editor.forms import ObjectForm
from trainer.ui.editor.labels import accent_label, confidential_kind_label, gender_label
from trainer.ui.editor.lists import ListEditor
from trainer.ui.editor.model import Draft
from trainer.ui.editor.number_fields import FloatField, NumberTextField
from trainer.ui.editor.sections import Section, short
from trainer.ui.editor.text_fields import LongTextField, SlugField, StringListField, TextField
from trainer.ui.labels import style_label

translate = QCoreApplication.translate

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


def _text(text: Any, limit: int = 70) -> str:
    return f" · {short(text, limit)}" if text else ""


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
