"""The desktop app: cold start against a bare PySide6 window started the same way.

Each start is a fresh process (offscreen Qt, a private data folder), timed from launch to
the first event-loop turn after the window is shown (the process prints the moment). The
app opens its database and loads the scenarios on worker threads once the window has
painted; a third row times the start to the scenario library listed (no target: it says
how long a teacher waits for the list, against the same bare window).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RUNS = 11

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1280, 760)
w.show()
def shown():
    print(f"shown-at {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""


def _time(cmd: list[str], env: dict[str, str], mark: str = "shown-at") -> float:
    """Milliseconds from launching *cmd* to the moment it prints *mark* (by default the first
    event-loop turn after its window is shown)."""
    started = time.time()
    out = subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout
    moment = next(float(line.split()[1]) for line in out.splitlines() if line.startswith(f"{mark} "))
    return (moment - started) * 1000.0


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str] | None:
    """A private X server for the real-window measurement (None when Xvfb is not installed)."""
    if shutil.which("Xvfb") is None:
        return None
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    return proc, f":{number}"


def _measure(platform_env: dict[str, str], label: str, *, until: str = "shown") -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, TRAINER_QUIT_WHEN_SHOWN="listed" if until == "listed" else "1", **platform_env)
        for name in ("DATA", "CONFIG", "LOG"):
            env[f"TRAINER_{name}_DIR"] = str(Path(tmp) / name.lower())
        env.pop("TRAINER_DATABASE_URL", None)
        # As on a user's machine: byte-code caches written once and then used.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app_cmd = [sys.executable, "main.py"]
        bare_cmd = [sys.executable, "-c", BARE]
        mark = "listed-at" if until == "listed" else "shown-at"
        _time(app_cmd, env, mark)  # the first run creates the database and warms the file cache
        _time(bare_cmd, env)
        bare, app = [], []
        for _ in range(RUNS):  # interleaved, so background load hits both alike
            bare.append(_time(bare_cmd, env))
            app.append(_time(app_cmd, env, mark))
    b, a = statistics.median(bare), statistics.median(app)
    ratio = a / b
    if until == "listed":
        return {
            "name": f"cold start to the scenario library listed ({label})",
            "median_ms": a,
            "p95_ms": max(app),
            "max_ms": max(app),
            "baseline": "bare PySide6 QMainWindow shown, same way",
            "baseline_ms": b,
            "ratio": ratio,
            "target": "— (information)",
            "passed": None,
            "note": f"{RUNS} runs each, fresh process; 16 bundled scenarios",
        }
    return {
        "name": f"cold start to the main window shown ({label})",
        "median_ms": a,
        "p95_ms": max(app),
        "max_ms": max(app),
        "baseline": "bare PySide6 QMainWindow, same way",
        "baseline_ms": b,
        "ratio": ratio,
        "target": "ratio ≤ 1.5",
        "passed": ratio <= 1.5,
        "note": f"{RUNS} runs each, fresh process",
    }


def run() -> list[dict[str, Any]]:
    rows = [_measure({"QT_QPA_PLATFORM": "offscreen"}, "offscreen")]
    rows.append(_measure({"QT_QPA_PLATFORM": "offscreen"}, "offscreen", until="listed"))
    xvfb = _start_xvfb()
    if xvfb is not None:
        proc, display = xvfb
        try:
            rows.append(_measure({"QT_QPA_PLATFORM": "xcb", "DISPLAY": display}, "X11 window on Xvfb"))
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
