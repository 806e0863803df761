"""The interview state machine on the bundled food-poisoning scenario."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.content.loader import load_scenario
from trainer.domain.interview import Interview, condition_holds
from trainer.domain.result import Ladder, PrincipleScore, Result
from trainer.domain.scenario import Condition, Scenario

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json")


def result(
    overall: int = 80,
    missed: tuple[str, ...] = (),
    partly: tuple[str, ...] = (),
    scores: dict[str, int] | None = None,
    missing_km: tuple[str, ...] = (),
    missing_facts: tuple[str, ...] = (),
) -> Result:
    principles = []
    for pid in ("empathy", "honesty_unknowns", "facts", "action"):
        status = "missed" if pid in missed else "partly" if pid in partly else "met"
        score = (scores or {}).get(pid, 10 if status == "missed" else 50 if status == "partly" else 90)
        principles.append(PrincipleScore(pid, status, score, 1.0, "", ""))  # type: ignore[arg-type]
    principles.append(PrincipleScore("delivery", "not_applicable", None, 0.0, "", ""))
    return Result(overall, tuple(principles), missing_km, missing_facts, Ladder(2, "understands", ""), "", "vi")


def test_good_answers_follow_the_main_sequence(scenario: Scenario) -> None:
    interview = Interview(scenario, difficulty=3)
    asked = []
    while interview.current is not None:
        asked.append(interview.current.id)
        interview.answer(result())
    assert asked == [q.id for q in scenario.main_sequence]
    assert interview.finished
    assert interview.position == len(asked)
    assert interview.expected_total == len(asked)


def test_missing_empathy_brings_the_emotional_follow_up(scenario: Scenario) -> None:
    interview = Interview(scenario, difficulty=1)
    assert interview.current is not None and interview.current.id == "mo-dau"
    assert (interview.position, interview.expected_total) == (1, 8)
    nxt = interview.answer(result(missed=("empathy",)))
    assert nxt is not None and nxt.id == "cam-xuc-phu-huynh"
    assert interview.current_is_follow_up
    assert (interview.position, interview.expected_total) == (2, 9)
    nxt = interview.answer(result())
    assert nxt is not None and nxt.id == "nguyen-nhan"  # back to the main sequence


def test_difficulty_gates_the_pressing_follow_up(scenario: Scenario) -> None:
    def run(difficulty: int) -> list[str]:
        interview = Interview(scenario, difficulty=difficulty)
        seen = []
        while interview.current is not None:
            seen.append(interview.current.id)
            bad = interview.current.id == "doan-mo"
            interview.answer(result(missed=("honesty_unknowns",) if bad else ()))
        return seen

    assert "ep-doan" not in run(1)
    assert "ep-doan" in run(2)


def test_max_asks_stops_a_repeating_follow_up(scenario: Scenario) -> None:
    interview = Interview(scenario, difficulty=3)
    interview.answer(result(missed=("empathy",)))  # mo-dau -> cam-xuc-phu-huynh
    assert interview.current is not None and interview.current.id == "cam-xuc-phu-huynh"
    assert interview.asked_count("mo-dau") == 1
    while interview.current is not None:
        interview.answer(result(overall=5, missed=("empathy", "honesty_unknowns")))
    assert len(interview.turns) <= 2 * len(scenario.questions) + 2
    assert all(interview.asked_count(q.id) <= q.max_asks for q in scenario.questions)


@pytest.mark.parametrize(
    ("condition", "res", "expected"),
    [
        (Condition(always=True), result(), True),
        (Condition(score_below=50), result(overall=49), True),
        (Condition(score_below=50), result(overall=50), False),
        (Condition(principle_missed="empathy"), result(partly=("empathy",)), False),
        (Condition(principle_not_met="empathy"), result(partly=("empathy",)), True),
        (Condition(principle_below=("facts", 60)), result(scores={"facts": 59}), True),
        (Condition(principle_below=("delivery", 60)), result(), False),  # not applicable never fires
        (Condition(principle_missed="bridging"), result(), False),  # not scored at all
        (Condition(key_message_missing="a"), result(missing_km=("a",)), True),
        (Condition(fact_missing="f", score_below=50), result(overall=80, missing_facts=("f",)), False),
        (Condition(), result(), False),
    ],
)
def test_conditions(condition: Condition, res: Result, expected: bool) -> None:
    assert condition_holds(condition, res) is expected


def test_replay_resumes_where_the_trainee_stopped(scenario: Scenario) -> None:
    first = Interview(scenario, difficulty=2)
    saved = []
    for res in (result(missed=("empathy",)), result(), result()):
        assert first.current is not None
        saved.append((first.current.id, res))
        first.answer(res)
    resumed = Interview.replay(scenario, 2, saved)
    assert resumed.current == first.current
    assert [t.question.id for t in resumed.turns] == [qid for qid, _ in saved]


def test_replay_stops_at_an_answer_the_edited_scenario_no_longer_asks(scenario: Scenario) -> None:
    resumed = Interview.replay(scenario, 2, [("mo-dau", result()), ("cau-da-xoa", result())])
    assert [t.question.id for t in resumed.turns] == ["mo-dau"]
    assert resumed.current is not None and resumed.current.id == "nguyen-nhan"


def test_skip_and_answering_after_the_end(scenario: Scenario) -> None:
    interview = Interview(scenario)
    while interview.current is not None:
        interview.skip()
    assert interview.turns == []
    with pytest.raises(RuntimeError):
        interview.answer(result())
