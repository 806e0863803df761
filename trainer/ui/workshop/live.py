"""Live refresh: the answers other laptops write to a shared database, seen within seconds.

Every *interval_ms* (1 s) a worker thread asks the database which answers the workshop
has and how many reviews each carries (one small indexed query); the answers that are new,
or whose reviews changed, are read in full and announced on the GUI thread. The set of ids
is compared rather than a time stamp, so laptops whose clocks disagree lose nothing.
A poll still running when the next is due is not doubled; a lost connection is reported
once and the polling carries on until the database answers again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QObject, QTimer, Signal

from trainer.ui.tasks import run_task
from trainer.ui.workshop.guard import alive

if TYPE_CHECKING:
    from trainer.storage.engine import Database

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 1000


def poll_workshop(
    db: Database, workshop_id: UUID, known: dict[UUID, int]
) -> tuple[dict[UUID, int], list[Any]] | StorageProblem:
    """(the answers and their review counts now, the answers new or changed since *known*);
    a database that does not answer is returned, not raised (it is expected on a network,
    and raising would log a traceback every second)."""
    from trainer.storage.errors import StorageError
    from trainer.storage.workshops import workshop_answer_stamps, workshop_answers

    try:
        stamps = workshop_answer_stamps(db, workshop_id)
        changed = [answer_id for answer_id, reviews in stamps.items() if known.get(answer_id) != reviews]
        return stamps, workshop_answers(db, workshop_id, answer_ids=changed) if changed else []
    except StorageError as exc:
        return StorageProblem(str(exc))


@dataclass(frozen=True)
class StorageProblem:
    message: str


class LiveFeed(QObject):
    answers_changed = Signal(list)  # [WorkshopAnswer], new or newly reviewed, oldest first
    connection_lost = Signal(str)
    connection_back = Signal()

    def __init__(
        self, db: Database, workshop_id: UUID, *, interval_ms: int = POLL_INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.workshop_id = workshop_id
        self.known: dict[UUID, int] = {}
        self.polls = 0  # finished polls (tests and the status line read it)
        self._busy = False
        self._lost = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        if self._busy:
            return
        self._busy = True
        run_task(
            poll_workshop,
            self.db,
            self.workshop_id,
            dict(self.known),
            on_done=alive(self, self._polled),
            on_error=alive(self, self._failed),
        )

    def _polled(self, result: tuple[dict[UUID, int], list[Any]] | StorageProblem) -> None:
        if isinstance(result, StorageProblem):
            self._failed(RuntimeError(result.message))
            return
        self._busy = False
        self.polls += 1
        stamps, changed = result
        self.known = stamps
        if self._lost:
            self._lost = False
            self.connection_back.emit()
        if changed:
            self.answers_changed.emit(changed)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.polls += 1
        if not self._lost:
            self._lost = True
            log.warning("workshop live refresh failed: %s", exc)
            self.connection_lost.emit(str(exc))
