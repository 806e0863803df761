"""The presenter screen: large type that scales with the screen, the countdown, no score
until the trainer reveals it, and full screen on the second screen when there is one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtCore import Qt

from trainer.content.loader import load_scenario
from trainer.domain.scenario import Scenario
from trainer.storage.records import AnswerRecord, ScoreRecord
from trainer.storage.workshops import WorkshopAnswer
from trainer.ui.application import create_application
from trainer.ui.workshop.presenter import PresenterView, PresenterWindow, clock_text, presenter_screen
from trainer.ui.workshop.turns import Stage

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json"


@pytest.fixture
def scenario() -> Scenario:
    create_application(["test"], language="en")
    return load_scenario(SCENARIO)


def score(principle: str, value: int | None, status: str, *, reviewed_from: int | None = None) -> ScoreRecord:
    return ScoreRecord(
        principle, status, value, 1.0, "", "", (), status if reviewed_from is None else "missed",
        value if reviewed_from is None else reviewed_from, uuid4() if reviewed_from is not None else None,
    )  # fmt: skip


def answered(text: str, overall: int, scores: tuple[ScoreRecord, ...]) -> WorkshopAnswer:
    from trainer.domain.result import Ladder

    record = AnswerRecord(
        id=uuid4(), session_id=uuid4(), question_id="mo-dau", question_text="Chuyện gì đã xảy ra?",
        question_kind="opening", answer_text=text, input_mode="typed", audio_path=None, latency_ms=None,
        duration_ms=1000, asked_at=None, answered_at=datetime.now(UTC), language="vi", overall=overall,
        ladder=Ladder(1, "knows", ""), missing_key_messages=(), missing_facts=(), notices=(), scores=scores,
    )  # fmt: skip
    return WorkshopAnswer(record, uuid4(), "Trần Văn Bình", "", "s", "Ngộ độc", ())


def test_a_question_for_the_room(qtbot, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    view = PresenterView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    q = scenario.question("mo-dau")
    stage = Stage(
        workshop="Tập huấn", scenario_title=scenario.title, phase="ready", trainee_name="Lê Thu Hà",
        journalist=scenario.journalist(q.journalist), question_text=q.text, turn_number=3, time_limit_s=90,
    )  # fmt: skip
    view.show_stage(stage)
    assert view.question.text() == q.text and view.question.isVisible()
    assert view.speaker.text() == "Answering: Lê Thu Hà"
    assert "Turn 3" in view.header.text() and scenario.title in view.header.text()
    assert scenario.journalist(q.journalist).name in view.journalist.text()
    assert not view.scores.isVisible() and not view.answer.isVisible() and not view.big.isVisible()
    assert view.question.font().pixelSize() >= 1080 // 22 * 1.4  # reads from the back of the room
    view.set_clock(89.2, running=True)
    assert view.clock.text() == "1:30"
    view.set_clock(9.5, running=True)
    assert view.clock.text() == "0:10" and "#ff6b5b" in view.clock.styleSheet()
    view.set_clock(-3, running=True)
    assert view.clock.text() == "Time is up"
    # Smaller screen, smaller type: everything follows the height.
    big = view.question.font().pixelSize()
    view.resize(960, 540)
    assert view.question.font().pixelSize() < big


def test_scores_only_when_revealed(qtbot, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    view = PresenterView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    wa = answered(
        "Chúng tôi rất lo lắng cho các em.",
        57,
        (
            score("empathy", 90, "met"),
            score("facts", 70, "partly", reviewed_from=30),
            score("bridging", None, "not_applicable"),
        ),
    )
    base = Stage(
        workshop="Tập huấn", scenario_title=scenario.title, phase="answered", trainee_name=wa.trainee_name,
        question_text=wa.answer.question_text, answer_text=wa.answer.answer_text,
    )  # fmt: skip
    view.show_stage(base)
    assert view.answer.isVisible() and view.answer.text() == wa.answer.answer_text
    assert view.speaker.text() == "Answered by Trần Văn Bình"
    assert not view.scores.isVisible() and view.overall.text() == ""
    assert view.findChild(object, "presenterBar_empathy") is None
    assert view.clock.text() == ""

    from dataclasses import replace

    view.show_stage(replace(base, revealed=wa))
    assert view.scores.isVisible() and ">57<" in view.overall.text()
    assert view.findChild(object, "presenterBar_empathy").value() == 90  # type: ignore[union-attr]
    assert view.findChild(object, "presenterBar_bridging") is None  # not applicable: no bar
    labels = [w.text() for w in view.scores.findChildren(type(view.overall))]
    assert "70 · partly ✎" in labels  # the trainer's override, marked as such
    view.show_stage(base)  # hidden again
    assert not view.scores.isVisible()


def test_between_turns_and_at_the_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="en")
    view = PresenterView()
    qtbot.addWidget(view)
    view.show()
    view.show_stage(Stage(workshop="Tập huấn", scenario_title="Ngộ độc", phase="idle", next_name="Lê Thu Hà"))
    assert view.big.isVisible() and "Lê Thu Hà" in view.big.text() and "Next to answer" in view.big.text()
    assert not view.question.isVisible()
    view.show_stage(Stage(workshop="Tập huấn", scenario_title="Ngộ độc", phase="finished", answers=12))
    assert "Thank you!" in view.big.text() and "12 answers in this run." in view.big.text()
    assert clock_text(0.2) == "0:01" and clock_text(125) == "2:05"


def test_presenter_window_on_one_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="en")
    screen, own = presenter_screen(None)
    assert screen is not None and not own  # one screen: the trainer's own
    window = PresenterWindow()
    qtbot.addWidget(window)
    window.show_on(screen, full_screen=False)
    assert window.isVisible() and not window.isFullScreen()
    window.toggle_full_screen()
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.close()
    assert closed == [True]


SECOND_SCREEN = r"""
import sys
from pathlib import Path
from trainer.content.loader import load_scenario
from trainer.domain.scoring import score_answer
from trainer.storage import trainees, workshops
from trainer.storage.engine import open_database
from trainer.ui.application import create_application
from trainer.ui.tasks import wait_for_tasks
from trainer.ui.workshop import ControlView, RunController

app = create_application(["two-screens"], language="en")
db = open_database("sqlite:///" + sys.argv[1], data_dir=Path(sys.argv[1]).parent)
person = trainees.create_trainee(db, "Lê Thu Hà")
ws = workshops.create_workshop(db, "Tập huấn", members=[person.id])
control = ControlView(RunController(db, ws, [person], load_scenario(sys.argv[2]), scorer=score_answer), live=False)
control.show()
control.toggle_presenter()
w = control.presenter
print(app.screens()[0].name(), control.screen().name(), w.screen().name(), w.isFullScreen(), w.geometry().width())
control.close()
wait_for_tasks(5000)
db.close()
"""


def test_presenter_goes_full_screen_on_the_second_screen(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    screens = [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBpi": 96, "dpr": 1},
    ]  # fmt: skip
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", SECOND_SCREEN, str(tmp_path / "p.sqlite3"), str(SCENARIO)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["laptop", "laptop", "projector", "True", "1920"]
