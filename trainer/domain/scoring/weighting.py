"""Which principles apply to a question, and how much each weighs.

A principle applies when:

* the question lists it, or its kind calls for it (an emotional question: empathy; a
  cause or speculation question: honesty_unknowns; an off-the-record offer:
  no_stonewalling and bridging; any trap question: bridging), or the scenario expects
  facts or key messages in the answer — weight from :data:`KIND_WEIGHTS`, else
  :data:`LISTED_WEIGHT`;
* it is a *guard* (no_stonewalling, respect, privacy, concise): these can be broken on
  any question, so they always count, lightly (:data:`GUARD_WEIGHT`);
* it was *breached* although the question did not ask for it (a wrong figure, a guess):
  then it counts with :data:`TRIGGERED_WEIGHT`;
* timeliness only with a latency, delivery only with voice measures.

Anything else is "not applicable" and has no weight.
"""

from __future__ import annotations

from trainer.domain.scenario import Question

KIND_WEIGHTS: dict[str, dict[str, float]] = {
    "opening": {"empathy": 3, "facts": 3, "honesty_unknowns": 2, "action": 2, "follow_up": 2, "key_messages": 2},
    "fact": {"facts": 4, "honesty_unknowns": 2, "key_messages": 1.5, "follow_up": 1.5},
    "cause": {"honesty_unknowns": 4, "facts": 2, "key_messages": 2, "respect": 1.5},
    "action": {"action": 4, "follow_up": 2, "key_messages": 2},
    "blame": {"respect": 4, "bridging": 3, "honesty_unknowns": 2, "action": 2, "key_messages": 2},
    "speculation": {"honesty_unknowns": 4, "bridging": 3, "key_messages": 2},
    "hypothetical": {"honesty_unknowns": 4, "bridging": 3, "key_messages": 2, "action": 1.5},
    "off_the_record": {"no_stonewalling": 4, "bridging": 3, "privacy": 2, "respect": 2, "key_messages": 1.5},
    "either_or": {"bridging": 3, "honesty_unknowns": 3, "respect": 2, "key_messages": 2},
    "emotional": {"empathy": 4, "respect": 2, "key_messages": 2, "follow_up": 1.5},
    "repeat_pressure": {"honesty_unknowns": 3, "bridging": 3, "respect": 2.5, "key_messages": 2},
    "privacy_probe": {"privacy": 5, "respect": 2, "bridging": 2, "no_stonewalling": 2},
    "closing": {"follow_up": 4, "key_messages": 3, "concise": 1.5},
}

#: Principles a question's kind brings in even when the question does not list them.
KIND_IMPLIES: dict[str, tuple[str, ...]] = {
    "opening": ("empathy", "facts"),
    "emotional": ("empathy",),
    "cause": ("honesty_unknowns",),
    "speculation": ("honesty_unknowns",),
    "hypothetical": ("honesty_unknowns",),
    "off_the_record": ("no_stonewalling",),
    "privacy_probe": ("privacy",),
    "action": ("action",),
    "closing": ("follow_up",),
}

GUARDS: tuple[str, ...] = ("no_stonewalling", "respect", "privacy", "concise")
LISTED_WEIGHT = 2.0
GUARD_WEIGHT = 1.0
TRIGGERED_WEIGHT = 2.0
AUTOMATIC_WEIGHTS: dict[str, float] = {"timeliness": 1.0, "delivery": 1.5}


def core_principles(question: Question) -> set[str]:
    """Principles the question asks for (listed, implied by its kind or its expectations)."""
    core = set(question.principles) - set(AUTOMATIC_WEIGHTS)
    core.update(KIND_IMPLIES.get(question.kind, ()))
    if question.expected_facts:
        core.add("facts")
    if question.expected_key_messages:
        core.add("key_messages")
    if question.is_trap:
        core.add("bridging")
    return core


def weight_for(principle: str, question: Question, *, breached: bool) -> float:
    """The weight of *principle* on *question*; 0.0 means not applicable."""
    if principle in AUTOMATIC_WEIGHTS:
        return AUTOMATIC_WEIGHTS[principle]
    if principle in core_principles(question):
        return float(KIND_WEIGHTS.get(question.kind, {}).get(principle, LISTED_WEIGHT))
    if principle in GUARDS:
        return GUARD_WEIGHT
    if breached:
        return TRIGGERED_WEIGHT
    return 0.0
