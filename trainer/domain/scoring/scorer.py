"""score_answer: one answer to one question → an explainable :class:`Result`.

The answer is NFC-normalised first; every evidence offset is a character offset into
that NFC text (``Result.answer_text``). Very long answers are scored on their first
:data:`MAX_SCORED_CHARS` characters, with a notice. The scorer never raises: an
unexpected failure returns an empty result with a notice (and is logged).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from trainer.domain.principles import PRINCIPLE_IDS
from trainer.domain.result import Evidence, Ladder, PrincipleScore, Result
from trainer.domain.scenario import Question, Scenario
from trainer.domain.scoring.analysis import Analysis, analyse
from trainer.domain.scoring.compiled import CompiledQuestion, CompiledScenario, compiled
from trainer.domain.scoring.ladder import ladder_for
from trainer.domain.scoring.language import MIN_WORDS, wrong_language
from trainer.domain.scoring.matching import word_count
from trainer.domain.scoring.measures import DeliveryMeasures
from trainer.domain.scoring.messages import number_text, say
from trainer.domain.scoring.outcome import Context, Outcome, not_applicable, status_for
from trainer.domain.scoring.principles_conduct import (
    check_bridging,
    check_no_stonewalling,
    check_privacy,
    check_respect,
)
from trainer.domain.scoring.principles_content import (
    check_action,
    check_empathy,
    check_facts,
    check_follow_up,
    check_honesty,
    check_key_messages,
)
from trainer.domain.scoring.principles_form import check_concise, check_delivery, check_timeliness
from trainer.domain.scoring.weighting import weight_for
from trainer.domain.text import nfc

log = logging.getLogger(__name__)

#: Characters of an answer that are scored; the rest is kept but not analysed.
MAX_SCORED_CHARS = 5000

CHECKS: dict[str, Callable[[Context], Outcome]] = {
    "empathy": check_empathy,
    "facts": check_facts,
    "honesty_unknowns": check_honesty,
    "action": check_action,
    "follow_up": check_follow_up,
    "no_stonewalling": check_no_stonewalling,
    "respect": check_respect,
    "key_messages": check_key_messages,
    "concise": check_concise,
    "privacy": check_privacy,
    "bridging": check_bridging,
    "timeliness": check_timeliness,
    "delivery": check_delivery,
}


def score_answer(
    scenario: Scenario,
    question: Question | str,
    answer_text: str,
    *,
    latency_s: float | None = None,
    delivery: DeliveryMeasures | None = None,
) -> Result:
    """Score *answer_text* as an answer to *question* (a Question or its id) of *scenario*."""
    q = scenario.question(question) if isinstance(question, str) else question
    try:
        return _score(scenario, q, answer_text, latency_s, delivery)
    except Exception:  # the last line of defence: a trainee's text must never crash the app
        log.exception("scoring failed for %s/%s", scenario.id, q.id)
        text = answer_text if isinstance(answer_text, str) else ""
        return Result(
            overall=0,
            principles=tuple(PrincipleScore(p, "not_applicable", None, 0.0, "", "") for p in PRINCIPLE_IDS),
            missing_key_messages=(),
            missing_facts=(),
            ladder=Ladder(0, "none", ""),
            answer_text=text,
            language=scenario.language,
            notices=("scorer_error",),
        )


def _tidy(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """Evidence in text order, without a span lying inside another of the same polarity."""
    ordered = sorted(evidence, key=lambda e: (e.start, -e.end))
    kept: list[Evidence] = []
    for e in ordered:
        if any(k.polarity == e.polarity and k.start <= e.start and e.end <= k.end for k in kept):
            continue
        kept.append(e)
    return tuple(kept)


def _clean_latency(value: float | None) -> float | None:
    if value is None:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) and v >= 0 else None


def _cap_text(text: str) -> str:
    if len(text) <= MAX_SCORED_CHARS:
        return text
    cut = text[:MAX_SCORED_CHARS]
    space = cut.rfind(" ", MAX_SCORED_CHARS - 200)
    return cut[:space] if space > 0 else cut


def _model_sets(comp: CompiledScenario, cq: CompiledQuestion) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    if cq.model_facts is None or cq.model_named_facts is None or cq.model_messages is None:
        model = nfc(cq.question.model_answer)
        ma = analyse(model, comp, cq, word_count(model))
        cq.model_facts = frozenset(ma.facts.stated)
        cq.model_named_facts = frozenset(ma.facts.keyword_only) - cq.model_facts
        cq.model_messages = frozenset(k for k, m in ma.messages.items() if m.delivered)
    return cq.model_facts, cq.model_named_facts, cq.model_messages


def _missing(
    comp: CompiledScenario, cq: CompiledQuestion, a: Analysis | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Key messages and confirmed facts the question expects or the model answer has, and *a* lacks.

    A fact the question expects, or the model answer gives in full, is given only in full:
    a numeric fact needs its figure ("31 em đã về nhà", not just "các em đã về nhà"), as
    in the *facts* principle. A numeric fact the model answer only names without its
    figure is given by naming it too.
    """
    model_facts, model_named, model_messages = _model_sets(comp, cq)
    scenario = comp.scenario
    q = cq.question
    confirmed = {f.id for f in scenario.facts if f.confirmed}
    want_full = (set(q.expected_facts) | set(model_facts)) & confirmed
    want_named = (set(model_named) & confirmed) - want_full
    want_messages = set(q.expected_key_messages) | set(model_messages)
    stated = set(a.facts.stated) if a else set()
    named = stated | set(a.facts.keyword_only) if a else set()
    had_messages = {k for k, m in a.messages.items() if m.delivered} if a else set()
    facts = tuple(
        f.id
        for f in scenario.facts
        if (f.id in want_full and f.id not in stated) or (f.id in want_named and f.id not in named)
    )
    messages = tuple(k.id for k in scenario.key_messages if k.id in want_messages and k.id not in had_messages)
    return messages, facts


