"""A workshop run end to end on a real SQLite file with the real scorer: create the
workshop, import the roster from a CSV file, run three turns (and a skip) with the
presenter screen open, reveal the scores, override one with a comment, end the run."""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from trainer.content.loader import load_scenario
from trainer.domain.scenario import Scenario
from trainer.domain.scoring import score_answer
from trainer.settings import Settings
from trainer.storage import reviews, sessions, trainees, workshop_history
from trainer.storage.engine import Database, open_database
from trainer.storage.workshops import workshop_answers
from trainer.ui import messages
from trainer.ui.application import create_application
from trainer.ui.tasks import wait_for_tasks
from trainer.ui.trainer_mode import PinDialog, TrainerMode
from trainer.ui.workshop import ControlView, WorkshopPage
from trainer.ui.workshop.dialogs import RunChoice, RunDialog, WorkshopDialog, WorkshopFields
from trainer.ui.workshop.roster import ImportPreview

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json"

ROSTER = (
    "STT;Họ và tên;Trường;Chức vụ\r\n"
    "1;Nguyễn Thị Lan;Trường Tiểu học Hòa An;Hiệu trưởng\r\n"
    "2;Trần Văn Bình;Trường THCS Kim Đồng;Phó hiệu trưởng\r\n"
    "3;;Trường THPT Lê Lợi;Giáo viên\r\n"  # line 4: no name
    "4;Lê Thu Hà;Trường Mầm non Sao Mai;Hiệu trưởng\r\n"
    "5;nguyễn thị  lan;Trường Tiểu học Hòa An;\r\n"  # line 6: line 2 again
    "6;" + unicodedata.normalize("NFD", "Phạm Minh Đức") + ";Trường THPT Nguyễn Du;Giáo viên\r\n"
)


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(SCENARIO)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'progress.sqlite3'}", data_dir=tmp_path)
    yield database
    wait_for_tasks(10000)
    database.close()


@pytest.fixture
def trainer_mode() -> Iterator[TrainerMode]:
    create_application(["test"], language="en")
    mode = TrainerMode(Settings())
    mode.set_pin("2468")  # unlocked
    yield mode


def activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts act in the active window (the presenter window took the focus when it opened)."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: widget.window().isActiveWindow(), timeout=3000)


