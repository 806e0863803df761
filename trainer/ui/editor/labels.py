"""Translated names of the codes the editor offers (the shared ones live in trainer/ui/labels.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.domain.scenario import TRAP_KINDS
from trainer.ui.labels import principle_label


def kind_label(code: str) -> str:
    names = {
        "opening": QCoreApplication.translate("ScenarioEditor", "Opening: what happened?"),
        "fact": QCoreApplication.translate("ScenarioEditor", "Asks for a fact"),
        "cause": QCoreApplication.translate("ScenarioEditor", "Asks for the cause"),
        "action": QCoreApplication.translate("ScenarioEditor", "What is being done"),
        "blame": QCoreApplication.translate("ScenarioEditor", "Who is to blame"),
        "speculation": QCoreApplication.translate("ScenarioEditor", "Pushes for a guess"),
        "hypothetical": QCoreApplication.translate("ScenarioEditor", "What if…"),
        "off_the_record": QCoreApplication.translate("ScenarioEditor", "Off the record"),
        "either_or": QCoreApplication.translate("ScenarioEditor", "Either-or"),
        "emotional": QCoreApplication.translate("ScenarioEditor", "Emotional"),
        "repeat_pressure": QCoreApplication.translate("ScenarioEditor", "Repeats and presses"),
        "privacy_probe": QCoreApplication.translate("ScenarioEditor", "Fishes for private information"),
        "closing": QCoreApplication.translate("ScenarioEditor", "Closing: what next?"),
    }
    name = names.get(code, code)
    if code in TRAP_KINDS:
        return QCoreApplication.translate("ScenarioEditor", "%1 (trap)").replace("%1", name)
    return name


def confidential_kind_label(code: str) -> str:
    names = {
        "pupil_name": QCoreApplication.translate("ScenarioEditor", "A pupil's name"),
        "pupil_class": QCoreApplication.translate("ScenarioEditor", "A pupil's class"),
        "pupil_health": QCoreApplication.translate("ScenarioEditor", "Health, medical details"),
        "pupil_results": QCoreApplication.translate("ScenarioEditor", "Academic results"),
        "pupil_family": QCoreApplication.translate("ScenarioEditor", "A pupil's family"),
        "exam_content": QCoreApplication.translate("ScenarioEditor", "Exam content"),
        "personnel": QCoreApplication.translate("ScenarioEditor", "Staff matters, discipline"),
        "investigation": QCoreApplication.translate("ScenarioEditor", "Under investigation"),
        "other": QCoreApplication.translate("ScenarioEditor", "Other"),
    }
    return names.get(code, code)


def gender_label(code: str) -> str:
    return {
        "female": QCoreApplication.translate("ScenarioEditor", "female"),
        "male": QCoreApplication.translate("ScenarioEditor", "male"),
    }.get(code, code)


def accent_label(code: str) -> str:
    return {
        "north": QCoreApplication.translate("ScenarioEditor", "northern"),
        "central": QCoreApplication.translate("ScenarioEditor", "central"),
        "south": QCoreApplication.translate("ScenarioEditor", "southern"),
        "neutral": QCoreApplication.translate("ScenarioEditor", "no regional accent"),
    }.get(code, code)


def section_label(key: str) -> str:
    return {
        "general": QCoreApplication.translate("ScenarioEditor", "General"),
        "briefing": QCoreApplication.translate("ScenarioEditor", "Briefing"),
        "facts": QCoreApplication.translate("ScenarioEditor", "Fact sheet"),
        "confidential": QCoreApplication.translate("ScenarioEditor", "Confidential"),
        "key_messages": QCoreApplication.translate("ScenarioEditor", "Key messages"),
        "journalists": QCoreApplication.translate("ScenarioEditor", "Journalists"),
        "questions": QCoreApplication.translate("ScenarioEditor", "Questions"),
    }.get(key, key)


def condition_text(when: Any, *, short: bool = False) -> str:
    """A follow-up's condition in words: "if empathy is missed and the score is below 60"."""
    if not isinstance(when, dict) or not when:
        return QCoreApplication.translate("ScenarioEditor", "no condition")
    parts: list[str] = []
    for key, value in when.items():
        if key == "always":
            parts.append(QCoreApplication.translate("ScenarioEditor", "always"))
        elif key == "score_below":
            template = (
                QCoreApplication.translate("ScenarioEditor", "score < %1")
                if short
                else QCoreApplication.translate("ScenarioEditor", "the score is below %1")
            )
            parts.append(template.replace("%1", str(value)))
        elif key == "principle_missed":
            parts.append(
                QCoreApplication.translate("ScenarioEditor", "%1 missed").replace("%1", principle_label(str(value)))
            )
        elif key == "principle_not_met":
            parts.append(
                QCoreApplication.translate("ScenarioEditor", "%1 not met").replace("%1", principle_label(str(value)))
            )
        elif key == "principle_below" and isinstance(value, dict):
            parts.append(
                QCoreApplication.translate("ScenarioEditor", "%1 < %2")
                .replace("%1", principle_label(str(value.get("principle", "?"))))
                .replace("%2", str(value.get("score", "?")))
            )
        elif key == "key_message_missing":
            parts.append(
                QCoreApplication.translate("ScenarioEditor", "key message %1 missing").replace("%1", str(value))
            )
        elif key == "fact_missing":
            parts.append(QCoreApplication.translate("ScenarioEditor", "fact %1 missing").replace("%1", str(value)))
        else:
            parts.append(str(key))
    joiner = QCoreApplication.translate("ScenarioEditor", " and ")
    return joiner.join(parts)
