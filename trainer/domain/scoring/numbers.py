"""Numbers in answers: digits ("37", "1.200", "2,5", "17h") and number words
("ba mươi bảy", "thirty-seven"), each with the unit that follows and a qualifier
before it ("khoảng", "hơn", "nearly").

Digits and number words mix the way people write them, and are read as one number:
"6 nghìn 120" and "6 120" (a space between thousands) are 6,120; "3 triệu 150 nghìn" is
3,150,000; a shorter group after a multiplier fills the next places ("3 triệu 150" =
3,150,000, "1 tỷ 4" = 1,400,000,000, "ba nghìn hai" = 3,200); "rưỡi" adds half the
multiplier ("2 triệu rưỡi" = 2,500,000).

A lone number word ("năm", "one", "sáu") counts only when a unit follows it ("sáu em",
"six pupils"), since most of them are also ordinary words (year, a, after).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from trainer.domain.scoring.figures import parse_digits, value_matches
from trainer.domain.scoring.lexicon import Lexicon
from trainer.domain.scoring.matching import PhraseIndex, Token, longest_first, phrase_keys, token_keys, tokenize

_DIGITS_RE = re.compile(r"(\d+(?:[.,]\d+)*)(.*)", re.S)
_SUFFIX_RE = re.compile(r"([^\W\d_]*)(\d*)")
_INT_RE = re.compile(r"\d{1,3}")
#: Characters that may group thousands: a space, a no-break space, a thin space.
_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")


__all__ = ["NumberMention", "NumberReader", "UnitInfo", "parse_digits", "value_matches"]


@dataclass(frozen=True, slots=True)
class UnitInfo:
    group: str
    kind: str  # "count" or "loose"
    generic: bool


@dataclass(frozen=True, slots=True)
class NumberMention:
    value: float
    first: int  # first token of the number
    last: int  # last token of the number or of its unit
    start: int
    end: int
    unit: UnitInfo | None
    approx: str | None  # "about", "over", "under" or None
    in_words: bool
    clause: int


class NumberReader:
    """Reads numbers for one language (plus the units of one scenario's facts)."""

    def __init__(self, lexicon: Lexicon, extra_units: Iterable[tuple[str, UnitInfo]] = ()) -> None:
        self._words: dict[str, tuple[str, float]] = {}
        self._plain_words: dict[str, tuple[str, float]] = {}
        for kind, table in (
            ("digit", lexicon.number_words),
            ("tail", lexicon.number_tail_words),
            ("mult", lexicon.number_multipliers),
            ("tens", dict.fromkeys(lexicon.number_tens, 10.0)),
            ("conn", dict.fromkeys(lexicon.number_connectors, 0.0)),
            ("half", dict.fromkeys(lexicon.number_half, 0.5)),
        ):
            for word, value in table.items():
                _, fold, strict, _plain = token_keys(word)
                self._words.setdefault(strict, (kind, value))
                self._plain_words.setdefault(fold, (kind, value))
        self._ambiguous = {token_keys(w)[2] for w in lexicon.ambiguous_number_words}
        self._not_elided = {token_keys(w)[2] for w in lexicon.number_not_elided}
        self._not_elided_plain = {token_keys(w)[1] for w in lexicon.number_not_elided}
        self._per = {token_keys(w)[2] for w in lexicon.per_markers}
        self._per_plain = {token_keys(w)[1] for w in lexicon.per_markers}
        self.groups: dict[str, UnitInfo] = {}
        self._units = PhraseIndex()
        for group in lexicon.units:
            info = UnitInfo(group.name, group.kind, group.generic)
            self.groups[group.name] = info
            self._units.add_all("unit", group.words, group.name)
        for text, info in extra_units:
            self.groups.setdefault(info.group, info)
            self._units.add("unit", text, info.group)
        self._approx = PhraseIndex()
        for kind, words in lexicon.approx.items():
            self._approx.add_all("approx", words, kind)
        self._approx.add_all("ordinal", lexicon.get("ordinal_markers"))
        for phrase, value in lexicon.vague_numbers.items():
            self._approx.add("vague", phrase, repr(value))

    # --- units ----------------------------------------------------------------------------
    def unit_of(self, text: str) -> UnitInfo | None:
        """The unit group a fact's unit text belongs to (whole phrase, then first or last word)."""
        tokens = tokenize(text)
        if not tokens:
            return None
        hits = longest_first(self._units.find(tokens))
        whole = [h for h in hits if h.first == 0 and h.last == len(tokens) - 1]
        for h in whole or [h for h in hits if h.first == 0] or [h for h in hits if h.last == len(tokens) - 1]:
            return self.groups.get(h.payload)
        return None

    def multiplier(self, tok: Token) -> float | None:
        found = self._lookup(tok)
        return found[1] if found and found[0] == "mult" and found[1] >= 1000 else None

    # --- reading --------------------------------------------------------------------------
    def _lookup(self, tok: Token) -> tuple[str, float] | None:
        found = self._words.get(tok.strict)
        if found is None and tok.plain:
            found = self._plain_words.get(tok.fold)
        return found

    def read(self, tokens: Sequence[Token], text: str | None = None) -> list[NumberMention]:
        """Every number in *tokens*; pass the *text* they were cut from to join "6 120"."""
        n = len(tokens)
        unit_at: dict[int, tuple[int, str]] = {}
        for h in longest_first(self._units.find(tokens)):
            unit_at.setdefault(h.first, (h.last, h.payload))
        approx_before: dict[int, str] = {}
        ordinal_before: set[int] = set()
        vague_at: dict[int, tuple[int, float]] = {}
        for h in longest_first(self._approx.find(tokens)):
            if h.category == "ordinal":
                ordinal_before.add(h.last + 1)
            elif h.category == "vague":
                vague_at.setdefault(h.first, (h.last, float(h.payload)))
            else:
                approx_before[h.last + 1] = h.payload
        out: list[NumberMention] = []
        i = 0
        while i < n:
            tok = tokens[i]
            if i in vague_at:  # "hàng chục phụ huynh", "dozens of parents"
                end, value = vague_at[i]
                unit, last = self._unit_after(tokens, end, unit_at, 1)
                last = max(last, end)
                out.append(NumberMention(value, i, last, tok.start, tokens[last].end, unit, "order", True, tok.clause))
                i = last + 1
                continue
            if i in ordinal_before:  # "lớp 7", "câu 4", "thứ Sáu", "Year 13": a label, not a quantity
                i += 1
                while i < n and (tokens[i].is_number or self._lookup(tokens[i]) is not None):
                    i += 1
                continue
            if tok.is_number:
                mention = self._digits(tokens, i, unit_at, approx_before, text)
                if mention is not None:
                    out.append(mention)
                    i = mention.last + 1
                    continue
                i += 1
                continue
            found = self._lookup(tok)
            if found is not None and found[0] == "digit":
                mention, nxt = self._words_at(tokens, i, unit_at, approx_before)
                if mention is not None:
                    out.append(mention)
                i = nxt
                continue
            i += 1
        return out

    def _unit_after(
        self, tokens: Sequence[Token], j: int, unit_at: dict[int, tuple[int, str]], reach: int
    ) -> tuple[UnitInfo | None, int]:
        for k in range(j + 1, min(j + 1 + reach, len(tokens))):
            if tokens[k].clause != tokens[j].clause:
                break
            if k > j + 1 and (tokens[k - 1].is_number or self._lookup(tokens[k - 1]) is not None):
                break
            if k in unit_at:
                last, group = unit_at[k]
                return self.groups.get(group), last
            if tokens[k].strict in self._per or (tokens[k].plain and tokens[k].fold in self._per_plain):
                break  # "3 triệu mỗi học sinh": money per pupil, not pupils
        return None, j

    def _digits(
        self,
        tokens: Sequence[Token],
        i: int,
        unit_at: dict[int, tuple[int, str]],
        approx_before: dict[int, str],
        text: str | None,
    ) -> NumberMention | None:
        tok = tokens[i]
        m = _DIGITS_RE.match(tok.text)
        if m is None:
            return None
        value = parse_digits(m.group(1))
        if value is None:
            return None
        suffix = m.group(2)
        unit: UnitInfo | None = None
        last = i
        j = i
        if suffix:
            letters = _SUFFIX_RE.match(suffix)
            word = letters.group(1) if letters else ""
            folds, stricts, _ = phrase_keys(word)
            if word and word.isupper():
                return None  # a class or room code such as 3A2
            probe = self._units.find([_fake(tok, stricts[0], folds[0])]) if folds else []
            if probe:
                unit = self.groups.get(probe[0].payload)
        elif text is not None:
            value, j = self._space_groups(tokens, i, value, text)
        if unit is None and j + 1 < len(tokens) and tokens[j + 1].clause == tok.clause:
            mult = self._scale(tokens[j + 1])
            if mult is not None:
                value, j = self._tail(tokens, j + 1, value * mult, mult)
        if unit is None:
            unit, last = self._unit_after(tokens, j, unit_at, 2)
            last = max(last, j)
        end_tok = tokens[last]
        return NumberMention(value, i, last, tok.start, end_tok.end, unit, approx_before.get(i), False, tok.clause)

    def _scale(self, tok: Token) -> float | None:
        """The value of a multiplier word ("trăm", "nghìn", "million"), else None."""
        found = self._lookup(tok)
        return found[1] if found and found[0] == "mult" and found[1] >= 100 else None

    @staticmethod
    def _space_groups(tokens: Sequence[Token], i: int, value: float, text: str) -> tuple[float, int]:
        """ "6 120", "1 200 000": groups of three digits after a single space are one number."""
        if not _INT_RE.fullmatch(tokens[i].text) or (len(tokens[i].text) > 1 and tokens[i].text[0] == "0"):
            return value, i
        j = i
        while j + 1 < len(tokens):
            nxt = tokens[j + 1]
            gap = text[tokens[j].end : nxt.start]
            if len(nxt.text) != 3 or not _INT_RE.fullmatch(nxt.text) or len(gap) != 1 or gap not in _GROUP_SPACES:
                break
            value = value * 1000 + int(nxt.text)
            j += 1
        return value, j

    def _tail(self, tokens: Sequence[Token], j: int, value: float, mult: float) -> tuple[float, int]:
        """What follows a multiplier at *j*: a smaller group, an elided one, or "rưỡi"."""
        clause = tokens[j].clause
        n = len(tokens)
        while j + 1 < n and tokens[j + 1].clause == clause:
            nxt = tokens[j + 1]
            found = self._lookup(nxt)
            if found is not None and found[0] == "half":
                return value + mult / 2, j + 1
            if nxt.is_number:
                if not _INT_RE.fullmatch(nxt.text):
                    return value, j
                part = int(nxt.text)
                after = self._scale(tokens[j + 2]) if j + 2 < n and tokens[j + 2].clause == clause else None
                if after is not None:
                    if after >= mult:
                        return value, j
                    value += part * after  # "3 triệu 150 nghìn"
                    mult = after
                    j += 2
                    continue
                places = len(nxt.text)
                if places > min(3, len(str(int(mult))) - 1):
                    return value, j
                return value + part * mult / 10**places, j + 1  # "6 nghìn 120", "1 tỷ 4"
            if found is not None and found[0] in ("digit", "tail"):
                words = self._parse_words(tokens, j + 1)
                if words.count == 0 or words.value >= mult:
                    return value, j
                if words.count == 1 and words.value < 10:  # "6 nghìn hai": the digit of the next place
                    if self._is_not_elided(nxt):
                        return value, j
                    return value + words.value * mult / 10, j + 1
                return value + words.value, words.end - 1  # "6 nghìn một trăm hai mươi"
            return value, j
        return value, j

    def _parse_words(self, tokens: Sequence[Token], i: int) -> _Words:
        total = 0.0
        group = 0.0
        last_val = 0.0
        last_mult = 0.0
        prev: str | None = None
        j = i
        count = 0
        clause = tokens[i].clause
        while j < len(tokens) and tokens[j].clause == clause:
            found = self._lookup(tokens[j])
            if found is None:
                break
            kind, v = found
            if (
                prev == "mult"
                and (kind == "half" or (kind in ("digit", "tail") and v < 10))
                and not self._continues(tokens, j + 1, clause)
            ):
                # The last word after a multiplier: "ba nghìn hai" (3,200), "một tỷ tư", "hai triệu rưỡi".
                if kind != "half" and self._is_not_elided(tokens[j]):
                    break  # "một trăm năm": a hundred years
                part = last_mult / 2 if kind == "half" else v * last_mult / 10
                if last_mult >= 1000:
                    total += part
                else:
                    group += part
                prev = kind
                j += 1
                count += 1
                break
            if kind == "digit":
                if prev in (None, "mult", "tens", "conn") or (
                    prev == "digit" and 10 <= last_val < 100 and last_val % 10 == 0 and v < 10
                ):
                    group += v
                    last_val = v
                else:
                    break
            elif kind == "tail":
                if prev == "tens" or (prev == "digit" and last_val == 10):
                    group += v
                    last_val = v
                else:
                    break
            elif kind == "tens":
                if prev == "digit" and 1 <= last_val <= 9:
                    group += last_val * 9
                    last_val *= 10
                else:
                    break
            elif kind == "mult":
                if prev is None or prev == "conn":
                    break
                last_mult = v
                if v < 1000:
                    group *= v
                else:
                    total += max(group, 1.0) * v
                    group = 0.0
            elif kind == "half":
                break
            else:  # connector: only between a multiplier and a digit
                nxt = self._lookup(tokens[j + 1]) if j + 1 < len(tokens) else None
                if prev != "mult" or nxt is None or nxt[0] != "digit":
                    break
            prev = kind
            j += 1
            count += 1
        return _Words(total + group, count, j, prev == "mult", last_mult)

    def _is_not_elided(self, tok: Token) -> bool:
        return tok.strict in self._not_elided or (tok.plain and tok.fold in self._not_elided_plain)

    def _continues(self, tokens: Sequence[Token], k: int, clause: int) -> bool:
        """Is the token at *k* more of the same number word sequence?"""
        if k >= len(tokens) or tokens[k].clause != clause:
            return False
        found = self._lookup(tokens[k])
        return found is not None and found[0] in ("tens", "mult", "tail", "conn")

    def _words_at(
        self, tokens: Sequence[Token], i: int, unit_at: dict[int, tuple[int, str]], approx_before: dict[int, str]
    ) -> tuple[NumberMention | None, int]:
        words = self._parse_words(tokens, i)
        if words.count == 0:
            return None, i + 1
        clause = tokens[i].clause
        value = words.value
        last_number = words.end - 1
        if words.ends_with_mult:  # "sáu nghìn 120", "hai triệu rưỡi" after a digit run
            value, last_number = self._tail(tokens, last_number, value, words.last_mult)
        multiword = last_number > i
        unit, last = self._unit_after(tokens, last_number, unit_at, 1)
        if not multiword and (unit is None or (tokens[i].strict in self._ambiguous and unit.generic)):
            return None, i + 1
        last = max(last, last_number)
        mention = NumberMention(
            value, i, last, tokens[i].start, tokens[last].end, unit, approx_before.get(i), True, clause
        )
        return mention, last_number + 1


@dataclass(frozen=True, slots=True)
class _Words:
    value: float
    count: int
    end: int  # index after the last number word
    ends_with_mult: bool
    last_mult: float


def _fake(tok: Token, strict: str, fold: str) -> Token:
    """A one-word token for looking a digit's glued suffix ('17h') up in the unit index."""
    return Token(tok.index, tok.start, tok.end, strict, strict, fold, strict, fold == strict, 0, 0, True, False, False)
