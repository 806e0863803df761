"""Storage faults during a workshop run (real SQLite file, real faults): an answer that
cannot be saved because another program holds the database or the disk is full, and a
review that cannot be saved. The trainer is told, in the interface language, what is wrong
and what to do (the same sentences as the practice page, trainer/ui/storage_messages.py,
never the storage layer's English message); the answer or the review stays where it was
typed; submitting again once the fault is gone saves it once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.storage_faults import SmallDisk, disk_kinds, locked_by_another_process
from trainer.content.loader import load_scenario
from trainer.domain.scoring import score_answer
from trainer.storage import trainees
from trainer.storage.engine import Database, open_database
from trainer.storage.workshops import create_workshop
from trainer.ui.application import create_application
from trainer.ui.tasks import wait_for_tasks
from trainer.ui.workshop import ControlView
from trainer.ui.workshop.run import RunController

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json"
TYPED = "Chúng tôi rất tiếc và đang phối hợp với y tế; 12 em đã được khám, không em nào phải nằm viện."
RAW_BUSY = "another program is writing to it; try again in a moment"  # the storage layer's own words


def control_view(qtbot, db: Database) -> ControlView:  # type: ignore[no-untyped-def]
    person = trainees.create_trainee(db, "Đỗ Thị Hoa", unit="Trường Tiểu học Hòa An")
    ws = create_workshop(db, "Tập huấn ứng phó báo chí", members=[person.id])
    c = RunController(db, ws, [person], load_scenario(SCENARIO), scorer=score_answer)
    control = ControlView(c, live=False)
    qtbot.addWidget(control)
    control.next_turn()
    return control


def saved_answers(path: Path) -> list[str]:
    """The answers in the file (read by a separate connection); every one in one session."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        answers = [r[0] for r in conn.execute("SELECT answer_text FROM answers ORDER BY answered_at")]
        sessions = conn.execute("SELECT COUNT(*) FROM practice_sessions").fetchone()[0]
    finally:
        conn.close()
    assert sessions == 1 if answers else sessions <= 1  # a second try never starts a second session
    return answers


def wait_idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: wait_for_tasks(50), timeout=15000)
    qtbot.wait(50)


def submit_and_fail(qtbot, control: ControlView, marker: str = "could not be saved") -> str:  # type: ignore[no-untyped-def]
    """Type the answer, submit it, and wait for the status line that says it was not saved."""
    control.answer.setPlainText(TYPED)
    control.submit_typed()
    qtbot.waitUntil(lambda: marker in control.status.text(), timeout=15000)
    return control.status.text()


def assert_kept_for_another_try(control: ControlView) -> None:
    assert control.controller.phase == "ready" and control.controller.answers == []
    assert control.answer.toPlainText() == TYPED
    assert control.answer.isEnabled() and control.submit_button.isEnabled()


def submit_again_and_find_it_saved(qtbot, control: ControlView, path: Path) -> None:  # type: ignore[no-untyped-def]
    control.submit_typed()
    qtbot.waitUntil(lambda: control.controller.phase == "answered", timeout=15000)
    assert control.status.text().startswith("Saved. Automatic score")
    assert saved_answers(path) == [TYPED]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "progress.sqlite3"), data_dir=tmp_path)
    yield database
    wait_for_tasks(15000)
    database.close()


def test_a_locked_database_says_busy_in_english_keeps_the_answer_and_saves_on_submit_again(  # type: ignore[no-untyped-def]
    qtbot, db: Database
) -> None:
    create_application(["test"], language="en")
    control = control_view(qtbot, db)
    assert db.sqlite_path is not None
    with locked_by_another_process(db.sqlite_path, 8, "IMMEDIATE") as holder:
        assert submit_and_fail(qtbot, control) == (
            "The answer could not be saved; it is still in the box, and nothing saved before is lost. "
            "The progress database is busy: another program, or a second window of this app, is writing to it. "
            "Wait a moment, then try again. If it keeps happening, close the other window or program. "
            "Then submit it again."
        )
        assert RAW_BUSY not in control.status.text()
        assert_kept_for_another_try(control)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "released"
    submit_again_and_find_it_saved(qtbot, control, db.sqlite_path)
    wait_idle(qtbot)


def test_a_locked_database_is_explained_in_vietnamese(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    try:
        control = control_view(qtbot, db)
        assert db.sqlite_path is not None
        with locked_by_another_process(db.sqlite_path, 7, "IMMEDIATE"):
            text = submit_and_fail(qtbot, control, "Cơ sở dữ liệu kết quả đang bận")
            assert text.startswith("Chưa lưu được câu trả lời; nội dung vẫn còn trong ô")
            assert "Hãy đợi một lát rồi thử lại." in text
            assert RAW_BUSY not in text and "could not" not in text
            assert_kept_for_another_try(control)
        control.submit_typed()
        qtbot.waitUntil(lambda: control.controller.phase == "answered", timeout=15000)
        assert saved_answers(db.sqlite_path) == [TYPED]
        wait_idle(qtbot)
    finally:
        create_application(["test"], language="en")


@pytest.mark.parametrize("kind", disk_kinds())
def test_a_full_disk_says_so_keeps_the_answer_and_saves_it_once_space_is_freed(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, kind: str
) -> None:
    create_application(["test"], language="en")
    with SmallDisk(tmp_path / "disk", kind) as disk:
        path = disk.folder / "progress.sqlite3"
        db = open_database(str(path), data_dir=disk.folder)
        try:
            control = control_view(qtbot, db)
            disk.fill()
            assert submit_and_fail(qtbot, control) == (
                "The answer could not be saved; it is still in the box, and nothing saved before is lost. "
                "The disk is full, so the progress database cannot save anything more. Free some space on this "
                "computer (empty the Recycle Bin, delete large files you no longer need), then try again. "
                "Then submit it again."
            )
            assert_kept_for_another_try(control)
            assert saved_answers(path) == []
            disk.free()
            submit_again_and_find_it_saved(qtbot, control, path)
            wait_idle(qtbot)
        finally:
            wait_for_tasks(15000)
            db.close()


def test_a_review_that_cannot_be_saved_is_explained_and_kept(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="en")
    control = control_view(qtbot, db)
    control.answer.setPlainText(TYPED)
    control.submit_typed()
    qtbot.waitUntil(lambda: control.answers.scoring.answer is not None, timeout=15000)
    panel = control.answers.scoring
    panel.reviewer.setText("Thầy Minh")
    panel.comment.setPlainText("Mở đầu bằng sự đồng cảm: tốt.")
    assert db.sqlite_path is not None
    with locked_by_another_process(db.sqlite_path, 7, "IMMEDIATE"):
        panel.save()
        qtbot.waitUntil(lambda: "could not be saved" in panel.message.text(), timeout=15000)
        assert panel.message.text().startswith(
            "The review could not be saved; your scores and comment are still here. The progress database is busy"
        )
        assert RAW_BUSY not in panel.message.text()
        assert panel.comment.toPlainText() == "Mở đầu bằng sự đồng cảm: tốt." and panel.save_button.isEnabled()
    panel.save()
    qtbot.waitUntil(lambda: panel.message.text() == "Review saved.", timeout=15000)
    wait_idle(qtbot)
