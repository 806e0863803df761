"""Who is in the room during a run and whose turn comes next: the seats in order, who is
present, the trainer's pick for the next turn, and the seat that had the last turn.

Plain Python, no Qt: :class:`~trainer.ui.workshop.run.RunController` asks it who answers
next (given who still has a question) and tells it whose turn began.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING
from uuid import UUID

from trainer.ui.workshop.turns import roster_order_key

if TYPE_CHECKING:
    from trainer.storage.records import TraineeInfo


class TurnOrder:
    def __init__(self, roster: list[TraineeInfo]) -> None:
        self.seats: list[TraineeInfo] = sorted(roster, key=roster_order_key)
        self.present: set[UUID] = {p.id for p in roster}
        self.chosen: UUID | None = None  # the trainer's pick for the next turn
        self.last_index = -1  # the seat that had the last turn

    def set_present(self, trainee_id: UUID, present: bool) -> None:
        if present:
            self.present.add(trainee_id)
        else:
            self.present.discard(trainee_id)
            if self.chosen == trainee_id:
                self.chosen = None

    def choose(self, trainee_id: UUID) -> bool:
        """The trainer's pick for the next turn (present or not: picking marks them
        present); False for someone without a seat."""
        if any(p.id == trainee_id for p in self.seats):
            self.present.add(trainee_id)
            self.chosen = trainee_id
            return True
        return False

    def shuffle(self, rng: random.Random | None = None) -> None:
        (rng or random.Random()).shuffle(self.seats)
        self.last_index = -1

    def add(self, person: TraineeInfo) -> bool:
        """A seat for someone who joins the room (False: they have one already)."""
        if all(p.id != person.id for p in self.seats):
            self.seats.append(person)
            self.present.add(person.id)
            return True
        return False

    def upcoming(self, has_question: Callable[[UUID], bool]) -> TraineeInfo | None:
        """Who answers next: the trainer's pick, else the next present person in order who
        still has a question."""
        if self.chosen is not None:
            for p in self.seats:
                if p.id == self.chosen and has_question(p.id):
                    return p
        n = len(self.seats)
        for step in range(1, n + 1):
            p = self.seats[(self.last_index + step) % n]
            if p.id in self.present and has_question(p.id):
                return p
        return None

    def take_turn(self, person: TraineeInfo) -> None:
        """*person*'s turn began: the order goes on from their seat."""
        self.chosen = None
        self.last_index = next(i for i, p in enumerate(self.seats) if p.id == person.id)