def wait_idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let background work finish and its callbacks run before the widgets go."""
    qtbot.waitUntil(lambda: wait_for_tasks(50), timeout=10000)
    qtbot.wait(50)


def test_a_workshop_run_end_to_end(  # type: ignore[no-untyped-def]
    qtbot, db: Database, scenario: Scenario, trainer_mode: TrainerMode, tmp_path: Path, monkeypatch
) -> None:
    already = trainees.create_trainee(db, "Lê Thu Hà", unit="Trường Mầm non Sao Mai")
    page = WorkshopPage(db, scorer=score_answer, scenarios=[scenario])
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()

    # --- create the workshop ---
    monkeypatch.setattr(
        WorkshopDialog,
        "ask",
        classmethod(
            lambda cls, parent=None, workshop=None: WorkshopFields(
                "Tập huấn ứng phó báo chí", __import__("datetime").date(2025, 3, 4), "Sở GD&ĐT", "Cô Hạnh"
            )
        ),
    )
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.count() == 1 and page.roster.workshop is not None, timeout=5000)
    workshop = page.selected_workshop()
    assert workshop is not None and workshop.place == "Sở GD&ĐT"
    assert "Tập huấn ứng phó báo chí" in page.details.text()
    assert not page.run_button.isEnabled()  # nobody on the roster yet

    # --- import the roster ---
    csv_file = tmp_path / "danh-sach.csv"
    csv_file.write_bytes(codecs.BOM_UTF8 + ROSTER.encode("utf-8"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(csv_file), "")))
    previews: list[ImportPreview] = []

    def preview(cls, parsed, file_name, parent=None):  # type: ignore[no-untyped-def]
        dialog = ImportPreview(parsed, file_name, parent)
        previews.append(dialog)
        return True  # the trainer clicks "Add 4 people"

    monkeypatch.setattr(ImportPreview, "ask", classmethod(preview))
    qtbot.mouseClick(page.roster.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.roster.table.rowCount() == 4, timeout=10000)
    (shown,) = previews
    assert shown.table.rowCount() == 4 and shown.ok.text() == "Add 4 people"
    problems = shown.problems.toPlainText().splitlines()
    assert problems == [
        "Line 4: No name on this line; the line is skipped.",
        "Line 6: The same person as on line 2; the line is skipped.",
    ]
    assert page.roster.message.text().startswith(
        "Added to the roster: 3 new, 1 who had a profile already; 0 were on it already."
    )
    names = [page.roster.table.item(r, 0).text() for r in range(4)]
    assert names == ["Trần Văn Bình", "Phạm Minh Đức", "Lê Thu Hà", "Nguyễn Thị Lan"]  # by given name
    assert already.id in {p.id for p in page.roster.people}  # reused, not duplicated
    assert len(trainees.list_trainees(db)) == 4
    assert qtbot.waitUntil(lambda: page.run_button.isEnabled(), timeout=3000) is None

    # --- run the scenario ---
    monkeypatch.setattr(
        RunDialog, "ask", classmethod(lambda cls, scenarios, people, parent=None: RunChoice(scenario, 1, "rounds", 60))
    )
    started: list[ControlView] = []
    page.run_started.connect(started.append)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    (control,) = started
    assert page.currentWidget() is control
    c = control.controller
    assert control.turn_label.text().endswith("Next: Trần Văn Bình</b>")
    qtbot.mouseClick(control.present_button, Qt.MouseButton.LeftButton)
    presenter = control.presenter
    assert presenter is not None and presenter.isVisible()
    room = presenter.view

    def turn(answer: str, expected_name: str) -> None:
        qtbot.mouseClick(control.next_button, Qt.MouseButton.LeftButton)
        assert c.phase == "ready" and c.turn is not None and c.turn.trainee.display_name == expected_name
        assert room.question.isVisible() and room.question.text() == c.turn.question.text
        assert room.speaker.text() == f"Answering: {expected_name}"
        assert not room.scores.isVisible()
        qtbot.mouseClick(control.clock_button, Qt.MouseButton.LeftButton)
        assert c.clock_running and control.clock_button.text() == "Stop the clock (Ctrl+T)"
        qtbot.waitUntil(lambda: room.clock.text() in ("1:29", "1:28"), timeout=3000)  # the question's own limit: 90 s
        control.answer.setFocus()
        assert answer[0].isascii()  # QTest types ASCII only: the first key, then the rest pasted
        qtbot.keyClicks(control.answer, answer[0])
        control.answer.insertPlainText(answer[1:])
        assert control._latency is not None  # timed from the start of the clock to the first key
        qtbot.keyClick(
            control.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )  # the answer box's own key
        qtbot.waitUntil(lambda: c.phase == "answered", timeout=10000)

    weak = "Không bình luận. Chúng tôi chưa có gì để nói."
    turn(weak, "Trần Văn Bình")
    # Saved; the room sees the answer but no score until the trainer reveals it.
    first = c.answers[0]
    assert first.answer.answer_text == weak
    assert "Saved. Automatic score" in control.status.text()
    assert room.answer.isVisible() and room.answer.text() == weak
    assert not room.scores.isVisible() and room.overall.text() == ""
    assert str(first.answer.overall) not in room.header.text() + room.speaker.text()
    turn(scenario.question("mo-dau").model_answer, "Phạm Minh Đức")
    turn("Chúng tôi rất lo lắng cho các em. Hôm qua 37 em phải đi viện, hiện 31 em đã về nhà.", "Lê Thu Hà")

    # A fourth turn is skipped: nothing saved, the question is not asked of her again.
    qtbot.mouseClick(control.next_button, Qt.MouseButton.LeftButton)
    assert c.turn is not None and c.turn.trainee.display_name == "Nguyễn Thị Lan"
    lan = c.turn.trainee.id
    activate(qtbot, control)
    qtbot.keyClick(control.answer, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert c.phase == "idle" and c.question_for(lan) is not None and c.question_for(lan).id == "nguyen-nhan"  # type: ignore[union-attr]
    assert len(c.answers) == 3
    # Rounds: Bình's weak answer (no empathy) brings his follow-up next round.
    binh = c.seats[0].id
    assert c.question_for(binh).id == "cam-xuc-phu-huynh"  # type: ignore[union-attr]

    # --- reveal the first answer's scores on the room's screen ---
    qtbot.waitUntil(lambda: control.answers.table.rowCount() == 3, timeout=5000)
    control.answers.select(first.id)
    assert control.answers.current() is not None and control.answers.current().id == first.id  # type: ignore[union-attr]
    activate(qtbot, control)
    qtbot.keyClick(control.answers.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert c.revealed and room.scores.isVisible()
    assert f">{first.answer.overall}<" in room.overall.text()
    assert room.speaker.text() == "Answered by Trần Văn Bình"
    empathy_bar = room.findChild(object, "presenterBar_empathy")
    auto_empathy = first.answer.score("empathy")
    assert auto_empathy.status == "missed"

    # --- an observer's override with a comment ---
    panel = control.answers.scoring
    assert panel.reviewer.text() == "Cô Hạnh"  # the workshop's trainer by default
    assert panel.table.item(0, 2).text() == "—"  # nothing reviewed yet
    panel.spins["empathy"].setValue(80)
    panel.comment.setPlainText("Nên mở đầu bằng sự quan tâm tới các em và gia đình.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.text() == "Review saved.", timeout=10000)
    (review,) = reviews.list_reviews(db, first.id)
    assert review.reviewer == "Cô Hạnh" and review.comment.startswith("Nên mở đầu")
    assert [(ch.principle, ch.score, ch.status, ch.previous_score) for ch in review.changes] == [
        ("empathy", 80, "met", auto_empathy.score)
    ]
    # Beside the automatic score: both are shown, the reviewed one counts.
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == "Empathy")
    assert panel.table.item(row, 1).text() == f"{auto_empathy.score} · missed"
    assert panel.table.item(row, 2).text() == "80 · met"
    assert control.answers.table.item(0, 4).text() == "✎ 1"
    # The room's screen follows the override, marked as the trainer's.
    qtbot.waitUntil(lambda: room.findChild(object, "presenterBar_empathy") is not empathy_bar, timeout=3000)
    assert room.findChild(object, "presenterBar_empathy").value() == 80  # type: ignore[union-attr]
    # Reports read the override.
    summary = workshop_history.workshop_summary(db, workshop.id)
    assert summary.answers == 3
    by_trainee = {t.display_name: t for t in summary.per_trainee}
    binh_empathy = next(p for p in by_trainee["Trần Văn Bình"].principles if p.principle == "empathy")
    assert binh_empathy.mean_score == 80.0
    assert by_trainee["Nguyễn Thị Lan"].answers == 0
    (stored,) = workshop_answers(db, workshop.id, answer_ids=[first.id])
    assert stored.comments[0].comment.startswith("Nên mở đầu")

    # --- end the run ---
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    ended: list[object] = []
    page.run_finished.connect(ended.append)
    qtbot.mouseClick(control.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert page.currentWidget() is page.overview and page.control is None
    ran = [s for p in c.seats for s in sessions.list_sessions(db, p.id)]
    assert len(ran) == 3
    assert {(s.mode, s.workshop_id, s.status, s.scenario_id) for s in ran} == {
        ("workshop", workshop.id, "completed", scenario.id)
    }
    wait_idle(qtbot)


def test_relay_sends_the_follow_up_to_the_next_person(qtbot, db: Database, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    from trainer.storage.workshops import create_workshop
    from trainer.ui.workshop.run import RunController

    create_application(["test"], language="en")
    people = [trainees.create_trainee(db, n) for n in ("An Văn Khánh", "Bùi Thị Mai", "Cao Văn Nam")]
    ws = create_workshop(db, "Tập huấn", members=[p.id for p in people])
    c = RunController(db, ws, people, scenario, scorer=score_answer, mode="relay")
    control = ControlView(c, live=False)
    qtbot.addWidget(control)
    assert [p.display_name for p in c.seats] == ["An Văn Khánh", "Bùi Thị Mai", "Cao Văn Nam"]

    def answer(text: str) -> None:
        control.next_turn()
        control.answer.setPlainText(text)
        control.submit_typed()
        qtbot.waitUntil(lambda: c.phase == "answered", timeout=10000)

    answer("Không bình luận.")
    assert c.upcoming() is not None and c.upcoming().display_name == "Bùi Thị Mai"  # type: ignore[union-attr]
    control.next_turn()
    assert c.turn is not None and c.turn.question.id == "cam-xuc-phu-huynh" and c.turn.follow_up
    assert c.stage().follow_up
    control.controller.skip()

    # The trainer picks who answers next; someone absent is passed over.
    c.set_present(people[2].id, False)
    assert c.upcoming() is not None and c.upcoming().id == people[0].id  # type: ignore[union-attr]
    c.choose_next(people[2].id)  # choosing someone marks them present
    assert people[2].id in c.present and c.upcoming().id == people[2].id  # type: ignore[union-attr]
    control.next_turn()
    assert c.turn is not None and c.turn.trainee.id == people[2].id and c.turn.question.id == "nguyen-nhan"
    c.skip()
    for p in people:
        c.set_present(p.id, False)
    assert c.upcoming() is None and not control.next_button.isEnabled()
    assert control.next_turn() is None and "tick who is here" in control.turn_label.text()
    wait_idle(qtbot)


def test_an_answer_that_cannot_be_saved_stays_in_the_box(qtbot, db: Database, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    from trainer.storage import erasure
    from trainer.storage.workshops import create_workshop
    from trainer.ui.workshop.run import RunController

    create_application(["test"], language="en")
    person = trainees.create_trainee(db, "Đỗ Thị Hoa")
    ws = create_workshop(db, "Tập huấn", members=[person.id])
    c = RunController(db, ws, [person], scenario, scorer=score_answer)
    control = ControlView(c, live=False)
    qtbot.addWidget(control)
    control.next_turn()
    erasure.erase_trainee(db, person.id)  # her data is erased from another laptop meanwhile
    control.answer.setPlainText("Chúng tôi rất lo lắng cho các em.")
    control.submit_typed()
    qtbot.waitUntil(lambda: "could not be saved" in control.status.text(), timeout=10000)
    assert c.phase == "ready" and c.answers == []
    assert control.answer.toPlainText() == "Chúng tôi rất lo lắng cho các em." and control.submit_button.isEnabled()
    control.answer.clear()
    control.submit_typed()
    assert control.status.text() == "The answer box is empty: type the answer first."
    wait_idle(qtbot)


def test_trainer_mode_gates_running_and_reviewing(  # type: ignore[no-untyped-def]
    qtbot, db: Database, scenario: Scenario, trainer_mode: TrainerMode, monkeypatch
) -> None:
    from trainer.storage.workshops import create_workshop
    from trainer.ui.workshop.run import RunController

    person = trainees.create_trainee(db, "Đỗ Thị Hoa")
    ws = create_workshop(db, "Tập huấn", members=[person.id], trainer="Thầy Minh")
    trainer_mode.lock()
    asked: list[str] = []
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, m, purpose, parent=None: asked.append(purpose)))
    monkeypatch.setattr(RunDialog, "ask", classmethod(lambda *a, **k: pytest.fail("no run without the PIN")))
    page = WorkshopPage(db, scorer=score_answer, scenarios=[scenario])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.run_button.isEnabled(), timeout=5000)
    page.ask_run()
    assert asked == ["unlock"] and page.control is None

    c = RunController(db, ws, [person], scenario, scorer=score_answer)
    control = ControlView(c, live=False)
    qtbot.addWidget(control)
    control.next_turn()
    control.answer.setPlainText("Nhà trường đang xác minh và sẽ thông tin lại trước 17 giờ.")
    control.submit_typed()
    qtbot.waitUntil(lambda: c.phase == "answered", timeout=10000)
    panel = control.answers.scoring
    assert panel.answer is not None
    panel.comment.setPlainText("Tốt")
    panel.save()
    assert asked == ["unlock", "unlock"]
    assert panel.message.text() == "Reviews can be changed in trainer mode only."
    assert reviews.list_reviews(db, panel.answer.id) == []
    wait_idle(qtbot)


def test_scoring_panel_refuses_what_it_cannot_save(qtbot, db: Database, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    from trainer.storage.workshops import create_workshop
    from trainer.ui.workshop.run import RunController

    create_application(["test"], language="en")
    person = trainees.create_trainee(db, "Đỗ Thị Hoa")
    ws = create_workshop(db, "Tập huấn", members=[person.id])
    c = RunController(db, ws, [person], scenario, scorer=score_answer)
    control = ControlView(c, live=False)
    qtbot.addWidget(control)
    control.next_turn()
    control.answer.setPlainText("Chúng tôi rất lo lắng cho các em.")
    control.submit_typed()
    qtbot.waitUntil(lambda: control.answers.scoring.answer is not None, timeout=10000)
    panel = control.answers.scoring
    panel.save()
    assert panel.message.text() == "Type your name first: every review says who made it."
    panel.reviewer.setText("Thầy Minh")
    panel.save()
    assert panel.message.text() == "Nothing to save: change a score or write a comment."
    panel.statuses["facts"].setCurrentIndex(panel.statuses["facts"].findData("met"))
    panel.save()
    assert panel.message.text().startswith("Give a score (0–100) with the status for: Confirmed facts")
    panel.statuses["facts"].setCurrentIndex(panel.statuses["facts"].findData("not_applicable"))
    panel.save()
    qtbot.waitUntil(lambda: panel.message.text() == "Review saved.", timeout=10000)
    stored = c.answers[0].id
    (review,) = reviews.list_reviews(db, stored)
    assert [(ch.principle, ch.score, ch.status) for ch in review.changes] == [("facts", None, "not_applicable")]
    wait_idle(qtbot)


def test_run_dialog_and_workshop_dialog(qtbot, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="en")
    dialog = RunDialog([scenario], 5)
    qtbot.addWidget(dialog)
    assert dialog.ok.isEnabled()
    dialog.relay.setChecked(True)
    dialog.difficulty.setCurrentIndex(2)
    dialog.time_limit.setValue(45)
    assert dialog.choice() == RunChoice(scenario, 3, "relay", 45)
    empty = RunDialog([scenario], 0)
    qtbot.addWidget(empty)
    assert not empty.ok.isEnabled()  # nobody on the roster

    w = WorkshopDialog()
    qtbot.addWidget(w)
    assert not w.ok.isEnabled()
    w.name.setText("  Tập   huấn  ")
    w.place.setText(unicodedata.normalize("NFD", "Hội trường"))
    fields = w.fields()
    assert fields.name == "Tập huấn" and fields.place == "Hội trường" and w.ok.isEnabled()


def test_the_control_view_speaks_each_question_when_given_speech(qtbot, db: Database, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    from trainer.storage.workshops import create_workshop
    from trainer.ui.workshop.run import RunController

    class Recorder:  # records what the control view asks of a speech service
        def __init__(self) -> None:
            self.calls: list[tuple[str, str]] = []

        def prepare(self, s: Scenario) -> None:
            self.calls.append(("prepare", s.id))

        def speak(self, q) -> None:  # type: ignore[no-untyped-def]
            self.calls.append(("speak", q.id))

        def stop(self) -> None:
            self.calls.append(("stop", ""))

    create_application(["test"], language="en")
    person = trainees.create_trainee(db, "Đỗ Thị Hoa")
    ws = create_workshop(db, "Tập huấn", members=[person.id])
    control = ControlView(RunController(db, ws, [person], scenario, scorer=score_answer), live=False)
    qtbot.addWidget(control)
    speech = Recorder()
    control.set_speech(speech)
    control.next_turn()
    assert speech.calls == [("prepare", scenario.id), ("speak", "mo-dau")]
    assert control.submit_spoken("Chúng tôi rất lo lắng.", latency_s=1.5, duration_s=12.0)
    qtbot.waitUntil(lambda: control.controller.phase == "answered", timeout=10000)
    record = control.controller.answers[0].answer
    assert (record.input_mode, record.latency_ms, record.duration_ms) == ("spoken", 1500, 12000)
    assert isinstance(record.id, UUID)
    wait_idle(qtbot)


def test_edit_the_workshop_add_and_remove_people_and_observe(  # type: ignore[no-untyped-def]
    qtbot, db: Database, scenario: Scenario, trainer_mode: TrainerMode, monkeypatch
) -> None:
    from datetime import date

    from trainer.storage.workshops import create_workshop, get_workshop
    from trainer.ui.workshop.page import ObserverView
    from trainer.ui.workshop.roster import PersonDialog
    from trainer.ui.workshop.roster_csv import RosterRow
    from trainer.ui.workshop.run import RunController

    hoa = trainees.create_trainee(db, "Đỗ Thị Hoa", unit="Trường Tiểu học Hòa An")
    ws = create_workshop(db, "Tập huấn", members=[hoa.id])
    page = WorkshopPage(db, scorer=score_answer, scenarios=[scenario])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.roster.table.rowCount() == 1, timeout=5000)

    monkeypatch.setattr(
        WorkshopDialog,
        "ask",
        classmethod(
            lambda cls, parent=None, workshop=None: WorkshopFields(
                "Tập huấn", date(2025, 4, 1), "Thư viện tỉnh", "Thầy Minh"
            )
        ),
    )
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Place: Thư viện tỉnh" in page.details.text(), timeout=5000)
    assert get_workshop(db, ws.id).trainer == "Thầy Minh"

    monkeypatch.setattr(
        PersonDialog, "ask", classmethod(lambda cls, parent=None: RosterRow(0, "Vũ Thị Mai", "Trường B", ""))
    )
    qtbot.mouseClick(page.roster.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.roster.table.rowCount() == 2, timeout=5000)
    assert [p.display_name for p in page.roster.people] == ["Đỗ Thị Hoa", "Vũ Thị Mai"]
    page.roster.table.selectRow(0)
    qtbot.mouseClick(page.roster.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.roster.table.rowCount() == 1, timeout=5000)
    assert trainees.get_trainee(db, hoa.id).display_name == "Đỗ Thị Hoa"  # off the roster, not deleted
    mai = page.roster.people[0]

    # An observer's laptop: the answers arrive as they are given.
    qtbot.mouseClick(page.observe_button, Qt.MouseButton.LeftButton)
    observer = page.currentWidget()
    assert isinstance(observer, ObserverView)
    run = RunController(db, get_workshop(db, ws.id), [mai], scenario, scorer=score_answer)
    run.next_turn()
    assert run.submit("Chúng tôi rất lo lắng cho các em.")
    qtbot.waitUntil(lambda: len(observer.answers.answers) == 1, timeout=10000)
    assert observer.answers.current() is not None and observer.answers.current().trainee_name == "Vũ Thị Mai"  # type: ignore[union-attr]
    assert observer.answers.scoring.reviewer.text() == ""  # an observer types their own name
    observer.close_view()
    assert page.currentWidget() is page.overview and page.observer is None
    wait_idle(qtbot)


def test_leaving_a_run_closes_its_sessions(qtbot, db: Database, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    from trainer.storage.workshops import create_workshop

    create_application(["test"], language="en")
    person = trainees.create_trainee(db, "Đỗ Thị Hoa")
    ws = create_workshop(db, "Tập huấn", members=[person.id])
    page = WorkshopPage(db, scorer=score_answer, scenarios=[scenario])
    qtbot.addWidget(page)
    control = page.start_run(ws, [person], RunChoice(scenario, 1, "rounds", 60))
    assert page.running
    control.next_turn()
    control.answer.setPlainText("Chúng tôi rất lo lắng cho các em.")
    control.submit_typed()
    qtbot.waitUntil(lambda: control.controller.phase == "answered", timeout=10000)
    page.close_run()  # e.g. the window closes mid-run
    assert not page.running and page.currentWidget() is page.overview
    qtbot.waitUntil(lambda: sessions.list_sessions(db, person.id)[0].status == "completed", timeout=10000)
    wait_idle(qtbot)


def test_spoken_answer_hook_with_a_result_and_extra_fields(qtbot, db: Database, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    from uuid import uuid4

    from trainer.storage import answers as answer_store
    from trainer.storage.workshops import create_workshop
    from trainer.ui.workshop.run import RunController

    create_application(["test"], language="en")
    person = trainees.create_trainee(db, "Đỗ Thị Hoa")
    ws = create_workshop(db, "Tập huấn", members=[person.id])
    c = RunController(db, ws, [person], scenario, scorer=score_answer, mode="relay")
    control = ControlView(c, live=False)
    qtbot.addWidget(control)

    # Scored by the recorder's own chain (e.g. on delivery only: no words), with its own answer id.
    control.next_turn()
    question = c.turn.question if c.turn else None
    assert question is not None
    spoken_id = uuid4()
    result = score_answer(scenario, question, "")
    assert control.submit_spoken("", result=result, duration_s=20.0, extra={"answer_id": spoken_id})
    qtbot.waitUntil(lambda: c.phase == "answered", timeout=10000)
    stored = answer_store.get_answer(db, spoken_id)
    assert (stored.input_mode, stored.answer_text, stored.duration_ms) == ("spoken", "", 20000)

    # The same id again: the database refuses it; the run keeps the session for the retry.
    control.next_turn()
    assert not control.submit_spoken("")  # nothing to save without text or a result
    assert control.submit_spoken("Chúng tôi đang xác minh.", extra={"answer_id": spoken_id})
    qtbot.waitUntil(lambda: "could not be saved" in control.status.text(), timeout=10000)
    assert c.phase == "ready"
    control.submit_typed()
    qtbot.waitUntil(lambda: c.phase == "answered", timeout=10000)
    (only,) = sessions.list_sessions(db, person.id)  # one session: the failed try did not start another
    assert [a.answer_text for a in answer_store.list_answers(db, only.id)] == ["", "Chúng tôi đang xác minh."]
    wait_idle(qtbot)
