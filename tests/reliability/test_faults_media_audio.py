"""Fault: an audio file is damaged — a stored answer's recording, or a file in the speech cache.

Recordings (played again in the history, the same feedback view as after an answer): a good
one, one deleted, one overwritten with garbage, one cut short (the disk failed), one whose
header sizes were never written (a crash while recording), one with no sound. Each says what
is wrong in words; what can still be played is played (a repaired copy: the stored file is
never changed); nothing crashes, Qt never sees a file it would choke on.

The speech cache: a question's cached file damaged on disk before it is asked is deleted
(logged) and synthesised again, and the question is heard — the trainee notices nothing.
"""

from __future__ import annotations

import logging
import os
import struct
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.reliability.media_support import (
    SOURCE,
    needs_espeak,
    open_window,
    scenario_data,
    start_interview,
    tracebacks,
    write_scenario,
)
from trainer.content.loader import load_scenario
from trainer.domain.scoring import score_answer
from trainer.speech.wavfile import BYTES_PER_SECOND, write_wav
from trainer.speech.wavinfo import check_wav
from trainer.storage.answers import save_scored_answer
from trainer.storage.audio import audio_relpath
from trainer.storage.engine import Database, open_database
from trainer.storage.sessions import finish_session, start_session
from trainer.storage.trainees import create_trainee
from trainer.ui.application import create_application
from trainer.ui.history import HistoryPage
from trainer.ui.main_window import MainWindow

pytestmark = [pytest.mark.audio]

#: what happened to each answer's recording, in the order the answers were given
DAMAGE = ("good", "deleted", "garbage", "cut_short", "header_unwritten", "no_sound")


def tone(seconds: float) -> np.ndarray:
    t = np.arange(int(16000 * seconds)) / 16000
    return np.round(0.3 * np.sin(2 * np.pi * 330 * t) * 32767).astype("<i2")


