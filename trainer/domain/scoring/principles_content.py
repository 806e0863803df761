"""Checks of what the answer *says*: empathy, facts, honesty about unknowns, action,
follow-up and key messages."""

from __future__ import annotations

from trainer.domain.result import Evidence
from trainer.domain.scoring.matching import Hit
from trainer.domain.scoring.messages import clip, number_text, plain_list, quote_list
from trainer.domain.scoring.outcome import MAX_EVIDENCE, Context, Outcome

#: Words (Vietnamese syllables) within which a signal counts as "early" / "first".
EARLY_WORDS = {"vi": 40, "en": 30}


def _good(ctx: Context, hits: list[Hit], note: str = "") -> list[Evidence]:
    return [ctx.ev(h.start, h.end, "good", note) for h in hits[:MAX_EVIDENCE]]


def _quotes(ctx: Context, spans: list[tuple[int, int]]) -> str:
    return quote_list([ctx.words_at(s, e) for s, e in spans], ctx.language)


def check_empathy(ctx: Context) -> Outcome:
    hits = ctx.a.get("empathy")
    if not hits:
        return Outcome(0, ctx.say("empathy.none"), ctx.say("empathy.advice"))
    first = hits[0]
    early = ctx.a.tokens[first.first].sentence == 0 or first.first < EARLY_WORDS.get(ctx.language, 30)
    quote = _quotes(ctx, [(h.start, h.end) for h in hits])
    if early:
        return Outcome(100, ctx.say("empathy.met", quote=quote), ctx.say("empathy.advice.met"), _good(ctx, hits))
    return Outcome(60, ctx.say("empathy.late", quote=quote), ctx.say("empathy.advice"), _good(ctx, hits))


def _fact_label(ctx: Context, fact_id: str) -> str:
    try:
        return ctx.comp.scenario.fact(fact_id).text.rstrip(".")
    except KeyError:
        return fact_id


def check_facts(ctx: Context) -> Outcome:
    f = ctx.a.facts
    scenario = ctx.comp.scenario
    confirmed = {x.id for x in scenario.facts if x.confirmed}
    expected = [x for x in ctx.question.expected_facts if x in confirmed]
    evidence: list[Evidence] = []
    for spans in f.stated.values():
        evidence.extend(ctx.ev(s.start, s.end, "good", s.note) for s in spans[:2])
    for spans in f.keyword_only.values():
        evidence.extend(ctx.ev(s.start, s.end, "good", "no figure") for s in spans[:1])
    if expected:
        full = [x for x in expected if x in f.stated]
        part = [x for x in expected if x in f.keyword_only]
        # A numeric fact named without its figure is not given: the figure is what gets printed.
        missing = [
            clip(_fact_label(ctx, x), 60) + ctx.say("facts.no_figure") if x in f.keyword_only else _fact_label(ctx, x)
            for x in expected
            if x not in f.stated
        ]
        score = round(100 * (len(full) + 0.5 * len(part)) / len(expected))
    else:
        full = list(f.stated)
        part = list(f.keyword_only)
        missing = []
        score = 100 if full else 70 if part else 40
    if f.contradictions:
        bad: list[Evidence] = []
        for span, targets in f.contradictions:
            values = ", ".join(
                f"{number_text(t.value, ctx.language)}"
                + (f" ({_fact_label(ctx, t.fact)})" if len(targets) == 1 else "")
                for t in targets[:3]
            )
            bad.append(ctx.ev(span.start, span.end, "bad", values))
        first_span, first_targets = f.contradictions[0]
        expected_text = "; ".join(_fact_label(ctx, t.fact) for t in first_targets[:3])
        reason = ctx.say(
            "facts.wrong", quote=_quotes(ctx, [(first_span.start, first_span.end)]), expected=expected_text
        )
        score = max(0, min(score, 30) - 10 * (len(f.contradictions) - 1))
        return Outcome(
            score,
            reason,
            ctx.say("facts.advice.wrong"),
            (bad + evidence)[:MAX_EVIDENCE],
            violation=True,
            cap=60,
            cap_key="cap.facts",
        )
    missing_text = plain_list(missing, ctx.language)
    if score >= 100 or (not expected and full):
        quote = _quotes(ctx, [(e.start, e.end) for e in evidence])
        return Outcome(score, ctx.say("facts.met", quote=quote), ctx.say("facts.advice.met"), evidence[:MAX_EVIDENCE])
    if expected and (full or part):
        reason = ctx.say("facts.some", found=len(full), total=len(expected), missing=missing_text)
        return Outcome(score, reason, ctx.say("facts.advice", missing=missing_text), evidence[:MAX_EVIDENCE])
    if expected:
        return Outcome(
            score, ctx.say("facts.none", missing=missing_text), ctx.say("facts.advice", missing=missing_text)
        )
    if part:
        quote = _quotes(ctx, [(e.start, e.end) for e in evidence])
        return Outcome(score, ctx.say("facts.met", quote=quote), ctx.say("facts.advice.met"), evidence[:MAX_EVIDENCE])
    general = plain_list([_fact_label(ctx, x.id) for x in scenario.facts if x.confirmed], ctx.language, 2)
    return Outcome(score, ctx.say("facts.none_general"), ctx.say("facts.advice", missing=general))


