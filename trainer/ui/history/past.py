"""A past session's scenario and questions, even when the scenario file changed or is gone.

A session keeps its scenario's id, content hash, title and language, and each answer keeps
the question text as it was asked. When the library still has the same version, its
questions give the model answers; when the file was edited, the questions found by id are
used with the wording that was asked; when the file is gone, a stand-in scenario and
questions are built from what the database kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from trainer.domain.scenario import QUESTION_KINDS, Briefing, Question, Scenario
from trainer.storage.records import AnswerRecord, SessionInfo

State = Literal["same", "edited", "missing"]


@dataclass(frozen=True)
class PastScenario:
    scenario: Scenario
    state: State  # same version as practised, edited since, or no longer in the library


def library_state(session: SessionInfo, library: Mapping[str, Scenario]) -> State:
    found = library.get(session.scenario_id)
    if found is None:
        return "missing"
    if found.content_hash and session.scenario_hash and found.content_hash != session.scenario_hash:
        return "edited"
    return "same"


def resolve(session: SessionInfo, library: Mapping[str, Scenario]) -> PastScenario:
    state = library_state(session, library)
    return PastScenario(stand_in(session) if state == "missing" else library[session.scenario_id], state)


def stand_in(session: SessionInfo) -> Scenario:
    """A scenario with the session's id, title and language and nothing else."""
    return Scenario(
        id=session.scenario_id,
        language=session.scenario_language,
        title=session.scenario_title or session.scenario_id,
        summary="",
        category="other",
        difficulty=session.difficulty,
        estimated_minutes=0,
        briefing=Briefing(role="", organisation="", situation="", hours_since_incident=0.0, authorised_to_say=()),
        facts=(),
        confidential=(),
        key_messages=(),
        journalists=(),
        questions=(),
        content_hash=session.scenario_hash,
    )


def question_for(past: PastScenario, record: AnswerRecord, *, unavailable: str) -> Question:
    """The question as it was asked; *unavailable* stands in for a model answer that is gone."""
    try:
        question = past.scenario.question(record.question_id)
    except KeyError:
        kind = record.question_kind if record.question_kind in QUESTION_KINDS else "opening"
        principles = tuple(s.principle for s in record.scores if s.status != "not_applicable")
        return Question(
            id=record.question_id,
            journalist="",
            text=record.question_text,
            kind=kind,
            principles=principles,
            model_answer=unavailable,
        )
    return replace(question, text=record.question_text or question.text)
