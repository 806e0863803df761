"""Run slow work off the GUI thread; callbacks always run on the GUI thread.

run_task(load_library, folders, on_done=view.show_reports, on_error=view.show_error)
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # reported to the GUI thread, logged with its traceback
            log.error("background task %s failed:\n%s", getattr(self.fn, "__name__", self.fn), traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class _Relay(QObject):
    """Lives on the GUI thread, so signals from a worker reach it through the event loop."""

    def __init__(
        self, task: _Task, on_done: Callable[[Any], None] | None, on_error: Callable[[Exception], None] | None
    ):
        super().__init__()
        self.task, self.on_done, self.on_error = task, on_done, on_error

    @Slot(object)
    def ok(self, result: Any) -> None:
        _running.pop(self.task, None)
        if self.on_done:
            self.on_done(result)

    @Slot(object)
    def bad(self, exc: Exception) -> None:
        _running.pop(self.task, None)
        if self.on_error:
            self.on_error(exc)


_running: dict[_Task, _Relay] = {}


_db_pool: QThreadPool | None = None


def db_pool() -> QThreadPool:
    """One thread for database writes, so they are serialised in the order they were asked."""
    global _db_pool
    if _db_pool is None:
        _db_pool = QThreadPool()
        _db_pool.setMaxThreadCount(1)
        _db_pool.setExpiryTimeout(-1)
    return _db_pool


def run_db_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    **kwargs: Any,
) -> None:
    """Like :func:`run_task`, on the single database thread."""
    run_task(fn, *args, on_done=on_done, on_error=on_error, _pool=db_pool(), **kwargs)


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    _pool: QThreadPool | None = None,
    **kwargs: Any,
) -> None:
    """Call ``fn(*args, **kwargs)`` on a worker thread (call this from the GUI thread)."""
    task = _Task(fn, args, kwargs)
    task.setAutoDelete(False)
    relay = _Relay(task, on_done, on_error)
    _running[task] = relay
    task.signals.done.connect(relay.ok)
    task.signals.failed.connect(relay.bad)
    (_pool or QThreadPool.globalInstance()).start(task)


def wait_for_tasks(msecs: int = 5000) -> bool:
    """Block until every worker finished (used at exit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs) and db_pool().waitForDone(msecs)