#: Question kinds whose answer should say what is not yet known (not merely avoid guessing).
UNKNOWNS_EXPECTED = frozenset({"opening", "cause", "speculation", "hypothetical", "repeat_pressure", "either_or"})


def check_honesty(ctx: Context) -> Outcome:
    a = ctx.a
    good = a.get("unknowns")
    spec = a.get("speculation")
    asserted = a.facts.unconfirmed_asserted
    denied = a.facts.unconfirmed_denied
    hedged = a.facts.unconfirmed_hedged
    evidence = _good(ctx, good) + [ctx.ev(s.start, s.end, "good", "hedged") for _, s in hedged[:2]]
    if spec or asserted or denied:
        bad = [ctx.ev(h.start, h.end, "bad", "speculation") for h in spec]
        bad += [ctx.ev(s.start, s.end, "bad", "unconfirmed") for _, s in asserted]
        bad += [ctx.ev(s.start, s.end, "bad", "denied before any conclusion") for _, s in denied]
        if spec:
            score = 35 if good else 15
            reason = ctx.say("honesty.speculation", quote=_quotes(ctx, [(h.start, h.end) for h in spec]))
        elif asserted:
            score = 50 if good else 30
            reason = ctx.say("honesty.asserted", quote=_quotes(ctx, [(s.start, s.end) for _, s in asserted]))
        else:
            score = 50 if good else 30
            reason = ctx.say("honesty.denied", quote=_quotes(ctx, [(s.start, s.end) for _, s in denied]))
        cap = 65 if score < 40 else 75
        return Outcome(
            score,
            reason,
            ctx.say("honesty.advice.bad"),
            (bad + evidence)[:MAX_EVIDENCE],
            violation=True,
            cap=cap,
            cap_key="cap.honesty",
        )
    if good:
        quote = _quotes(ctx, [(h.start, h.end) for h in good])
        return Outcome(100, ctx.say("honesty.met", quote=quote), ctx.say("honesty.advice.met"), evidence)
    if ctx.question.kind in UNKNOWNS_EXPECTED:
        return Outcome(55, ctx.say("honesty.silent"), ctx.say("honesty.advice"), evidence)
    return Outcome(80, ctx.say("honesty.no_guess"), ctx.say("honesty.advice.met"), evidence)


def check_action(ctx: Context) -> Outcome:
    hits = ctx.a.get("action")
    distinct = {h.phrase.lower() for h in hits}
    need = 2 if ctx.question.kind == "action" else 1
    quote = _quotes(ctx, [(h.start, h.end) for h in hits])
    if len(distinct) >= need:
        return Outcome(100, ctx.say("action.met", quote=quote), ctx.say("action.advice.met"), _good(ctx, hits))
    if hits:
        return Outcome(60, ctx.say("action.one", quote=quote), ctx.say("action.advice"), _good(ctx, hits))
    return Outcome(0, ctx.say("action.none"), ctx.say("action.advice"))


