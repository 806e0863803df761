"""The scenario editor on its own: copies, live validation at the field, renaming ids,
saving safely, autosaved drafts, the close prompt, the flow preview, "Try this question"."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from trainer import paths
from trainer.content.writer import scenario_to_text
from trainer.settings import Settings
from trainer.ui import messages
from trainer.ui.application import create_application
from trainer.ui.editor import EditorWindow, files
from trainer.ui.editor.flow import layout_rows

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "scenarios" / "cho-hoc-sinh-nghi-hoc-tranh-bao.json"
COPY_ID = "cho-hoc-sinh-nghi-hoc-tranh-bao-ban-sao"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """Every message box is answered without a modal loop; the questions asked are recorded."""
    record: dict[str, list[Any]] = {"confirm": [], "choose": [], "error": [], "info": []}
    answers: dict[str, Any] = {"confirm": True, "choose": "discard"}

    def confirm(parent: Any, title: str, text: str, **kw: Any) -> bool:
        record["confirm"].append(text)
        return bool(answers["confirm"])

    def choose(parent: Any, title: str, text: str, buttons: Any, **kw: Any) -> str:
        record["choose"].append(text)
        return str(answers["choose"])

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "choose", choose)
    monkeypatch.setattr(messages, "error", lambda p, title, text, detail="": record["error"].append((text, detail)))
    monkeypatch.setattr(messages, "info", lambda p, title, text, detail="": record["info"].append(text))
    record["answers"] = [answers]
    return record


@pytest.fixture
def editor(qtbot, asked: dict[str, list[Any]]):  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    ed = EditorWindow(Settings())
    qtbot.addWidget(ed)
    yield ed
    ed.close()


def checked(qtbot, ed: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ed.validator.busy, timeout=5000)


def test_a_copy_of_a_bundled_scenario_gets_its_own_id_and_never_overwrites(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    before = hashlib.sha256(SOURCE.read_bytes()).hexdigest()
    assert editor.open_file(SOURCE)  # a bundled file opens as a copy
    assert editor.path is None
    assert editor.draft.get("/id") == COPY_ID
    assert editor.draft.get("/title").endswith("(bản sao)")
    checked(qtbot, editor)
    assert editor.validator.last.errors == 0 and editor.validator.last.scenario is not None
    assert editor.save()
    target = paths.user_scenarios_dir() / f"{COPY_ID}.json"
    assert editor.path == target
    text = target.read_text(encoding="utf-8")
    assert text == scenario_to_text(json.loads(text)) and text.endswith("}\n")
    original = json.loads(SOURCE.read_text(encoding="utf-8"))
    assert json.loads(text)["questions"] == original["questions"]
    assert hashlib.sha256(SOURCE.read_bytes()).hexdigest() == before


def test_the_id_of_a_bundled_scenario_is_refused(qtbot, editor: EditorWindow, asked: dict[str, list[Any]]) -> None:  # type: ignore[no-untyped-def]
    editor.open_copy(SOURCE)
    general = editor.section("general").form
    general.field("/id").line.setText("cho-hoc-sinh-nghi-hoc-tranh-bao")
    general.field("/id").line.editingFinished.emit()
    checked(qtbot, editor)
    assert [i.severity for i in editor.validator.last.issues if i.pointer == "/id"] == ["error"]
    assert general.field("/id").error_text  # shown under the id
    assert not editor.save()
    assert asked["error"] and not (paths.user_scenarios_dir() / "cho-hoc-sinh-nghi-hoc-tranh-bao.json").exists()


def test_errors_show_at_their_field_and_in_the_problem_list(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    editor.open_copy(SOURCE)
    editor.nav.setCurrentRow(6)
    questions = editor.section("questions")
    questions.part.select(2)
    text = questions.form.field("/text")
    text.text_edit.setPlainText("")
    checked(qtbot, editor)
    assert "không được để trống" in text.error_text
    assert questions.part.list.item(2).toolTip()  # the row in the list says it too
    assert 2 in editor.questions_page.flow.problem_rows
    assert editor.problems.count() == 1
    problem = editor.problems.item(0).text()
    assert "Câu hỏi" in problem or "Questions" in problem
    editor.nav.setCurrentRow(0)
    editor.next_problem()  # F8: back to the field
    assert editor.stack.currentWidget() is questions.widget and questions.part.current_row() == 2
    text.text_edit.setPlainText("Vì sao Sở gửi thông báo muộn như vậy?")
    checked(qtbot, editor)
    assert text.error_text == "" and editor.problems.count() == 0


def test_renaming_an_id_renames_its_references(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    editor.open_copy(SOURCE)
    editor.nav.setCurrentRow(5)
    journalists = editor.section("journalists")
    journalists.part.select(1)
    field = journalists.form.field("/id")
    old = field.line.text()
    field.line.setText("kieu-hoang-long")
    field.line.editingFinished.emit()
    asked_by = [q["journalist"] for q in editor.draft.data["questions"]]
    assert old not in asked_by and "kieu-hoang-long" in asked_by
    editor.nav.setCurrentRow(6)
    questions = editor.section("questions")
    questions.part.select(1)
    q_field = questions.form.field("/id")
    q_field.line.setText("cam-xuc-phu-huynh")
    q_field.line.editingFinished.emit()
    assert editor.draft.get("/questions/0/follow_ups/0/ask") == "cam-xuc-phu-huynh"
    checked(qtbot, editor)
    assert editor.validator.last.errors == 0


def test_unsaved_changes_are_autosaved_and_offered_back(qtbot, asked: dict[str, list[Any]]) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    first = EditorWindow(Settings())
    qtbot.addWidget(first)
    first.open_copy(SOURCE)
    first.section("general").form.field("/title").line.setText("Bão số 6: thông báo nghỉ học đến muộn")
    assert first.isWindowModified()
    draft = files.draft_path(COPY_ID)
    qtbot.waitUntil(draft.exists, timeout=5000)  # autosaved a moment after the change
    assert json.loads(draft.read_text(encoding="utf-8"))["scenario"]["title"] == "Bão số 6: thông báo nghỉ học đến muộn"

    asked["answers"][0]["choose"] = "cancel"
    assert not first.close()  # the prompt on close: cancelled, nothing lost
    assert len(asked["choose"]) == 1
    # The app is killed now: the draft stays on disk.
    assert draft.exists()

    second = EditorWindow(Settings())
    qtbot.addWidget(second)
    assert second.open_copy(SOURCE)
    assert asked["confirm"]  # "restore the changes?" — yes
    assert second.draft.get("/title") == "Bão số 6: thông báo nghỉ học đến muộn"
    assert second.isWindowModified()

    asked["answers"][0]["choose"] = "save"
    assert second.close()  # the prompt saves
    assert (paths.user_scenarios_dir() / f"{COPY_ID}.json").exists()
    assert not draft.exists()
    first.draft.mark_saved()  # let the fixture close it quietly


def test_discarding_on_close_removes_the_draft(qtbot, editor: EditorWindow, asked: dict[str, list[Any]]) -> None:  # type: ignore[no-untyped-def]
    editor.open_new()
    editor.section("general").form.field("/title").line.setText("Cháy phòng thí nghiệm")
    assert editor.draft.get("/id") == "chay-phong-thi-nghiem"
    path = editor.autosave()
    assert path is not None and path.exists() and path.name == "new-scenario.json"
    asked["answers"][0]["choose"] = "discard"
    assert editor.close()
    assert not path.exists()
    assert not (paths.user_scenarios_dir() / "chay-phong-thi-nghiem.json").exists()


def test_a_saved_scenario_reopens_in_place_and_a_changed_id_renames_the_file(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    editor.open_copy(SOURCE)
    assert editor.save()
    first = editor.path
    assert first is not None
    editor.close()
    assert editor.open_file(first)
    assert editor.path == first and not editor.isWindowModified()
    general = editor.section("general").form
    general.field("/id").line.setText("thong-bao-nghi-hoc-muon")
    general.field("/id").line.editingFinished.emit()
    assert editor.save()  # asked whether to remove the old file: yes
    assert not first.exists()
    assert (paths.user_scenarios_dir() / "thong-bao-nghi-hoc-muon.json").exists()


def test_a_broken_file_is_refused_with_its_reason(qtbot, editor: EditorWindow, asked: dict[str, list[Any]]) -> None:  # type: ignore[no-untyped-def]
    broken = paths.user_scenarios_dir() / "hong.json"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text('{"id": "hong",\n"title": }', encoding="utf-8")
    assert not editor.open_file(broken)
    (text, detail) = asked["error"][0]
    assert "hong.json" in text and "dòng 2" in detail  # where the JSON breaks, in Vietnamese


def test_flow_preview_layout_and_broken_follow_ups(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    editor.open_copy(SOURCE)
    flow = editor.questions_page.flow
    questions = editor.draft.data["questions"]
    places = layout_rows(questions)
    mains = [i for i, q in enumerate(questions) if not q.get("follow_up_only")]
    assert [places[i] for i in mains] == [(0, r) for r in range(len(mains))]
    assert all(places[i][0] == 1 for i, q in enumerate(questions) if q.get("follow_up_only"))
    assert (0, 1) in [(e.source, e.target) for e in flow.edges]
    editor.nav.setCurrentRow(6)
    editor.show()
    editor.draft.set("/questions/0/follow_ups/0/ask", "khong-co")
    assert [e.target for e in flow.edges if e.source == 0] == [None]  # drawn as a red "?"
    assert 1 not in flow.reached  # nothing leads to the follow-up any more
    image = flow.grab().toImage()
    assert image.width() > 300 and image.height() > 200
    flow.clicked.emit(3)
    assert editor.section("questions").part.current_row() == 3


def test_try_this_question_scores_a_sample_answer_against_the_draft(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    editor.open_copy(SOURCE)
    editor.nav.setCurrentRow(6)
    questions = editor.section("questions")
    questions.part.select(0)
    model = questions.form.field("/model_answer")
    model.text_edit.setPlainText(
        "Chúng tôi xin lỗi phụ huynh vì thông báo đến quá muộn. 214 học sinh đã đến trường và các em đã về nhà an toàn; "
        "không em nào bị thương. Lịch học ngày mai sẽ được thông báo trước 17 giờ hôm nay."
    )
    dialog = editor.try_question(0)
    assert dialog is not None
    dialog.use_model_answer()  # the draft's model answer, as just edited
    assert dialog.answer.toPlainText().startswith("Chúng tôi xin lỗi phụ huynh")
    dialog.score()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10000)
    assert dialog.last_result is not None and dialog.last_result.overall >= 50
    assert dialog.table.rowCount() >= 4
    assert str(dialog.last_result.overall) in dialog.overall.text()
    principles = {dialog.table.item(r, 0).data(256) for r in range(dialog.table.rowCount())}
    assert "empathy" in principles
    assert not dialog.play()  # no speech service given: a notice instead
    assert dialog.notice.text()

    dialog.answer.setPlainText("Không bình luận.")
    dialog.score()
    qtbot.waitUntil(
        lambda: dialog.last_result is not None and dialog.last_result.answer_text == "Không bình luận.", timeout=10000
    )
    assert dialog.last_result.overall < 40


def test_try_is_refused_while_the_draft_has_errors(qtbot, editor: EditorWindow, asked: dict[str, list[Any]]) -> None:  # type: ignore[no-untyped-def]
    editor.open_copy(SOURCE)
    editor.draft.set("/questions/0/journalist", "khong-co-ai")
    assert editor.try_question(0) is None
    assert asked["info"]


@pytest.mark.audio
def test_try_this_question_speaks_it(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    from trainer.speech.service import SpeechService

    speech = SpeechService(engine="pyttsx3")
    try:
        editor.speech = speech
        editor.open_copy(SOURCE)
        dialog = editor.try_question(2)
        assert dialog is not None
        question_id = editor.draft.get("/questions/2/id")
        with qtbot.waitSignal(speech.started, timeout=30000) as blocker:
            assert dialog.play()
        assert blocker.args == [question_id]  # espeak-ng read it aloud
        dialog.close()
    finally:
        speech.shutdown()


def test_typing_the_text_of_a_question_others_lead_to(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    """Its automatic id follows the text, the follow-ups to it follow the id, the cursor stays put."""
    from PySide6.QtCore import Qt

    editor.open_new()
    editor.show()
    editor.nav.setCurrentRow(6)
    questions = editor.section("questions")
    form = questions.form
    questions.part.add()
    questions.part.add()
    form.field("/follow_up_only").box.setChecked(True)
    questions.part.select(0)
    form.follow_ups.add()
    assert editor.draft.get("/questions/0/follow_ups/0/ask") == "cau-hoi-2"
    questions.part.select(1)
    text = form.field("/text").text_edit
    text.setFocus()
    qtbot.keyClicks(text, "Why so late")
    assert text.toPlainText() == "Why so late"
    assert editor.draft.get("/questions/1/id") == "why-so-late"
    assert editor.draft.get("/questions/0/follow_ups/0/ask") == "why-so-late"
    qtbot.keyClick(text, Qt.Key.Key_Question)
    assert text.toPlainText() == "Why so late?"
