"""Fault: the speech engine crashes in the middle of a question, during a real interview.

The real main window, the real speech service with pyttsx3 + espeak-ng in its worker
process; the worker is killed with SIGKILL while it synthesises the question being asked
(the questions are made long, so that their synthesis lasts long enough to be interrupted).
The interview must go on: the question's text is on screen with a notice saying what to
do, Replay and the next question restart the engine and speak, an engine that keeps
crashing turns the interview to text only with a notice; never a hang, a traceback or a
GUI-thread stall over 50 ms caused by the app.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.reliability.media_support import (
    StallWatch,
    answer_typed,
    kill_mid_synthesis,
    lengthen_questions,
    needs_espeak,
    next_question,
    open_window,
    scenario_data,
    start_interview,
    tracebacks,
    warm,
    write_scenario,
)
from trainer.storage import answers as answer_store
from trainer.storage import sessions as session_store
from trainer.storage.engine import open_database
from trainer.ui.main_window import MainWindow

pytestmark = [pytest.mark.audio, needs_espeak()]


@pytest.fixture
def window(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    folder = tmp_path / "library"
    folder.mkdir()
    short = getattr(request, "param", "") == "short questions"
    write_scenario(folder, scenario_data() if short else lengthen_questions(scenario_data()))
    w = open_window(qtbot, folder, monkeypatch)
    scenario = w.library.selected_scenario()
    assert scenario is not None
    # every question pre-synthesised while she reads the briefing; then the cache is emptied, so
    # that each question of the interview is synthesised when it is asked (and can be interrupted)
    qtbot.waitUntil(lambda: w.speech.prepared == (len(scenario.questions),) * 2, timeout=60000)
    w.speech.cache.clear()
    yield w
    w.close()


def heard(w: MainWindow) -> list[str]:
    spoken: list[str] = []
    w.speech.started.connect(spoken.append)
    return spoken


def notice(w: MainWindow) -> str:
    label = w.practice.interview_view.speech_notice
    return label.text() if label.isVisibleTo(w) else ""


def test_the_engine_killed_mid_question_leaves_the_text_a_notice_and_speech_for_the_next(
    qtbot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    w, engine = window, window.speech.file_engine
    view = w.practice.interview_view
    spoken = heard(w)
    failed: list[str] = []
    failed_at: list[float] = []
    w.speech.failed.connect(lambda qid, _e: (failed.append(qid), failed_at.append(time.monotonic())))
    watch = StallWatch()  # the GUI thread, from each click to the speech's outcome (answering is not timed)

    kill = kill_mid_synthesis(engine)
    with watch.watching():
        start_interview(qtbot, w)
        first = view.question
        assert first is not None
        qtbot.waitUntil(kill.done.is_set, timeout=30000)
        assert not kill.error, kill.error
        qtbot.waitUntil(lambda: failed == [first.id], timeout=5000)  # at once: no wait for the 10 s timeout
        qtbot.wait(300)
    answer_delay = failed_at[0] - kill.at
    # the question is on screen, a notice says what happened and what to do, typing works
    assert view.question_label.text() == first.text
    assert "Nghe lại câu hỏi" in notice(w) or "Replay question" in notice(w)
    assert view.answer.isEnabled() and view.replay_button.isEnabled() and spoken == []

    # Replay restarts the engine and speaks the question; the notice goes
    with watch.watching():
        qtbot.mouseClick(view.replay_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: spoken == [first.id], timeout=20000)
        qtbot.wait(300)
    assert engine.pid not in (None, kill.pid) and engine.starts == 2
    assert notice(w) == ""

    # killed again in the middle of the second question; she answers it in writing
    answer_typed(qtbot, w, first.model_answer)
    second_kill = kill_mid_synthesis(engine)
    with watch.watching():
        next_question(qtbot, w)
        second = view.question
        assert second is not None and second.id != first.id
        qtbot.waitUntil(second_kill.done.is_set, timeout=30000)
        assert not second_kill.error, second_kill.error
        qtbot.waitUntil(lambda: failed == [first.id, second.id], timeout=5000)
        qtbot.wait(300)
    assert view.question_label.text() == second.text and notice(w)
    answer_typed(qtbot, w, second.model_answer)

    # the next question starts a fresh engine by itself and is spoken, without a notice
    with watch.watching():
        next_question(qtbot, w)
        third = view.question
        assert third is not None
        qtbot.waitUntil(lambda: spoken[-1:] == [third.id], timeout=20000)
        qtbot.wait(300)
    assert engine.starts == 3 and notice(w) == ""
    assert w.speech.status.state == "ready"
    assert answer_delay < 1.0
    assert watch.app_stalls() == [], watch.stalls
    assert tracebacks(caplog) == []
    print(f"\nkilled → failure handled in {answer_delay * 1000:.0f} ms; longest GUI gap {watch.max_gap_ms:.0f} ms")


def test_an_engine_that_keeps_crashing_turns_the_interview_to_text_only_and_it_goes_on(
    qtbot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    w, engine = window, window.speech.file_engine
    view = w.practice.interview_view
    failed: list[str] = []
    w.speech.failed.connect(lambda qid, _e: failed.append(qid))
    watch = StallWatch()
    asked: list[str] = []
    kill = kill_mid_synthesis(engine)
    for n in range(3):  # three questions in a row: the engine dies each time
        with watch.watching():
            if n == 0:
                start_interview(qtbot, w)
            else:
                next_question(qtbot, w)
            question = view.question
            assert question is not None
            asked.append(question.id)
            qtbot.waitUntil(kill.done.is_set, timeout=30000)
            assert not kill.error, kill.error
            qtbot.waitUntil(lambda: failed == asked, timeout=5000)
            qtbot.wait(300)
        assert view.question_label.text() == question.text and notice(w)
        answer_typed(qtbot, w, question.model_answer)
        if n < 2:
            warm(qtbot, engine)  # the crashing engine, started again
            kill = kill_mid_synthesis(engine)
    # three crashes in a row: text only, said once, for the rest of the interview
    starts = engine.starts
    while w.practice.currentWidget() is not w.practice.summary_view:
        with watch.watching():
            next_question(qtbot, w)
        if w.practice.currentWidget() is w.practice.summary_view:
            break
        status = w.speech.status
        assert status.state == "text_only" and status.reason == "engine_failed"
        assert "chỉ hiển thị dưới dạng chữ" in notice(w) and "buổi phỏng vấn tiếp theo" in notice(w)  # what to do
        assert not view.replay_button.isEnabled()
        question = view.question
        assert question is not None and view.question_label.text() == question.text
        asked.append(question.id)
        answer_typed(qtbot, w, question.model_answer)
    assert len(asked) > 3 and engine.starts == starts  # text only: no more tries in this interview
    assert watch.app_stalls() == [], watch.stalls
    assert tracebacks(caplog) == []
    print(f"\n{len(asked)} questions, 3 crashes; longest GUI gap {watch.max_gap_ms:.0f} ms")

    db = open_database(None, upgrade=False)
    try:
        assert w.state.trainee is not None
        (session,) = session_store.list_sessions(db, w.state.trainee.id)
        assert session.status == "completed"
        assert [r.question_id for r in answer_store.list_answers(db, session.id)] == asked
    finally:
        db.close()

    # the next interview tries speech again, and it works (the engine no longer crashes)
    spoken = heard(w)
    qtbot.mouseClick(w.practice.summary_view.again_button, Qt.MouseButton.LeftButton)
    start_interview(qtbot, w)
    first = view.question
    assert first is not None
    qtbot.waitUntil(lambda: spoken == [first.id], timeout=30000)
    assert w.speech.status.state == "ready" and notice(w) == ""


@pytest.mark.parametrize("window", ["short questions"], indirect=True)
def test_the_engine_killed_while_a_question_plays_changes_nothing_now_and_the_next_is_spoken(
    qtbot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    """The worker only synthesises; the playing question is Qt's: it plays to its end. The
    next question (not cached) is synthesised by a fresh worker."""
    w, engine = window, window.speech.file_engine
    view = w.practice.interview_view
    spoken = heard(w)
    finished: list[str] = []
    w.speech.finished.connect(finished.append)
    start_interview(qtbot, w)
    first = view.question
    assert first is not None
    qtbot.waitUntil(lambda: spoken == [first.id], timeout=20000)
    victim = engine.pid
    assert victim is not None
    os.kill(victim, signal.SIGKILL)  # while the question is being heard
    qtbot.waitUntil(lambda: finished == [first.id], timeout=30000)  # played to its end
    assert notice(w) == ""
    answer_typed(qtbot, w, first.model_answer)
    next_question(qtbot, w)
    second = view.question
    assert second is not None
    qtbot.waitUntil(lambda: spoken[-1:] == [second.id], timeout=20000)
    assert engine.pid not in (None, victim) and notice(w) == ""
    assert tracebacks(caplog) == []
