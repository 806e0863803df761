"""The seed article's ladder of public response: knows → understands → cares (and
supports) → trusts. One answer's rung is derived from what it does:

1. **knows**: the answer informs (a confirmed fact, an action or a key message) and does
   not stonewall or reveal private information;
2. **understands**: it also explains (what is not yet known, what is being done, a key
   message) without guessing or a wrong figure;
3. **cares**: it also shows care for those affected (an empathy signal) and blames or
   attacks no one;
4. **trusts**: it also commits to an update (when or where) and scores at least
   :data:`TRUST_OVERALL` overall.

Rung 0 ("none") when even the first condition fails. The sentence names what the next
rung needs.
"""

from __future__ import annotations

from trainer.domain.result import LADDER_LEVELS, Ladder
from trainer.domain.scoring.analysis import Analysis
from trainer.domain.scoring.messages import say
from trainer.domain.scoring.outcome import Outcome

TRUST_OVERALL = 75


def _breached(outcomes: dict[str, Outcome], principle: str) -> bool:
    o = outcomes.get(principle)
    return o is not None and o.violation and o.score < 40


def ladder_for(a: Analysis, outcomes: dict[str, Outcome], overall: int, language: str) -> Ladder:
    def why(key: str) -> str:
        return say(language, key)

    informs = bool(a.facts.stated or a.messages or a.get("action"))
    if _breached(outcomes, "no_stonewalling"):
        return Ladder(0, "none", say(language, "ladder.none", why=why("why.stonewall")))
    if _breached(outcomes, "privacy"):
        return Ladder(0, "none", say(language, "ladder.none", why=why("why.privacy")))
    if not informs:
        return Ladder(0, "none", say(language, "ladder.none", why=why("why.inform")))

    explains = bool(a.get("unknowns") or a.get("action") or a.messages)
    honesty = outcomes.get("honesty_unknowns")
    if honesty is not None and honesty.violation:
        return Ladder(1, LADDER_LEVELS[0], say(language, "ladder.knows", why=why("why.honesty")))
    if a.facts.contradictions:
        return Ladder(1, LADDER_LEVELS[0], say(language, "ladder.knows", why=why("why.facts")))
    if not explains:
        return Ladder(1, LADDER_LEVELS[0], say(language, "ladder.knows", why=why("why.honesty")))

    if _breached(outcomes, "respect"):
        return Ladder(2, LADDER_LEVELS[1], say(language, "ladder.understands", why=why("why.respect")))
    if not a.get("empathy"):
        return Ladder(2, LADDER_LEVELS[1], say(language, "ladder.understands", why=why("why.empathy")))

    follows = bool(a.get("follow_up") or a.get("follow_up_where"))
    if not follows:
        return Ladder(3, LADDER_LEVELS[2], say(language, "ladder.cares", why=why("why.follow_up")))
    if overall < TRUST_OVERALL:
        return Ladder(3, LADDER_LEVELS[2], say(language, "ladder.cares", why=why("why.overall")))
    return Ladder(4, LADDER_LEVELS[3], say(language, "ladder.trusts"))
