"""The pieces of a workshop run that hold no state: the phases of a turn, a turn, what the
room sees (:class:`Stage`), the roster's order, and the database work of a turn (run on
the database thread)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from trainer.domain.result import Result
from trainer.domain.scenario import Journalist, Question, Scenario
from trainer.domain.text import fold

if TYPE_CHECKING:
    from trainer.storage.engine import Database
    from trainer.storage.records import SessionInfo, TraineeInfo
    from trainer.storage.workshops import WorkshopAnswer

RUN_MODES: tuple[str, ...] = ("rounds", "relay")
DEFAULT_TIME_LIMIT_S = 60
Scorer = Callable[..., Any]

# The phases of a turn.
IDLE = "idle"  # between turns
READY = "ready"  # the question is on screen, the clock has not started
ANSWERING = "answering"  # the clock has started (it may be stopped again)
SAVING = "saving"  # the answer is being scored and committed
ANSWERED = "answered"  # the answer is saved
FINISHED = "finished"


@dataclass(frozen=True)
class Turn:
    number: int
    trainee: TraineeInfo
    question: Question
    follow_up: bool
    time_limit_s: int
    asked_at: datetime


@dataclass(frozen=True)
class Stage:
    """What the room sees on the presenter screen (never a score unless revealed)."""

    workshop: str
    scenario_title: str
    phase: str
    trainee_name: str = ""  # who answers (or answered) the question on screen
    next_name: str = ""  # between turns: who answers next
    journalist: Journalist | None = None
    question_text: str = ""
    follow_up: bool = False
    turn_number: int = 0
    time_limit_s: int = 0
    answer_text: str = ""
    answers: int = 0  # answers given in this run
    revealed: WorkshopAnswer | None = None  # an answer whose scores the trainer revealed


def roster_order_key(person: TraineeInfo) -> tuple[str, str, str]:
    """Vietnamese class-list order: by given name (the last word), then the full name."""
    words = person.display_name.split()
    return (fold(words[-1]) if words else "", fold(person.display_name), str(person.id))


def save_turn(
    db: Database,
    *,
    scorer: Scorer,
    scenario: Scenario,
    question: Question,
    trainee_id: UUID,
    session: SessionInfo | None,
    workshop_id: UUID,
    difficulty: int,
    text: str,
    latency_s: float | None,
    duration_s: float,
    input_mode: str,
    delivery: Any,
    audio_path: str | None,
    asked_at: datetime,
    result: Result | None = None,
    extra: Mapping[str, Any] | None = None,
) -> tuple[SessionInfo, Any]:
    """On the database thread: score the answer (unless *result* is given), start the
    trainee's session if needed, commit. *extra* goes to ``save_scored_answer`` as it is.
    A failure after the session was started says so (:class:`TurnNotSaved`), so that a
    second try uses the same session."""
    from trainer.storage import answers, sessions

    spoken = input_mode == "spoken"
    if result is None:
        result = scorer(scenario, question, text, latency_s=latency_s if spoken else None, delivery=delivery)
    if session is None:
        session = sessions.start_session(
            db, trainee_id, scenario, mode="workshop", workshop_id=workshop_id, difficulty=difficulty
        )
    try:
        record = answers.save_scored_answer(
            db,
            session.id,
            question_id=question.id,
            question_text=question.text,
            question_kind=question.kind,
            result=result,
            duration_ms=max(0, round(duration_s * 1000)),
            latency_ms=None if latency_s is None else max(0, round(latency_s * 1000)),
            input_mode=input_mode,
            audio_path=audio_path,
            asked_at=asked_at,
            **dict(extra or {}),
        )
    except Exception as exc:
        raise TurnNotSaved(session, exc) from exc
    return session, record


class TurnNotSaved(Exception):
    """The answer was not saved, but the trainee's session of the run was started."""

    def __init__(self, session: SessionInfo, cause: Exception) -> None:
        super().__init__(str(cause))
        self.session = session
        self.cause = cause


def finish_sessions(db: Database, session_ids: list[UUID]) -> int:
    from trainer.storage import sessions

    for session_id in session_ids:
        sessions.finish_session(db, session_id, status="completed")
    return len(session_ids)
