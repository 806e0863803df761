"""Storage faults in the running app (real window, real SQLite file, real faults).

A full disk while an answer is saved or an interview starts, a full or read-only data
folder at start, a lock held by another process, a damaged database file: each time the
trainee is told what is wrong and what to do, the window stays usable, the answer she
typed stays in the box until it is saved, and nothing saved before is lost.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.reliability.storage_app import (
    ROOT,
    SCENARIO,
    TYPED,
    Boxes,
    answer_and_go_on,
    assert_text_kept,
    practise_and_find_it_saved,
    ready,
    saved_answers,
    start,
    type_and_submit,
)
from tests.reliability.storage_faults import (
    SmallDisk,
    damage,
    locked_by_another_process,
    read_only,
    sha256,
)
from trainer.storage import trainees
from trainer.storage.backup import backup_sqlite
from trainer.storage.engine import open_database
from trainer.ui import messages
from trainer.ui import practice as practice_module

# --- a full disk ----------------------------------------------------------------------------------


def test_disk_full_while_saving_keeps_the_typed_answer_and_saves_it_once_space_is_freed(  # type: ignore[no-untyped-def]
    qtbot, disk: SmallDisk, windows, boxes: Boxes
) -> None:
    w = windows()
    ready(qtbot, w)
    start(qtbot, w)
    answer_and_go_on(qtbot, w, "Câu trả lời đầu tiên, đã lưu.")
    path = disk.folder / "progress.sqlite3"
    assert saved_answers(path) == ["Câu trả lời đầu tiên, đã lưu."]

    disk.fill()
    type_and_submit(qtbot, w, TYPED)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=15000)
    ((kind_, title, text, detail),) = boxes.shown
    assert (kind_, title) == ("error", "Your answer could not be saved")
    assert text == (
        "The disk is full, so the progress database cannot save anything more. "
        "Your answer is still in the box, and nothing you saved before is lost."
    )
    assert "Free some space" in detail and "try again" in detail and "submit the answer again" in detail
    assert_text_kept(w)
    assert saved_answers(path) == ["Câu trả lời đầu tiên, đã lưu."]

    disk.free()
    qtbot.mouseClick(w.practice.interview_view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.practice.currentWidget() is w.practice.feedback_view, timeout=10000)
    assert len(boxes.shown) == 1
    assert saved_answers(path) == ["Câu trả lời đầu tiên, đã lưu.", TYPED]
    w.close()


def test_disk_full_when_an_interview_starts_goes_back_to_the_library_and_starts_once_space_is_freed(  # type: ignore[no-untyped-def]
    qtbot, disk: SmallDisk, windows, boxes: Boxes
) -> None:
    w = windows()
    ready(qtbot, w)
    disk.fill()
    qtbot.mouseClick(w.start_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=15000)
    ((_kind, title, text, detail),) = boxes.shown
    assert title == "The interview could not be started"
    assert text == "The disk is full, so the progress database cannot save anything more."
    assert detail.startswith("Free some space on this computer")
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.library_page, timeout=5000)
    assert w.isEnabled() and w.practice.isEnabled()

    disk.free()
    practise_and_find_it_saved(qtbot, w, disk.folder / "progress.sqlite3")
    w.close()


def test_disk_full_at_start_says_so_and_try_again_opens_the_database_once_space_is_freed(  # type: ignore[no-untyped-def]
    qtbot, disk: SmallDisk, windows, boxes: Boxes
) -> None:
    if disk.kind == "rlimit":
        (disk.folder / "progress.sqlite3").write_bytes(b"")  # the new database file cannot grow
    disk.fill()

    def first_box_then_free_space(n: int) -> str:
        if n == 1:
            disk.free()  # she empties the Recycle Bin, then clicks "Try again"
        return "retry"

    boxes.on_choose = first_box_then_free_space
    w = windows()
    qtbot.waitUntil(lambda: w.state.db is not None, timeout=15000)
    ((kind_, title, text, detail),) = boxes.shown
    assert (kind_, title) == ("choose", "The progress database could not be opened")
    assert text == (
        "The disk is full, so the progress database cannot save anything more.\n\n"
        "You can still read the scenarios; practice and history need the database."
    )
    assert "Free some space" in detail
    ready(qtbot, w)
    practise_and_find_it_saved(qtbot, w, disk.folder / "progress.sqlite3")
    w.close()


def test_disk_full_when_the_interview_is_stopped_it_closes_and_is_offered_for_resumption(  # type: ignore[no-untyped-def]
    qtbot, disk: SmallDisk, windows, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = windows()
    ready(qtbot, w)
    start(qtbot, w)
    first = w.practice.interview_view.question
    answer_and_go_on(qtbot, w, TYPED)
    second = w.practice.interview_view.question
    assert first is not None and second is not None and second.id != first.id
    disk.fill()
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)  # "Stop the interview?" - "Stop"
    qtbot.mouseClick(w.practice.interview_view.abandon_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.library_page, timeout=15000)
    ((_kind, title, text, _detail),) = boxes.shown
    assert title == "The interview could not be stopped cleanly"
    assert text.startswith("All your answers are saved; the interview will be offered for resumption.")
    assert "The disk is full" in text

    disk.free()
    qtbot.waitUntil(lambda: w.start_panel.resume_button.isVisible(), timeout=10000)
    qtbot.mouseClick(w.start_panel.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.practice.interview_view.question == second and w.practice.isEnabled(), timeout=10000)
    assert saved_answers(disk.folder / "progress.sqlite3") == [TYPED]
    w.close()


# --- a read-only data folder --------------------------------------------------------------------------


def test_read_only_data_folder_at_start_explains_lets_her_browse_and_try_again(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("TRAINER_DATA_DIR", str(folder))
    path = folder / "progress.sqlite3"
    db = open_database(str(path), data_dir=folder)
    lan = trainees.create_trainee(db, "Nguyễn Thị Lan")
    db.close()
    before = sha256(path)

    with read_only(folder) as ro:
        w = windows()  # every box answered "Continue without saving"
        assert boxes.titles() == ["The progress database could not be opened"], ro.how
        _kind, _title, text, detail = boxes.shown[0]
        assert text.startswith(f"The progress database cannot be written: the folder {folder} is read-only.")
        assert "let you write to that folder" in detail and "try again" in detail
        # She can still read the scenarios; the start panel says why practice waits.
        assert w.library.select_scenario(SCENARIO)
        assert w.briefing.isVisible()
        assert "is read-only" in w.start_panel.notice.text()
        assert "“Start the interview” tries to open it again." in w.start_panel.notice.text()
        qtbot.mouseClick(w.start_panel.start_button, Qt.MouseButton.LeftButton)  # still read-only
        qtbot.waitUntil(lambda: len(boxes.shown) == 2, timeout=10000)
        assert w.state.db is None and w.pages.currentWidget() is w.library_page
        assert sha256(path) == before

    # The folder is writable again: Start opens the database, then starts the interview.
    qtbot.mouseClick(w.start_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.state.trainee is not None, timeout=10000)
    assert w.state.trainee.id == lan.id
    assert len(boxes.shown) == 2
    practise_and_find_it_saved(qtbot, w, path)
    w.close()


# --- a lock held by another process ------------------------------------------------------------------


def test_database_locked_by_another_process_for_10_s_the_window_stays_live_and_the_answer_is_saved(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes
) -> None:
    w = windows()
    ready(qtbot, w)
    start(qtbot, w)
    assert w.state.db is not None and w.state.db.sqlite_path is not None
    path = w.state.db.sqlite_path
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    with locked_by_another_process(path, 10, "EXCLUSIVE"):
        timer.start()
        submitted = time.monotonic()
        type_and_submit(qtbot, w, TYPED)
        notice = w.practice.interview_view.save_notice
        qtbot.waitUntil(lambda: notice.isVisible(), timeout=15000)
        assert notice.text() == (
            "The progress database is busy (another program is writing to it). Your answer is kept; trying again…"
        )
        qtbot.waitUntil(lambda: w.practice.currentWidget() is w.practice.feedback_view, timeout=30000)
        waited = time.monotonic() - submitted
    timer.stop()
    assert waited > 9  # it really waited for the other program
    assert max(gaps) < 0.5, f"the window froze for {max(gaps):.2f} s"  # the GUI thread never waited
    print(f"\nlocked 10 s: saved {waited:.1f} s after Submit; longest GUI gap {max(gaps) * 1000:.0f} ms")
    assert boxes.shown == []
    assert not notice.isVisible()
    assert saved_answers(path) == [TYPED]
    w.close()


def test_a_lock_held_longer_than_the_retries_says_busy_keeps_the_answer_and_saves_on_try_again(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(practice_module, "BUSY_RETRY_S", 1.0)  # give up after the first wait (5 s)
    w = windows()
    ready(qtbot, w)
    start(qtbot, w)
    assert w.state.db is not None and w.state.db.sqlite_path is not None
    path = w.state.db.sqlite_path
    with locked_by_another_process(path, 8, "IMMEDIATE") as holder:
        type_and_submit(qtbot, w, TYPED)
        qtbot.waitUntil(lambda: bool(boxes.shown), timeout=15000)
        ((_kind, title, text, detail),) = boxes.shown
        assert title == "Your answer could not be saved"
        assert text.startswith("The progress database is busy: another program, or a second window of this app")
        assert detail.startswith("Wait a moment, then try again.")
        assert_text_kept(w)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "released"
    qtbot.mouseClick(w.practice.interview_view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.practice.currentWidget() is w.practice.feedback_view, timeout=10000)
    assert saved_answers(path) == [TYPED]
    w.close()


# --- a damaged database file ------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_a_damaged_database_is_named_left_untouched_and_the_scenarios_stay_readable(  # type: ignore[no-untyped-def]
    qtbot, windows, boxes: Boxes, how: str
) -> None:
    from trainer import paths

    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "progress.sqlite3"
    db = open_database(str(path), data_dir=folder)
    for n in range(80):
        trainees.create_trainee(db, f"Giáo viên số {n}", unit="Trường THCS Nguyễn Du " * 3)
    (folder / "backups").mkdir()
    copy = backup_sqlite(db, folder / "backups")  # `db backup` into the folder, or the copy taken before an upgrade
    db.close()
    damage(path, how)
    before = sha256(path)

    w = windows()
    ((kind_, title, text, detail),) = boxes.shown
    assert (kind_, title) == ("choose", "The progress database could not be opened")
    assert text.startswith(
        f"The progress database {path} is damaged or is not a database file. It has been left as it is."
    )
    assert detail.startswith("To put a backup in its place, choose “Restore a backup…” (or run “python main.py db")
    assert f"the damaged file is moved, as it is, into {folder / 'backups'} and the backup restored" in detail
    assert w.library.select_scenario(SCENARIO)  # the scenarios can still be read
    assert w.briefing.isVisible()
    assert "is damaged" in w.start_panel.notice.text()
    qtbot.mouseClick(w.start_panel.start_button, Qt.MouseButton.LeftButton)  # tries again: the same message
    qtbot.waitUntil(lambda: len(boxes.shown) == 2, timeout=10000)
    assert boxes.shown[1] == boxes.shown[0] and w.state.db is None
    assert sha256(path) == before  # never written, never replaced

    # What the message says to do, while the app is open: the restore command, then Start.
    restored = subprocess.run(
        [sys.executable, "main.py", "db", "restore", str(copy)],
        cwd=ROOT, env={**os.environ, "TRAINER_DATA_DIR": str(folder)}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    (kept,) = (folder / "backups").glob("progress-damaged-*.sqlite3")
    assert f"it was moved, as it was, to {kept}" in restored.stdout
    qtbot.mouseClick(w.start_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.state.trainee is not None, timeout=10000)
    assert w.state.trainee.display_name.startswith("Giáo viên số")
    assert len(boxes.shown) == 2
    assert sha256(kept) == before
    w.close()
