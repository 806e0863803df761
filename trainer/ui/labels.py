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
