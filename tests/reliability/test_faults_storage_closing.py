"""Closing the window while an answer is still being saved (a real second process holds the
SQLite lock, the real window is closed): a submitted answer is never lost.

The window waits with *Saving your answer* and closes itself once the answer is stored
(*Don't close* goes back); *Close without waiting*, a save that finally fails, or an
answer left in the box after a failed save is kept in a file in the data folder (JSON,
NFC) and put back in the box when the interview is resumed; the app ending without the
window closing keeps it too; only when no file can be written is she asked, with the
answer shown to copy.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.reliability.storage_app import (
    TYPED,
    Boxes,
    answer_and_go_on,
    ready,
    saved_answers,
    start,
    type_and_submit,
)
from tests.reliability.storage_faults import locked_by_another_process, read_only
from trainer import paths
from trainer.ui import kept_answers
from trainer.ui import practice as practice_module
from trainer.ui.closing import SavingDialog
from trainer.ui.main_window import MainWindow

RETRY_NOTICE = "The progress database is busy (another program is writing to it). Your answer is kept; trying again…"


def saving_dialog(w: MainWindow) -> SavingDialog:
    dialog = w.findChild(SavingDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def locked_interview(qtbot, windows) -> tuple[MainWindow, Path]:  # type: ignore[no-untyped-def]
    w = windows()
    ready(qtbot, w)
    start(qtbot, w)
    assert w.state.db is not None and w.state.db.sqlite_path is not None
    return w, w.state.db.sqlite_path


def a_failed_save(qtbot, windows, boxes: Boxes, monkeypatch: pytest.MonkeyPatch) -> tuple[MainWindow, Path]:  # type: ignore[no-untyped-def]
    """An answer whose save failed (a lock held longer than the retries): it waits in the box."""
    monkeypatch.setattr(practice_module, "BUSY_RETRY_S", 1.0)
    w, path = locked_interview(qtbot, windows)
    with locked_by_another_process(path, 7, "IMMEDIATE"):
        type_and_submit(qtbot, w, TYPED)
        qtbot.waitUntil(lambda: bool(boxes.shown), timeout=15000)
    assert boxes.titles() == ["Your answer could not be saved"]  # the page's box: the answer is in the box
    return w, path


def kept_file(w: MainWindow) -> Path:
    c = w.practice.controller
    assert c is not None and c.session is not None
    return paths.data_dir() / "unsaved-answers" / f"{c.session.id}.json"


def read_kept(path: Path, w: MainWindow) -> dict[str, object]:
    raw = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    data = json.loads(raw)
    c = w.practice.controller
    assert c is not None and c.session is not None and w.state.trainee is not None
    assert data["format"] == "media-response-trainer/unsaved-answer" and data["version"] == 1
    assert data["session_id"] == str(c.session.id) and data["trainee_id"] == str(w.state.trainee.id)
    assert data["scenario_id"] == c.scenario.id and data["input_mode"] == "typed"
    assert data["question_id"] == w.practice.interview_view.question.id  # type: ignore[union-attr]
    return dict(data)


def test_closing_while_a_locked_save_is_retried_waits_and_closes_itself_once_the_answer_is_saved(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes
) -> None:
    w, path = locked_interview(qtbot, windows)
    with locked_by_another_process(path, 9, "EXCLUSIVE"):
        type_and_submit(qtbot, w, TYPED)
        view = w.practice.interview_view
        qtbot.waitUntil(lambda: view.save_notice.text() == RETRY_NOTICE, timeout=15000)  # retrying
        assert not w.close()  # the window stays open while the answer is saved
        dialog = saving_dialog(w)
        assert dialog.windowTitle() == "Saving your answer"
        assert dialog.status.text().startswith(
            "The progress database is busy (another program is writing to it); trying again…"
        ) or dialog.status.text().startswith("Saving…")
        qtbot.mouseClick(dialog.stay_button, Qt.MouseButton.LeftButton)  # "Don't close": back to the window
        qtbot.waitUntil(lambda: w.findChild(SavingDialog) is None, timeout=5000)
        assert w.isVisible()
        assert not w.close()  # and again: this time she waits
        saving_dialog(w)
        qtbot.waitUntil(lambda: not w.isVisible(), timeout=30000)  # saved, then closed by itself
    assert saved_answers(path) == [TYPED]
    assert not kept_file(w).exists()
    assert boxes.shown == []


def test_closing_without_waiting_keeps_the_answer_and_resuming_puts_it_back_in_the_box(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes
) -> None:
    w, path = locked_interview(qtbot, windows)
    asked = w.practice.interview_view.question
    assert asked is not None
    with locked_by_another_process(path, 14, "IMMEDIATE") as holder:
        type_and_submit(qtbot, w, unicodedata.normalize("NFD", TYPED))  # (typed decomposed: kept NFC)
        qtbot.waitUntil(lambda: w.practice.interview_view.save_notice.isVisible(), timeout=15000)
        assert not w.close()
        qtbot.mouseClick(saving_dialog(w).close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not w.isVisible(), timeout=15000)
        kept = kept_file(w)
        assert read_kept(kept, w)["text"] == TYPED
        assert holder.stdout is not None and holder.stdout.readline().strip() == "released"
    assert saved_answers(path) == []  # the try running at the close ended before the lock did: not stored
    assert boxes.shown == []

    w2 = windows()  # the next day
    ready(qtbot, w2)
    qtbot.waitUntil(lambda: w2.start_panel.resume_button.isVisible(), timeout=10000)
    qtbot.mouseClick(w2.start_panel.resume_button, Qt.MouseButton.LeftButton)
    view = w2.practice.interview_view
    qtbot.waitUntil(lambda: view.question == asked and w2.practice.isEnabled(), timeout=10000)
    assert view.answer.toPlainText() == TYPED
    assert view.save_notice.text() == (
        "Your answer to this question could not be saved before the app closed; it is back in the box. "
        "Check it, then submit it."
    )
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w2.practice.currentWidget() is w2.practice.feedback_view, timeout=10000)
    assert saved_answers(path) == [TYPED]
    assert not kept.exists()  # stored: the file has done its work
    w2.close()


def test_a_save_that_fails_while_the_close_waits_is_kept_and_said_and_the_window_closes(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(practice_module, "BUSY_RETRY_S", 1.0)  # give up after the first wait (5 s)
    w, path = locked_interview(qtbot, windows)
    with locked_by_another_process(path, 8, "IMMEDIATE"):
        type_and_submit(qtbot, w, TYPED)
        assert not w.close()  # closed at once, while the first try waits
        assert saving_dialog(w).status.text() == "Saving… (0 s)"
        qtbot.waitUntil(lambda: not w.isVisible(), timeout=15000)
    kept = kept_file(w)
    assert read_kept(kept, w)["text"] == TYPED
    ((kind, title, text, detail),) = boxes.shown  # said once (not the page's own box as well)
    assert (kind, title) == ("info", "Your answer could not be saved")
    assert text == (
        "The progress database is busy: another program, or a second window of this app, is writing to it. "
        f"The answer has been kept in {kept} and will be back in the answer box when you resume this interview."
    )
    assert detail.startswith("Wait a moment, then try again.")
    assert saved_answers(path) == []


def test_an_answer_left_in_the_box_after_a_failed_save_is_kept_when_the_window_closes(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    w, path = a_failed_save(qtbot, windows, boxes, monkeypatch)
    w.practice.interview_view.answer.setPlainText(TYPED + " Xin cảm ơn.")  # she added to it
    assert w.close()  # no dialog: nothing is being saved
    assert read_kept(kept_file(w), w)["text"] == TYPED + " Xin cảm ơn."
    assert boxes.titles() == ["Your answer could not be saved"]
    assert saved_answers(path) == []


def test_the_app_ending_without_the_window_closing_keeps_an_answer_being_saved(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes
) -> None:
    w, path = locked_interview(qtbot, windows)
    with locked_by_another_process(path, 8, "EXCLUSIVE"):
        type_and_submit(qtbot, w, TYPED)
        w.shutdown()  # what app.py does once the event loop has ended (the app quit, the session ended)
        assert read_kept(kept_file(w), w)["text"] == TYPED
    assert boxes.shown == []
    assert saved_answers(path) == []


def test_when_no_file_can_keep_the_answer_she_is_asked_and_shown_it_to_copy(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    w, path = a_failed_save(qtbot, windows, boxes, monkeypatch)
    folders = [paths.data_dir() / "unsaved-answers", paths.config_dir() / "unsaved-answers"]
    for folder in folders:
        folder.mkdir(parents=True)
    boxes.on_choose = lambda n: "stay" if n == 1 else "close"
    with read_only(folders[0]), read_only(folders[1]):
        assert not w.close()  # "Don't close"
        assert w.isVisible() and w.practice.interview_view.answer.toPlainText() == TYPED
        _kind, title, text, detail = boxes.shown[1]
        assert title == "Your answer could not be kept"
        assert text.startswith("Your last answer is not saved yet, and it could not be kept in a file either (")
        assert text.endswith("If you close now, it is lost.")
        assert detail == "Copy it now if you need it:\n\n" + TYPED
        assert w.close()  # "Close anyway"
    assert len(boxes.shown) == 3
    assert [list(folder.iterdir()) for folder in folders] == [[], []]
    assert saved_answers(path) == []


def test_a_kept_answer_already_stored_is_not_offered_and_a_second_try_at_an_answered_question_is_shown(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes
) -> None:
    """What the resume does with a kept answer that is not for the question asked next: one a
    try stored after all is removed; a second answer to a question already answered (it cannot
    be asked again) is shown, with where its file is, and no longer offered."""
    w, path = locked_interview(qtbot, windows)
    first = w.practice.interview_view.question
    assert first is not None
    answer_and_go_on(qtbot, w, TYPED)
    c = w.practice.controller
    assert c is not None and c.session is not None and w.state.trainee is not None
    session_id, trainee_id = str(c.session.id), str(w.state.trainee.id)
    w.close()

    def kept(text: str) -> Path:
        answer = kept_answers.KeptAnswer(session_id, trainee_id, c.scenario.id, first.id, first.text, text)
        stored = kept_answers.keep(answer, paths.data_dir()).path
        assert stored is not None
        return stored

    def resume() -> MainWindow:
        again = windows()
        ready(qtbot, again)
        qtbot.waitUntil(lambda: again.start_panel.resume_button.isVisible(), timeout=10000)
        qtbot.mouseClick(again.start_panel.resume_button, Qt.MouseButton.LeftButton)
        view = again.practice.interview_view
        qtbot.waitUntil(lambda: view.question is not None and view.question != first, timeout=10000)
        return again

    stored_file = kept(TYPED)  # as if the try running at the close had stored it
    w2 = resume()
    assert w2.practice.interview_view.answer.toPlainText() == "" and not stored_file.exists()
    assert boxes.shown == []
    w2.close()

    second_try = kept("Câu trả lời lần hai, chưa lưu.")
    w3 = resume()
    ((kind, title, text, detail),) = boxes.shown
    assert (kind, title) == ("info", "An answer was not saved")
    assert text == (
        f"Your second answer to “{first.text}” could not be saved before the app closed. That question already "
        "has a saved answer, so it is not asked again."
    )
    (shown,) = second_try.parent.glob(f"{session_id}-shown-*.json")
    assert detail == f"The answer is kept in {shown}: “Câu trả lời lần hai, chưa lưu.”"
    assert not second_try.exists() and kept_answers.find(session_id, paths.data_dir()) is None
    assert w3.practice.interview_view.answer.toPlainText() == ""
    assert saved_answers(path) == [TYPED]
    w3.close()