def _score(
    scenario: Scenario,
    question: Question,
    answer_text: str,
    latency_s: float | None,
    delivery: DeliveryMeasures | None,
) -> Result:
    text = nfc(answer_text if isinstance(answer_text, str) else str(answer_text))
    language = scenario.language if scenario.language in ("vi", "en") else "en"
    latency = _clean_latency(latency_s)
    comp = compiled(scenario)
    cq = comp.question(question)
    notices: list[str] = []
    scored = _cap_text(text)
    if len(scored) < len(text):
        notices.append(
            say(
                language,
                "notice.truncated",
                chars=number_text(len(text), language),
                limit=number_text(MAX_SCORED_CHARS, language),
            )
        )
    total_words = len(scored.split()) if scored is text else word_count(text)
    a = analyse(scored, comp, cq, total_words)
    if a.words == 0:
        return _empty(comp, cq, text, a, language, latency, delivery, notices)
    if a.words >= MIN_WORDS and wrong_language(language, scored, a.tokens):
        notices.append(say(language, "notice.language"))
    ctx = Context(comp, question, a, language, latency, delivery)
    outcomes = {pid: CHECKS[pid](ctx) for pid in PRINCIPLE_IDS}
    principles: list[PrincipleScore] = []
    total = weights = 0.0
    for pid in PRINCIPLE_IDS:
        o = outcomes[pid]
        weight = weight_for(pid, question, breached=o.violation) if o.applicable else 0.0
        if weight <= 0:
            reason = o.reason if not o.applicable else say(language, "na.question")
            principles.append(PrincipleScore(pid, "not_applicable", None, 0.0, reason, ""))
            continue
        score = max(0, min(100, int(o.score)))
        evidence = _tidy(o.evidence)
        principles.append(PrincipleScore(pid, status_for(score), score, weight, o.reason, o.advice, evidence))
        total += weight * score
        weights += weight
    overall = round(total / weights) if weights else 0
    for pid in PRINCIPLE_IDS:
        o = outcomes[pid]
        if o.cap is not None and o.applicable and overall > o.cap:
            overall = o.cap
            notices.append(say(language, "notice.cap", cap=o.cap, why=say(language, o.cap_key)))
    missing_messages, missing_facts = _missing(comp, cq, a)
    return Result(
        overall=overall,
        principles=tuple(principles),
        missing_key_messages=missing_messages,
        missing_facts=missing_facts,
        ladder=ladder_for(a, outcomes, overall, language),
        answer_text=text,
        language=language,
        notices=tuple(notices),
    )


def _empty(
    comp: CompiledScenario,
    cq: CompiledQuestion,
    text: str,
    a: Analysis,
    language: str,
    latency: float | None,
    delivery: DeliveryMeasures | None,
    notices: list[str],
) -> Result:
    question = cq.question
    principles: list[PrincipleScore] = []
    for pid in PRINCIPLE_IDS:
        if pid in ("respect", "privacy"):
            principles.append(PrincipleScore(pid, "not_applicable", None, 0.0, say(language, "na.empty"), ""))
            continue
        if pid == "timeliness" and latency is None and (delivery is None or delivery.onset_latency_s is None):
            principles.append(PrincipleScore(pid, "not_applicable", None, 0.0, say(language, "na.latency"), ""))
            continue
        if pid == "delivery" and delivery is None:
            principles.append(PrincipleScore(pid, "not_applicable", None, 0.0, say(language, "na.delivery"), ""))
            continue
        if pid in ("timeliness", "delivery"):
            # Measured from the voice, not from the words: a spoken answer whose words are
            # unknown (no transcript) is still judged on them.
            o = CHECKS[pid](Context(comp, question, a, language, latency, delivery))
            weight = weight_for(pid, question, breached=o.violation) if o.applicable else 0.0
            if weight > 0:
                score = max(0, min(100, int(o.score)))
                principles.append(PrincipleScore(pid, status_for(score), score, weight, o.reason, o.advice))
                continue
        breached = pid == "no_stonewalling"
        weight = weight_for(pid, question, breached=breached)
        if weight <= 0:
            principles.append(PrincipleScore(pid, "not_applicable", None, 0.0, say(language, "na.question"), ""))
            continue
        principles.append(
            PrincipleScore(pid, "missed", 0, weight, say(language, "empty"), say(language, "empty.advice"))
        )
    messages, facts = _missing(comp, cq, None)
    _ = not_applicable  # re-exported helper kept for checks
    return Result(
        overall=0,
        principles=tuple(principles),
        missing_key_messages=messages,
        missing_facts=facts,
        ladder=Ladder(0, "none", say(language, "ladder.none", why=say(language, "why.inform"))),
        answer_text=text,
        language=language,
        notices=(*notices, say(language, "notice.empty")),
    )
