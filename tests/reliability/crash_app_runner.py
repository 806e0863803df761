"""Run the real app (``trainer.app.main``) in this process and drive it from a script.

The drivers of the crash and upgrade tests run as subprocesses (a test may SIGKILL them).
:func:`run_app` starts the app exactly as ``python main.py`` does and, once the event loop
runs, calls *script(window)* on the GUI thread. The script drives the real widgets and
waits with :func:`wait_until` (which keeps the event loop turning). A watcher fills the
profile dialog with the given name and records every message box it closes, so modal
dialogs never block the script. Each event is one JSON line on stdout, flushed at once.
"""

from __future__ import annotations

import faulthandler
import json
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from trainer import app as trainer_app
from trainer.ui import application

faulthandler.enable()  # a crash of the app prints where it happened, for the test's report

PROFILE = ("Nguyễn Thị Lan", "Trường Tiểu học Hòa An")
#: The message boxes the watcher has closed: (title, text, informative text).
MESSAGES: list[tuple[str, str, str]] = []


def emit(event: str, **fields: Any) -> None:
    print(json.dumps({"event": event, "t": time.monotonic(), **fields}, ensure_ascii=False), flush=True)


def wait_until(condition: Callable[[], Any], timeout: float = 30.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what or condition}")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def _watch_dialogs() -> None:
    from trainer.ui.profile_dialog import ProfileDialog

    widget = QApplication.activeModalWidget()
    if isinstance(widget, ProfileDialog) and widget.isVisible():
        if widget.existing.count() == 0:
            widget.name.setText(PROFILE[0])
            widget.unit.setText(PROFILE[1])
        emit("profile-dialog", people=widget.existing.count())
        widget.ok.click()
    elif isinstance(widget, QMessageBox) and widget.isVisible():
        MESSAGES.append((widget.windowTitle(), widget.text(), widget.informativeText()))
        emit("message", title=widget.windowTitle(), text=widget.text(), detail=widget.informativeText())
        widget.accept()


def main_window() -> Any:
    from trainer.ui.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def run_app(argv: list[str], script: Callable[[Any], None]) -> int:
    """Start the app with *argv* (the app's own options) and run *script(window)* in it."""
    real_create = application.create_application

    def create(*args: Any, **kwargs: Any) -> Any:
        qapp = real_create(*args, **kwargs)
        watcher = QTimer(qapp)
        watcher.setInterval(50)
        watcher.timeout.connect(_watch_dialogs)
        watcher.start()
        QTimer.singleShot(0, lambda: _run_script(qapp, script))
        return qapp

    application.create_application = create  # run_gui imports it when it runs
    code = trainer_app.main(argv)
    emit("exit", code=code)
    return code


def _run_script(qapp: Any, script: Callable[[Any], None]) -> None:
    try:
        window = wait_until(main_window, 30, "the main window")
        script(window)
    except Exception as exc:
        emit("driver-error", error=f"{type(exc).__name__}: {exc}", trace=traceback.format_exc())
        qapp.exit(3)


if __name__ == "__main__":
    sys.exit("run crash_interview_driver.py or upgrade_app_driver.py")
