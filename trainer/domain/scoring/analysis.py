"""One pass over an answer: every signal the principle checks read, found once.

The analysis knows nothing about scores; it records *what is in the answer* and
*where* (token indexes and character offsets into the NFC answer text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from trainer.domain.scoring.compiled import CompiledQuestion, CompiledScenario, FactNumber
from trainer.domain.scoring.figures import value_matches
from trainer.domain.scoring.keymessages import MessageMatch
from trainer.domain.scoring.matching import Hit, Token, longest_first, mark, negated, tokenize
from trainer.domain.scoring.numbers import NumberMention, UnitInfo

#: Categories whose phrases mean the opposite under negation ("không đổ lỗi", "won't speculate").
NEGATABLE = frozenset(
    {
        "blame",
        "speculation",
        "empathy",
        "action",
        "hostility",
        "off_record",
        "follow_up",
        "follow_up_where",
        "acknowledge",
        "overreach",
        "bridging",
        "fact",
        "loaded",
    }
)
#: Categories a following "… là không đúng" / "… would be wrong" also negates.
POST_NEGATABLE = frozenset({"blame", "off_record", "speculation", "hostility"})
NEGATION_WINDOW = {"vi": 5, "en": 4}
POST_WINDOW = 3
PERSON_GROUPS = frozenset({"pupils", "staff", "people", "families"})
_CLASS_CODE = re.compile(r"^\d{1,2}[^\W\d_]{1,2}\d{0,2}$")
_INTERNAL = frozenset(
    {"negators", "non_negators", "post_negators", "scope_breakers", "disavowals", "claim_verbs", "compounds"}
)
#: What may stand between a disavowal and the words it disavows: "I won't say 'no comment'".
_QUOTES_AND_SPACE = frozenset(" \t\n\u00a0'\"‘’“”«»`")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    note: str = ""


@dataclass
class FactFindings:
    stated: dict[str, list[Span]] = field(default_factory=dict)  # confirmed facts given (number or keyword)
    keyword_only: dict[str, list[Span]] = field(default_factory=dict)  # numeric facts named without their number
    contradictions: list[tuple[Span, tuple[FactNumber, ...]]] = field(default_factory=list)
    unconfirmed_asserted: list[tuple[str, Span]] = field(default_factory=list)
    #: Unconfirmed claims flatly denied ("Không phải do sữa chua"): a denial is a claim too.
    unconfirmed_denied: list[tuple[str, Span]] = field(default_factory=list)
    unconfirmed_hedged: list[tuple[str, Span]] = field(default_factory=list)


@dataclass
class Analysis:
    text: str
    tokens: list[Token]
    total_words: int
    language: str
    hits: dict[str, list[Hit]]
    negated: dict[str, list[Hit]]
    numbers: list[NumberMention]
    facts: FactFindings
    messages: dict[str, MessageMatch]
    fillers: list[Hit]
    names: list[Span]
    class_codes: list[Span]
    loaded_denials: list[Hit]
    loaded_repeats: list[Hit]
    overreach: list[Hit]
    sentence_lengths: list[int]

    @property
    def words(self) -> int:
        return len(self.tokens)

    def get(self, category: str) -> list[Hit]:
        return self.hits.get(category, [])


def _index_by(hits: Sequence[Hit]) -> dict[str, list[Hit]]:
    out: dict[str, list[Hit]] = {}
    for h in hits:
        out.setdefault(h.category, []).append(h)
    return out


def compatible(said: UnitInfo | None, fact: UnitInfo | None) -> bool:
    if said is None:
        return True
    if fact is None:
        return False
    if said.group == fact.group:
        return True
    return (said.generic and fact.group in PERSON_GROUPS) or (fact.generic and said.group in PERSON_GROUPS)


def analyse(text: str, comp: CompiledScenario, cq: CompiledQuestion | None, total_words: int) -> Analysis:
    tokens = tokenize(text)
    n = len(tokens)
    raw = comp.index.find(tokens)
    if cq is not None:
        raw.extend(cq.loaded.find(tokens))
    by_cat = _index_by(longest_first(raw))
    nonneg = mark(by_cat.get("non_negators", []), n)
    negators = [f and not g for f, g in zip(mark(by_cat.get("negators", []), n), nonneg, strict=True)]
    breakers = mark(by_cat.get("scope_breakers", []), n)
    post_starts = {h.first for h in by_cat.get("post_negators", [])}
    window = NEGATION_WINDOW.get(comp.language, 4)
    unknown_clauses = {tokens[h.first].clause for h in by_cat.get("unknowns", [])}

    hits: dict[str, list[Hit]] = {}
    neg: dict[str, list[Hit]] = {}
    for category, found in by_cat.items():
        if category in _INTERNAL:
            continue
        for h in found:
            is_neg = False
            if category in NEGATABLE:
                j = negated(tokens, h.first, negators, breakers, window)
                if j >= 0:
                    is_neg = True
                    # The evidence shows the negation too: "không đổ lỗi", not just "đổ lỗi".
                    h = Hit(h.category, h.payload, h.first, h.last, tokens[j].start, h.end, h.phrase)
            if not is_neg and category in POST_NEGATABLE:
                clause = tokens[h.last].clause
                is_neg = any(
                    k in post_starts and tokens[k].clause == clause
                    for k in range(h.last + 1, min(n, h.last + 1 + POST_WINDOW))
                )
            if not is_neg and category == "speculation" and tokens[h.first].clause in unknown_clauses:
                is_neg = True  # "nguyên nhân là do đâu thì chưa rõ": a question left open, not a guess
            (neg if is_neg else hits).setdefault(category, []).append(h)

    _disavow(text, tokens, by_cat.get("disavowals", []), hits, neg)
    walls = {i for h in hits.get("stonewalling", []) for i in range(h.first, h.last + 1)}
    if walls and "unknowns" in hits:  # "tôi không biết gì", "not in a position to comment": a wall, not an unknown
        hits["unknowns"] = [h for h in hits["unknowns"] if not any(i in walls for i in range(h.first, h.last + 1))]
    # "Điều tôi có thể nói chắc là…" bridges; it is not the guess "chắc là".
    shielded = {i for c in ("bridging", "unknowns") for h in hits.get(c, []) for i in range(h.first, h.last + 1)}
    if shielded and "speculation" in hits:
        hits["speculation"] = [
            h for h in hits["speculation"] if not any(i in shielded for i in range(h.first, h.last + 1))
        ]
    numbers = comp.numbers.read(tokens, text)
    claims = _Claims(mark(by_cat.get("claim_verbs", []), n), negators, breakers, window)
    facts = _facts(tokens, comp, hits, neg, numbers, claims)
    positions: dict[str, list[int]] = {}
    for t in tokens:
        positions.setdefault(t.fold, []).append(t.index)
    messages = comp.messages.match(positions, [t.sentence for t in tokens])

    unknown_spans = [(h.first, h.last) for h in hits.get("unknowns", [])]

    def inside_unknowns(h: Hit) -> bool:
        return any(a <= h.first and h.last <= b for a, b in unknown_spans)

    compounds = by_cat.get("compounds", [])

    def inside_compound(h: Hit) -> bool:
        """A loaded word that is only part of a longer word ("đoán" in "dự đoán")."""
        return any(
            c.first <= h.last and h.first <= c.last and (c.first < h.first or c.last > h.last) for c in compounds
        )

    loaded_denials = [h for h in neg.get("loaded", []) if not inside_unknowns(h) and not inside_compound(h)]
    loaded_repeats = [h for h in hits.get("loaded", []) if not inside_unknowns(h) and not inside_compound(h)]
    conditional_sentences = {tokens[h.first].sentence for h in by_cat.get("conditionals", [])}
    overreach = [h for h in hits.get("overreach", []) if tokens[h.first].sentence not in conditional_sentences]
    if "blame" in hits:  # "nếu có sai phạm, họ phải chịu trách nhiệm" holds someone to account; it blames no one yet
        hits["blame"] = [h for h in hits["blame"] if tokens[h.first].sentence not in conditional_sentences]

    sentence_lengths: dict[int, int] = {}
    for t in tokens:
        sentence_lengths[t.sentence] = sentence_lengths.get(t.sentence, 0) + 1
    return Analysis(
        text=text,
        tokens=tokens,
        total_words=total_words,
        language=comp.language,
        hits=hits,
        negated=neg,
        numbers=numbers,
        facts=facts,
        messages=messages,
        fillers=filler_hits(tokens, by_cat),
        names=_names(tokens, by_cat.get("name_markers", [])),
        class_codes=_class_codes(tokens, by_cat.get("class_markers", [])),
        loaded_denials=loaded_denials,
        loaded_repeats=loaded_repeats,
        overreach=overreach,
        sentence_lengths=list(sentence_lengths.values()),
    )


@dataclass(frozen=True)
class _Claims:
    """Where the answer's claim verbs ("khẳng định", "nói", "confirm") and negators are."""

    verbs: Sequence[bool]
    negators: Sequence[bool]
    breakers: Sequence[bool]
    window: int

    def refused_before(self, tokens: Sequence[Token], first: int) -> bool:
        """A negated claim verb governs the words at *first*: "không thể khẳng định là do sữa chua"."""
        clause = tokens[first].clause
        for k in range(first - 1, max(-1, first - 1 - self.window), -1):
            if tokens[k].clause != clause or self.breakers[k]:
                return False
            if self.verbs[k]:
                return negated(tokens, k, self.negators, self.breakers, self.window) >= 0
        return False


