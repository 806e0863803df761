"""A damaged settings file at start, and settings saved on a full disk.

The app starts with the default settings, moves the damaged file aside (never deletes it)
and tells the user once where it went; a settings file that cannot be written leaves the
old one whole.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.reliability.storage_faults import SmallDisk, disk_kinds, read_only
from trainer.settings import Settings, load_settings, save_settings, settings_path, take_set_aside
from trainer.storage import trainees
from trainer.ui import messages
from trainer.ui.application import create_application
from trainer.ui.main_window import MainWindow
from trainer.ui.profile_dialog import ProfileDialog

BROKEN = b'{"language": "en", "speech_rate": 1.4, "extra_scenario_dirs": ["/srv/k\xe1\xbb\xb3 thi"'


@pytest.fixture
def infos(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "info", lambda _p, title, text, detail="": shown.append((title, text, detail)))
    monkeypatch.setattr(messages, "choose", lambda *a, **k: pytest.fail(f"unexpected question {a[1:3]}"))
    monkeypatch.setattr(
        ProfileDialog, "ask", staticmethod(lambda db, parent=None, current=None: trainees.create_trainee(db, "Lan"))
    )
    return shown


def start_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """As main.py starts the app: the language from the settings, then the window."""
    create_application(["test"])
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.state.trainee is not None and not w.loading, timeout=15000)
    return w


def test_a_damaged_settings_file_means_defaults_and_one_notice_saying_where_it_went(qtbot, infos) -> None:  # type: ignore[no-untyped-def]
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(BROKEN)

    w = start_window(qtbot)
    moved = path.with_name("settings.json.corrupt")
    assert moved.read_bytes() == BROKEN  # kept, byte for byte
    assert (w.settings.language, w.settings.speech_rate, w.settings.extra_scenario_dirs) == ("vi", 1.0, [])
    ((title, text, _detail),) = infos  # once, in the interface language (Vietnamese by default)
    assert str(moved) in text
    assert title == "Đã đặt lại cài đặt"
    w.close()
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "vi"  # a whole, valid file again

    w = start_window(qtbot)  # the next start: nothing more to say
    assert len(infos) == 1
    w.close()


def test_a_damaged_settings_file_that_cannot_be_moved_is_named(qtbot, infos) -> None:  # type: ignore[no-untyped-def]
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(BROKEN)
    with read_only(path.parent):
        w = start_window(qtbot)
        ((_title, text, _detail),) = infos
        assert str(path) in text
        assert path.read_bytes() == BROKEN
        w.close()  # saving the settings fails quietly (said in the status bar), the file stays
        assert path.read_bytes() == BROKEN
    create_application(["test"], language="en")


def test_a_second_damaged_settings_file_does_not_overwrite_the_first_one_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(BROKEN)
    assert load_settings(path) == Settings()
    path.write_text("[1, 2", encoding="utf-8")
    assert load_settings(path) == Settings()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept[0] == "settings.json.corrupt" and kept[1].startswith("settings.json.corrupt-") and len(kept) == 2
    assert (tmp_path / kept[0]).read_bytes() == BROKEN
    assert (tmp_path / kept[1]).read_text(encoding="utf-8") == "[1, 2"
    assert take_set_aside(path) == (path, tmp_path / kept[1])  # the window is told about the newest one
    assert take_set_aside(path) is None  # and only once


@pytest.mark.parametrize("kind", disk_kinds())
def test_settings_saved_on_a_full_disk_leave_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    with SmallDisk(tmp_path / "config", kind) as disk:
        path = disk.folder / "settings.json"
        save_settings(Settings(language="en", speech_rate=1.2), path)
        before = path.read_bytes()
        disk.fill()
        big = Settings(language="vi", extra_scenario_dirs=[f"/thư mục/{n}" for n in range(20000)])
        with pytest.raises(OSError):
            save_settings(big, path)
        assert path.read_bytes() == before
        assert sorted(os.listdir(disk.folder)) == sorted(
            ["settings.json", *(["ballast.bin"] if kind == "tmpfs" else [])]
        )
        disk.free()
        save_settings(big, path)
        assert load_settings(path) == big
