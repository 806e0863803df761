"""What the room's screen shows at a moment of a run (:class:`Stage`), built from the run's
state: the question being answered; else the answer put on the screen, with its scores
only once the trainer reveals them; else who answers next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from trainer.domain.scenario import Journalist, Question, Scenario
from trainer.ui.workshop.turns import ANSWERED, ANSWERING, FINISHED, READY, SAVING, Stage, Turn

if TYPE_CHECKING:
    from trainer.storage.records import TraineeInfo
    from trainer.storage.workshops import WorkshopAnswer


def build_stage(
    *,
    workshop: str,
    scenario: Scenario,
    phase: str,
    answers: int,
    turn: Turn | None,
    shown: WorkshopAnswer | None,
    revealed: bool,
    upcoming: Callable[[], TraineeInfo | None],
) -> Stage:
    """The stage for a run in *phase* with *answers* given, *turn* on screen (if any), the
    answer *shown* on the screen (scores *revealed* or not), and who answers next."""
    base = Stage(workshop=workshop, scenario_title=scenario.title, phase=phase, answers=answers)
    if phase in (READY, ANSWERING, SAVING) and turn is not None:
        t = turn
        return _replace(
            base,
            trainee_name=t.trainee.display_name,
            journalist=_journalist(scenario, t.question),
            question_text=t.question.text,
            follow_up=t.follow_up,
            turn_number=t.number,
            time_limit_s=t.time_limit_s,
        )
    if shown is not None:
        question = _question(scenario, shown.answer.question_id)
        return _replace(
            base,
            phase=ANSWERED,
            trainee_name=shown.trainee_name,
            journalist=_journalist(scenario, question) if question else None,
            question_text=shown.answer.question_text,
            answer_text=shown.answer.answer_text,
            turn_number=turn.number if turn else 0,
            revealed=shown if revealed else None,
        )
    next_person = upcoming()
    return _replace(base, next_name=next_person.display_name if next_person and phase != FINISHED else "")


def _question(scenario: Scenario, question_id: str) -> Question | None:
    try:
        return scenario.question(question_id)
    except KeyError:
        return None


def _journalist(scenario: Scenario, question: Question) -> Journalist | None:
    try:
        return scenario.journalist(question.journalist)
    except KeyError:
        return None


def _replace(stage: Stage, **changes: Any) -> Stage:
    return replace(stage, **changes)