def _disavow(
    text: str, tokens: Sequence[Token], disavowals: Sequence[Hit], hits: dict[str, list[Hit]], neg: dict[str, list[Hit]]
) -> None:
    """ "Tôi sẽ không nói 'không bình luận'", "instead of saying no comment": not stonewalling.

    A stonewalling phrase right after a disavowal (nothing between them but spaces and
    quote marks) is moved to the negated hits, with the disavowal shown in its evidence.
    """
    if not disavowals or "stonewalling" not in hits:
        return
    ending = {d.last: d for d in disavowals}
    kept: list[Hit] = []
    for h in hits["stonewalling"]:
        d = ending.get(h.first - 1)
        if d is not None and tokens[d.last].sentence == tokens[h.first].sentence:
            gap = text[d.end : h.start]
            if all(ch in _QUOTES_AND_SPACE for ch in gap):
                neg.setdefault("stonewalling", []).append(
                    Hit(h.category, h.payload, h.first, h.last, d.start, h.end, h.phrase)
                )
                continue
        kept.append(h)
    hits["stonewalling"] = kept


def _facts(
    tokens: Sequence[Token],
    comp: CompiledScenario,
    hits: dict[str, list[Hit]],
    neg: dict[str, list[Hit]],
    numbers: Sequence[NumberMention],
    claims: _Claims,
) -> FactFindings:
    out = FactFindings()
    confirmed = {f.id: f.confirmed for f in comp.scenario.facts}
    numeric = {fn.fact for fn in comp.fact_numbers}
    # A sentence that speculates ("có lẽ là do…") does not hedge an unconfirmed fact: it guesses it.
    speculating = {tokens[h.first].sentence for h in hits.get("speculation", [])}
    hedge_sentences = {tokens[h.first].sentence for c in ("unknowns", "hedges") for h in hits.get(c, [])} - speculating
    clause_facts: dict[int, set[str]] = {}
    for h in hits.get("fact", []) + neg.get("fact", []):
        clause_facts.setdefault(tokens[h.first].clause, set()).add(h.payload)
    for h in hits.get("fact", []):
        span = Span(h.start, h.end, h.phrase)
        if confirmed.get(h.payload, True):
            (out.keyword_only if h.payload in numeric else out.stated).setdefault(h.payload, []).append(span)
        elif h.payload in numeric:
            continue  # an unconfirmed figure is asserted by the figure, not by naming its topic
        elif tokens[h.first].sentence in hedge_sentences or claims.refused_before(tokens, h.first):
            out.unconfirmed_hedged.append((h.payload, span))
        else:
            out.unconfirmed_asserted.append((h.payload, span))
    first_at = {t.start: t.index for t in tokens}
    for h in neg.get("fact", []):
        span = Span(h.start, h.end, h.phrase)
        if confirmed.get(h.payload, True):
            if h.payload not in numeric:
                out.stated.setdefault(h.payload, []).append(span)
            continue
        # The negation hedges when it governs a claim ("không thể khẳng định là do sữa chua")
        # or the sentence says what is unknown; otherwise it denies, and a denial is a claim.
        negator = first_at.get(h.start, h.first)
        governs_claim = any(claims.verbs[k] for k in range(negator, h.first))
        if tokens[h.first].sentence in hedge_sentences or governs_claim:
            out.unconfirmed_hedged.append((h.payload, span))
        elif h.payload not in numeric:  # naming an unconfirmed figure's topic claims no figure
            out.unconfirmed_denied.append((h.payload, span))

    for m in numbers:
        span = Span(m.start, m.end)
        cands = [fn for fn in comp.fact_numbers if compatible(m.unit, fn.unit)]
        linked = [fn for fn in cands if fn.fact in clause_facts.get(m.clause, set())]
        if m.unit is None and not linked:
            continue
        pool = cands if m.unit is not None else linked
        chosen = [fn for fn in linked if value_matches(m.value, m.approx, fn.value)] or [
            fn for fn in pool if value_matches(m.value, m.approx, fn.value)
        ]
        if chosen:
            fn = chosen[0]
            if fn.confirmed:
                out.stated.setdefault(fn.fact, []).append(span)
                out.keyword_only.pop(fn.fact, None)
            elif tokens[m.first].sentence in hedge_sentences or m.approx == "about":
                out.unconfirmed_hedged.append((fn.fact, span))
            else:
                out.unconfirmed_asserted.append((fn.fact, span))
            continue
        targets = tuple(fn for fn in (linked or pool) if fn.confirmed)
        if not targets or m.value < 2 or _known(comp, m):
            continue
        person = m.unit is not None and (m.unit.group in PERSON_GROUPS or m.unit.generic)
        if linked or person:
            out.contradictions.append((span, targets))
    for fact in list(out.keyword_only):
        if fact in out.stated:
            out.keyword_only.pop(fact)
    return out


