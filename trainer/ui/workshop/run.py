"""Running a scenario for the room: whose turn it is, the question, the clock, the answers.

The controller owns no widget; the control view drives it and the presenter view shows
its :class:`Stage`. Two ways to run a scenario:

* ``rounds``: everyone answers the same question in turn, then the next one; each trainee
  has an interview of their own, so a weak answer brings *their* follow-up next round.
* ``relay``: the room shares one interview, like a press conference; each question goes
  to the next person, and a follow-up to a weak answer goes to the next person too.

Every trainee who answers gets a practice session of their own (mode ``workshop``, with the
workshop's id), started at their first answer. Each answer is scored and committed on the
database thread before the turn counts as answered.

The turn order (who is present, who answers next) is :class:`TurnOrder` (turn_order.py),
the clock :class:`AnswerClock` (answer_clock.py), and what the room's screen shows is
built by :func:`build_stage` (stage.py).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QObject, Signal

from trainer.domain.interview import Interview
from trainer.domain.result import Result
from trainer.domain.scenario import Question, Scenario
from trainer.domain.text import nfc
from trainer.ui.tasks import run_db_task
from trainer.ui.workshop.answer_clock import AnswerClock
from trainer.ui.workshop.guard import alive
from trainer.ui.workshop.stage import build_stage
from trainer.ui.workshop.turn_order import TurnOrder
from trainer.ui.workshop.turns import (
    ANSWERED,
    ANSWERING,
    DEFAULT_TIME_LIMIT_S,
    FINISHED,
    IDLE,
    READY,
    RUN_MODES,
    SAVING,
    Scorer,
    Stage,
    Turn,
    TurnNotSaved,
    finish_sessions,
    save_turn,
)

if TYPE_CHECKING:
    from trainer.storage.engine import Database
    from trainer.storage.records import SessionInfo, TraineeInfo, WorkshopInfo
    from trainer.storage.workshops import WorkshopAnswer

log = logging.getLogger(__name__)


class RunController(QObject):
    changed = Signal()  # the phase, the turn, the roster or the screen changed
    tick = Signal()  # four times a second while the clock runs
    answer_saved = Signal(object)  # WorkshopAnswer, once committed
    failed = Signal(object)  # the exception (trainer/ui/storage_messages.py explains it); nothing saved is lost
    finished = Signal()

    def __init__(
        self,
        db: Database,
        workshop: WorkshopInfo,
        roster: list[TraineeInfo],
        scenario: Scenario,
        *,
        scorer: Scorer,
        difficulty: int | None = None,
        mode: str = "rounds",
        time_limit_s: int = DEFAULT_TIME_LIMIT_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if mode not in RUN_MODES:
            raise ValueError(f"mode must be one of {RUN_MODES}, not {mode!r}")
        self.db = db
        self.workshop = workshop
        self.scenario = scenario
        self.scorer = scorer
        self.mode = mode
        self.default_time_limit_s = max(10, time_limit_s)
        self.order = TurnOrder(roster)  # the seats, who is present, who answers next
        self._shared = Interview(scenario, difficulty)
        self.difficulty = self._shared.difficulty
        self._interviews: dict[UUID, Interview] = {}
        self.sessions: dict[UUID, SessionInfo] = {}
        self.answers: list[WorkshopAnswer] = []  # given in this run, oldest first
        self.phase = IDLE
        self.turn: Turn | None = None
        self.turns_taken = 0
        self._screen: WorkshopAnswer | None = None  # an answer shown on the presenter
        self._revealed = False
        self._clock = AnswerClock(self)
        self._clock.tick.connect(self.tick)

    # --- the roster and the turn order ------------------------------------------------
    def interview_for(self, trainee_id: UUID) -> Interview:
        if self.mode == "relay":
            return self._shared
        if trainee_id not in self._interviews:
            self._interviews[trainee_id] = Interview(self.scenario, self.difficulty)
        return self._interviews[trainee_id]

    def question_for(self, trainee_id: UUID) -> Question | None:
        return self.interview_for(trainee_id).current

    @property
    def seats(self) -> list[TraineeInfo]:
        return self.order.seats

    @property
    def present(self) -> set[UUID]:
        return self.order.present

    def set_present(self, trainee_id: UUID, present: bool) -> None:
        self.order.set_present(trainee_id, present)
        self.changed.emit()

    def choose_next(self, trainee_id: UUID) -> None:
        """The trainer picks who answers next (present or not: picking marks them present)."""
        if self.order.choose(trainee_id):
            self.changed.emit()

    def shuffle(self, rng: random.Random | None = None) -> None:
        self.order.shuffle(rng)
        self.changed.emit()

    def add_seat(self, person: TraineeInfo) -> None:
        """Someone joins the room during the run (added to the roster meanwhile)."""
        if self.order.add(person):
            self.changed.emit()

    def upcoming(self) -> TraineeInfo | None:
        """Who answers next: the trainer's pick, else the next present person in order who
        still has a question."""
        return self.order.upcoming(lambda trainee_id: self.question_for(trainee_id) is not None)

    def answers_by(self, trainee_id: UUID) -> int:
        return sum(a.trainee_id == trainee_id for a in self.answers)

    # --- the turn -------------------------------------------------------------------------
    @property
    def can_start_turn(self) -> bool:
        return self.phase in (IDLE, ANSWERED) and self.upcoming() is not None

    def next_turn(self) -> Turn | None:
        """Put the next question to the next person (the clock waits for start_clock)."""
        if self.phase not in (IDLE, ANSWERED):
            return None
        person = self.upcoming()
        if person is None:
            return None  # everyone present has answered every question: the trainer ends the run
        interview = self.interview_for(person.id)
        question = interview.current
        assert question is not None
        self.order.take_turn(person)
        self.turns_taken += 1
        self.turn = Turn(
            number=self.turns_taken,
            trainee=person,
            question=question,
            follow_up=interview.current_is_follow_up,
            time_limit_s=question.time_limit_s or self.default_time_limit_s,
            asked_at=datetime.now(UTC),
        )
        self._clock.reset()
        self._screen, self._revealed = None, False
        self.phase = READY
        self.changed.emit()
        return self.turn

    def skip(self) -> None:
        """Leave the question on screen unanswered; it is not asked again in this interview."""
        if self.phase not in (READY, ANSWERING) or self.turn is None:
            return
        self.interview_for(self.turn.trainee.id).skip()
        self._clock.halt()
        self.turn = None
        self.phase = IDLE
        self.changed.emit()

    # --- the clock ------------------------------------------------------------------------
    @property
    def clock_running(self) -> bool:
        return self._clock.running

    def start_clock(self) -> None:
        if self.phase not in (READY, ANSWERING) or self.clock_running:
            return
        self._clock.start()
        self.phase = ANSWERING
        self.changed.emit()

    def stop_clock(self) -> None:
        if not self.clock_running:
            return
        self._clock.pause()
        self.changed.emit()

    def toggle_clock(self) -> None:
        self.stop_clock() if self.clock_running else self.start_clock()

    def elapsed_s(self) -> float:
        return self._clock.elapsed_s()

    def remaining_s(self) -> float:
        limit = self.turn.time_limit_s if self.turn else self.default_time_limit_s
        return limit - self.elapsed_s()

    # --- answers --------------------------------------------------------------------------
    def submit(
        self,
        text: str,
        *,
        latency_s: float | None = None,
        input_mode: str = "typed",
        delivery: Any = None,
        audio_path: str | None = None,
        duration_s: float | None = None,
        result: Result | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> bool:
        """Score and save the answer to the question on screen (False: nothing to save).

        A spoken answer may come already scored (*result*, e.g. scored on its delivery
        only, with an empty *text*); *extra* is passed to ``save_scored_answer`` as it is
        (the recording's own fields: answer_id, transcript, delivery record…)."""
        text = nfc(text).strip()
        if self.phase not in (READY, ANSWERING) or self.turn is None or not (text or result is not None):
            return False
        turn = self.turn
        if duration_s is None:
            if self._clock.started:
                duration_s = self.elapsed_s()
            else:
                duration_s = (datetime.now(UTC) - turn.asked_at).total_seconds()
        self._clock.halt()
        self.phase = SAVING
        self.changed.emit()
        run_db_task(
            save_turn,
            self.db,
            scorer=self.scorer,
            scenario=self.scenario,
            question=turn.question,
            trainee_id=turn.trainee.id,
            session=self.sessions.get(turn.trainee.id),
            workshop_id=self.workshop.id,
            difficulty=self.difficulty,
            text=text,
            latency_s=latency_s,
            duration_s=max(0.0, duration_s),
            input_mode=input_mode,
            delivery=delivery,
            audio_path=audio_path,
            asked_at=turn.asked_at,
            result=result,
            extra=extra,
            on_done=alive(self, lambda saved: self._saved(turn, saved)),
            on_error=alive(self, lambda exc: self._save_failed(turn, exc)),
        )
        return True

    def _saved(self, turn: Turn, saved: tuple[SessionInfo, Any]) -> None:
        from trainer.storage.workshops import WorkshopAnswer

        session, record = saved
        self.sessions[turn.trainee.id] = session
        answer = WorkshopAnswer(
            answer=record,
            trainee_id=turn.trainee.id,
            trainee_name=turn.trainee.display_name,
            trainee_unit=turn.trainee.unit,
            scenario_id=self.scenario.id,
            scenario_title=self.scenario.title,
        )
        self.interview_for(turn.trainee.id).answer(record.to_result())
        self.answers.append(answer)
        if self.turn is turn:
            self.phase = ANSWERED
            self._screen, self._revealed = answer, False
        self.answer_saved.emit(answer)
        self.changed.emit()

    def _save_failed(self, turn: Turn, exc: Exception) -> None:
        log.error("workshop answer not saved: %s", exc)
        if isinstance(exc, TurnNotSaved):
            self.sessions[turn.trainee.id] = exc.session  # a second try goes to the same session
            exc = exc.cause
        if self.turn is turn and self.phase == SAVING:
            self.phase = ANSWERING if self._clock.started else READY
        self.changed.emit()
        self.failed.emit(exc)

    # --- the presenter screen --------------------------------------------------------------
    def show_answer(self, answer: WorkshopAnswer, *, reveal: bool = False) -> None:
        """Put an answer (of this run or any answer of the workshop) on the presenter screen."""
        if self.phase in (READY, ANSWERING, SAVING):
            return  # never over a question being answered
        self._screen, self._revealed = answer, reveal
        self.changed.emit()

    def reveal(self, shown: bool = True) -> None:
        """Show (or hide again) the scores of the answer on the presenter screen."""
        if self._screen is not None and self.phase not in (READY, ANSWERING, SAVING):
            self._revealed = shown
            self.changed.emit()

    @property
    def revealed(self) -> bool:
        return self._revealed and self._screen is not None

    @property
    def screen_answer(self) -> WorkshopAnswer | None:
        return self._screen

    def update_answer(self, answer: WorkshopAnswer) -> None:
        """A newer copy of an answer (a review changed its scores)."""
        self.answers = [answer if a.id == answer.id else a for a in self.answers]
        if self._screen is not None and self._screen.id == answer.id:
            self._screen = answer
            self.changed.emit()

    def stage(self) -> Stage:
        """What the room sees now."""
        return build_stage(
            workshop=self.workshop.name,
            scenario=self.scenario,
            phase=self.phase,
            answers=len(self.answers),
            turn=self.turn,
            shown=self._screen,
            revealed=self._revealed,
            upcoming=self.upcoming,
        )

    # --- the end ----------------------------------------------------------------------------
    def finish(self, on_done: Callable[[Any], None] | None = None) -> None:
        """End the run: every session of the run is marked completed."""
        self._clock.halt()
        self.turn = None
        self.phase = FINISHED
        self.changed.emit()
        ids = [s.id for s in self.sessions.values()]

        def done(result: Any) -> None:
            self.finished.emit()
            if on_done:
                on_done(result)

        run_db_task(finish_sessions, self.db, ids, on_done=alive(self, done), on_error=alive(self, self._finish_failed))

    def _finish_failed(self, exc: Exception) -> None:
        log.error("workshop sessions not closed: %s", exc)
        self.failed.emit(exc)  # (the phase is FINISHED: the control view says the run was not closed)
        self.finished.emit()
