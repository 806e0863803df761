"""The pack dialogs and the File-menu actions, on real packs and real worker threads."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from trainer import paths
from trainer.content.loader import load_scenario_file
from trainer.content.packs import PackMeta, export_pack, find_conflicts, inspect_pack
from trainer.ui import messages
from trainer.ui.application import create_application
from trainer.ui.pack_actions import PackActions
from trainer.ui.pack_dialogs import ImportPackDialog
from trainer.ui.pack_export_dialog import ExportPackDialog

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json",
    ROOT / "scenarios" / "clip-bao-luc-hoc-duong.json",
    ROOT / "scenarios" / "en-student-data-breach.json",
]


@pytest.fixture(autouse=True)
def vietnamese(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    (tmp_path / "bundled").mkdir()
    monkeypatch.setenv("TRAINER_BUNDLED_SCENARIOS", str(tmp_path / "bundled"))


def variant(source: Path, folder: Path, *, sid: str, title: str) -> Path:
    doc = json.loads(source.read_text(encoding="utf-8"))
    doc["id"], doc["title"] = sid, title
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{sid}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def conflicted_pack(tmp_path: Path) -> Path:
    """Library: "a" bundled, "b" in the user's folder. The pack: a and b changed, c new."""
    variant(SOURCES[0], tmp_path / "bundled", sid="a", title="A cũ")
    variant(SOURCES[1], paths.user_scenarios_dir(), sid="b", title="B cũ")
    made = tmp_path / "made"
    sources = [
        variant(SOURCES[0], made, sid="a", title="A mới"),
        variant(SOURCES[1], made, sid="b", title="B mới"),
        variant(SOURCES[2], made, sid="c", title="C"),
    ]
    pack = tmp_path / "goi.zip"
    export_pack(sources, pack, PackMeta("Bộ kịch bản của Sở GD&ĐT", "1.2", "Sở GD&ĐT tỉnh Hòa An", "Ba tình huống"))
    return pack


def import_dialog(qtbot, pack: Path) -> ImportPackDialog:  # type: ignore[no-untyped-def]
    insp = inspect_pack(pack)
    dialog = ImportPackDialog(insp, find_conflicts(insp) if insp.ok else {})
    qtbot.addWidget(dialog)
    return dialog


def cell(dialog: ImportPackDialog, row: int, col: int) -> str:
    item = dialog.table.item(row, col)
    return item.text() if item is not None else ""


