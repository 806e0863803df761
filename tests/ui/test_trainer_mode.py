"""The trainer PIN: hashed with scrypt in the settings file, three free tries, then a
doubling wait that survives a restart; the unlock dialog; the gate other views check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from trainer.settings import Settings, load_settings, save_settings
from trainer.ui import trainer_mode as tm
from trainer.ui.application import create_application
from trainer.ui.trainer_mode import PinDialog, TrainerMode, delay_after, is_trainer_unlocked

PIN = "2468"


class Clock:
    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.json"


def mode_on(path: Path, clock: Clock) -> TrainerMode:
    """A trainer mode as the app builds it: over the settings in *path*, saving to it."""
    settings = load_settings(path)
    return TrainerMode(lambda: settings, lambda: save_settings(settings, path), clock=clock)


def test_pin_is_stored_as_a_salted_scrypt_hash(settings_file: Path) -> None:
    clock = Clock()
    mode = mode_on(settings_file, clock)
    assert not mode.has_pin and not mode.unlocked and not is_trainer_unlocked()
    assert mode.set_pin(PIN).ok
    assert mode.unlocked and is_trainer_unlocked()
    raw = json.loads(settings_file.read_text(encoding="utf-8"))
    assert PIN not in settings_file.read_text(encoding="utf-8")
    stored = raw["trainer_pin_hash"]
    assert stored.startswith("scrypt$16384$8$1$")
    mode.lock()
    assert not is_trainer_unlocked()
    elsewhere = Settings()
    TrainerMode(elsewhere, clock=clock).set_pin(PIN)
    assert elsewhere.trainer_pin_hash != stored  # a random salt each time


def test_three_free_tries_then_a_doubling_wait_that_survives_a_restart(settings_file: Path) -> None:
    clock = Clock()
    mode = mode_on(settings_file, clock)
    mode.set_pin(PIN)
    mode.lock()
    first = mode.try_pin("0000")
    assert (first.ok, first.wait_s, first.attempts_left) == (False, 0.0, 2)
    assert mode.try_pin("1111").attempts_left == 1
    third = mode.try_pin("2222")
    assert (third.ok, third.wait_s) == (False, 30.0)
    # During the wait even the right PIN is refused, and not counted.
    assert mode.try_pin(PIN).wait_s == pytest.approx(30.0)
    assert not mode.unlocked

    # Quitting and starting the app again: the wait is still there.
    clock.now += 10
    restarted = mode_on(settings_file, clock)
    assert restarted.wait_s() == pytest.approx(20.0)
    assert not restarted.try_pin(PIN).ok

    clock.now += 20
    assert restarted.try_pin("3333").wait_s == 60.0  # the fourth wrong PIN doubles the wait
    clock.now += 60
    assert restarted.try_pin("4444").wait_s == 120.0
    clock.now += 120
    assert restarted.try_pin(PIN).ok and restarted.unlocked
    saved = load_settings(settings_file)
    assert (saved.trainer_pin_failures, saved.trainer_pin_retry_at) == (0, 0.0)
    assert restarted.try_pin("9999").attempts_left == 2  # a fresh start after the right PIN


def test_delay_rule_and_a_clock_set_back(settings_file: Path) -> None:
    assert [delay_after(n) for n in (0, 1, 2, 3, 4, 5)] == [0, 0, 0, 30, 60, 120]
    assert delay_after(50) == tm.MAX_DELAY_S
    clock = Clock()
    mode = mode_on(settings_file, clock)
    mode.set_pin(PIN)
    for wrong in ("a111", "b222", "c333"):
        mode.try_pin(wrong)
    clock.now -= 86_400  # someone sets the computer's clock back a day
    assert mode.wait_s() == 30.0  # never longer than the rule
    s = load_settings(settings_file)
    s.trainer_pin_retry_at = float("inf")
    save_settings(s, settings_file)
    assert mode_on(settings_file, clock).wait_s() == 30.0


def test_settings_fields_survive_a_corrupt_value(settings_file: Path) -> None:
    settings_file.write_text(
        json.dumps({"trainer_pin_hash": 5, "trainer_pin_failures": -3, "trainer_pin_retry_at": "soon"}),
        encoding="utf-8",
    )
    s = load_settings(settings_file)
    assert (s.trainer_pin_hash, s.trainer_pin_failures, s.trainer_pin_retry_at) == ("", 0, 0.0)


def test_changing_the_pin_needs_the_current_one(settings_file: Path) -> None:
    clock = Clock()
    mode = mode_on(settings_file, clock)
    mode.set_pin(PIN)
    mode.lock()
    assert not mode.set_pin("13579", current_pin="0000").ok
    assert not mode.unlocked
    assert mode.set_pin("13579", current_pin=PIN).ok
    mode.lock()
    assert not mode.try_pin(PIN).ok
    assert mode.try_pin("13579").ok
    with pytest.raises(ValueError, match=r"at least 4|ít nhất 4"):
        mode.set_pin("12", current_pin="13579")
    with pytest.raises(ValueError, match=r"space|khoảng trắng|dấu cách"):
        mode.set_pin(" 1234", current_pin="13579")


def test_the_unlock_dialog(qtbot, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="en")
    clock = Clock()
    mode = mode_on(settings_file, clock)
    mode.set_pin(PIN)
    mode.lock()
    dialog = PinDialog(mode, "unlock")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok.isEnabled()  # nothing typed
    assert not dialog.new.isVisible()
    for n, wrong in enumerate(("1", "22", "333")):
        qtbot.keyClicks(dialog.current, wrong)
        assert dialog.ok.isEnabled()
        qtbot.keyClick(dialog.current, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.current.text() == ""
        if n == 0:
            assert dialog.message.text() == "Wrong PIN. 2 more tries before a pause."
    assert dialog.message.text() == "Too many wrong PINs. Try again in 0:30."
    qtbot.keyClicks(dialog.current, PIN)
    assert not dialog.ok.isEnabled()  # locked out while the wait runs
    clock.now += 30
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=3000)  # the dialog's timer notices
    qtbot.keyClick(dialog.current, Qt.Key.Key_Return)
    assert dialog.result() == PinDialog.DialogCode.Accepted
    assert mode.unlocked


def test_the_first_pin_dialog_and_require(qtbot, settings_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="en")
    mode = mode_on(settings_file, Clock())
    dialog = PinDialog(mode, "set")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new, "1357")
    qtbot.keyClicks(dialog.repeat, "1358")
    dialog.accept()
    assert "not the same" in dialog.message.text() and not mode.has_pin
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "1357")
    dialog.accept()
    assert mode.has_pin and mode.unlocked

    asked: list[str] = []
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, m, purpose, parent=None: asked.append(purpose)))
    assert mode.require() is True and asked == []  # unlocked: no question
    mode.lock()
    assert not mode.require()
    assert asked == ["unlock"]


def test_menu_actions(qtbot, settings_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    create_application(["test"], language="en")
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("Trainer")
    mode = mode_on(settings_file, Clock())
    toggle, change = tm.add_trainer_actions(menu, mode, window)
    assert toggle.text() == "&Unlock trainer mode…" and change.text() == "&Choose a trainer PIN…"

    def fake_ask(cls, m, purpose, parent=None):  # type: ignore[no-untyped-def]
        return m.set_pin(PIN).ok if purpose == "set" else m.try_pin(PIN).ok

    monkeypatch.setattr(PinDialog, "ask", classmethod(fake_ask))
    toggle.trigger()
    assert mode.unlocked and toggle.text() == "&Lock trainer mode" and change.text() == "&Change the trainer PIN…"
    toggle.trigger()
    assert not mode.unlocked and toggle.text() == "&Unlock trainer mode…"
    assert toggle.shortcut().toString() == "Ctrl+Shift+L"


def test_default_settings_have_no_pin() -> None:
    s = Settings()
    assert (s.trainer_pin_hash, s.trainer_pin_failures, s.trainer_pin_retry_at) == ("", 0, 0.0)
