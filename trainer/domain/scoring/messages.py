"""Reasons and advice in the scenario's language: looking texts up and quoting the
trainee's words (the texts themselves are in texts.py)."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.domain.scoring.texts import TEXTS

_LANG_INDEX = {"vi": 0, "en": 1}


def say(language: str, key: str, **params: object) -> str:
    """The text *key* in *language* (English when the language is unknown)."""
    pair = TEXTS.get(key)
    if pair is None:
        return key
    template = pair[_LANG_INDEX.get(language, 1)]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def quote_list(items: Sequence[str], language: str, limit: int = 3) -> str:
    """'"a", "b" và "c"' — the trainee's own words, quoted, at most *limit*."""
    shown = [f"“{clip(s)}”" for s in dict.fromkeys(items) if s.strip()][:limit]
    if not shown:
        return ""
    joiner = " và " if language == "vi" else " and "
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + joiner + shown[-1]


def plain_list(items: Sequence[str], language: str, limit: int = 3) -> str:
    shown = [clip(s, 80).rstrip(".;: ") for s in dict.fromkeys(items) if s.strip()][:limit]
    sep = "; "
    more = len(dict.fromkeys(items)) - len(shown)
    tail = (f" (+{more})") if more > 0 else ""
    return sep.join(shown) + tail


def clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def number_text(value: float, language: str) -> str:
    if value == int(value):
        whole = f"{int(value):,}"
        return whole.replace(",", ".") if language == "vi" else whole
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "vi" else text