#: Follow-up score by (commitment, time, channel) found.
FOLLOW_UP_SCORES: dict[tuple[bool, bool, bool], int] = {
    (True, True, True): 100,
    (True, False, True): 80,
    (False, True, True): 80,
    (True, True, False): 60,
    (False, False, True): 50,
    (True, False, False): 45,
    (False, True, False): 20,
    (False, False, False): 0,
}


def check_follow_up(ctx: Context) -> Outcome:
    a = ctx.a
    commit = a.get("follow_up")
    when = list(a.get("follow_up_when"))
    time_numbers = [m for m in a.numbers if m.unit is not None and m.unit.group == "time"]
    where = a.get("follow_up_where")
    key = (bool(commit), bool(when or time_numbers), bool(where))
    score = FOLLOW_UP_SCORES[key]
    spans = [(h.start, h.end) for h in commit[:1] + when[:1] + where[:1]] + [(m.start, m.end) for m in time_numbers[:1]]
    spans.sort()
    evidence = [ctx.ev(s, e, "good") for s, e in spans]
    quote = _quotes(ctx, spans)
    if score == 100:
        return Outcome(score, ctx.say("follow.met", quote=quote), ctx.say("follow.advice.met"), evidence)
    if score == 0:
        return Outcome(0, ctx.say("follow.none"), ctx.say("follow.advice"))
    missing = [
        ctx.say(k) for k, found in zip(("follow.commit", "follow.when", "follow.where"), key, strict=True) if not found
    ]
    joiner = " và " if ctx.language == "vi" else " and "
    reason = ctx.say("follow.partial", quote=quote, missing=joiner.join(missing))
    return Outcome(score, reason, ctx.say("follow.advice"), evidence)


def check_key_messages(ctx: Context) -> Outcome:
    scenario = ctx.comp.scenario
    known = {k.id for k in scenario.key_messages}
    expected = [k for k in ctx.question.expected_key_messages if k in known]
    matches = ctx.a.messages
    tokens = ctx.a.tokens

    def span(mid: str) -> tuple[int, int]:
        m = matches[mid]
        return tokens[m.first].start, tokens[m.last].end

    evidence = [ctx.ev(*span(mid), "good", mid) for mid in matches]
    if expected:
        full = [k for k in expected if k in matches and matches[k].delivered]
        part = [k for k in expected if k in matches and not matches[k].delivered]
        missing = [scenario.key_message(k).text for k in expected if k not in full]
        score = round(100 * (len(full) + 0.5 * len(part)) / len(expected))
        missing_text = plain_list(missing, ctx.language)
        if score >= 100:
            quote = _quotes(ctx, [span(k) for k in full])
            return Outcome(100, ctx.say("km.met", quote=quote), ctx.say("km.advice.met"), evidence)
        if full or part:
            score = min(score, 70)  # "met" needs every expected message delivered in full
            reason = ctx.say("km.some", found=len(full), total=len(expected), missing=missing_text)
            return Outcome(score, reason, ctx.say("km.advice", missing=missing_text), evidence)
        return Outcome(
            0, ctx.say("km.none", missing=missing_text), ctx.say("km.advice", missing=missing_text), evidence
        )
    full = [k for k, m in matches.items() if m.delivered]
    if full:
        quote = _quotes(ctx, [span(k) for k in full])
        return Outcome(100, ctx.say("km.met", quote=quote), ctx.say("km.advice.met"), evidence)
    first = plain_list([scenario.key_messages[0].text], ctx.language) if scenario.key_messages else ""
    if matches:
        quote = _quotes(ctx, [span(k) for k in matches])
        return Outcome(60, ctx.say("km.met", quote=quote), ctx.say("km.advice", missing=first), evidence)
    return Outcome(30, ctx.say("km.none_general"), ctx.say("km.advice", missing=first))
