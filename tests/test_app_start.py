"""The app as a user starts it: a fresh process, a fresh data folder, a clean exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_app_starts_and_exits_cleanly_every_time(tmp_path: Path) -> None:
    # Workers still importing (SQLAlchemy, jsonschema) when Python exited used to deadlock
    # the interpreter's shutdown about every other start: the window now waits for them.
    # "loading": quit as soon as the background loading has started, with the workers busy.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRAINER_QUIT_WHEN_SHOWN="loading")
    for run in range(5):
        for name in ("DATA", "CONFIG", "LOG"):
            env[f"TRAINER_{name}_DIR"] = str(tmp_path / str(run) / name.lower())
        out = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr[-2000:]
        assert "shown-at" in out.stdout
        assert "Traceback" not in out.stderr
        assert (tmp_path / str(run) / "data" / "progress.sqlite3").exists()  # the database was opened


def test_the_library_is_listed_after_the_window_is_shown(tmp_path: Path) -> None:
    # The start-up benchmark's third row: "listed" quits once the scenario table is filled.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRAINER_QUIT_WHEN_SHOWN="listed")
    for name in ("DATA", "CONFIG", "LOG"):
        env[f"TRAINER_{name}_DIR"] = str(tmp_path / name.lower())
    out = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    moments = {line.split()[0]: float(line.split()[1]) for line in out.stdout.splitlines() if "-at " in line}
    assert moments["shown-at"] <= moments["listed-at"]
