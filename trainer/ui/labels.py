"""Translated display names for the codes used in scenario files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def category_label(code: str) -> str:
    names = {
        "exams": QCoreApplication.translate("Labels", "Exams"),
        "admissions": QCoreApplication.translate("Labels", "Admissions"),
        "violence": QCoreApplication.translate("Labels", "School violence"),
        "food_safety": QCoreApplication.translate("Labels", "Food safety"),
        "fees": QCoreApplication.translate("Labels", "Fees and contributions"),
        "staff_conduct": QCoreApplication.translate("Labels", "Staff conduct"),
        "accident": QCoreApplication.translate("Labels", "Accident"),
        "natural_disaster": QCoreApplication.translate("Labels", "Natural disaster"),
        "misinformation": QCoreApplication.translate("Labels", "Misinformation"),
        "curriculum": QCoreApplication.translate("Labels", "Curriculum and tests"),
        "employment": QCoreApplication.translate("Labels", "Staff pay and contracts"),
        "facilities": QCoreApplication.translate("Labels", "Buildings and facilities"),
        "health": QCoreApplication.translate("Labels", "Health"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return names.get(code, code)


def language_label(code: str) -> str:
    return {
        "vi": QCoreApplication.translate("Labels", "Vietnamese"),
        "en": QCoreApplication.translate("Labels", "English"),
    }.get(code, code)


def difficulty_label(level: int) -> str:
    return {
        1: QCoreApplication.translate("Labels", "Beginner"),
        2: QCoreApplication.translate("Labels", "Intermediate"),
        3: QCoreApplication.translate("Labels", "Advanced"),
    }.get(level, str(level))


def style_label(code: str) -> str:
    names = {
        "neutral": QCoreApplication.translate("Labels", "neutral"),
        "friendly": QCoreApplication.translate("Labels", "friendly"),
        "hostile": QCoreApplication.translate("Labels", "hostile"),
        "tabloid": QCoreApplication.translate("Labels", "tabloid"),
    }
    return names.get(code, code)


def hours_label(hours: float) -> str:
    if hours < 1:
        return QCoreApplication.translate("Labels", "%n minute(s) ago").replace("%n", str(round(hours * 60)))
    if hours < 48:
        return QCoreApplication.translate("Labels", "%n hour(s) ago").replace("%n", f"{hours:g}")
    return QCoreApplication.translate("Labels", "%n day(s) ago").replace("%n", f"{hours / 24:g}")


def principle_label(code: str) -> str:
    names = {
        "empathy": QCoreApplication.translate("Labels", "Empathy"),
        "facts": QCoreApplication.translate("Labels", "Confirmed facts"),
        "honesty_unknowns": QCoreApplication.translate("Labels", "Honest about unknowns"),
        "action": QCoreApplication.translate("Labels", "Action taken"),
        "follow_up": QCoreApplication.translate("Labels", "Next update"),
        "no_stonewalling": QCoreApplication.translate("Labels", "No stonewalling"),
        "respect": QCoreApplication.translate("Labels", "Respect, no blame"),
        "key_messages": QCoreApplication.translate("Labels", "Key messages"),
        "concise": QCoreApplication.translate("Labels", "Clear and concise"),
        "privacy": QCoreApplication.translate("Labels", "Privacy and authority"),
        "bridging": QCoreApplication.translate("Labels", "Bridging"),
        "timeliness": QCoreApplication.translate("Labels", "Prompt response"),
        "delivery": QCoreApplication.translate("Labels", "Spoken delivery"),
    }
    return names.get(code, code)


def status_label(code: str) -> str:
    names = {
        "met": QCoreApplication.translate("Labels", "met"),
        "partly": QCoreApplication.translate("Labels", "partly"),
        "missed": QCoreApplication.translate("Labels", "missed"),
        "not_applicable": QCoreApplication.translate("Labels", "not applicable"),
    }
    return names.get(code, code)


def ladder_label(code: str) -> str:
    names = {
        "none": QCoreApplication.translate("Labels", "Not yet on the ladder"),
        "knows": QCoreApplication.translate("Labels", "The public knows"),
        "understands": QCoreApplication.translate("Labels", "The public understands"),
        "cares": QCoreApplication.translate("Labels", "The public cares and supports"),
        "trusts": QCoreApplication.translate("Labels", "The public trusts"),
    }
    return names.get(code, code)
