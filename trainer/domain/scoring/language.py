"""Which language an answer is written in — also when Vietnamese is typed without diacritics.

Letters that only Vietnamese uses (ă, ơ, ư, ệ…) settle it when there are enough of them.
Otherwise the answer's words are looked up in two vocabularies built from the word lists
(every phrase, number word and unit of ``vi.json`` / ``en.json`` plus their
``common_words``): Vietnamese syllables compared without diacritics ("chung toi khong
biet"), English words as written. A word found in both ("an", "to", "can", "the") counts
for neither. An answer is taken as one language when at least :data:`WORD_SHARE` of its
words are in that vocabulary and at least :data:`DOMINANCE` times as many as in the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from trainer.domain.scoring.lexicon import PHRASE_CATEGORIES, Lexicon, load_lexicon
from trainer.domain.scoring.matching import Token, tokenize
from trainer.domain.text import vietnamese_letter_ratio

#: Above this share of letters only Vietnamese uses, a text is Vietnamese.
VIETNAMESE_LETTERS_SURE = 0.05
#: Below this share, a Vietnamese scenario's answer is checked word by word.
VIETNAMESE_LETTERS_MIN = 0.02
#: Fewer words than this are too few to judge.
MIN_WORDS = 5
WORD_SHARE = 0.35
DOMINANCE = 2


def _texts(lex: Lexicon) -> Iterable[str]:
    for category in PHRASE_CATEGORIES:
        yield from lex.get(category)
    yield from lex.common_words
    yield from lex.number_words
    yield from lex.number_tail_words
    yield from lex.number_tens
    yield from lex.number_multipliers
    yield from lex.number_connectors
    yield from lex.vague_numbers
    for words in lex.approx.values():
        yield from words
    for group in lex.units:
        yield from group.words


def _vocabulary(lex: Lexicon) -> frozenset[str]:
    out: set[str] = set()
    for text in _texts(lex):
        for tok in tokenize(text.replace("{party}", " ").replace("{org}", " ")):
            if not tok.is_number and tok.fold.isalpha():
                out.add(tok.fold)
    return frozenset(out)


@lru_cache(maxsize=1)
def vocabularies() -> tuple[frozenset[str], frozenset[str]]:
    """(Vietnamese-only, English-only) folded words."""
    vi = _vocabulary(load_lexicon("vi"))
    en = _vocabulary(load_lexicon("en"))
    return vi - en, en - vi


def guess_language(text: str, tokens: Sequence[Token] | None = None) -> str | None:
    """ "vi", "en", or None when the answer is too short or too mixed to tell."""
    if vietnamese_letter_ratio(text) > VIETNAMESE_LETTERS_SURE:
        return "vi"
    words = [t for t in (tokenize(text) if tokens is None else tokens) if not t.is_number]
    if len(words) < MIN_WORDS:
        return None
    vi_only, en_only = vocabularies()
    vi = sum(1 for t in words if t.fold in vi_only)
    en = sum(1 for t in words if t.fold in en_only)
    if vi >= WORD_SHARE * len(words) and vi >= DOMINANCE * en:
        return "vi"
    if en >= WORD_SHARE * len(words) and en >= DOMINANCE * vi:
        return "en"
    return None


def wrong_language(language: str, text: str, tokens: Sequence[Token] | None = None) -> bool:
    """Does the answer look written in another language than the scenario's?

    A Vietnamese scenario's answer is questioned only when it has (almost) no Vietnamese
    letters and its words do not read as Vietnamese either; an English scenario's answer
    when it reads as Vietnamese, with or without diacritics.
    """
    if language == "vi":
        if vietnamese_letter_ratio(text) >= VIETNAMESE_LETTERS_MIN:
            return False
        return guess_language(text, tokens) != "vi"
    return guess_language(text, tokens) == "vi"