def damage(path: Path, how: str) -> None:
    write_wav(path, tone(2.0))
    raw = path.read_bytes()
    if how == "deleted":
        path.unlink()
    elif how == "garbage":
        path.write_bytes(os.urandom(len(raw)))
    elif how == "cut_short":
        path.write_bytes(raw[: 44 + BYTES_PER_SECOND // 2])  # 0.5 s of the 2 s left
    elif how == "header_unwritten":
        path.write_bytes(raw[:40] + struct.pack("<I", 0) + raw[44:])  # as left by a crash before the first sync
    elif how == "no_sound":
        path.write_bytes(raw[:44])


@pytest.fixture
def history(qtbot, tmp_path: Path) -> Iterator[tuple[HistoryPage, Database, dict[str, Path]]]:  # type: ignore[no-untyped-def]
    db = open_database(f"sqlite:///{tmp_path / 'progress.sqlite3'}", data_dir=tmp_path / "data")
    scenario = load_scenario(SOURCE)
    lan = create_trainee(db, "Nguyễn Thị Lan", unit="Trường Tiểu học Hòa An")
    now = datetime.now(UTC)
    session = start_session(db, lan.id, scenario, started_at=now - timedelta(hours=1))
    files: dict[str, Path] = {}
    for n, how in enumerate(DAMAGE):
        question = scenario.main_sequence[n]
        answer_id = uuid4()
        rel = audio_relpath(lan.id, answer_id)
        save_scored_answer(
            db, session.id, question_id=question.id, question_text=question.text, input_mode="spoken",
            result=score_answer(scenario, question, question.model_answer), duration_ms=20_000, audio_path=rel,
            answer_id=answer_id, answered_at=now - timedelta(minutes=50 - n),
        )  # fmt: skip
        files[how] = db.data_dir / rel
        files[how].parent.mkdir(parents=True, exist_ok=True)
        damage(files[how], how)
    finish_session(db, session.id, ended_at=now - timedelta(minutes=30))
    create_application(["test"], language="vi")
    page = HistoryPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.set_context(db, lan, [scenario])
    (summary,) = page.sessions.model.summaries()
    with qtbot.waitSignal(page.detail.shown, timeout=10000):
        page.open_session(summary)
    yield page, db, files
    page.close()
    db.close()


def play_to_the_end(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button._player is not None and button.playing, timeout=3000)
    qtbot.waitUntil(lambda: not button.playing, timeout=8000)  # it finished: never stuck "loading"


def test_each_damaged_recording_says_what_is_wrong_and_plays_what_is_left(
    qtbot, history: tuple[HistoryPage, Database, dict[str, Path]], caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    page, _db, files = history
    detail = page.detail
    button, problem = detail.feedback.play_button, detail.feedback.audio_problem
    before = {how: path.read_bytes() for how, path in files.items() if path.exists()}
    seen: dict[str, tuple[bool, str, str]] = {}
    for row, how in enumerate(DAMAGE):
        detail.answers.setCurrentRow(row)
        assert button.isVisibleTo(page) and detail.feedback.isVisibleTo(page)
        text = problem.text().casefold() if problem.isVisibleTo(page) else ""
        seen[how] = (button.isEnabled(), button.text(), text)
        if button.isEnabled():
            play_to_the_end(qtbot, button)
            assert not problem.isVisibleTo(page) or problem.text().casefold() == text  # no new complaint
    kept = "câu trả lời và điểm của bạn vẫn được giữ"
    assert seen["good"] == (True, seen["good"][1], "") and "0:02" in seen["good"][1]
    assert not seen["deleted"][0] and "không còn trong thư mục dữ liệu" in seen["deleted"][2]
    assert not seen["garbage"][0] and "bị hỏng" in seen["garbage"][2] and kept in seen["garbage"][2]
    for how in ("deleted", "garbage", "no_sound"):
        assert not seen[how][0] and kept in seen[how][2] and str(files[how]).casefold() in seen[how][2]
    enabled, label, text = seen["cut_short"]
    assert enabled and "0:00" in label and "0:00" in text and "0:02" in text and kept in text  # 0.5 s of 2 s
    enabled, label, text = seen["header_unwritten"]
    assert enabled and "0:02" in label and kept in text
    # the stored files are as they were: a repaired copy was played, not the file changed
    assert {how: path.read_bytes() for how, path in files.items() if path.exists()} == before
    assert tracebacks(caplog) == []


def test_a_recording_damaged_after_it_was_shown_fails_to_play_with_a_message(
    qtbot, history: tuple[HistoryPage, Database, dict[str, Path]], caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    page, _db, files = history
    feedback = page.detail.feedback
    page.detail.answers.setCurrentRow(DAMAGE.index("good"))
    assert feedback.play_button.isEnabled() and not feedback.audio_problem.isVisibleTo(page)
    files["good"].write_bytes(b"\0" * 300)  # the disk failed since
    qtbot.mouseClick(feedback.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feedback.audio_problem.isVisibleTo(page), timeout=3000)
    assert "không phát được" in feedback.audio_problem.text().casefold() and not feedback.play_button.playing
    assert "▶" in feedback.play_button.text()  # ready to try again, no "Stop" left behind
    assert tracebacks(caplog) == []


# --- the speech cache ------------------------------------------------------------------------------------


def aiff_garbage(path: Path) -> None:
    """An AIFF header (macOS speech is AIFF under a .wav name, so it passes the quick check) over
    garbage: only Qt can tell it is not audio."""
    path.write_bytes(b"FORM" + struct.pack(">I", 4000) + b"AIFF" + os.urandom(4000))


CACHE_DAMAGE = {
    "garbage": lambda p: p.write_bytes(os.urandom(p.stat().st_size)),
    "cut_short": lambda p: p.write_bytes(p.read_bytes()[:2000]),
    "no_sound": lambda p: p.write_bytes(p.read_bytes()[:44]),
    "empty": lambda p: p.write_bytes(b""),
    "unplayable_for_qt": aiff_garbage,
}


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    folder = tmp_path / "library"
    folder.mkdir()
    write_scenario(folder, scenario_data())
    w = open_window(qtbot, folder, monkeypatch)
    scenario = w.library.selected_scenario()
    assert scenario is not None
    qtbot.waitUntil(lambda: w.speech.prepared == (len(scenario.questions),) * 2, timeout=60000)
    yield w
    w.close()


@needs_espeak()
@pytest.mark.qt_log_ignore("QSoundEffect.*Error decoding source")  # Qt's own complaint, before the file is remade
@pytest.mark.parametrize("how", list(CACHE_DAMAGE))
def test_a_damaged_file_in_the_speech_cache_is_made_again_and_the_question_heard(
    qtbot, window: MainWindow, how: str, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    w = window
    speech = w.speech
    scenario = w.library.selected_scenario()
    assert scenario is not None and speech.synth is not None and speech._plan is not None
    first = scenario.main_sequence[0]
    cached = speech.cache.path_for(speech._plan.utterance(first).key)
    assert cached.is_file()
    CACHE_DAMAGE[how](cached)
    synthesized = speech.synth.synthesized
    spoken: list[str] = []
    speech.started.connect(spoken.append)
    failed: list[str] = []
    speech.failed.connect(lambda qid, _e: failed.append(qid))
    caplog.set_level(logging.WARNING)
    start_interview(qtbot, w)
    qtbot.waitUntil(lambda: spoken[-1:] == [first.id], timeout=20000)
    assert failed == [] and not w.practice.interview_view.speech_notice.isVisibleTo(w)  # she noticed nothing
    assert speech.synth.synthesized == synthesized + 1 and check_wav(cached).ok  # made again, in place
    assert any("speech cache" in r.getMessage() and str(cached) in r.getMessage() for r in caplog.records)  # logged
    assert tracebacks(caplog) == []
