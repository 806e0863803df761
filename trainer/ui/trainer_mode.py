"""Trainer mode: what trainees may not do (edit reviews, delete data, change scenarios, run
a workshop) is unlocked with a trainer PIN.

The PIN is kept only as a scrypt hash (:func:`trainer.storage.trainees.hash_pin`: random
salt, n=2^14, r=8) in the settings. After three wrong PINs in a row every further try
waits: 30 s, then 60 s, 120 s … up to an hour. The count and the time of the next allowed
try are saved in the settings at once, so quitting the app does not reset the wait.

    mode = TrainerMode(lambda: window.settings, window._save_settings)
    if mode.require(window):  # unlocked already, or the trainer typed the PIN just now
        ...
    is_trainer_unlocked()  # anywhere, e.g. before enabling an "Edit review" button

Unlocking lasts until :meth:`TrainerMode.lock` or the app quits.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from trainer.domain.text import nfc
from trainer.settings import Settings

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3  # wrong PINs in a row before the first wait
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 3600.0
MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 64


def delay_after(failures: int) -> float:
    """Seconds to wait after *failures* wrong PINs in a row (0 before the third)."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2.0 ** min(failures - FREE_ATTEMPTS, 20))


def pin_problem(pin: str) -> str:
    """Why *pin* cannot be a trainer PIN (translated), or "" when it can."""
    cleaned = nfc(pin)
    if len(cleaned) < MIN_PIN_LENGTH:
        return QCoreApplication.translate("TrainerMode", "The PIN needs at least %1 characters.").replace(
            "%1", str(MIN_PIN_LENGTH)
        )
    if len(cleaned) > MAX_PIN_LENGTH:
        return QCoreApplication.translate("TrainerMode", "The PIN can have at most %1 characters.").replace(
            "%1", str(MAX_PIN_LENGTH)
        )
    if cleaned != cleaned.strip():
        return QCoreApplication.translate("TrainerMode", "The PIN cannot begin or end with a space.")
    return ""


@dataclass(frozen=True)
class Attempt:
    """The outcome of trying a PIN."""

    ok: bool
    wait_s: float = 0.0  # > 0: not tried; the next try is allowed after this many seconds
    attempts_left: int = FREE_ATTEMPTS  # wrong PINs still allowed before a wait


_current: weakref.ref[TrainerMode] | None = None  # the newest TrainerMode, while it lives


def current_trainer_mode() -> TrainerMode | None:
    """The app's trainer mode (the newest one created, while it exists)."""
    return _current() if _current is not None else None


def is_trainer_unlocked() -> bool:
    """True while the app's trainer mode is unlocked (False when there is none)."""
    mode = current_trainer_mode()
    return mode is not None and mode.unlocked


