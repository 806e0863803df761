"""A whole practice session in the real window: real scorer, real SQLite file, typed answers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from trainer import paths
from trainer.settings import Settings
from trainer.storage import answers as answer_store
from trainer.storage import sessions as session_store
from trainer.storage import trainees
from trainer.storage.engine import open_database
from trainer.ui import messages
from trainer.ui.application import create_application
from trainer.ui.feedback_view import BAD, GOOD
from trainer.ui.main_window import MainWindow
from trainer.ui.profile_dialog import ProfileDialog

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = "ngo-doc-thuc-pham-ban-tru"


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bundled"
    folder.mkdir()
    shutil.copy(ROOT / "scenarios" / f"{SCENARIO}.json", folder)
    monkeypatch.setenv("TRAINER_BUNDLED_SCENARIOS", str(folder))
    return folder


@pytest.fixture
def speech(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Default None: the window builds its real speech service (espeak-ng through pyttsx3).
    With the parameter "broken": a real service whose engine cannot start."""
    if getattr(request, "param", None) != "broken":
        yield None
        return
    from trainer.speech.pyttsx3_engine import Pyttsx3Engine
    from trainer.speech.service import SpeechService

    service = SpeechService(engine="pyttsx3", file_engine=Pyttsx3Engine(driver="no-such-driver"))
    yield service
    service.shutdown()


@pytest.fixture
def window(qtbot, library: Path, monkeypatch: pytest.MonkeyPatch, speech: object):  # type: ignore[no-untyped-def]
    """The app as a first-time user starts it: a new database, one profile created."""

    def create_profile(db, parent=None, current=None):  # type: ignore[no-untyped-def]
        return trainees.create_trainee(db, "Nguyễn Thị Lan", unit="Trường Tiểu học Hòa An", role="Hiệu trưởng")

    monkeypatch.setattr(ProfileDialog, "ask", staticmethod(create_profile))
    create_application(["test"], language="vi")
    w = MainWindow(settings=Settings(), speech=speech)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.state.trainee is not None and not w.loading and w.speech is not None, timeout=10000)
    assert w.library.select_scenario(SCENARIO)
    yield w
    w.close()


def answer(qtbot, w: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    view = w.practice.interview_view
    view.answer.setFocus()
    view.answer.setPlainText(text)
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.practice.currentWidget() is w.practice.feedback_view, timeout=10000)


def current_question(w: MainWindow) -> str:
    q = w.practice.interview_view.question
    return q.id if q else ""


def start(qtbot, w: MainWindow, difficulty: int = 1) -> None:  # type: ignore[no-untyped-def]
    w.start_panel.difficulty.setCurrentIndex(difficulty - 1)
    qtbot.mouseClick(w.start_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: w.practice.currentWidget() is w.practice.interview_view and bool(current_question(w)), timeout=10000
    )


