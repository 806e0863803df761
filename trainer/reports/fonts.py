"""The typeface of the printed reports: one with every Vietnamese letter, embedded in the PDF.

DejaVu Sans first (installed with the app's system packages on Linux), then other common
families that cover Vietnamese, then any installed family that says it does. Ligatures
are switched off so that text copied or extracted from the PDF reads "fi", not "ﬁ".
Needs a QGuiApplication (the `report` command creates one).
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QFont, QFontDatabase

PREFERRED: tuple[str, ...] = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Liberation Sans", "Helvetica")


@functools.cache
def report_family() -> str:
    families = QFontDatabase.families()
    for name in PREFERRED:
        if name in families:
            return name
    for name in families:
        if QFontDatabase.WritingSystem.Vietnamese in QFontDatabase.writingSystems(name):
            return name
    return QFont().defaultFamily()


def report_font(points: float, *, bold: bool = False, italic: bool = False, family: str | None = None) -> QFont:
    font = QFont(family or report_family())
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