class TrainerMode(QObject):
    """The trainer PIN and whether trainer mode is unlocked now.

    *settings*: the Settings object (or a function returning the one in use now: the main
    window replaces its object when the settings dialog is saved); *save*: writes it.
    *clock*: Unix time (tests pass their own).
    """

    changed = Signal(bool)  # unlocked

    def __init__(
        self,
        settings: Settings | Callable[[], Settings],
        save: Callable[[], None] | None = None,
        *,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._save = save
        self._clock = clock
        self._unlocked = False
        global _current
        _current = weakref.ref(self)

    # --- state ------------------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        return self._settings() if callable(self._settings) else self._settings

    @property
    def has_pin(self) -> bool:
        return bool(self.settings.trainer_pin_hash)

    @property
    def unlocked(self) -> bool:
        return self._unlocked

    def wait_s(self) -> float:
        """Seconds before the next PIN may be tried (0: now). A clock set back never makes
        the wait longer than the rule allows."""
        s = self.settings
        left = s.trainer_pin_retry_at - self._clock()
        return max(0.0, min(left, delay_after(s.trainer_pin_failures)))

    def attempts_left(self) -> int:
        return max(0, FREE_ATTEMPTS - self.settings.trainer_pin_failures)

    # --- changing it --------------------------------------------------------------------
    def lock(self) -> None:
        if self._unlocked:
            self._unlocked = False
            self.changed.emit(False)

    def try_pin(self, pin: str) -> Attempt:
        """Check *pin*; a right one unlocks trainer mode, a wrong one counts (and may start a wait)."""
        wait = self.wait_s()
        if wait > 0:
            return Attempt(False, wait, 0)
        s = self.settings
        if not s.trainer_pin_hash:
            return Attempt(False)
        from trainer.storage.trainees import pin_matches  # scrypt; SQLAlchemy stays off the start-up path

        if pin_matches(pin, s.trainer_pin_hash):
            s.trainer_pin_failures, s.trainer_pin_retry_at = 0, 0.0
            self._persist()
            if not self._unlocked:
                self._unlocked = True
                self.changed.emit(True)
            return Attempt(True)
        s.trainer_pin_failures += 1
        delay = delay_after(s.trainer_pin_failures)
        s.trainer_pin_retry_at = self._clock() + delay if delay else 0.0
        self._persist()
        log.warning("wrong trainer PIN (%d in a row)", s.trainer_pin_failures)
        return Attempt(False, delay, self.attempts_left())

    def set_pin(self, new_pin: str, *, current_pin: str | None = None) -> Attempt:
        """Set the PIN (the first time), or change it given the current one. Raises
        ValueError with a translated message when *new_pin* is not acceptable."""
        problem = pin_problem(new_pin)
        if problem:
            raise ValueError(problem)
        if self.has_pin:
            attempt = self.try_pin(current_pin or "")
            if not attempt.ok:
                return attempt
        from trainer.storage.trainees import hash_pin

        s = self.settings
        s.trainer_pin_hash = hash_pin(nfc(new_pin))
        s.trainer_pin_failures, s.trainer_pin_retry_at = 0, 0.0
        self._persist()
        if not self._unlocked:
            self._unlocked = True
            self.changed.emit(True)
        return Attempt(True)

    def _persist(self) -> None:
        if self._save is None:
            return
        try:
            self._save()
        except OSError as exc:  # the wait still holds for this run of the app
            log.warning("trainer PIN state not saved: %s", exc)

    # --- asking the trainer ---------------------------------------------------------------
    def require(self, parent: QWidget | None = None) -> bool:
        """True when trainer mode is unlocked, asking for the PIN (or a first PIN) if needed."""
        if self._unlocked:
            return True
        return PinDialog.ask(self, "set" if not self.has_pin else "unlock", parent)


class PinDialog(QDialog):
    """Unlock trainer mode ("unlock"), choose the first PIN ("set") or change it ("change")."""

    def __init__(self, mode: TrainerMode, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainerPinDialog")
        self.mode = mode
        self.purpose = purpose
        self.setMinimumWidth(420)
        titles = {
            "unlock": self.tr("Trainer mode"),
            "set": self.tr("Choose a trainer PIN"),
            "change": self.tr("Change the trainer PIN"),
        }
        intros = {
            "unlock": self.tr("Type the trainer PIN to edit reviews, delete data, change scenarios or run a workshop."),
            "set": self.tr(
                "Trainer mode protects reviews, data and scenarios from changes by trainees. "
                "Choose a PIN of at least 4 characters that only trainers know."
            ),
            "change": self.tr("Type the current PIN, then the new one twice."),
        }
        self.setWindowTitle(titles.get(purpose, titles["unlock"]))
        intro = QLabel(intros.get(purpose, intros["unlock"]), self)
        intro.setWordWrap(True)

        def field(name: str) -> QLineEdit:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(MAX_PIN_LENGTH)
            edit.textChanged.connect(self._update)
            return edit

        self.current = field("currentPin")
        self.new = field("newPin")
        self.repeat = field("repeatPin")
        form = QFormLayout()
        if purpose in ("unlock", "change"):
            form.addRow(self.tr("&PIN:") if purpose == "unlock" else self.tr("&Current PIN:"), self.current)
        if purpose in ("set", "change"):
            form.addRow(self.tr("&New PIN:"), self.new)
            form.addRow(self.tr("&Repeat the new PIN:"), self.repeat)
        for edit in (self.current, self.new, self.repeat):
            edit.setVisible(form.indexOf(edit) >= 0)

        self.message = QLabel(self)
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#c0392b")
        self.buttons = QDialogButtonBox(self)
        ok_text = self.tr("Unlock") if purpose == "unlock" else self.tr("Save PIN")
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("pinOk")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.current if purpose != "set" else self.new).setFocus()
        self._error = ""
        self._update()

    def _needs_current(self) -> bool:
        return self.purpose == "unlock" or (self.purpose == "change" and self.mode.has_pin)

    def _update(self) -> None:
        wait = self.mode.wait_s() if self._needs_current() else 0.0
        if wait > 0:
            seconds = int(wait + 0.999)
            self.message.setText(
                self.tr("Too many wrong PINs. Try again in %1.").replace("%1", f"{seconds // 60}:{seconds % 60:02d}")
            )
            self._timer.start()
        else:
            self._timer.stop()
            self.message.setText(self._error)
        ready = wait <= 0
        if self._needs_current():
            ready = ready and bool(self.current.text())
        if self.purpose in ("set", "change"):
            ready = ready and bool(self.new.text()) and bool(self.repeat.text())
        self.ok.setEnabled(ready)

    def accept(self) -> None:
        if not self.ok.isEnabled():
            return
        if self.purpose == "unlock":
            attempt = self.mode.try_pin(self.current.text())
        else:
            if self.new.text() != self.repeat.text():
                self._fail(self.tr("The two new PINs are not the same. Type the new PIN twice."))
                return
            try:
                attempt = self.mode.set_pin(self.new.text(), current_pin=self.current.text() or None)
            except ValueError as exc:
                self._fail(str(exc))
                return
        if attempt.ok:
            super().accept()
            return
        if attempt.wait_s > 0:
            self._fail("")
        elif attempt.attempts_left > 0:
            self._fail(
                self.tr("Wrong PIN. %1 more tries before a pause.").replace("%1", str(attempt.attempts_left))
                if attempt.attempts_left < FREE_ATTEMPTS
                else self.tr("Wrong PIN.")
            )
        self.current.clear()
        self.current.setFocus()

    def _fail(self, text: str) -> None:
        self._error = text
        self._update()

    @classmethod
    def ask(cls, mode: TrainerMode, purpose: str = "unlock", parent: Any = None) -> bool:
        """Show the dialog; True when the PIN was right (or set) and trainer mode is unlocked."""
        return cls(mode, purpose, parent).exec() == QDialog.DialogCode.Accepted


def add_trainer_actions(menu: Any, mode: TrainerMode, parent: QWidget) -> list[Any]:
    """Add "Unlock trainer mode… / Lock trainer mode" (Ctrl+Shift+L) and "Change the
    trainer PIN…" to *menu* (a QMenu); returns the actions."""
    from PySide6.QtGui import QAction, QKeySequence

    toggle = QAction(parent)
    toggle.setObjectName("trainerModeAction")
    toggle.setShortcuts([QKeySequence("Ctrl+Shift+L")])
    change = QAction(parent)
    change.setObjectName("trainerPinAction")

    def refresh(_unlocked: bool = False) -> None:
        toggle.setText(
            QCoreApplication.translate("TrainerMode", "&Lock trainer mode")
            if mode.unlocked
            else QCoreApplication.translate("TrainerMode", "&Unlock trainer mode…")
        )
        change.setText(
            QCoreApplication.translate("TrainerMode", "&Change the trainer PIN…")
            if mode.has_pin
            else QCoreApplication.translate("TrainerMode", "&Choose a trainer PIN…")
        )

    def on_toggle() -> None:
        if mode.unlocked:
            mode.lock()
        else:
            mode.require(parent)
        refresh()

    def on_change() -> None:
        PinDialog.ask(mode, "change" if mode.has_pin else "set", parent)
        refresh()

    toggle.triggered.connect(on_toggle)
    change.triggered.connect(on_change)
    mode.changed.connect(refresh)
    refresh()
    menu.addAction(toggle)
    menu.addAction(change)
    return [toggle, change]
