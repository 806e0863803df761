"""Vietnamese-aware tokens and phrase matching.

Every word of an answer becomes a :class:`Token` carrying three comparison keys:

* ``fold``: lower case, no diacritics, đ → d ("khong", "binh", "luan");
* ``strict``: lower case with the vowel shapes kept and the tone mark moved to the end,
  so the old and new tone placements compare equal ("hoà" = "hòa", "khoẻ" = "khỏe");
* ``plain``: the word was typed without any diacritics.

A phrase word matches an answer word when their strict keys are equal; when the
whole answer was typed without diacritics ("khong binh luan"), the folded keys are
compared instead. So "đổ lỗi" (blame) matches "do loi" in an unaccented answer, but
never "do lỗi" ("due to an error") in an answer written with its marks.

Offsets are character offsets into the NFC answer text: the tokenizer runs on that text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

#: Vietnamese tone marks (grave, acute, tilde, hook above, dot below) as combining marks.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
#: Invisible characters that may sit inside a word (dropped from the comparison keys).
_IGNORABLE = "\u00ad\u200c\u200d\u2060\ufeff"
_APOSTROPHES = "'’ʼ"
_DROP = dict.fromkeys(map(ord, _IGNORABLE + _APOSTROPHES), None)
_POSSESSIVE = re.compile(r"^(.*[^\W_])['’ʼ][sS]$")
#: Words whose "'s" is "is"/"us" ("it's", "let's"), not a possessive.
_CONTRACTED = frozenset(
    {"it", "that", "there", "here", "what", "who", "he", "she", "let", "where", "how", "when", "why", "this", "one"}
)

_JOIN = "['’ʼ\u00ad\u200c\u200d\u2060\ufeff]"
_TOKEN_RE = re.compile(
    rf"(?P<num>\d+(?:[.,]\d+)*(?:[^\W\d_]+\d*)?)"  # 37, 1.200, 2,5, 17h, 3A2
    rf"|(?P<word>[^\W_]+(?:{_JOIN}+[^\W_]+)*)"  # words, with don't / zero-width joiners inside
    r"|(?P<pct>%)"
    r"|(?P<stop>[.!?…]+(?=\s|$|[\"”’)\]])|\n\s*)"  # sentence ends
    r"|(?P<pause>[,;:()\[\]\"“”«»]|\s[-–—]\s|[–—])"  # clause breaks
)


@dataclass(frozen=True, slots=True)
class Token:
    index: int
    start: int
    end: int
    text: str
    low: str
    fold: str
    strict: str
    plain: bool
    sentence: int
    clause: int
    clause_first: bool
    pause_after: bool
    is_number: bool


@lru_cache(maxsize=200_000)
def token_keys(word: str) -> tuple[str, str, str, bool]:
    """(lower, fold, strict, plain) for one word.

    Apostrophes inside a word are dropped ("don't" → "dont"); an English possessive
    "'s" is removed ("GradeLink's" → "gradelink") but a contraction is kept ("it's" → "its").
    """
    m = _POSSESSIVE.match(word)
    if m is not None and m.group(1).lower() not in _CONTRACTED:
        word = m.group(1)
    cleaned = word.translate(_DROP)
    low = cleaned.lower()
    decomposed = unicodedata.normalize("NFD", low)
    tone = ""
    shape: list[str] = []
    bare: list[str] = []
    for ch in decomposed:
        if ch in TONE_MARKS:
            tone = ch
            continue
        shape.append(ch)
        if not unicodedata.combining(ch):
            bare.append(ch)
    strict = unicodedata.normalize("NFC", "".join(shape)) + tone
    fold = "".join(bare).replace("đ", "d")
    return low, fold, strict, fold == low


def fold_word(word: str) -> str:
    return token_keys(word)[1]


#: Below this share of words with diacritics, an answer counts as typed without them.
UNACCENTED_SHARE = 0.1


def tokenize(text: str) -> list[Token]:
    """Split NFC *text* into word tokens with sentence and clause numbers.

    ``Token.plain`` is true only when the whole answer was typed without diacritics
    (fewer than :data:`UNACCENTED_SHARE` of its words carry any): then "do" may stand for
    "đổ" and "sau" for "sáu". In an answer written with diacritics, an unaccented word is
    taken as written ("sau" means after).
    """
    tokens: list[Token] = []
    sentence = clause = 0
    clause_open = True  # the next word starts a clause
    pending: list[tuple[int, int, str, bool]] = []
    breaks_after: set[int] = set()
    firsts: set[int] = set()
    sentences: list[int] = []
    clauses: list[int] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind in ("num", "word", "pct"):
            if clause_open:
                firsts.add(len(pending))
                clause_open = False
            pending.append((m.start(), m.end(), m.group(), kind == "num"))
            sentences.append(sentence)
            clauses.append(clause)
        elif kind == "stop":
            if pending and not clause_open:
                breaks_after.add(len(pending) - 1)
                sentence += 1
                clause += 1
            clause_open = True
        else:  # pause
            if pending and not clause_open:
                breaks_after.add(len(pending) - 1)
                clause += 1
            clause_open = True
    keys = [token_keys(raw) for _, _, raw, _ in pending]
    accented = sum(1 for k in keys if not k[3])
    unaccented = accented < UNACCENTED_SHARE * max(1, len(keys))
    for i, (start, end, raw, is_number) in enumerate(pending):
        low, fold, strict, plain = keys[i]
        plain = plain and unaccented
        tokens.append(
            Token(
                index=i,
                start=start,
                end=end,
                text=raw,
                low=low,
                fold=fold,
                strict=strict,
                plain=plain,
                sentence=sentences[i],
                clause=clauses[i],
                clause_first=i in firsts,
                pause_after=i in breaks_after,
                is_number=is_number,
            )
        )
    return tokens


def word_count(text: str) -> int:
    """Words in *text* (cheap: used on the full answer, however long)."""
    return len(text.split())


# --- phrases ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Phrase:
    category: str
    payload: str
    text: str
    folds: tuple[str, ...]
    stricts: tuple[str, ...]
    all_plain: bool


@dataclass(frozen=True, slots=True)
class Hit:
    category: str
    payload: str
    first: int  # token index, inclusive
    last: int  # token index, inclusive
    start: int  # character offsets in the NFC answer
    end: int
    phrase: str

    @property
    def length(self) -> int:
        return self.last - self.first + 1


def phrase_keys(text: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    words = [m.group() for m in _TOKEN_RE.finditer(text) if m.lastgroup in ("num", "word", "pct")]
    keys = [token_keys(w) for w in words]
    return tuple(k[1] for k in keys), tuple(k[2] for k in keys), all(k[3] for k in keys)


class PhraseIndex:
    """Many phrases, found in one pass over the answer's tokens.

    Phrases are filed under their first folded word, and those of two words or more
    under their first two, so each answer word meets only the phrases that can start there.
    """

    def __init__(self) -> None:
        self._one: dict[str, list[Phrase]] = {}
        self._two: dict[tuple[str, str], list[Phrase]] = {}
        self._seen: set[tuple[str, str, tuple[str, ...]]] = set()

    def add(self, category: str, text: str, payload: str = "") -> None:
        folds, stricts, all_plain = phrase_keys(text)
        if not folds:
            return
        key = (category, payload, stricts)
        if key in self._seen:
            return
        self._seen.add(key)
        phrase = Phrase(category, payload, text, folds, stricts, all_plain)
        if len(folds) == 1:
            self._one.setdefault(folds[0], []).append(phrase)
        else:
            self._two.setdefault((folds[0], folds[1]), []).append(phrase)

    def add_all(self, category: str, texts: Iterable[str], payload: str = "") -> None:
        for text in texts:
            self.add(category, text, payload)

    def __len__(self) -> int:
        return len(self._seen)

    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        hits: list[Hit] = []
        n = len(tokens)
        one = self._one
        two = self._two
        empty: list[Phrase] = []
        for i, tok in enumerate(tokens):
            singles = one.get(tok.fold, empty)
            for ph in singles:
                if tok.plain or tok.strict == ph.stricts[0]:
                    hits.append(Hit(ph.category, ph.payload, i, i, tok.start, tok.end, ph.text))
            if i + 1 >= n:
                continue
            nxt = tokens[i + 1]
            if nxt.sentence != tok.sentence:
                continue
            for ph in two.get((tok.fold, nxt.fold), empty):
                size = len(ph.folds)
                if i + size > n:
                    continue
                ok = True
                for k in range(size):
                    t = tokens[i + k]
                    if t.fold != ph.folds[k] or not (t.plain or t.strict == ph.stricts[k]):
                        ok = False
                        break
                    if t.sentence != tok.sentence:
                        ok = False
                        break
                if ok:
                    last = tokens[i + size - 1]
                    hits.append(Hit(ph.category, ph.payload, i, i + size - 1, tok.start, last.end, ph.text))
        return hits


def longest_first(hits: Iterable[Hit]) -> list[Hit]:
    """Drop hits that overlap a longer hit of the same category and payload; keep text order."""
    kept: list[Hit] = []
    taken: dict[tuple[str, str], set[int]] = {}
    for h in sorted(hits, key=lambda h: (-h.length, h.first)):
        used = taken.setdefault((h.category, h.payload), set())
        span = range(h.first, h.last + 1)
        if any(i in used for i in span):
            continue
        used.update(span)
        kept.append(h)
    kept.sort(key=lambda h: (h.first, -h.length))
    return kept


def mark(hits: Iterable[Hit], size: int) -> list[bool]:
    """A flag per token: covered by one of *hits*."""
    flags = [False] * size
    for h in hits:
        for i in range(h.first, h.last + 1):
            flags[i] = True
    return flags


def negated(
    tokens: Sequence[Token], first: int, negators: Sequence[bool], breakers: Sequence[bool], window: int
) -> int:
    """Index of a negator governing the token at *first*, or -1.

    Looks back at most *window* words in the same clause; a scope breaker ("nhưng",
    "but", "mà") or a clause boundary ends the search.
    """
    clause = tokens[first].clause
    j = first - 1
    steps = 0
    while j >= 0 and steps < window:
        if tokens[j].clause != clause or breakers[j]:
            return -1
        if negators[j]:
            while j > 0 and negators[j - 1] and tokens[j - 1].clause == clause:
                j -= 1  # the start of a negation of several words ("không hề")
            return j
        j -= 1
        steps += 1
    return -1
