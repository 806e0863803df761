"""The editor's draft (a JSON dict addressed by pointers) and its id helpers, without windows."""

from __future__ import annotations

import json
from pathlib import Path

from trainer.ui.editor import refs
from trainer.ui.editor.model import MISSING, Draft, get_in, pointer_of, tokens

ROOT = Path(__file__).resolve().parents[2]


def scenario() -> dict:  # type: ignore[type-arg]
    return json.loads((ROOT / "scenarios" / "cho-hoc-sinh-nghi-hoc-tranh-bao.json").read_text(encoding="utf-8"))


def test_pointers() -> None:
    assert tokens("/questions/2/text") == ["questions", "2", "text"]
    assert pointer_of("a/b", 3) == "/a~1b/3" and tokens("/a~1b/3") == ["a/b", "3"]
    data = {"questions": [{"id": "x"}]}
    assert get_in(data, "/questions/0/id") == "x"
    assert get_in(data, "/questions/5/id") is MISSING and get_in(data, "/nope") is MISSING


def test_set_makes_parents_and_remove_prunes_optional_objects(qtbot) -> None:  # type: ignore[no-untyped-def]
    draft = Draft({"journalists": [{"id": "a"}], "questions": [{"id": "q"}]})
    seen: list[str] = []
    draft.changed.connect(seen.append)
    assert not draft.is_dirty()
    draft.set("/journalists/0/voice/rate", 1.2)
    assert draft.data["journalists"][0]["voice"] == {"rate": 1.2}
    assert draft.is_dirty() and seen == ["/journalists/0/voice/rate"]
    draft.set("/journalists/0/voice/rate", MISSING)
    assert "voice" not in draft.data["journalists"][0]  # an empty voice is left out
    draft.set("/questions/0/expects/facts", ["f"])
    draft.remove("/questions/0/expects/facts")
    assert "expects" not in draft.data["questions"][0]
    assert not draft.is_dirty()  # back to what was loaded
    count = len(seen)
    draft.set("/questions/0/id", "q")
    assert len(seen) == count  # an unchanged value is not a change


def test_rename_references_everywhere() -> None:
    data = scenario()
    n = refs.rename_references(data, "key_messages", "nhan-trach-nhiem", "trach-nhiem")
    assert n == 6 and "nhan-trach-nhiem" not in json.dumps(data["questions"])
    assert data["key_messages"][1]["id"] == "nhan-trach-nhiem"  # the item itself is renamed by the form
    assert refs.rename_references(data, "questions", "phu-huynh-so-hai", "cam-xuc") == 1
    assert data["questions"][0]["follow_ups"][0]["ask"] == "cam-xuc"
    before = json.dumps(data)
    assert refs.rename_references(data, "confidential", "em-trong-clip", "x") == 0
    assert json.dumps(data) == before  # a question with the same id as a confidential item is untouched
    data["questions"][0]["follow_ups"][0]["when"] = {"fact_missing": "da-ve-nha"}
    assert refs.rename_references(data, "facts", "da-ve-nha", "ve-nha") == 2  # expects + condition
    assert refs.count_references(data, "journalists", "thuy-linh") == 4
    assert any(q["journalist"] == "thuy-linh" for q in data["questions"])  # counting changes nothing


def test_new_items_and_automatic_ids() -> None:
    data = refs.new_scenario("vi")
    assert refs.new_item(data, "questions")["id"] == "cau-hoi-1"
    data["questions"].append(refs.new_item(data, "questions"))
    assert refs.new_item(data, "questions")["id"] == "cau-hoi-2"
    data["language"] = "en"
    assert refs.new_item(data, "facts")["id"] == "fact-1"
    assert refs.follows_text("questions", "cau-hoi-3", "")
    assert refs.follows_text("facts", "so-hoc-sinh", "Số học sinh")
    assert refs.follows_text("facts", "so-hoc-sinh-2", "Số học sinh")
    assert not refs.follows_text("facts", "mau-luu", "Mẫu thức ăn lưu đã được niêm phong")
    assert not refs.follows_text(None, "mo-dau", "Mo")


def test_copy_of_a_scenario() -> None:
    data = scenario()
    copy = refs.copy_of(data, ["cho-hoc-sinh-nghi-hoc-tranh-bao-ban-sao"])
    assert copy["id"] == "cho-hoc-sinh-nghi-hoc-tranh-bao-ban-sao-2"
    assert copy["title"].endswith("(bản sao)") and data["title"] != copy["title"]
    copy["questions"].clear()
    assert data["questions"]  # a deep copy
    english = refs.copy_of({"id": "x", "language": "en", "title": "Leak"}, [])
    assert english == {"id": "x-copy", "language": "en", "title": "Leak (copy)"}


def test_new_follow_up_points_at_a_follow_up_only_question() -> None:
    data = scenario()
    fu = refs.new_follow_up(data, 2)
    assert fu == {"when": {"score_below": 60}, "ask": "phu-huynh-so-hai"}


def test_messages_choose_returns_the_button_clicked(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The real three-way question (the editor's tests answer it through a patch)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from trainer.ui import messages

    buttons = [("save", "Lưu"), ("discard", "Bỏ các thay đổi"), ("cancel", "Hủy")]

    def click(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == label).click()

    QTimer.singleShot(0, lambda: click("Bỏ các thay đổi"))
    assert messages.choose(None, "t", "?", buttons, default="save", cancel="cancel") == "discard"

    def escape() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.reject()

    QTimer.singleShot(0, escape)
    assert messages.choose(None, "t", "?", buttons, default="save", cancel="cancel") == "cancel"
