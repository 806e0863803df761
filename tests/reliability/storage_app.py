"""The running app for the storage-fault tests: a real main window on a real SQLite file in
the test's data folder, the English interface, one scenario, the profile dialog answered
with one trainee, and every message box recorded instead of shown.

Fixtures (tests/reliability/conftest.py offers them to every test here): ``windows``
(makes main windows; sets up the app first: ``storage_app_env``), ``boxes``, ``disk``.
Helpers start an interview, answer, and read the answers back from the file.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.reliability.storage_faults import SmallDisk, disk_kinds
from trainer.settings import Settings
from trainer.storage import trainees
from trainer.ui import messages
from trainer.ui.application import create_application
from trainer.ui.main_window import MainWindow
from trainer.ui.profile_dialog import ProfileDialog

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = "ngo-doc-thuc-pham-ban-tru"
TYPED = "Chúng tôi rất tiếc và đang phối hợp với y tế; 12 em đã được khám, không em nào phải nằm viện."


@dataclass
class Boxes:
    """Every message box the app shows, recorded instead of shown (they are modal)."""

    shown: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind, title, text, detail
    on_choose: Callable[[int], str] = lambda _n: "continue"

    def titles(self) -> list[str]:
        return [title for _kind, title, _text, _detail in self.shown]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    b = Boxes()

    def error(_parent: Any, title: str, text: str, detail: str = "") -> None:
        b.shown.append(("error", title, text, detail))

    def info(_parent: Any, title: str, text: str, detail: str = "") -> None:
        b.shown.append(("info", title, text, detail))

    def choose(_parent: Any, title: str, text: str, _buttons: Any, **kw: Any) -> str:
        b.shown.append(("choose", title, text, kw.get("detail", "")))
        return b.on_choose(sum(kind == "choose" for kind, *_ in b.shown))

    monkeypatch.setattr(messages, "error", error)
    monkeypatch.setattr(messages, "info", info)
    monkeypatch.setattr(messages, "choose", choose)
    return b


@pytest.fixture
def storage_app_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """English interface (the messages are quoted in docs/reliability.md), one scenario,
    and the profile dialog answered with one trainee (the first, or a new one)."""
    folder = tmp_path / "bundled"
    folder.mkdir()
    shutil.copy(ROOT / "scenarios" / f"{SCENARIO}.json", folder)
    monkeypatch.setenv("TRAINER_BUNDLED_SCENARIOS", str(folder))

    def pick_profile(db, parent=None, current=None):  # type: ignore[no-untyped-def]
        existing = trainees.list_trainees(db)
        return existing[0] if existing else trainees.create_trainee(db, "Nguyễn Thị Lan", unit="Trường Tiểu học Hòa An")

    monkeypatch.setattr(ProfileDialog, "ask", staticmethod(pick_profile))
    create_application(["test"], language="en")


@pytest.fixture
def windows(qtbot, storage_app_env: None) -> Iterator[Callable[[], MainWindow]]:  # type: ignore[no-untyped-def]
    made: list[MainWindow] = []

    def make() -> MainWindow:
        w = MainWindow(settings=Settings(language="en", speech_enabled=False))
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: not w.loading and not w.state.opening, timeout=15000)
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()


@pytest.fixture(params=disk_kinds())
def disk(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmallDisk]:
    """The data folder on a disk that the test fills and frees (see SmallDisk)."""
    with SmallDisk(tmp_path / "disk", request.param) as small:
        monkeypatch.setenv("TRAINER_DATA_DIR", str(small.folder))
        yield small


def ready(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: w.state.trainee is not None, timeout=10000)
    assert w.library.select_scenario(SCENARIO)


def start(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(w.start_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.practice.interview_view.question is not None and w.practice.isEnabled(), timeout=10000)


def type_and_submit(qtbot, w: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    view = w.practice.interview_view
    view.answer.setPlainText(text)
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)


def answer_and_go_on(qtbot, w: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    type_and_submit(qtbot, w, text)
    qtbot.waitUntil(lambda: w.practice.currentWidget() is w.practice.feedback_view, timeout=10000)
    qtbot.mouseClick(w.practice.feedback_view.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.practice.currentWidget() is w.practice.interview_view, timeout=10000)


def saved_answers(path: Path) -> list[str]:
    """The answers in the file, read by a separate read-only connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT answer_text FROM answers ORDER BY answered_at")]
    finally:
        conn.close()


def practise_and_find_it_saved(qtbot, w: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, w)
    answer_and_go_on(qtbot, w, TYPED)
    assert saved_answers(path) == [TYPED]


def assert_text_kept(w: MainWindow) -> None:
    view = w.practice.interview_view
    assert w.practice.currentWidget() is view and w.practice.isEnabled()
    assert view.answer.toPlainText() == TYPED
    assert view.answer.isEnabled() and view.submit_button.isEnabled()
