"""One background thread that runs jobs by priority: the speech service's synthesis thread.

Jobs of a lower priority number run first; jobs of one priority run in the order they came.
The thread starts with the first job. A job reports its own outcome (the service's jobs emit
queued signals); an exception that escapes one is logged and the next job runs.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

Job = Callable[[], None]


class JobThread:
    def __init__(self, name: str) -> None:
        self.name = name
        self._jobs: queue.PriorityQueue[tuple[float, int, Job | None]] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def submit(self, priority: int, job: Job) -> None:
        """Run *job* on the thread (safe from any thread, the job thread too)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
            self._thread.start()
        self._jobs.put((priority, next(self._seq), job))

    def quit(self) -> threading.Thread | None:
        """Ask the thread to end before any waiting job (the one running finishes); returns the
        thread to join, or None when it never started."""
        thread, self._thread = self._thread, None
        if thread is not None:
            self._jobs.put((float("-inf"), next(self._seq), None))
        return thread

    def _run(self) -> None:
        while True:
            _, _, job = self._jobs.get()
            if job is None:
                return
            try:
                job()
            except Exception:  # a job reports its own errors; this is the last line of defence
                log.exception("background job failed on %s", self.name)
