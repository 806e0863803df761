"""Word lists per language, read from ``trainer/data/lexicon/<lang>.json``.

A scenario may add its own words (its ``lexicon`` field); they extend the built-in lists
of the scenario's language. A scenario's ``follow_up`` words are treated as *channels*
(where people get updates: a hotline's name, a Zalo group), because commitments ("we
will update") and times ("this afternoon") are general language already in the lists.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from trainer.domain.text import nfc

#: Categories a scenario file may extend (the schema's names).
SCENARIO_CATEGORIES: tuple[str, ...] = (
    "fillers",
    "blame",
    "speculation",
    "empathy",
    "action",
    "stonewalling",
    "officialese",
    "follow_up",
    "hostility",
    "unknowns",
    "bridging",
    "acknowledge",
)

#: Every phrase list the scorer reads (the data files hold them all).
PHRASE_CATEGORIES: tuple[str, ...] = (
    "hesitations",
    "fillers",
    "blame",
    "speculation",
    "empathy",
    "action",
    "stonewalling",
    "refusal",
    "refusal_reason",
    "off_record",
    "on_record",
    "officialese",
    "follow_up",
    "follow_up_when",
    "follow_up_where",
    "hostility",
    "unknowns",
    "bridging",
    "acknowledge",
    "hedges",
    "overreach",
    "conditionals",
    "privacy_reason",
    "negators",
    "non_negators",
    "post_negators",
    "scope_breakers",
    "stopwords",
    "name_markers",
    "class_markers",
    "ordinal_markers",
    "disavowals",
    "claim_verbs",
    "compounds",
)

#: Where a scenario's own words go (scenario category → scorer category).
_SCENARIO_TARGET = {"follow_up": "follow_up_where"}

#: English phrases also looked for in Vietnamese answers ("no comment", "off the record", "hotline").
MIXED_IN_CATEGORIES: tuple[str, ...] = ("stonewalling", "off_record", "on_record", "follow_up_where", "hesitations")

LANGUAGES: tuple[str, ...] = ("vi", "en")


@dataclass(frozen=True)
class UnitGroup:
    name: str
    kind: str  # "count": a different number is a contradiction; "loose": only when linked by keywords
    words: tuple[str, ...]
    generic: bool = False


@dataclass(frozen=True)
class Lexicon:
    language: str
    phrases: Mapping[str, tuple[str, ...]]
    number_words: Mapping[str, float] = field(default_factory=dict)
    number_tail_words: Mapping[str, float] = field(default_factory=dict)
    number_tens: tuple[str, ...] = ()
    number_multipliers: Mapping[str, float] = field(default_factory=dict)
    number_connectors: tuple[str, ...] = ()
    #: "rưỡi": half of the multiplier before it ("hai triệu rưỡi" = 2,500,000).
    number_half: tuple[str, ...] = ()
    #: Digit words that after a multiplier are a unit, not an elided digit ("một trăm năm": 100 years).
    number_not_elided: tuple[str, ...] = ()
    #: Frequent words of the language, to tell it apart from the other one when diacritics are missing.
    common_words: tuple[str, ...] = ()
    #: "mỗi", "per": the unit after them is a rate's, not the number's ("3 triệu mỗi học sinh").
    per_markers: tuple[str, ...] = ()
    ambiguous_number_words: tuple[str, ...] = ()
    #: Vague quantities ("hàng chục", "dozens of") → the smallest value they mean.
    vague_numbers: Mapping[str, float] = field(default_factory=dict)
    approx: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    units: tuple[UnitGroup, ...] = ()

    def get(self, category: str) -> tuple[str, ...]:
        return self.phrases.get(category, ())


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(nfc(v) for v in value if isinstance(v, str) and v.strip())


def _numbers(value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        return {}
    return {nfc(k): float(v) for k, v in value.items() if isinstance(v, int | float)}


def _expand(phrases: tuple[str, ...], parties: tuple[str, ...], organisations: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for p in phrases:
        if "{party}" in p:
            out.extend(p.replace("{party}", party) for party in parties)
        elif "{org}" in p:
            out.extend(p.replace("{org}", org) for org in organisations)
        else:
            out.append(p)
    return tuple(dict.fromkeys(out))


def lexicon_from_dict(data: Mapping[str, Any], language: str) -> Lexicon:
    parties = _strings(data.get("parties"))
    organisations = _strings(data.get("organisations"))
    phrases = {c: _strings(data.get(c)) for c in PHRASE_CATEGORIES}
    phrases["blame"] = _expand(phrases["blame"], parties, organisations)
    units = tuple(
        UnitGroup(
            name=str(u.get("name", "")),
            kind="loose" if u.get("kind") == "loose" else "count",
            words=_strings(u.get("words")),
            generic=bool(u.get("generic", False)),
        )
        for u in data.get("units") or ()
        if isinstance(u, dict)
    )
    approx_raw = data.get("approx") or {}
    approx = {k: _strings(v) for k, v in approx_raw.items()} if isinstance(approx_raw, dict) else {}
    return Lexicon(
        language=language,
        phrases=phrases,
        number_words=_numbers(data.get("number_words")),
        number_tail_words=_numbers(data.get("number_tail_words")),
        number_tens=_strings(data.get("number_tens")),
        number_multipliers=_numbers(data.get("number_multipliers")),
        number_connectors=_strings(data.get("number_connectors")),
        number_half=_strings(data.get("number_half")),
        number_not_elided=_strings(data.get("number_not_elided")),
        per_markers=_strings(data.get("per_markers")),
        common_words=_strings(data.get("common_words")),
        ambiguous_number_words=_strings(data.get("ambiguous_number_words")),
        vague_numbers=_numbers(data.get("vague_numbers")),
        approx=approx,
        units=units,
    )


@lru_cache(maxsize=4)
def _raw(language: str) -> dict[str, Any]:
    name = language if language in LANGUAGES else "en"
    text = resources.files("trainer.data.lexicon").joinpath(f"{name}.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=4)
def load_lexicon(language: str) -> Lexicon:
    """The built-in word lists of *language* (English for an unknown language)."""
    return lexicon_from_dict(_raw(language), language if language in LANGUAGES else "en")


def scenario_lexicon(language: str, extra: Mapping[str, tuple[str, ...]]) -> Lexicon:
    """Built-in lists of *language* plus a scenario's own words (and English mixed into Vietnamese)."""
    base = _raw(language)
    data = dict(base)
    if language == "vi":
        english = _raw("en")
        for category in MIXED_IN_CATEGORIES:
            data[category] = list(base.get(category) or []) + list(english.get(category) or [])
    for category, words in extra.items():
        target = _SCENARIO_TARGET.get(category, category)
        if category in SCENARIO_CATEGORIES:
            data[target] = list(data.get(target) or []) + list(words)
    return lexicon_from_dict(data, language if language in LANGUAGES else "en")
