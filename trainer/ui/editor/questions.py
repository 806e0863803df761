"""The questions section: the list with a preview of the question flow, the question form
with its follow-ups, and "Try this question"."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from trainer.domain.scenario import QUESTION_KINDS
from trainer.ui.editor import refs
from trainer.ui.editor.choice_fields import CheckField, ChoiceField
from trainer.ui.editor.choices import CheckListField, ConditionField, principle_options
from trainer.ui.editor.flow import FlowView
from trainer.ui.editor.forms import ObjectForm
from trainer.ui.editor.labels import condition_text, kind_label
from trainer.ui.editor.lists import ListEditor
from trainer.ui.editor.model import Draft
from trainer.ui.editor.number_fields import IntField
from trainer.ui.editor.sections import Section, short
from trainer.ui.editor.text_fields import LongTextField, SlugField, StringListField

translate = QCoreApplication.translate
_QUESTION_FIELD = re.compile(r"^/questions/\d+(/id|/text|/follow_up_only)?$")


class FollowUpForm(ObjectForm):
    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setObjectName("followUpForm")
        self.add(
            ChoiceField(
                "/ask",
                translate("ScenarioEditor", "Ask next"),
                lambda: [
                    (str(q.get("id", "")), f"{q.get('id', '')} · {short(q.get('text'), 50)}")
                    for q in draft.items("/questions")
                    if isinstance(q, dict)
                ],
            )
        )
        self.add(
            ConditionField(
                "/when",
                translate("ScenarioEditor", "When"),
                key_messages=lambda: [(i, i) for i in draft.ids("key_messages")],
                facts=lambda: [(i, i) for i in draft.ids("facts")],
            )
        )
        self.add(
            ChoiceField(
                "/min_difficulty",
                translate("ScenarioEditor", "Levels"),
                lambda: [
                    (1, translate("ScenarioEditor", "from Beginner")),
                    (2, translate("ScenarioEditor", "from Intermediate")),
                    (3, translate("ScenarioEditor", "Advanced only")),
                ],
                optional=True,
                empty_text=translate("ScenarioEditor", "every level"),
            )
        )


def _text(text: Any, limit: int) -> str:
    return f" · {short(text, limit)}" if text else ""


def follow_up_label(n: int, item: dict[str, Any]) -> str:
    text = f"→ {item.get('ask') or '?'} · {condition_text(item.get('when'), short=True)}"
    level = item.get("min_difficulty")
    if isinstance(level, int) and level > 1:
        text += " · " + translate("ScenarioEditor", "level %1+").replace("%1", str(level))
    return text


class QuestionForm(ObjectForm):
    try_requested = Signal()

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent, collection="questions", id_source="/text")
        self.setObjectName("questionForm")
        self.add(LongTextField("/text", translate("ScenarioEditor", "Question"), lines=3))
        self.add(SlugField("/id", translate("ScenarioEditor", "Id")))
        self.try_button = QPushButton(translate("ScenarioEditor", "Try this question…"), self)
        self.try_button.setObjectName("tryButton")
        self.try_button.setToolTip(
            translate("ScenarioEditor", "Hear it spoken and score a sample answer against the draft (Ctrl+T)")
        )
        self.try_button.clicked.connect(self.try_requested)
        self.add_widget(self.try_button)
        self.add(
            ChoiceField(
                "/journalist",
                translate("ScenarioEditor", "Asked by"),
                lambda: [
                    (str(j.get("id", "")), f"{j.get('name', '')} · {j.get('outlet', '')}")
                    for j in draft.items("/journalists")
                    if isinstance(j, dict)
                ],
            )
        )
        self.add(
            ChoiceField(
                "/kind", translate("ScenarioEditor", "Kind"), lambda: [(k, kind_label(k)) for k in QUESTION_KINDS]
            )
        )
        self.add(
            CheckListField(
                "/principles",
                translate("ScenarioEditor", "Scored on"),
                principle_options,
                columns=3,
                hint=translate("ScenarioEditor", "Timeliness and spoken delivery are scored automatically."),
            )
        )
        self.add(
            CheckListField(
                "/expects/key_messages",
                translate("ScenarioEditor", "Expected key messages"),
                lambda: [(str(k.get("id")), short(k.get("text"), 60)) for k in draft.items("/key_messages")],
                columns=1,
                optional=True,
                empty_text=translate("ScenarioEditor", "None yet: add them in the Key messages section."),
            )
        )
        self.add(
            CheckListField(
                "/expects/facts",
                translate("ScenarioEditor", "Expected facts"),
                lambda: [
                    (str(f.get("id")), short(f.get("text"), 60)) for f in draft.items("/facts") if f.get("confirmed")
                ],
                columns=1,
                optional=True,
                hint=translate("ScenarioEditor", "Only confirmed facts can be expected."),
                empty_text=translate("ScenarioEditor", "None yet: add confirmed facts in the Fact sheet section."),
            )
        )
        self.add(LongTextField("/model_answer", translate("ScenarioEditor", "Model answer"), lines=6))
        self.add(
            StringListField(
                "/loaded_words",
                translate("ScenarioEditor", "Loaded words"),
                lines=2,
                optional=True,
                hint=translate("ScenarioEditor", "Words of the question the trainee should not repeat."),
            )
        )
        self.add(
            IntField(
                "/time_limit_s",
                translate("ScenarioEditor", "Time limit (seconds)"),
                5,
                600,
                optional=True,
                empty_text=translate("ScenarioEditor", "no limit"),
            )
        )
        self.add(
            CheckField(
                "/follow_up_only",
                translate("ScenarioEditor", "Follow-up"),
                translate("ScenarioEditor", "Asked only as a follow-up of another question"),
                optional=True,
            )
        )
        self.add(
            IntField(
                "/max_asks",
                translate("ScenarioEditor", "Asked at most"),
                1,
                5,
                optional=True,
                empty_text=translate("ScenarioEditor", "2 times (default)"),
            )
        )
        self.add(
            LongTextField(
                "/trainer_notes", translate("ScenarioEditor", "Notes for the trainer"), lines=3, optional=True
            )
        )

        self.follow_up_form = FollowUpForm(draft)
        self.follow_ups = ListEditor(
            draft,
            self.follow_up_form,
            rel="/follow_ups",
            label_for=follow_up_label,
            new_item=self._new_follow_up,
            empty_text=translate("ScenarioEditor", "No follow-ups: the interview goes on with the next question."),
            add_text=translate("ScenarioEditor", "Add follow-up"),
            vertical=True,
            scroll_form=False,
        )
        self.follow_ups.setObjectName("followUps")
        box = QGroupBox(translate("ScenarioEditor", "Follow-ups (the first that applies is asked next)"), self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.follow_ups)
        self.add_part(self.follow_ups, box)
        draft.changed.connect(self._maybe_refresh)

    def _new_follow_up(self) -> dict[str, Any]:
        index = int(self.base.rsplit("/", 1)[-1]) if self.base else 0
        return refs.new_follow_up(self.draft.data, index)

    def _maybe_refresh(self, pointer: str) -> None:
        if _QUESTION_FIELD.match(pointer) and self.follow_ups.current_row() >= 0:
            self.follow_up_form.refresh_choices()

    def bind(self, base: str) -> None:
        super().bind(base)
        self.try_button.setEnabled(bool(base))


class QuestionsPage(QWidget):
    """The question list above the flow preview, the selected question's form beside them."""

    try_requested = Signal(int)  # index of the question to try

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.form = QuestionForm(draft)
        self.editor = ListEditor(
            draft,
            self.form,
            rel="/questions",
            label_for=self._label,
            new_item=lambda: refs.new_item(draft.data, "questions"),
            duplicate=lambda item: refs.duplicate_item(draft.data, "questions", item),
            empty_text=translate("ScenarioEditor", "No questions yet. Add the journalist's first question."),
            add_text=translate("ScenarioEditor", "Add question"),
            parent=self,
        )
        self.editor.setObjectName("questionsEditor")
        self.editor.hide()  # its list and form are placed below; it keeps the state and signals
        self.flow = FlowView()
        self.flow.clicked.connect(self.editor.select)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.flow)
        flow_box = QWidget()
        flow_layout = QVBoxLayout(flow_box)
        flow_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(translate("ScenarioEditor", "Question flow (click a box to open the question)"), flow_box)
        caption.setStyleSheet("font-weight:bold")
        flow_layout.addWidget(caption)
        flow_layout.addWidget(scroll, 1)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.editor.side)
        left.addWidget(flow_box)
        left.setSizes([220, 420])
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(left)
        main.addWidget(self.editor.detail)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 5)
        main.setSizes([470, 810])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(main)
        self.form.try_requested.connect(lambda: self.try_requested.emit(self.editor.current_row()))
        self.editor.current_changed.connect(self.flow.set_selected)
        draft.changed.connect(self._draft_changed)

    @staticmethod
    def _label(n: int, item: dict[str, Any]) -> str:
        arrow = "↳ " if item.get("follow_up_only") else ""
        return f"{n + 1}. {arrow}{item.get('id', '')}" + _text(item.get("text"), 60)

    def _draft_changed(self, pointer: str) -> None:
        if pointer == "" or pointer.startswith("/questions"):
            self.flow.set_questions(self.draft.items("/questions"))

    def section(self) -> Section:
        return Section("questions", self, self.editor, "/questions")

    def show_issue_rows(self, rows: set[int]) -> None:
        self.flow.set_problem_rows(rows)