def test_import_dialog_shows_the_manifest_checks_and_a_choice_per_conflict(qtbot, conflicted_pack: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = import_dialog(qtbot, conflicted_pack)
    labels = [w.text() for w in dialog.findChildren(type(dialog.status))]
    assert "Bộ kịch bản của Sở GD&ĐT" in labels and "1.2" in labels and "Sở GD&ĐT tỉnh Hòa An" in labels
    assert "Nhiều ngôn ngữ" in labels  # two Vietnamese scenarios and one English
    assert dialog.import_button.isEnabled()
    assert "toàn vẹn" in dialog.status.text()
    assert [cell(dialog, r, 1) for r in range(3)] == ["a", "b", "c"]
    assert all(cell(dialog, r, 3) == "Hợp lệ" for r in range(3))
    assert cell(dialog, 0, 4) == "Trùng mã: A cũ" and cell(dialog, 2, 4) == ""
    assert cell(dialog, 2, 5) == "Thêm mới"
    a, b = dialog.choice_boxes["a"], dialog.choice_boxes["b"]
    assert [a.itemData(i) for i in range(a.count())] == ["keep_both", "skip"]  # a bundled file cannot be replaced
    assert [b.itemData(i) for i in range(b.count())] == ["keep_both", "replace", "skip"]
    assert dialog.choices() == {"a": "keep_both", "b": "keep_both"}  # the default loses nothing
    dialog.set_choice("b", "replace")
    dialog.set_choice("a", "skip")
    assert dialog.choices() == {"a": "skip", "b": "replace"}
    assert dialog.hint.isVisibleTo(dialog) and not dialog.problems_box.isVisibleTo(dialog)


def test_import_dialog_refuses_a_hostile_pack_and_says_why(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "xau.zip"
    with zipfile.ZipFile(pack, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("../../thoat-ra-ngoai.json", "{}")
    dialog = import_dialog(qtbot, pack)
    assert not dialog.import_button.isEnabled()
    assert "Không thể nhập gói này" in dialog.status.text()
    assert dialog.problems_box.isVisibleTo(dialog)
    assert 'Tên tệp "../../thoat-ra-ngoai.json" dùng ".." để trỏ ra ngoài gói' in dialog.problems.item(0).text()
    timer = click_when_shown(ImportPackDialog, lambda d: d.accept())
    assert ImportPackDialog.ask(dialog.insp, {}, None) is None  # a rejected pack is never installed
    timer.stop()


def test_import_dialog_marks_an_invalid_scenario(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(SOURCES[0].read_text(encoding="utf-8"))
    doc["questions"] = []
    broken = json.dumps(doc, ensure_ascii=False).encode()
    files = {f"scenarios/{doc['id']}.json": broken}
    from tests.content.test_packs_hostile import make_pack

    dialog = import_dialog(qtbot, make_pack(tmp_path / "p.zip", files))
    assert not dialog.import_button.isEnabled()
    assert cell(dialog, 0, 3).startswith("Không hợp lệ: cần ít nhất 1 mục")
    assert cell(dialog, 0, 5) == "—"
    assert not dialog.choice_boxes


def library() -> list[Any]:
    return [s for s in (load_scenario_file(p).scenario for p in SOURCES) if s is not None]


def test_export_dialog_lets_you_tick_filter_and_name_the_pack(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportPackDialog(library(), selected=[SOURCES[1].stem], author="Trường THCS Hòa An")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    assert dialog.checked_ids() == [SOURCES[1].stem]
    assert dialog.author.text() == "Trường THCS Hòa An"
    assert not dialog.export_button.isEnabled()
    assert "Hãy đặt tên cho gói." in dialog.summary.text()
    qtbot.keyClicks(dialog.search, "ngo doc")  # accents optional
    shown = [dialog.list.item(r) for r in range(3) if not dialog.list.item(r).isHidden()]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in shown] == [SOURCES[0].stem]
    shown[0].setCheckState(Qt.CheckState.Checked)
    dialog.search.clear()
    dialog.name.setText("Bộ thử")  # QTest cannot type non-Latin-1 characters
    dialog.out.setText(str(tmp_path / "bo-thu.zip"))
    assert dialog.export_button.isEnabled()
    assert dialog.summary.text().startswith("Đã chọn 2 kịch bản · Tiếng Việt")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    request = dialog.request()
    assert sorted(request.sources) == sorted(SOURCES[:2])
    assert request.out == tmp_path / "bo-thu.zip"
    assert (request.meta.name, request.meta.version, request.meta.author) == ("Bộ thử", "1.0", "Trường THCS Hòa An")


def test_export_dialog_asks_before_replacing_a_file(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "co-san.zip"
    existing.write_bytes(b"keep me")
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, **_k: asked.append(text) or False)
    dialog = ExportPackDialog(library(), selected=[SOURCES[0].stem])
    qtbot.addWidget(dialog)
    dialog.name.setText("P")
    dialog.out.setText(str(existing))
    dialog.accept()
    assert asked and "co-san.zip" in asked[0]
    assert dialog.result() != dialog.DialogCode.Accepted


# --- the actions, end to end -------------------------------------------------------------


@pytest.fixture
def actions(qtbot, monkeypatch: pytest.MonkeyPatch) -> tuple[PackActions, list[tuple[str, str, str]]]:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "info", lambda _p, title, text, detail="": shown.append((title, text, detail)))
    monkeypatch.setattr(messages, "error", lambda _p, title, text, detail="": shown.append((title, text, detail)))
    packs = PackActions(window, scenarios=library, selected=lambda: library()[0])
    return packs, shown


def click_when_shown(dialog_type: type, act: Any) -> QTimer:
    """Act on the modal dialog once it is on screen (exec() runs its own event loop)."""
    timer = QTimer()

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, dialog_type):
            timer.stop()
            act(modal)

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def test_import_action_installs_with_the_choices_made_then_undo(
    qtbot, actions, conflicted_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    packs, shown = actions
    user = paths.user_scenarios_dir()
    b_before = (user / "b.json").read_bytes()

    def choose(dialog: ImportPackDialog) -> None:
        dialog.set_choice("a", "keep_both")
        dialog.set_choice("b", "replace")
        dialog.import_button.click()

    timer = click_when_shown(ImportPackDialog, choose)
    with qtbot.waitSignal(packs.library_changed, timeout=10000):
        packs.import_pack(str(conflicted_pack))
    timer.stop()
    qtbot.waitUntil(lambda: not packs.busy)
    assert sorted(p.name for p in user.glob("*.json")) == ["a-2.json", "b.json", "c.json"]
    assert "B mới" in (user / "b.json").read_text(encoding="utf-8")
    title, text, detail = shown[-1]
    assert title == "Đã nhập gói"
    assert "1 kịch bản được thêm mới" in text and "1 kịch bản được thay thế" in text and "hoàn tác" in detail

    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    with qtbot.waitSignal(packs.finished, timeout=10000) as done:
        packs.undo_last_import()
    assert "2 tệp đã gỡ, 1 tệp được khôi phục" in done.args[0]
    assert sorted(p.name for p in user.glob("*.json")) == ["b.json"]
    assert (user / "b.json").read_bytes() == b_before


def test_cancelling_the_import_dialog_installs_nothing(qtbot, actions, conflicted_pack: Path) -> None:  # type: ignore[no-untyped-def]
    packs, _shown = actions
    before = sorted(paths.data_dir().rglob("*"))
    timer = click_when_shown(ImportPackDialog, lambda d: d.reject())
    with qtbot.waitSignal(packs.finished, timeout=10000) as done:
        packs.import_pack(str(conflicted_pack))
    timer.stop()
    assert "không cài đặt gì" in done.args[0]
    assert sorted(paths.data_dir().rglob("*")) == before


def test_a_file_that_is_not_a_pack_is_shown_with_its_problem(qtbot, actions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    packs, _shown = actions
    letter = tmp_path / "thu.zip"
    letter.write_text("không phải gói", encoding="utf-8")
    seen: list[str] = []

    def read_and_close(dialog: ImportPackDialog) -> None:
        seen.extend(dialog.problems.item(r).text() for r in range(dialog.problems.count()))
        seen.append(str(dialog.import_button.isEnabled()))
        dialog.reject()

    timer = click_when_shown(ImportPackDialog, read_and_close)
    with qtbot.waitSignal(packs.finished, timeout=10000):
        packs.import_pack(str(letter))
    timer.stop()
    assert seen[0].startswith("Đây không phải gói kịch bản (không phải tệp .zip hợp lệ")
    assert seen[-1] == "False"
    assert not packs.busy and packs.import_action.isEnabled()
    assert list(paths.data_dir().rglob("*.json")) == []


def test_a_failed_install_reaches_the_person_as_a_message(qtbot, actions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    packs, shown = actions
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"png")
    pack = tmp_path / "p.zip"
    export_pack(SOURCES[:1], pack, PackMeta("P"), assets=[("images/logo.png", logo)])
    user = paths.user_scenarios_dir()
    user.mkdir(parents=True)
    (user / "assets").write_text("a file where the assets folder should be", encoding="utf-8")
    timer = click_when_shown(ImportPackDialog, lambda d: d.import_button.click())
    with qtbot.waitSignal(packs.finished, timeout=10000):
        packs.import_pack(str(pack))
    timer.stop()
    title, text, _detail = shown[-1]
    assert title == "Không nhập được gói"
    assert text.startswith("không cài được gói (") and "mọi tệp đã ghi đều được gỡ bỏ" in text
    assert sorted(p.name for p in user.iterdir()) == ["assets"]
    assert not packs.busy


def test_export_action_writes_an_importable_pack(
    qtbot, actions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    packs, shown = actions
    out = tmp_path / "xuat.zip"

    def fill(dialog: ExportPackDialog) -> None:
        assert dialog.checked_ids() == [SOURCES[0].stem]  # the scenario selected in the library
        dialog.name.setText("Xuất thử")
        dialog.out.setText(str(out))
        dialog.export_button.click()

    timer = click_when_shown(ExportPackDialog, fill)
    with qtbot.waitSignal(packs.finished, timeout=10000):
        packs.export_pack()
    timer.stop()
    assert inspect_pack(out).ok
    assert shown[-1][0] == "Đã xuất gói"


def test_trainer_mode_can_lock_import_and_undo_but_not_export(actions) -> None:  # type: ignore[no-untyped-def]
    packs, _shown = actions
    assert [a.shortcut().toString() for a in packs.actions()[:2]] == ["Ctrl+Shift+E", "Ctrl+Shift+I"]
    packs.set_import_allowed(False)
    assert packs.export_action.isEnabled()
    assert not packs.import_action.isEnabled() and not packs.undo_action.isEnabled()
    packs.set_import_allowed(True)
    assert packs.import_action.isEnabled()


def test_a_guard_such_as_trainer_mode_is_asked_before_importing(qtbot, actions, conflicted_pack: Path) -> None:  # type: ignore[no-untyped-def]
    packs, _shown = actions
    asked: list[bool] = []
    packs.guard = lambda: asked.append(True) or False  # the PIN was not given
    packs.import_pack(str(conflicted_pack))
    packs.undo_last_import()
    assert asked == [True, True] and not packs.busy
    assert sorted(p.name for p in paths.user_scenarios_dir().iterdir()) == ["b.json"]
