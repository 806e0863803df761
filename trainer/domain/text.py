"""Vietnamese-aware text normalisation shared by every layer.

Every boundary (file, keyboard, database) passes text through :func:`nfc`.
:func:`fold` gives a comparison key that ignores case and diacritics, so that an
answer typed without accents ("khong binh luan") still matches "không bình luận".
"""

from __future__ import annotations

import unicodedata
from typing import Any

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def nfc(text: str) -> str:
    """Return *text* in Unicode NFC (the composed form Vietnamese keyboards produce)."""
    return unicodedata.normalize("NFC", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def nfc_deep(value: Any) -> Any:
    """NFC-normalise every string inside nested dicts/lists (keys included)."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc_deep(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k) if isinstance(k, str) else k: nfc_deep(v) for k, v in value.items()}
    return value


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese tone and vowel marks; đ/Đ become d/D."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return kept.replace("đ", "d").replace("Đ", "D")


def fold(text: str) -> str:
    """Comparison key: NFC, zero-width characters removed, lower case, no diacritics.

    One character of *text* maps to exactly one character of the result, so
    offsets found in the folded text are offsets in the original NFC text.
    """
    out = []
    for ch in nfc(text).translate(_ZERO_WIDTH).lower():
        base = unicodedata.normalize("NFD", ch)[0]
        out.append("d" if base == "đ" else base)
    return "".join(out)


def fold_with_offsets(text: str) -> str:
    """Fold *text* keeping one output character per input character (same length).

    Zero-width characters become spaces instead of disappearing, so an index in the
    result is an index in ``nfc(text)``.
    """
    out = []
    for ch in nfc(text):
        if ord(ch) in _ZERO_WIDTH:
            out.append(" ")
            continue
        low = ch.lower()
        if len(low) != 1:
            low = ch
        base = unicodedata.normalize("NFD", low)[0]
        out.append("d" if base == "đ" else base)
    return "".join(out)


VIETNAMESE_LETTERS = frozenset("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


def vietnamese_letter_ratio(text: str) -> float:
    """Share of alphabetic characters that only Vietnamese uses (0.0 for English)."""
    letters = [ch for ch in nfc(text).lower() if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(ch in VIETNAMESE_LETTERS for ch in letters) / len(letters)
