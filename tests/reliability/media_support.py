"""Shared parts of the media fault tests (speech, microphone, audio files, scenario files).

* :func:`open_window` — the real main window on a private library folder and database, one
  profile, the real speech service (pyttsx3 + espeak-ng, a private cache).
* :class:`StallWatch` — a 5 ms heartbeat on the GUI thread; a watchdog thread samples the GUI
  thread's Python stack whenever a beat is late, so a stall is blamed on the app only when
  app code (``trainer/``) was running — not when the machine (2 shared cores) was busy.
* :func:`kill_mid_synthesis` — SIGKILL the speech worker while it is synthesising: after a
  request was sent, as soon as its CPU time grows (it was idle, blocked on its input, before).
* :func:`tracebacks` — log records that carry a traceback (none may appear).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from trainer.settings import Settings
from trainer.storage import trainees
from trainer.ui.application import create_application
from trainer.ui.main_window import MainWindow
from trainer.ui.profile_dialog import ProfileDialog

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = "ngo-doc-thuc-pham-ban-tru"
SOURCE = ROOT / "scenarios" / f"{SCENARIO}.json"


def scenario_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SOURCE.read_text(encoding="utf-8"))
    return data


def write_scenario(folder: Path, data: dict[str, Any]) -> Path:
    path = folder / f"{data['id']}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return path


def lengthen_questions(data: dict[str, Any], chars: int = 1900) -> dict[str, Any]:
    """Every question repeated to about *chars* characters: its synthesis lasts long enough
    (about 0.1–0.3 s with espeak-ng) to be killed in the middle."""
    for q in data["questions"]:
        text = q["text"]
        while len(text) + len(q["text"]) + 1 <= chars:
            text += " " + q["text"]
        q["text"] = text
    return data


def open_window(qtbot, folder: Path, monkeypatch: pytest.MonkeyPatch, settings: Settings | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window with *folder* as its only scenario folder, ready to practise."""
    monkeypatch.setenv("TRAINER_BUNDLED_SCENARIOS", str(folder))

    def create_profile(db, parent=None, current=None):  # type: ignore[no-untyped-def]
        return trainees.create_trainee(db, "Nguyễn Thị Lan", unit="Trường Tiểu học Hòa An", role="Hiệu trưởng")

    monkeypatch.setattr(ProfileDialog, "ask", staticmethod(create_profile))
    create_application(["test"], language="vi")
    w = MainWindow(settings=settings or Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.state.trainee is not None and not w.loading and w.speech is not None, timeout=15000)
    return w


def start_interview(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(w.start_panel.start_button, Qt.MouseButton.LeftButton)
    view = w.practice.interview_view
    qtbot.waitUntil(lambda: w.practice.currentWidget() is view and view.question is not None, timeout=10000)


def answer_typed(qtbot, w: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    view = w.practice.interview_view
    view.answer.setPlainText(text)
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.practice.currentWidget() is w.practice.feedback_view, timeout=10000)


def next_question(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(w.practice.feedback_view.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.practice.currentWidget() is not w.practice.feedback_view, timeout=10000)


def stored(w: MainWindow) -> tuple[Any, list[Any]]:
    """The trainee's one session and its answers, read back from the database."""
    from trainer.storage import answers as answer_store
    from trainer.storage import sessions as session_store
    from trainer.storage.engine import open_database

    db = open_database(None, upgrade=False)
    try:
        assert w.state.trainee is not None
        (session,) = session_store.list_sessions(db, w.state.trainee.id)
        return session, answer_store.list_answers(db, session.id)
    finally:
        db.close()


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]


# --- GUI stalls ---------------------------------------------------------------------------------------


@dataclass
class Stall:
    gap_ms: float
    app_code: list[str]  # "file:line function" frames of trainer/ seen on the GUI thread during the gap


@dataclass
class StallWatch:
    """Late heartbeats of the GUI thread while :meth:`watching` runs."""

    beat_ms: int = 5
    report_ms: float = 40.0
    stalls: list[Stall] = field(default_factory=list)
    max_gap_ms: float = 0.0

    @contextmanager
    def watching(self) -> Iterator[StallWatch]:
        gui = threading.get_ident()
        last = [time.monotonic()]
        seen: list[str] = []
        stop = threading.Event()

        def beat() -> None:
            now = time.monotonic()
            gap = (now - last[0]) * 1000 - self.beat_ms
            self.max_gap_ms = max(self.max_gap_ms, gap)
            if gap > self.report_ms:
                self.stalls.append(Stall(gap, sorted(set(seen))))
            seen.clear()
            last[0] = now

        def watchdog() -> None:
            while not stop.wait(0.005):
                if (time.monotonic() - last[0]) * 1000 > self.report_ms:
                    frame = sys._current_frames().get(gui)
                    while frame is not None:
                        name = frame.f_code.co_filename
                        if f"{os.sep}trainer{os.sep}" in name:
                            seen.append(f"{Path(name).name}:{frame.f_lineno} {frame.f_code.co_name}")
                        frame = frame.f_back

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(self.beat_ms)
        timer.timeout.connect(beat)
        thread = threading.Thread(target=watchdog, daemon=True, name="stall-watchdog")
        timer.start()
        thread.start()
        try:
            yield self
        finally:
            timer.stop()
            stop.set()
            thread.join(2)

    def app_stalls(self, over_ms: float = 50.0) -> list[Stall]:
        return [s for s in self.stalls if s.gap_ms > over_ms and s.app_code]


# --- killing the speech worker mid-utterance -------------------------------------------------------------


def cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


@dataclass
class Kill:
    pid: int = 0
    at: float = 0.0  # time.monotonic() of the kill
    done: threading.Event = field(default_factory=threading.Event)
    error: str = ""


def kill_mid_synthesis(engine: Any, *, timeout_s: float = 30.0) -> Kill:
    """Arm a thread that SIGKILLs *engine*'s (warm, idle) worker once the next synthesis request
    was sent and the worker has started working on it."""
    kill = Kill()
    requests = engine.requests
    pid = engine.pid
    if pid is None:
        raise AssertionError("the speech worker must be running (warm) before it is killed mid-synthesis")

    def run() -> None:
        try:
            base = cpu_ticks(pid)
            deadline = time.monotonic() + timeout_s
            while engine.requests == requests:
                if time.monotonic() > deadline:
                    raise TimeoutError("no synthesis was requested")
                time.sleep(0.001)
            while cpu_ticks(pid) < base + 2:  # 20 ms of work on this request
                if time.monotonic() > deadline:
                    raise TimeoutError("the worker never started synthesising")
                time.sleep(0.001)
            os.kill(pid, signal.SIGKILL)
            kill.at = time.monotonic()
            kill.pid = pid
        except Exception as exc:  # reported by the test
            kill.error = repr(exc)
        finally:
            kill.done.set()

    threading.Thread(target=run, daemon=True, name="speech-killer").start()
    return kill


def warm(qtbot, engine: Any) -> None:  # type: ignore[no-untyped-def]
    """Start a fresh worker off the GUI thread (the test's own doing, so not timed as a stall)."""
    done = threading.Event()
    threading.Thread(target=lambda: (engine.start(), done.set()), daemon=True).start()
    qtbot.waitUntil(done.is_set, timeout=20000)


def needs_espeak() -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
