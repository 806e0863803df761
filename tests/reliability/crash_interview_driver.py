"""Drive a typed interview in the real app, for the crash test (run as a subprocess).

    python -m tests.reliability.crash_interview_driver answer SCENARIO_ID [STOP_AFTER] [--hold-commit N]
        creates a profile (first start), starts SCENARIO_ID and answers question after
        question, printing "asked", "submitting" and "committed" events; it never stops on
        its own before the interview ends: the test kills it. With STOP_AFTER, it stays on
        the feedback page of that answer (the app idle, the event loop turning). With
        --hold-commit N, the database thread stops inside the transaction that saves the
        N-th answer, after its scores are written and before the commit, and prints
        "in-transaction" (a SQLAlchemy event listener set up here; the app has no hook).
    python -m tests.reliability.crash_interview_driver resume SCENARIO_ID
        starts again, reports whether the start panel offers to resume SCENARIO_ID, resumes,
        reports the question it continues at, answers it and closes the window.

The data, settings and log folders come from TRAINER_DATA_DIR / _CONFIG_DIR / _LOG_DIR.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.reliability.crash_app_runner import emit, run_app, wait_until

#: The first answer is a stonewall (it draws a follow-up); the others are the model answers.
WEAK_FIRST_ANSWER = "Không bình luận."


def _click(button: Any) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _library_ready(w: Any, scenario_id: str) -> None:
    wait_until(lambda: w.state.trainee is not None and not w.loading and w.state.db is not None, 60, "the profile")
    wait_until(lambda: w.library.select_scenario(scenario_id), 30, f"scenario {scenario_id} in the library")
    wait_until(lambda: w.start_panel.start_button.isEnabled(), 30, "the start button")


def _question(w: Any) -> Any:
    view = w.practice.interview_view
    if w.pages.currentWidget() is w.practice and w.practice.currentWidget() is view and view.submit_button.isEnabled():
        return view.question
    return None


def _answer(w: Any, text: str, number: int) -> Any:
    """Type *text*, submit it and wait until the app says it is stored; returns the record."""
    controller = w.practice.controller
    stored: list[Any] = []
    controller.feedback_ready.connect(lambda _q, record, _last: stored.append(record))
    view = w.practice.interview_view
    view.answer.setFocus()
    view.answer.setPlainText(text)
    emit("submitting", number=number, question=view.question.id)
    _click(view.submit_button)
    record = wait_until(lambda: stored and stored[0], 30, "the answer to be stored")
    emit(
        "committed",
        number=number,
        question=record.question_id,
        answer=str(record.id),
        session=str(record.session_id),
        overall=record.overall,
        scores={s.principle: [s.status, s.score] for s in record.scores},
    )
    return record


def answer_until_killed(w: Any, scenario_id: str, stop_after: int = 0) -> None:
    _library_ready(w, scenario_id)
    _click(w.start_panel.start_button)
    number = 0
    while True:
        question = wait_until(
            lambda: _question(w) or w.practice.currentWidget() is w.practice.summary_view, 30, "the next question"
        )
        if question is True:
            emit("finished")  # the test should have killed the app before this
            w.close()
            return
        number += 1
        emit("asked", number=number, question=question.id, session=str(w.practice.controller.session.id))
        _answer(w, WEAK_FIRST_ANSWER if number == 1 else question.model_answer, number)
        if number == stop_after:
            emit("idle", number=number)
            wait_until(lambda: False, 3600, "the test to kill the app")
        _click(w.practice.feedback_view.next_button)


def resume_and_answer(w: Any, scenario_id: str) -> None:
    _library_ready(w, scenario_id)
    panel = w.start_panel
    wait_until(lambda: panel.resumable is not None, 30, "the offer to resume")
    emit(
        "offered",
        session=str(panel.resumable.id),
        status=panel.resumable.status,
        button_visible=panel.resume_button.isVisibleTo(w),
        button=panel.resume_button.text(),
    )
    before = w.practice.controller if w._practice is not None else None
    _click(panel.resume_button)
    question = wait_until(lambda: w.practice.controller is not before and _question(w), 30, "the resumed question")
    controller = w.practice.controller
    emit(
        "resumed",
        question=question.id,
        session=str(controller.session.id),
        turns=[t.question.id for t in controller.interview.turns],
    )
    _answer(w, question.model_answer, len(controller.interview.turns) + 1)
    w.close()


def hold_commit(number: int) -> None:
    """Stop the database thread before committing the *number*-th answer."""
    from sqlalchemy import Engine, event

    seen = {"answers": 0}

    def after(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        text = statement.lstrip()
        if text.startswith("INSERT INTO answers"):
            seen["answers"] += 1
        elif text.startswith("INSERT INTO principle_scores") and seen["answers"] == number:
            emit("in-transaction", number=number)
            while True:
                time.sleep(1)

    event.listen(Engine, "after_cursor_execute", after)


if __name__ == "__main__":
    mode, scenario = sys.argv[1], sys.argv[2]
    if "--hold-commit" in sys.argv:
        at = sys.argv.index("--hold-commit")
        hold_commit(int(sys.argv[at + 1]))
        del sys.argv[at : at + 2]
    if mode == "answer":
        stop_after = int(sys.argv[3]) if len(sys.argv) > 3 else 0
        sys.exit(run_app(["--lang", "vi"], lambda w: answer_until_killed(w, scenario, stop_after)))
    sys.exit(run_app(["--lang", "vi"], lambda w: resume_and_answer(w, scenario)))
