"""Checks of how the speaker *behaves*: no stonewalling, respect, privacy and authority,
bridging on trap questions."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.domain.result import Evidence, Polarity
from trainer.domain.scoring.analysis import Analysis, Span
from trainer.domain.scoring.matching import Hit
from trainer.domain.scoring.messages import quote_list
from trainer.domain.scoring.outcome import MAX_EVIDENCE, Context, Outcome

#: A reply this short with nothing in it is curt, whatever its words.
CURT_WORDS = 3


def _ev(ctx: Context, hits: list[Hit], polarity: Polarity, note: str = "") -> list[Evidence]:
    return [ctx.ev(h.start, h.end, polarity, note) for h in hits[:MAX_EVIDENCE]]


def _quote(ctx: Context, hits: list[Hit]) -> str:
    return quote_list([ctx.words_at(h.start, h.end) for h in hits], ctx.language)


def substantive(a: Analysis) -> bool:
    """The answer gives the public something: a message, a fact, an action, a bridge, an honest unknown."""
    return bool(
        a.messages
        or a.facts.stated
        or a.get("action")
        or a.get("bridging")
        or a.get("unknowns")
        or a.get("follow_up_where")
        or a.get("empathy")
    )


def check_no_stonewalling(ctx: Context) -> Outcome:
    a = ctx.a
    off = a.get("off_record")
    walls = a.get("stonewalling")
    refusals = a.get("refusal")
    reasons = a.get("refusal_reason") + a.get("privacy_reason")
    on_record = a.get("on_record") + a.negated.get("off_record", [])
    content = substantive(a)
    if off:
        return Outcome(
            10,
            ctx.say("stone.off_record", quote=_quote(ctx, off)),
            ctx.say("stone.advice.off_record"),
            _ev(ctx, off, "bad", "off the record"),
            violation=True,
            cap=45,
            cap_key="cap.stonewall",
        )
    if walls:
        score = 45 if content and reasons else 30 if content else 0
        key = "stone.no_comment_soft" if content else "stone.no_comment"
        return Outcome(
            score,
            ctx.say(key, quote=_quote(ctx, walls)),
            ctx.say("stone.advice"),
            _ev(ctx, walls, "bad", "no comment"),
            violation=True,
            cap=50 if score < 40 else None,
            cap_key="cap.stonewall",
        )
    if refusals:
        if content or reasons:
            evidence = _ev(ctx, refusals, "good", "reasoned refusal") + _ev(ctx, reasons[:2], "good")
            return Outcome(
                100, ctx.say("stone.refusal_ok", quote=_quote(ctx, refusals)), ctx.say("stone.advice.met"), evidence
            )
        return Outcome(
            20,
            ctx.say("stone.bare_refusal", quote=_quote(ctx, refusals)),
            ctx.say("stone.advice"),
            _ev(ctx, refusals, "bad", "bare refusal"),
            violation=True,
            cap=50,
            cap_key="cap.stonewall",
        )
    if a.words <= CURT_WORDS and not content:
        return Outcome(25, ctx.say("stone.curt"), ctx.say("stone.advice"), violation=True)
    if on_record:
        return Outcome(
            100,
            ctx.say("stone.on_record", quote=_quote(ctx, on_record)),
            ctx.say("stone.advice.met"),
            _ev(ctx, on_record, "good", "on the record"),
        )
    return Outcome(100, ctx.say("stone.met"), ctx.say("stone.advice.met"))


def check_respect(ctx: Context) -> Outcome:
    a = ctx.a
    hostile = a.get("hostility")
    blame = a.get("blame")
    denials = a.loaded_denials
    repeats = a.loaded_repeats
    refused_blame = a.negated.get("blame", [])
    bad = (
        _ev(ctx, hostile, "bad", "hostility")
        + _ev(ctx, blame, "bad", "blame")
        + _ev(ctx, denials, "bad", "loaded words in a denial")
        + _ev(ctx, repeats, "bad", "loaded words")
    )
    if hostile:
        return Outcome(
            0,
            ctx.say("respect.hostile", quote=_quote(ctx, hostile)),
            ctx.say("respect.advice"),
            bad[:MAX_EVIDENCE],
            violation=True,
            cap=45,
            cap_key="cap.respect",
        )
    if blame:
        return Outcome(
            10,
            ctx.say("respect.blame", quote=_quote(ctx, blame)),
            ctx.say("respect.advice"),
            bad[:MAX_EVIDENCE],
            violation=True,
            cap=50,
            cap_key="cap.respect",
        )
    if denials:
        return Outcome(
            40,
            ctx.say("respect.denial", quote=_quote(ctx, denials)),
            ctx.say("respect.advice.words"),
            bad[:MAX_EVIDENCE],
        )
    if repeats:
        return Outcome(
            60,
            ctx.say("respect.repeat", quote=_quote(ctx, repeats)),
            ctx.say("respect.advice.words"),
            bad[:MAX_EVIDENCE],
        )
    if refused_blame:
        return Outcome(
            100,
            ctx.say("respect.no_blame", quote=_quote(ctx, refused_blame)),
            ctx.say("respect.advice.met"),
            _ev(ctx, refused_blame, "good", "no blame"),
        )
    return Outcome(100, ctx.say("respect.met"), ctx.say("respect.advice.met"))


def _identifies(
    ctx: Context, spans: Sequence[Span], score: int, reason_key: str, note: str, *, cap: int | None = None
) -> Outcome:
    """A pupil is identified by *spans* (a name, a class code): quoted, marked, scored."""
    quote = quote_list([ctx.words_at(s.start, s.end) for s in spans], ctx.language)
    evidence = [ctx.ev(s.start, s.end, "bad", note) for s in spans]
    return Outcome(
        score,
        ctx.say(reason_key, quote=quote),
        ctx.say("privacy.advice"),
        evidence[:MAX_EVIDENCE],
        violation=True,
        cap=cap,
        cap_key="cap.privacy" if cap is not None else "",
    )


def check_privacy(ctx: Context) -> Outcome:
    a = ctx.a
    conf = a.get("conf")
    items = {c.id: c for c in ctx.comp.scenario.confidential}
    good = a.get("privacy_reason")
    if conf:
        what = "; ".join(dict.fromkeys(items[h.payload].text.rstrip(".") for h in conf if h.payload in items))
        evidence = [ctx.ev(h.start, h.end, "bad", items[h.payload].kind if h.payload in items else "") for h in conf]
        return Outcome(
            0,
            ctx.say("privacy.revealed", quote=_quote(ctx, conf), what=what),
            ctx.say("privacy.advice"),
            evidence[:MAX_EVIDENCE],
            violation=True,
            cap=35,
            cap_key="cap.privacy",
        )
    if a.names:
        return _identifies(ctx, a.names, 10, "privacy.name", "pupil name", cap=35)
    if a.class_codes:
        return _identifies(ctx, a.class_codes, 50, "privacy.class", "class")
    if a.overreach:
        return Outcome(
            55,
            ctx.say("privacy.overreach", quote=_quote(ctx, a.overreach)),
            ctx.say("privacy.advice"),
            _ev(ctx, a.overreach, "bad", "beyond authority"),
            violation=True,
        )
    if good:
        return Outcome(
            100,
            ctx.say("privacy.protects", quote=_quote(ctx, good)),
            ctx.say("privacy.advice.met"),
            _ev(ctx, good, "good", "privacy"),
        )
    return Outcome(100, ctx.say("privacy.met"), ctx.say("privacy.advice.met"))


#: Bridging score by (acknowledge, bridge, communicate) found.
BRIDGING_SCORES: dict[tuple[bool, bool, bool], int] = {
    (True, True, True): 100,
    (True, False, True): 85,
    (False, True, True): 75,
    (False, False, True): 60,
    (True, True, False): 45,
    (True, False, False): 35,
    (False, True, False): 20,
    (False, False, False): 0,
}


def check_bridging(ctx: Context) -> Outcome:
    a = ctx.a
    reasons = a.get("refusal_reason") + a.get("privacy_reason")
    acknowledge = (
        a.get("acknowledge")
        + a.get("on_record")
        + a.negated.get("off_record", [])
        + a.get("unknowns")
        + a.negated.get("blame", [])
        + (a.get("refusal") if reasons else [])
    )
    bridge = a.get("bridging")
    tokens = a.tokens
    # Agreeing with a loaded premise while blaming or attacking is not acknowledging it.
    hostile_sentences = {tokens[h.first].sentence for c in ("blame", "hostility") for h in a.get(c)}
    acknowledge = [h for h in acknowledge if tokens[h.first].sentence not in hostile_sentences]
    message_spans = [(tokens[m.first].start, tokens[m.last].end) for m in a.messages.values()]
    fact_spans = [(s.start, s.end) for spans in a.facts.stated.values() for s in spans]
    action_spans = [(h.start, h.end) for h in a.get("action") if tokens[h.first].sentence not in hostile_sentences]
    # A key message always communicates; a bare fact or action only once the answer
    # has acknowledged or bridged (otherwise it is a detail, not a message).
    communicate = message_spans or ((fact_spans or action_spans) if (acknowledge or bridge) else [])
    detail_only = not communicate and bool(fact_spans or action_spans)
    key = (bool(acknowledge), bool(bridge), bool(communicate))
    score = 25 if detail_only else BRIDGING_SCORES[key]
    acknowledge.sort(key=lambda h: h.first)
    evidence = (
        _ev(ctx, acknowledge[:2], "good", "acknowledge")
        + _ev(ctx, bridge[:2], "good", "bridge")
        + [ctx.ev(s, e, "good", "message") for s, e in communicate[:2]]
    )
    shown = acknowledge[:1] + bridge[:1]
    quote = quote_list(
        [ctx.words_at(h.start, h.end) for h in shown] + [ctx.words_at(s, e) for s, e in communicate[:1]], ctx.language
    )
    if key == (True, True, True):
        reason, advice = ctx.say("bridge.met", quote=quote), ctx.say("bridge.advice.met")
    elif key == (True, False, True):
        reason, advice = ctx.say("bridge.ac", quote=quote), ctx.say("bridge.advice.met")
    elif key == (False, True, True):
        reason, advice = ctx.say("bridge.bc", quote=_quote(ctx, bridge)), ctx.say("bridge.advice")
    elif key == (False, False, True):
        reason, advice = ctx.say("bridge.c"), ctx.say("bridge.advice")
    elif detail_only:
        reason, advice = ctx.say("bridge.detail"), ctx.say("bridge.advice")
    elif acknowledge or bridge:
        reason, advice = ctx.say("bridge.no_message", quote=_quote(ctx, shown)), ctx.say("bridge.advice")
    else:
        reason, advice = ctx.say("bridge.none"), ctx.say("bridge.advice")
    return Outcome(score, reason, advice, evidence[:MAX_EVIDENCE])
