"""The interview state machine: which question comes next.

Main-sequence questions are asked in file order. After each answer, the follow-ups of the
question just answered are checked in order; the first whose condition holds on the
answer's :class:`~trainer.domain.result.Result` (and whose ``min_difficulty`` is within
the chosen difficulty, and whose target has been asked fewer than ``max_asks`` times) is
asked next. When no follow-up fires, the interview returns to the next main question not
yet asked. Nothing here knows about Qt or the database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from trainer.domain.result import Result
from trainer.domain.scenario import Condition, Question, Scenario


def condition_holds(condition: Condition, result: Result) -> bool:
    """True when every key given in *condition* holds for *result*."""
    statuses = {p.principle: p for p in result.principles}
    checks: list[bool] = []
    if condition.always:
        checks.append(True)
    if condition.score_below is not None:
        checks.append(result.overall < condition.score_below)
    if condition.principle_missed is not None:
        p = statuses.get(condition.principle_missed)
        checks.append(p is not None and p.status == "missed")
    if condition.principle_not_met is not None:
        p = statuses.get(condition.principle_not_met)
        checks.append(p is not None and p.status in ("partly", "missed"))
    if condition.principle_below is not None:
        principle, threshold = condition.principle_below
        p = statuses.get(principle)
        checks.append(p is not None and p.score is not None and p.score < threshold)
    if condition.key_message_missing is not None:
        checks.append(condition.key_message_missing in result.missing_key_messages)
    if condition.fact_missing is not None:
        checks.append(condition.fact_missing in result.missing_facts)
    return bool(checks) and all(checks)


@dataclass(frozen=True)
class Turn:
    question: Question
    result: Result
    as_follow_up: bool


class Interview:
    """One run through a scenario at a chosen difficulty (1–3)."""

    def __init__(self, scenario: Scenario, difficulty: int | None = None) -> None:
        self.scenario = scenario
        self.difficulty = max(1, min(3, difficulty if difficulty is not None else scenario.difficulty))
        self.turns: list[Turn] = []
        self._asked: Counter[str] = Counter()
        self._main = [q.id for q in scenario.main_sequence]
        self._current: Question | None = None
        self._current_is_follow_up = False
        self._limit = 2 * len(scenario.questions) + 2  # a hard stop, whatever the content says
        self._advance_to_main()

    # --- reading the state ---------------------------------------------------------------
    @property
    def current(self) -> Question | None:
        """The question waiting for an answer, or None when the interview is over."""
        return self._current

    @property
    def current_is_follow_up(self) -> bool:
        return self._current_is_follow_up

    @property
    def finished(self) -> bool:
        return self._current is None

    @property
    def position(self) -> int:
        """1-based number of the current question ("question 3 of 8")."""
        return len(self.turns) + (0 if self.finished else 1)

    @property
    def expected_total(self) -> int:
        """Main questions plus the follow-ups asked so far (grows when a follow-up fires)."""
        follow_ups = sum(t.as_follow_up for t in self.turns) + int(self._current_is_follow_up and not self.finished)
        return len(self._main) + follow_ups

    def asked_count(self, question_id: str) -> int:
        return self._asked[question_id]

    # --- moving on -----------------------------------------------------------------------
    def answer(self, result: Result) -> Question | None:
        """Record the result of the current question and return the next question (or None)."""
        question = self._current
        if question is None:
            raise RuntimeError("the interview is over; there is no question to answer")
        self.turns.append(Turn(question, result, self._current_is_follow_up))
        self._asked[question.id] += 1
        if len(self.turns) >= self._limit:
            self._current = None
            return None
        follow_up = self._pick_follow_up(question, result)
        if follow_up is not None:
            self._current, self._current_is_follow_up = follow_up, True
        else:
            self._advance_to_main()
        return self._current

    def skip(self) -> Question | None:
        """Leave the current question unanswered (a workshop trainer's skip)."""
        if self._current is not None:
            self._asked[self._current.id] += 1
            self._advance_to_main()
        return self._current

    def _pick_follow_up(self, question: Question, result: Result) -> Question | None:
        for fu in question.follow_ups:
            if fu.min_difficulty > self.difficulty:
                continue
            target = self.scenario.question(fu.ask)
            if self._asked[target.id] >= target.max_asks:
                continue
            if condition_holds(fu.when, result):
                return target
        return None

    def _advance_to_main(self) -> None:
        self._current_is_follow_up = False
        for qid in self._main:
            if self._asked[qid] == 0:
                self._current = self.scenario.question(qid)
                return
        self._current = None

    @classmethod
    def replay(cls, scenario: Scenario, difficulty: int, answered: Iterable[tuple[str, Result]]) -> Interview:
        """Rebuild an interview from saved answers (to resume an abandoned session).

        Answers whose question no longer matches the path (the scenario file was edited)
        stop the replay there; the interview continues from that point.
        """
        interview = cls(scenario, difficulty)
        for question_id, result in answered:
            if interview.current is None or interview.current.id != question_id:
                break
            interview.answer(result)
        return interview
