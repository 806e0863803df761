"""SIGKILL in the middle of an interview: nothing submitted is lost, the session resumes.

A driver subprocess (crash_interview_driver.py) runs the real app offscreen, creates a
profile through the real dialog, starts a bundled scenario and submits typed answers
through the real widgets. The test kills it with SIGKILL at a chosen moment, checks the
SQLite file as the dead process left it, then starts the app again and resumes through
the start panel.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = "ngo-doc-thuc-pham-ban-tru"
DRIVER = "tests.reliability.crash_interview_driver"

pytestmark = pytest.mark.slow


@dataclass
class Run:
    events: list[dict[str, Any]] = field(default_factory=list)
    stderr: str = ""
    returncode: int | None = None

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == kind]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for name in ("DATA", "CONFIG", "LOG"):
        env[f"TRAINER_{name}_DIR"] = str(home / name.lower())
    env.pop("TRAINER_DATABASE_URL", None)
    return env


def drive(
    home: Path, mode: str, *extra: str, kill_when: Any = None, kill_delay_s: float = 0.0, timeout: float = 90
) -> Run:
    """Run the driver; with *kill_when(event)*, SIGKILL it (after *kill_delay_s*) when that returns True."""
    proc = subprocess.Popen(
        [sys.executable, "-m", DRIVER, mode, SCENARIO, *extra],
        cwd=ROOT,
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: anything it started is cleaned up with it
    )
    run = Run()
    deadline = time.monotonic() + timeout
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if not line.startswith("{"):
                continue
            event = json.loads(line)
            run.events.append(event)
            if kill_when is not None and kill_when(event):
                if kill_delay_s:
                    time.sleep(kill_delay_s)
                os.kill(proc.pid, signal.SIGKILL)
                break
            assert time.monotonic() < deadline, f"the driver ran for more than {timeout} s"
        run.returncode = proc.wait(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # helpers it may have started (speech)
        proc.wait(timeout=30)
        assert proc.stderr is not None
        run.stderr = proc.stderr.read()
        (home / f"driver-{mode}.stderr").write_text(run.stderr, encoding="utf-8")  # kept for a failure's report
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()
    errors = run.of("driver-error")
    assert not errors, errors[0]["trace"]
    return run


def _database(home: Path) -> Path:
    return home / "data" / "progress.sqlite3"


def _stored(path: Path) -> tuple[list[tuple[Any, ...]], dict[str, dict[str, list[Any]]], list[tuple[Any, ...]]]:
    """(answers, scores by answer, sessions) as the file holds them; also PRAGMA integrity_check."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        answers = conn.execute(
            "SELECT id, session_id, question_id, overall FROM answers ORDER BY answered_at"
        ).fetchall()
        scores: dict[str, dict[str, list[Any]]] = {}
        for answer, principle, status, score in conn.execute(
            "SELECT answer_id, principle, status, score FROM principle_scores"
        ):
            scores.setdefault(answer, {})[principle] = [status, score]
        sessions = conn.execute("SELECT id, scenario_id, status FROM practice_sessions").fetchall()
        return answers, scores, sessions
    finally:
        conn.close()


def _hex(uuid_text: str) -> str:
    return uuid_text.replace("-", "")


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The questions an uninterrupted run asks, in order (the scorer and the follow-ups are deterministic)."""
    run = drive(tmp_path_factory.mktemp("reference"), "answer")
    assert run.returncode == 0 and run.of("finished"), run.stderr[-2000:]
    return [e["question"] for e in run.of("asked")]


KILL_POINTS: dict[str, tuple[Any, float, tuple[str, ...]]] = {
    # right after the third answer is submitted: the app is scoring it or committing it
    "while-scoring": (lambda e: e["event"] == "submitting" and e["number"] == 3, 0.0, ()),
    # the database thread is inside the third answer's transaction, its scores written, not committed
    "inside-the-commit": (lambda e: e["event"] == "in-transaction", 0.0, ("0", "--hold-commit", "3")),
    # the third answer's feedback is on screen, the app idle
    "on-the-feedback-page": (lambda e: e["event"] == "idle", 0.2, ("3",)),
}


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_killed_interview_loses_no_answer_and_resumes(tmp_path: Path, reference: list[str], point: str) -> None:
    kill_when, delay, extra = KILL_POINTS[point]
    first = drive(tmp_path, "answer", *extra, kill_when=kill_when, kill_delay_s=delay)
    assert first.returncode == -signal.SIGKILL, f"the app was not killed mid-session: {first.stderr[-3000:]}"
    committed = first.of("committed")
    assert len(committed) >= 2
    (session,) = {e["session"] for e in first.of("asked")}

    # The file as the killed app left it: sound, and every answer the app reported stored is there.
    answers, scores, sessions = _stored(_database(tmp_path))
    assert sessions == [(_hex(session), SCENARIO, "in_progress")]
    stored_ids = [a[0] for a in answers]
    for e in committed:
        assert _hex(e["answer"]) in stored_ids, f"answer {e['number']} was reported stored but is missing"
        row = answers[stored_ids.index(_hex(e["answer"]))]
        assert row[1:] == (_hex(session), e["question"], e["overall"])
        assert scores[_hex(e["answer"])] == e["scores"], "the answer's scores differ from those shown"
    # An answer being saved at the kill is either wholly there (with its scores) or not at all.
    extra = [a for a in answers if a[0] not in {_hex(e["answer"]) for e in committed}]
    assert len(extra) <= (0 if point == "inside-the-commit" else 1)
    for a in extra:
        assert a[2] == first.of("submitting")[-1]["question"] and scores.get(a[0])
    assert [a[2] for a in answers] == reference[: len(answers)]

    # Start again: the start panel offers to resume, and resuming continues at the next unanswered question.
    second = drive(tmp_path, "resume")
    assert second.returncode == 0, second.stderr[-2000:]
    assert "Traceback" not in second.stderr
    (offered,) = second.of("offered")
    assert offered["session"] == session and offered["status"] == "in_progress"
    assert offered["button_visible"] and offered["button"]
    (resumed,) = second.of("resumed")
    assert resumed["session"] == session
    assert resumed["turns"] == reference[: len(answers)]
    assert resumed["question"] == reference[len(answers)]
    (after,) = second.of("committed")

    answers_after, scores_after, sessions_after = _stored(_database(tmp_path))
    assert sessions_after == [(_hex(session), SCENARIO, "in_progress")]  # one session, continued
    assert [a[0] for a in answers_after] == [*stored_ids, _hex(after["answer"])]
    assert scores_after[_hex(after["answer"])] == after["scores"]
    print(f"{point}: {len(committed)} answers reported stored, {len(extra)} more found stored; "
          f"resumed at {resumed['question']}")  # fmt: skip
