"""A trainer writes a scenario from scratch in the editor, a validation error shows at its
field, the scenario is saved, found in the real library and practised, follow-up included."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from trainer import paths
from trainer.content.loader import load_scenario_file
from trainer.content.writer import scenario_to_text
from trainer.settings import Settings
from trainer.speech.service import SpeechService
from trainer.storage import trainees
from trainer.ui import messages
from trainer.ui.application import create_application
from trainer.ui.editor import EditorWindow
from trainer.ui.main_window import MainWindow
from trainer.ui.profile_dialog import ProfileDialog

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Học sinh bị ong đốt trong giờ lao động"
SCENARIO_ID = "hoc-sinh-bi-ong-dot-trong"


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    shutil.copy(ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json", bundled)
    monkeypatch.setenv("TRAINER_BUNDLED_SCENARIOS", str(bundled))

    def create_profile(db, parent=None, current=None):  # type: ignore[no-untyped-def]
        return trainees.create_trainee(db, "Lê Văn Tâm", unit="Trường THCS Hòa Bình", role="Hiệu trưởng")

    monkeypatch.setattr(ProfileDialog, "ask", staticmethod(create_profile))
    monkeypatch.setattr(messages, "choose", lambda *a, **k: "discard")  # never a modal box at teardown
    create_application(["test"], language="vi")
    speech = SpeechService(enabled=False)  # questions as text: this test is about the editor
    w = MainWindow(settings=Settings(), speech=speech)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.state.trainee is not None and not w.loading and w.speech is not None, timeout=10000)
    yield w
    w.close()
    speech.shutdown()


def write(field: Any, text: str) -> None:
    """Type into a field the way the trainer does (ids are written when editing finishes)."""
    editor = field.editor
    if hasattr(editor, "setPlainText"):
        editor.setPlainText(text)
    else:
        editor.setText(text)
        editor.editingFinished.emit()


def wait_checked(qtbot, ed: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ed.validator.busy, timeout=5000)


def test_write_a_scenario_then_practise_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = window
    ed = EditorWindow(w.settings, speech=w.speech, parent=w)
    saved: list[str] = []
    ed.saved.connect(saved.append)
    ed.saved.connect(lambda _path: w.reload())  # as the lead wires it
    assert ed.open_new()
    ed.show()

    # General: the id follows the title, without diacritics.
    general = ed.section("general").form
    write(general.field("/title"), TITLE)
    assert ed.draft.get("/id") == SCENARIO_ID
    assert general.field("/id").line.text() == SCENARIO_ID
    write(
        general.field("/summary"),
        "Trong giờ lao động ở vườn trường, tám học sinh lớp 7 bị ong đốt; các em đã được sơ cứu.",
    )
    general.field("/category").combo.setCurrentIndex(general.field("/category").combo.findData("accident"))

    briefing = ed.section("briefing").form
    ed.nav.setCurrentRow(1)
    write(briefing.field("/role"), "Hiệu trưởng trường trung học cơ sở")
    write(briefing.field("/organisation"), "Trường THCS Hòa Bình (hư cấu)")
    write(
        briefing.field("/situation"),
        "Khoảng 9 giờ sáng nay, trong giờ lao động ở vườn trường, tám học sinh lớp 7 bị ong đốt. "
        "Giáo viên đã sơ cứu và đưa các em đến trạm y tế xã; hiện các em đều tỉnh táo.",
    )
    write(briefing.field("/authorised_to_say"), "Số học sinh bị ong đốt và tình trạng chung của các em.")

    ed.nav.setCurrentRow(2)
    facts = ed.section("facts")
    facts.part.add_button.click()
    write(facts.form.field("/text"), "Tám học sinh bị ong đốt đã được sơ cứu và đưa đến trạm y tế xã.")
    write(facts.form.field("/number"), "8")
    write(facts.form.field("/keywords"), "tám học sinh\ntrạm y tế")
    fact_id = ed.draft.get("/facts/0/id")
    assert fact_id == "tam-hoc-sinh-bi-ong-dot"  # made from the text
    assert ed.draft.get("/facts/0/confirmed") is True and ed.draft.get("/facts/0/number") == 8

    ed.nav.setCurrentRow(4)
    messages_section = ed.section("key_messages")
    messages_section.part.add_button.click()
    write(messages_section.form.field("/text"), "Sức khỏe của các em là ưu tiên số một của nhà trường.")
    write(messages_section.form.field("/id"), "suc-khoe-truoc-het")  # typed by the trainer
    write(
        messages_section.form.field("/phrasings"),
        "sức khỏe của các em là ưu tiên số một\nchúng tôi luôn ở bên các em",
    )

    ed.nav.setCurrentRow(5)
    journalists = ed.section("journalists")
    journalists.part.add_button.click()
    write(journalists.form.field("/name"), "Đặng Minh Anh")
    write(journalists.form.field("/outlet"), "Báo Giáo dục Hôm nay (hư cấu)")
    assert ed.draft.get("/journalists/0/id") == "dang-minh-anh"

    # Two questions: an opening, and a follow-up asked when empathy is missed.
    ed.nav.setCurrentRow(6)
    questions = ed.section("questions")
    form = questions.form
    questions.part.add_button.click()
    write(form.field("/text"), "Thưa ông, chuyện gì đã xảy ra ở vườn trường sáng nay?")
    assert ed.draft.get("/questions/0/journalist") == "dang-minh-anh"
    assert ed.draft.get("/questions/0/kind") == "opening"
    form.field("/principles").set_checked("empathy")
    form.field("/principles").set_checked("facts")
    form.field("/expects/key_messages").set_checked("suc-khoe-truoc-het")
    form.field("/expects/facts").set_checked(fact_id)
    write(
        form.field("/model_answer"),
        "Trước hết, tôi xin chia sẻ nỗi lo lắng với các em và gia đình; sức khỏe của các em là ưu tiên số một. "
        "Tám học sinh bị ong đốt đã được sơ cứu và đưa đến trạm y tế xã, hiện các em đều tỉnh táo. "
        "Nhà trường sẽ thông báo tiếp cho phụ huynh trước 17 giờ hôm nay.",
    )
    write(form.field("/id"), "Câu 1")  # a mistake: capitals, a diacritic, a space

    questions.part.add_button.click()
    assert questions.part.current_row() == 1
    write(form.field("/text"), "Phụ huynh rất hoảng sợ khi nghe tin. Ông có hiểu cảm giác của họ không?")
    form.field("/kind").combo.setCurrentIndex(form.field("/kind").combo.findData("emotional"))
    form.field("/follow_up_only").box.setChecked(True)
    form.field("/principles").set_checked("empathy")
    form.field("/principles").set_checked("respect")
    follow_up_id = ed.draft.get("/questions/1/id")

    # The validator's errors appear under their fields, in Vietnamese.
    wait_checked(qtbot, ed)
    model_answer = form.field("/model_answer")
    assert "không được để trống" in model_answer.error_text  # "must not be empty"
    assert model_answer.error.isVisibleTo(ed)
    assert ed.validator.last.errors >= 2
    assert "(" in ed.nav.item(6).text()  # the Questions section shows its count
    questions.part.select(0)
    assert "không phải mã hợp lệ" in form.field("/id").error_text  # "not a valid id", at the id
    ed.go_to("/questions/1/model_answer")  # as a click in the problem list does
    assert questions.part.current_row() == 1

    # Fix both.
    write(
        model_answer,
        "Tôi hiểu và tôi rất lấy làm tiếc. Nếu con tôi bị ong đốt, tôi cũng lo lắng như vậy. "
        "Sức khỏe của các em là ưu tiên số một; nhà trường đang ở bên các em và gia đình.",
    )
    questions.part.select(0)
    write(form.field("/id"), "mo-dau")

    # A follow-up on the first question: to the second one, when empathy is missed.
    follow_ups = form.follow_ups
    follow_ups.add_button.click()
    condition = form.follow_up_form.field("/when")
    condition.checks["score_below"].setChecked(False)
    condition.set_condition("principle_missed", "empathy")
    assert ed.draft.get("/questions/0/follow_ups") == [{"when": {"principle_missed": "empathy"}, "ask": follow_up_id}]
    assert [(e.source, e.target) for e in ed.questions_page.flow.edges] == [(0, 1)]

    wait_checked(qtbot, ed)
    assert [i.message for i in ed.validator.last.issues if i.severity == "error"] == []
    assert model_answer.error_text == ""

    # Saved into the user's folder as canonical, hand-editable JSON.
    assert ed.save()
    target = paths.user_scenarios_dir() / f"{SCENARIO_ID}.json"
    assert saved == [str(target)]
    text = target.read_text(encoding="utf-8")
    assert text == scenario_to_text(json.loads(text)) and '\n  "format": 1,\n' in text
    report = load_scenario_file(target)
    assert report.valid and report.problems == []
    assert not ed.isWindowModified()
    ed.close()

    # Found in the library after the reload, and practised.
    qtbot.waitUntil(lambda: not w.loading and any(r.id == SCENARIO_ID for r in w.reports), timeout=10000)
    assert w.library.select_scenario(SCENARIO_ID)
    w.start_panel.difficulty.setCurrentIndex(0)
    qtbot.mouseClick(w.start_panel.start_button, Qt.MouseButton.LeftButton)
    view = w.practice.interview_view
    qtbot.waitUntil(lambda: view.question is not None and view.question.id == "mo-dau", timeout=10000)
    view.answer.setPlainText("Không bình luận.")
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.practice.currentWidget() is w.practice.feedback_view, timeout=10000)
    qtbot.mouseClick(w.practice.feedback_view.next_button, Qt.MouseButton.LeftButton)
    # No empathy in that answer: the follow-up written in the editor is asked next.
    qtbot.waitUntil(lambda: view.question is not None and view.question.id == follow_up_id, timeout=5000)


def test_menu_handlers_open_a_copy_and_select_it_after_saving(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.ui.editor import actions

    w = window
    assert w.library.select_scenario("ngo-doc-thuc-pham-ban-tru")
    actions.edit_copy(w)
    editor = actions.editor_for(w)
    assert editor.isVisible() and editor.draft.get("/id") == "ngo-doc-thuc-pham-ban-tru-ban-sao"
    assert actions.editor_for(w) is editor  # one editor per main window
    assert editor.save()
    qtbot.waitUntil(
        lambda: (s := w.library.selected_scenario()) is not None and s.id.endswith("-ban-sao"), timeout=10000
    )
    editor.section("general").form.field("/title").line.setText("Bữa trưa bán trú (bản của tổ chuyên môn)")
    asked: list[str] = []

    def cancel(*args: Any, **kwargs: Any) -> str:
        asked.append("asked")
        return "cancel"

    monkeypatch.setattr(messages, "choose", cancel)
    assert not actions.close_editor(w)  # unsaved changes: the trainer cancels, the editor stays
    assert asked == ["asked"] and editor.isVisible()
    monkeypatch.setattr(messages, "choose", lambda *a, **k: "discard")
    actions.new_scenario(w)  # discard (the fixture's answer), then a blank scenario
    assert editor.draft.get("/title") == "" and editor.path is None
    assert actions.close_editor(w)
