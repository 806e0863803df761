"""Every message box goes through here, so tests patch one place and wording stays consistent."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    box.addButton(_ok(), QMessageBox.ButtonRole.AcceptRole)
    return box


def _ok() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Messages", "OK")


def error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text, detail).exec()


def info(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    _box(parent, QMessageBox.Icon.Information, title, text, detail).exec()


def about(parent: QWidget, title: str, html: str) -> Any:
    return QMessageBox.about(parent, title, html)


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
    """Ask a yes/no question with explicit, translated button texts; True for *yes*."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Sequence[tuple[str, str]],
    *,
    default: str,
    cancel: str,
    detail: str = "",
) -> str:
    """Ask with several explicit, translated buttons ((key, label) pairs); returns the key of
    the button clicked, *cancel* when the box is closed with Escape."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    made = {}
    for key, label in buttons:
        role = (
            QMessageBox.ButtonRole.RejectRole
            if key == cancel
            else QMessageBox.ButtonRole.AcceptRole
            if key == default
            else QMessageBox.ButtonRole.DestructiveRole
        )
        made[key] = box.addButton(label, role)
    box.setDefaultButton(made[default])
    box.setEscapeButton(made[cancel])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in made.items() if button is clicked), cancel)