def test_a_full_interview_with_a_follow_up(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = window
    scenario = w.library.selected_scenario()
    assert scenario is not None and scenario.id == SCENARIO
    spoken: list[str] = []
    w.speech.started.connect(spoken.append)
    start(qtbot, w)
    assert current_question(w) == "mo-dau"
    qtbot.waitUntil(lambda: spoken == ["mo-dau"], timeout=30000)  # read aloud by espeak-ng
    assert not w.practice.interview_view.speech_notice.isVisibleTo(w)
    assert "1" in w.practice.interview_view.progress.text()
    assert w.practice.interview_view.key_messages.isVisibleTo(w)  # beginner: key messages stay visible

    # A deliberately weak first answer: no empathy, a flat refusal.
    answer(qtbot, w, "Không bình luận.")
    fb = w.practice.feedback_view
    assert BAD in fb.answer_view.toHtml()  # the refusal is highlighted as a problem
    assert fb.findChild(object, "bar_empathy") is not None
    assert int(fb.overall.text().split("'>")[1].split("<")[0]) < 40
    qtbot.mouseClick(fb.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current_question(w) == "cam-xuc-phu-huynh", timeout=5000)
    assert (
        "follow-up" in w.practice.interview_view.progress.text() or "hỏi" in w.practice.interview_view.progress.text()
    )

    # Every other question answered with its model answer.
    seen = ["mo-dau"]
    while w.practice.currentWidget() is w.practice.interview_view:
        q = w.practice.interview_view.question
        assert q is not None
        seen.append(q.id)
        answer(qtbot, w, q.model_answer)
        assert GOOD in fb.answer_view.toHtml()
        qtbot.mouseClick(fb.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.practice.currentWidget() is not w.practice.feedback_view, timeout=5000)
    assert w.practice.currentWidget() is w.practice.summary_view
    assert seen[:3] == ["mo-dau", "cam-xuc-phu-huynh", "nguyen-nhan"]
    summary_text = w.practice.summary_view.text.toPlainText()
    assert "Không bình luận." in summary_text  # named as the answer to work on

    # Everything is in the database, committed.
    db = open_database(None, upgrade=False)
    try:
        assert w.state.trainee is not None
        (session,) = session_store.list_sessions(db, w.state.trainee.id)
        assert session.status == "completed"
        records = answer_store.list_answers(db, session.id)
        assert [r.question_id for r in records] == seen
        assert records[0].overall < records[1].overall
        assert records[0].score("no_stonewalling").status == "missed"
        assert {s.principle for s in records[0].scores} >= {"empathy", "facts", "privacy"}
    finally:
        db.close()


def test_answer_again_and_abandon_then_resume(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    w = window
    start(qtbot, w, difficulty=2)
    first = w.practice.interview_view.question
    assert first is not None
    assert w.practice.interview_view.clock.text()  # intermediate: the answer clock runs
    answer(qtbot, w, "Chúng tôi đang xem xét.")
    qtbot.mouseClick(w.practice.feedback_view.again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.practice.currentWidget() is w.practice.interview_view, timeout=5000)
    assert current_question(w) == first.id  # the same question again
    answer(qtbot, w, first.model_answer)
    qtbot.mouseClick(w.practice.feedback_view.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current_question(w) == "nguyen-nhan", timeout=5000)

    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(w.practice.interview_view.abandon_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.library_page, timeout=5000)
    qtbot.waitUntil(lambda: w.start_panel.resumable is not None, timeout=5000)
    assert w.start_panel.resume_button.isVisibleTo(w)

    before = w.practice.controller
    qtbot.mouseClick(w.start_panel.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: w.practice.controller is not before and w.practice.controller.session is not None, timeout=5000
    )
    assert w.practice.currentWidget() is w.practice.interview_view
    assert current_question(w) == "nguyen-nhan"
    # Resumed after the first question: its better (second) attempt counts, no follow-up.
    assert w.practice.controller is not None
    assert [t.question.id for t in w.practice.controller.interview.turns] == [first.id]


def test_profile_dialog_creates_a_profile(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    db = open_database(str(paths.data_dir() / "p.sqlite3"))
    try:
        dialog = ProfileDialog(db)
        qtbot.addWidget(dialog)
        assert not dialog.existing_box.isVisibleTo(dialog)  # first run: nobody yet
        assert not dialog.ok.isEnabled()
        dialog.name.setText("Trần Văn Bình")  # QTest.keyClicks types ASCII only
        dialog.unit.setText("Phòng Văn hóa – Xã hội phường Đông Hòa")
        assert dialog.ok.isEnabled()
        dialog.accept()
        assert dialog.chosen is not None and dialog.chosen.display_name == "Trần Văn Bình"
        (person,) = trainees.list_trainees(db)
        assert person.unit == "Phòng Văn hóa – Xã hội phường Đông Hòa"
        again = ProfileDialog(db)
        qtbot.addWidget(again)
        assert again.existing.count() == 1
    finally:
        db.close()


@pytest.mark.parametrize("speech", ["broken"], indirect=True)
def test_text_only_when_the_speech_engine_fails(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = window
    start(qtbot, w)
    view = w.practice.interview_view
    qtbot.waitUntil(lambda: view.speech_notice.isVisibleTo(w), timeout=30000)
    assert "chỉ hiển thị dưới dạng chữ" in view.speech_notice.text()  # "shown as text only", in Vietnamese
    assert not view.replay_button.isEnabled()
    assert view.question_label.text() == view.question.text  # the question is there to read
    answer(qtbot, w, view.question.model_answer)  # and the interview goes on
    assert w.practice.currentWidget() is w.practice.feedback_view


def test_feedback_only_at_the_end_then_every_answer_reviewable(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = window
    w.practice.feedback_each_answer = False
    start(qtbot, w)
    view = w.practice.interview_view
    asked = 0
    while w.practice.currentWidget() is not w.practice.summary_view:
        qtbot.waitUntil(
            lambda: w.practice.currentWidget() is w.practice.summary_view or view.submit_button.isEnabled(),
            timeout=10000,
        )
        if w.practice.currentWidget() is w.practice.summary_view:
            break
        assert w.practice.currentWidget() is view  # never the feedback page in between
        q = view.question
        assert q is not None
        view.answer.setPlainText(q.model_answer)
        view.submit()
        asked += 1
    summary = w.practice.summary_view
    assert summary.answers.count() == asked
    summary.answers.setCurrentRow(2)
    summary.answer_chosen.emit(2)
    fb = w.practice.feedback_view
    assert w.practice.currentWidget() is fb
    assert not fb.again_button.isVisibleTo(w)
    qtbot.mouseClick(fb.next_button, Qt.MouseButton.LeftButton)
    assert w.practice.currentWidget() is summary

    # Back in the library, the table shows the best score of the scenario just practised.
    qtbot.mouseClick(summary.back_button, Qt.MouseButton.LeftButton)
    model = w.library.model
    column = model.COLUMNS.index("best")
    qtbot.waitUntil(lambda: model.data(model.index(0, column)) != "—", timeout=5000)
    assert int(model.data(model.index(0, column))) >= 80
