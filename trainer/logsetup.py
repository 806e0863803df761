"""Logging: a rotating file in the user log folder, Qt's messages routed into it,
and an excepthook that logs instead of printing a traceback at the user."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from trainer import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: int = logging.INFO, *, console: bool = False) -> Path | None:
    root = logging.getLogger()
    root.setLevel(level)
    log_file: Path | None = None
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "trainer.log"
        rotate(log_file)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)  # no writable log folder: still log somewhere
        log_file = None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        root.addHandler(stream)
    return log_file


MAX_LOG_BYTES = 1_000_000
KEEP_LOGS = 3


def rotate(log_file: Path, max_bytes: int = MAX_LOG_BYTES, keep: int = KEEP_LOGS) -> None:
    """At start-up, move a log over *max_bytes* aside (trainer.log.1 … .keep).

    (logging.handlers' RotatingFileHandler would do it while running, but importing it costs
    start-up time; one session's log stays small.)
    """
    try:
        if not log_file.exists() or log_file.stat().st_size < max_bytes:
            return
        for i in range(keep - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{i}")
            if older.exists():
                older.replace(log_file.with_name(f"{log_file.name}.{i + 1}"))
        log_file.replace(log_file.with_name(f"{log_file.name}.1"))
    except OSError:
        pass  # a log that cannot rotate still gets appended to


@contextlib.contextmanager
def qt_messages_without_python() -> Iterator[None]:
    """Route Qt's messages to Qt's own (C++) handler while loading a Qt library.

    QtMultimedia warns from inside dlopen(), while the dynamic loader's lock is held. If that
    warning ran our Python handler, the main thread would wait for the GIL while holding the
    loader lock, and a worker thread importing a C extension would hold the GIL waiting for
    that lock: a deadlock (seen here). Qt's default handler needs no Python.
    """
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(None)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def install_qt_message_handler() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(mode, context, message):  # type: ignore[no-untyped-def]
        qt_log.log(levels.get(mode, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