#: A figure this large found anywhere in the scenario's texts is the same figure, whatever its unit.
DISTINCTIVE = 10


def _known(comp: CompiledScenario, m: NumberMention) -> bool:
    """The figure appears in the scenario's own texts (a subset, a time, a total, a detail)."""
    if m.approx == "order":
        return False  # "hàng chục" is never literally in the texts; it must agree with a fact
    for value, groups in comp.known_values.items():
        if not value_matches(m.value, m.approx, value):
            continue
        if m.value >= DISTINCTIVE or m.unit is None or None in groups:
            return True
        if any(g is not None and compatible(m.unit, comp.numbers.groups.get(g)) for g in groups):
            return True
    return False


def filler_hits(tokens: Sequence[Token], by_cat: dict[str, list[Hit]]) -> list[Hit]:
    found = list(by_cat.get("hesitations", []))
    for h in by_cat.get("fillers", []):
        first, last = tokens[h.first], tokens[h.last]
        isolated = first.clause_first and last.pause_after
        repeated = h.last + 1 < len(tokens) and tokens[h.last + 1].fold == last.fold
        opening_phrase = first.clause_first and h.last > h.first
        if isolated or repeated or opening_phrase:
            found.append(h)
    found.sort(key=lambda h: h.first)
    return found


def _names(tokens: Sequence[Token], markers: Sequence[Hit]) -> list[Span]:
    out: list[Span] = []
    for h in markers:
        k = h.last + 1
        if k >= len(tokens):
            continue
        name = tokens[k]
        if name.sentence != tokens[h.last].sentence or name.is_number:
            continue
        if name.text[:1].isupper() and not name.text.isupper():
            end = name.end
            if k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper() and tokens[k + 1].sentence == name.sentence:
                end = tokens[k + 1].end
            out.append(Span(h.start, end))
    return out


def _class_codes(tokens: Sequence[Token], markers: Sequence[Hit]) -> list[Span]:
    out: list[Span] = []
    for h in markers:
        k = h.last + 1
        if k < len(tokens) and _CLASS_CODE.match(tokens[k].text) and not tokens[k].text.isdigit():
            out.append(Span(h.start, tokens[k].end))
    return out
