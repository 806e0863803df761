"""One practice session: the interview, the scorer and the database, wired together.

The controller owns no widget. It asks the next question, scores each answer, commits it
(on the database worker thread) *before* the next question is asked, and rebuilds an
interrupted session from the database to resume it.

A database that another program holds locked is retried (``retrying`` fires each time)
for up to :data:`BUSY_RETRY_S`; any other storage failure, or a lock held longer, fires
``failed`` with a :class:`StorageFailure` saying which step failed. Nothing is lost: a
failed save leaves the answer with the page to submit again. ``submitted`` is the answer
submitted and not stored yet (``saving`` while its save runs or waits to be tried again),
so that closing the window can wait for it or keep it (trainer/ui/closing.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QObject, QTimer, Signal

from trainer.domain.interview import Interview
from trainer.domain.result import Result
from trainer.domain.scenario import Question, Scenario
from trainer.storage.records import AnswerRecord, SessionInfo
from trainer.ui.tasks import run_db_task

if TYPE_CHECKING:
    from trainer.speech.spoken_result import SpokenAnswer
    from trainer.storage.engine import Database

log = logging.getLogger(__name__)

Scorer = Callable[..., Result]

#: How long a write is retried while another program holds the database locked (seconds).
BUSY_RETRY_S = 30.0
#: The pause between two tries (each try already waits the engine's busy timeout).
BUSY_RETRY_PAUSE_MS = 300


@dataclass(frozen=True)
class StorageFailure:
    """A database step of the interview that failed: "start", "resume", "save", "finish" or "abandon"."""

    stage: str
    error: Exception

    def __str__(self) -> str:
        return str(self.error)


@dataclass(frozen=True)
class Submitted:
    """An answer submitted and not stored yet."""

    question: Question
    text: str  # typed, or a spoken answer's corrected transcript
    input_mode: str  # typed | spoken
    audio_path: str | None = None  # a spoken answer's recording, relative to the data folder


def _is_busy(exc: Exception) -> bool:
    from trainer.storage.errors import DatabaseBusyError

    return isinstance(exc, DatabaseBusyError)


def _answers() -> Any:
    from trainer.storage import answers  # SQLAlchemy stays out of the start-up path

    return answers


def _sessions() -> Any:
    from trainer.storage import sessions

    return sessions


@dataclass(frozen=True)
class Prompt:
    question: Question
    position: int
    total: int
    follow_up: bool
    attempt: int  # 1 for the first try, 2+ for "answer this question again"


@dataclass
class Summary:
    scenario: Scenario
    answers: list[tuple[Question, AnswerRecord]] = field(default_factory=list)

    @property
    def overall(self) -> int:
        return round(sum(a.overall for _q, a in self.answers) / len(self.answers)) if self.answers else 0

    @property
    def best(self) -> tuple[Question, AnswerRecord] | None:
        return max(self.answers, key=lambda qa: qa[1].overall, default=None)

    @property
    def weakest(self) -> tuple[Question, AnswerRecord] | None:
        return min(self.answers, key=lambda qa: qa[1].overall, default=None)

    def principle_means(self) -> dict[str, int]:
        totals: dict[str, list[int]] = {}
        for _q, a in self.answers:
            for s in a.scores:
                if s.score is not None and s.status != "not_applicable":
                    totals.setdefault(s.principle, []).append(s.score)
        return {p: round(sum(v) / len(v)) for p, v in totals.items()}


def final_attempts(records: Sequence[AnswerRecord]) -> list[AnswerRecord]:
    """The last answer of each run of answers to one question (earlier tries were retries)."""
    out: list[AnswerRecord] = []
    for record in records:
        if out and out[-1].question_id == record.question_id:
            out[-1] = record
        else:
            out.append(record)
    return out


class PracticeController(QObject):
    question_ready = Signal(object)  # Prompt
    feedback_ready = Signal(object, object, bool)  # Question, AnswerRecord, is_last
    finished = Signal(object)  # Summary
    failed = Signal(object)  # StorageFailure; the session stays resumable
    retrying = Signal(object)  # the DatabaseBusyError of a try; the write is tried again
    busy = Signal(bool)

    def __init__(
        self,
        db: Database,
        trainee_id: UUID,
        scenario: Scenario,
        *,
        difficulty: int,
        scorer: Scorer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.trainee_id = trainee_id
        self.scenario = scenario
        self.interview = Interview(scenario, difficulty)
        self.scorer = scorer
        self.session: SessionInfo | None = None
        self.summary = Summary(scenario)
        self._pending: tuple[Question, AnswerRecord] | None = None
        self._attempt = 1
        self._asked_at: datetime | None = None
        self.submitted: Submitted | None = None  # submitted, not stored yet (saving, or its save failed)
        self.saving = False  # a save is running or waits to be tried again
        self._gave_up_saving = False

    # --- starting and resuming ----------------------------------------------------------
    def start(self) -> None:
        self.busy.emit(True)
        self._db_write(
            "start",
            _sessions().start_session,
            self.db,
            self.trainee_id,
            self.scenario,
            difficulty=self.interview.difficulty,
            on_done=self._started,
        )

    def resume(self, session: SessionInfo) -> None:
        self.busy.emit(True)
        self._db_write(
            "resume", _answers().list_answers, self.db, session.id, on_done=lambda rs: self._resumed(session, rs)
        )

    def _started(self, session: SessionInfo) -> None:
        self.session = session
        self.busy.emit(False)
        self._ask()

    def _resumed(self, session: SessionInfo, records: list[AnswerRecord]) -> None:
        self.session = session
        finals = final_attempts(records)
        self.interview = Interview.replay(
            self.scenario, session.difficulty, [(r.question_id, r.to_result()) for r in finals]
        )
        for record in finals[: len(self.interview.turns)]:
            self.summary.answers.append((self.scenario.question(record.question_id), record))
        self.busy.emit(False)
        if self.interview.finished:
            self._finish()
        else:
            self._ask()

    # --- the loop -----------------------------------------------------------------------
    def _ask(self) -> None:
        question = self.interview.current
        if question is None:
            self._finish()
            return
        self._asked_at = datetime.now(UTC)
        self.question_ready.emit(
            Prompt(
                question,
                self.interview.position,
                self.interview.expected_total,
                self.interview.current_is_follow_up,
                self._attempt,
            )
        )

    def submit(
        self,
        text: str,
        latency_s: float | None,
        duration_s: float,
        *,
        spoken: bool = False,
        spoken_answer: SpokenAnswer | None = None,
    ) -> None:
        """Score the answer and commit it; feedback_ready fires once it is safely stored.

        A recorded answer comes as *spoken_answer*: its text (corrected transcript, typed, or
        none), its delivery measures and its onset latency are scored; its recording, the raw
        transcript and the measures are stored with it. Scored on delivery only, the result
        says so and the answer is marked for the trainer's review.
        """
        question = self.interview.current
        if question is None or self.session is None:
            return
        if spoken_answer is not None:
            result = spoken_answer.score(self.scorer, self.scenario, question)
            fields = spoken_answer.storage_fields()
            latency_ms = fields.pop("latency_ms")
            latency_s = None if latency_ms is None else latency_ms / 1000
            spoken, extra = True, fields
        else:
            result = self.scorer(self.scenario, question, text, latency_s=latency_s if spoken else None)
            extra = {"input_mode": "spoken" if spoken else "typed"}
        self.submitted = Submitted(
            question,
            spoken_answer.text if spoken_answer is not None else text,
            str(extra.get("input_mode", "spoken" if spoken else "typed")),
            extra.get("audio_path"),
        )
        self.saving = True
        self.busy.emit(True)
        self._db_write(
            "save",
            _answers().save_scored_answer,
            self.db,
            self.session.id,
            question_id=question.id,
            question_text=question.text,
            question_kind=question.kind,
            result=result,
            duration_ms=max(0, round(duration_s * 1000)),
            latency_ms=None if latency_s is None else max(0, round(latency_s * 1000)),
            asked_at=self._asked_at,
            on_done=lambda record: self._saved(question, record),
            **extra,
        )

    def _saved(self, question: Question, record: AnswerRecord) -> None:
        self.saving, self.submitted = False, None
        self.busy.emit(False)
        self._pending = (question, record)
        is_last = self._peek_is_last(record.to_result())
        self.feedback_ready.emit(question, record, is_last)

    def _peek_is_last(self, result: Result) -> bool:
        probe = Interview.replay(
            self.scenario, self.interview.difficulty, [(t.question.id, t.result) for t in self.interview.turns]
        )
        return probe.answer(result) is None

    def answer_again(self) -> None:
        """Ask the same question again; the new answer replaces this one in the interview."""
        self._pending = None
        self._attempt += 1
        self._ask()

    def next_question(self) -> None:
        if self._pending is None:
            return
        question, record = self._pending
        self._pending = None
        self._attempt = 1
        self.summary.answers.append((question, record))
        self.interview.answer(record.to_result())
        self._ask()

    def _finish(self) -> None:
        if self.session is None:
            return
        session_id = self.session.id
        self.busy.emit(True)
        self._db_write(
            "finish", _sessions().finish_session, self.db, session_id, status="completed", on_done=self._finished
        )

    def _finished(self, _info: SessionInfo) -> None:
        self.busy.emit(False)
        self.finished.emit(self.summary)

    def abandon(self, on_done: Callable[[Any], None] | None = None) -> None:
        """Stop here: the session is saved as abandoned and can be resumed later."""
        if self.session is None:
            if on_done:
                on_done(None)
            return
        self._db_write(
            "abandon", _sessions().finish_session, self.db, self.session.id, status="abandoned", on_done=on_done
        )

    # --- the database ---------------------------------------------------------------------
    def _db_write(
        self, stage: str, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None, **kwargs: Any
    ) -> None:
        """Run *fn* on the database thread; while the database is locked, try again (up to
        BUSY_RETRY_S, saying so through ``retrying``); other failures go to ``failed``."""
        given_up_at = time.monotonic() + BUSY_RETRY_S

        def attempt() -> None:
            if stage == "save" and self._gave_up_saving:
                self.saving = False  # the window closed meanwhile, the answer kept in a file
                return
            run_db_task(fn, *args, on_done=on_done, on_error=failed, **kwargs)

        def failed(exc: Exception) -> None:
            if stage == "save" and self._gave_up_saving:
                log.warning("practice session storage busy (%s): not tried again, the window closed", exc)
                self.saving = False
                return
            if _is_busy(exc) and time.monotonic() < given_up_at:
                log.warning("practice session storage busy (%s): trying again", exc)
                self.retrying.emit(exc)
                QTimer.singleShot(BUSY_RETRY_PAUSE_MS, self, attempt)
                return
            self._db_failed(StorageFailure(stage, exc))

        attempt()

    def give_up_saving(self) -> None:
        """The window closes without waiting for the answer being saved (it was kept in a file):
        no more tries. A try already running may still store it (``feedback_ready`` then fires)."""
        self._gave_up_saving = True

    def _db_failed(self, failure: StorageFailure) -> None:
        if failure.stage == "save":
            self.saving = False
        self.busy.emit(False)
        log.error("practice session storage failed while it tried to %s: %s", failure.stage, failure.error)
        self.failed.emit(failure)
