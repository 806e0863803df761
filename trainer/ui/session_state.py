"""What the window knows about the database and the trainee: opened and refreshed off the GUI thread."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from trainer.ui.tasks import run_task

if TYPE_CHECKING:
    from uuid import UUID

    from trainer.domain.scenario import Scenario
    from trainer.storage.engine import Database
    from trainer.storage.records import ScenarioAttempts, SessionInfo, TraineeInfo

# SQLAlchemy and Alembic are imported on worker threads, after the window is shown.

log = logging.getLogger(__name__)


def _load_trainee_data(db: Database, trainee_id: UUID) -> tuple[list[ScenarioAttempts], list[SessionInfo]]:
    from trainer.storage import history, sessions

    return history.scenario_attempts(db, trainee_id), sessions.list_sessions(db, trainee_id)


def _open_database(url: str | None) -> Database:
    from trainer.storage.engine import open_database

    return open_database(url)


def _storage_error(exc: Exception) -> bool:
    from trainer.storage.errors import StorageError

    return isinstance(exc, StorageError)


class SessionState(QObject):
    changed = Signal()
    database_failed = Signal(str)
    database_warning = Signal(str)

    def __init__(self, parent: Any = None, *, database_url: str | None = None) -> None:
        super().__init__(parent)
        self.database_url = database_url
        self.db: Database | None = None
        self.db_error = ""
        self.db_exception: Exception | None = None  # why the database could not be opened
        self.opening = False
        self.trainee: TraineeInfo | None = None
        self.attempts: dict[str, ScenarioAttempts] = {}
        self.sessions: list[SessionInfo] = []

    # --- the database ------------------------------------------------------------------
    def open(self) -> None:
        """Open the database in a worker; also the "Try again" after it failed."""
        if self.opening or self.db is not None:
            return
        self.opening = True
        self.changed.emit()
        run_task(_open_database, self.database_url, on_done=self._opened, on_error=self._open_failed)

    def _opened(self, db: Database) -> None:
        self.opening = False
        self.db = db
        self.db_error, self.db_exception = "", None
        for warning in db.warnings:
            self.database_warning.emit(warning)
        self.changed.emit()
        self._restore_trainee()

    def _open_failed(self, exc: Exception) -> None:
        self.opening = False
        self.db_exception = exc
        self.db_error = str(exc) if _storage_error(exc) else f"{type(exc).__name__}: {exc}"
        log.error("database could not be opened: %s", self.db_error)
        self.changed.emit()
        self.database_failed.emit(self.db_error)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    # --- the trainee -------------------------------------------------------------------
    @property
    def trainee_id_str(self) -> str:
        return str(self.trainee.id) if self.trainee else ""

    def _restore_trainee(self) -> None:
        parent = self.parent()
        wanted = getattr(getattr(parent, "settings", None), "last_trainee_id", "")
        if self.db is None:
            return
        from uuid import UUID

        from trainer.storage import trainees
        from trainer.storage.errors import StorageError

        try:
            trainee = trainees.get_trainee(self.db, UUID(wanted)) if wanted else None
        except (StorageError, ValueError):
            trainee = None
        if trainee is not None:
            self.set_trainee(trainee)
        elif parent is not None and hasattr(parent, "choose_profile"):
            parent.choose_profile()

    def set_trainee(self, trainee: TraineeInfo) -> None:
        self.trainee = trainee
        self.attempts, self.sessions = {}, []
        self.changed.emit()
        self.refresh()

    def refresh(self) -> None:
        """Reload the trainee's best scores and unfinished sessions (in a worker)."""
        if self.db is None or self.trainee is None:
            return
        trainee_id = self.trainee.id
        run_task(
            _load_trainee_data,
            self.db,
            trainee_id,
            on_done=lambda data: self._refreshed(trainee_id, data),
            on_error=lambda exc: log.warning("history not loaded: %s", exc),
        )

    def _refreshed(self, trainee_id: UUID, data: tuple[list[ScenarioAttempts], list[SessionInfo]]) -> None:
        if self.trainee is None or self.trainee.id != trainee_id:
            return  # the profile changed meanwhile
        attempts, session_list = data
        self.attempts = {a.scenario_id: a for a in attempts}
        self.sessions = session_list
        self.changed.emit()

    # --- what the start panel shows ---------------------------------------------------------
    def best_scores(self) -> dict[str, int]:
        return {sid: round(a.best.mean_overall) for sid, a in self.attempts.items()}

    def best_score(self, scenario_id: str) -> int | None:
        a = self.attempts.get(scenario_id)
        return round(a.best.mean_overall) if a else None

    def resumable(self, scenario: Scenario) -> SessionInfo | None:
        """The latest unfinished session of this scenario, if the newest session is unfinished."""
        mine = [s for s in self.sessions if s.scenario_id == scenario.id]
        if not mine:
            return None
        latest = max(mine, key=lambda s: s.started_at)
        return latest if latest.status in ("in_progress", "abandoned") else None

    def practice_available(self) -> tuple[bool, str]:
        if self.opening:
            return False, self.tr("Opening the progress database…")
        if self.db is None:
            from trainer.ui.storage_messages import explain

            problem, remedy = explain(self.db_exception)
            return True, self.tr(
                "Practice needs the progress database. %1 “Start the interview” tries to open it again."
            ).replace("%1", f"{problem} {remedy}")
        if self.trainee is None:
            return True, self.tr("Choose a profile (Profile menu) so that your progress is saved.")
        return True, ""

    def scorer(self) -> Any:
        from trainer.domain.scoring import score_answer

        return score_answer
