"""Child process of test_faults_media_mic: a microphone whose opening never returns.

A PulseAudio pipe source of its own is loaded, listed by Qt, unloaded (Qt goes on listing
it); PulseAudio's list is hidden from the recorder (as on a machine without ``pactl``); a
take is started on the stale device. Prints what happened, then exits through the app's own
exit path (``exit_if_stuck``) — exit status 0, not Qt's abort for a running QThread.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from trainer.speech import recorder as recorder_module
from trainer.speech.recorder import Recorder
from trainer.ui.spoken_text import recording_failure_text


def main(folder: Path) -> int:
    app = QApplication(["stuck-microphone"])
    name = f"stuck_mic_{int(time.time() * 1000) % 100000}"
    module = subprocess.run(
        ["pactl", "load-module", "module-pipe-source", f"source_name={name}", f"file={folder / 'stuck.fifo'}",
         "format=s16le", "rate=16000", "channels=1"],
        capture_output=True, text=True, check=True, timeout=10,
    ).stdout.strip()  # fmt: skip
    try:
        recorder_module.pulse_sources = lambda max_age_s=1.0: None  # as without pactl
        rec = Recorder()
        deadline = time.monotonic() + 5
        while not any(m.id == name for m in rec.microphones()) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
    finally:
        subprocess.run(["pactl", "unload-module", module], check=True, timeout=10)  # pulled out
    result: dict[str, str] = {}
    gaps = [0.0]
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        gaps[0] = max(gaps[0], (now - last[0]) * 1000 - 5)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(beat)
    timer.start(5)
    began = time.monotonic()
    rec.failed.connect(
        lambda code, detail: result.update(failed=f"{code} {detail}", after_s=f"{time.monotonic() - began:.2f}")
    )
    rec.started.connect(lambda *_: result.update(started="yes"))
    rec.start(folder / "take.wav", device_id=name, max_seconds=10)
    while "failed" not in result and time.monotonic() - began < 15:
        app.processEvents()
        time.sleep(0.005)
    code = result["failed"].split()[0] if "failed" in result else ""
    print("failed", result.get("failed", "-"))
    print("after_s", result.get("after_s", "-"))
    print("message", recording_failure_text(code) if code else "-")
    print("gui_blocked_ms", f"{gaps[0]:.1f}")
    print("stuck", len(recorder_module._stuck), flush=True)
    rec.shutdown()  # must not wait for the stuck thread
    recorder_module.exit_if_stuck(0)
    return 1  # not reached while the thread is stuck


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
