"""Writing scenario files: a scenario dict → canonical JSON text a person can still edit.

The canonical form is the one the editor saves and packs can rely on:

* keys in the order the schema declares its properties (``format``, ``id``, ``language``,
  ``title``… then ``briefing``, ``facts``…; inside a question ``id``, ``journalist``,
  ``text``…); keys the schema does not know (a hand-written ``"_note"``) are kept, sorted,
  after the known ones, so nothing is lost — the validator will still point at them;
* every string (keys included) in Unicode NFC;
* two-space indentation, UTF-8 text (``ensure_ascii=False``), one trailing newline.

Values are never changed: ``4`` stays ``4`` and ``1.0`` stays ``1.0``, so writing a loaded
file and loading it again gives the same scenario (and the same content hash).

Also here: :func:`slugify` and :func:`unique_id`, which turn a title or a text into an id
the schema accepts (Vietnamese diacritics stripped).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

from trainer.domain.text import nfc, strip_diacritics

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SLUG_MAX = 64


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    text = resources.files("trainer.content").joinpath("schema/scenario-v1.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        resolved: dict[str, Any] = _schema()["$defs"][ref.removeprefix("#/$defs/")]
        return resolved
    return node


def _ordered(value: Any, node: dict[str, Any]) -> Any:
    node = _resolve(node)
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        items = node.get("items")
        child = items if isinstance(items, dict) else {}
        return [_ordered(v, child) for v in value]
    if not isinstance(value, dict):
        return value
    properties: dict[str, Any] = node.get("properties", {})
    patterns: dict[str, Any] = node.get("patternProperties", {})
    keyed = {nfc(str(k)): v for k, v in value.items()}
    out: dict[str, Any] = {}
    for key, sub in properties.items():
        if key in keyed:
            out[key] = _ordered(keyed[key], sub)
    for key in sorted(k for k in keyed if k not in properties):
        sub = next((s for p, s in patterns.items() if re.search(p, key)), {})
        out[key] = _ordered(keyed[key], sub)
    return out


def canonical(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of *data* with keys in the schema's order and every string in NFC."""
    result: dict[str, Any] = _ordered(data, _schema())
    return result


def scenario_to_text(data: dict[str, Any]) -> str:
    """The canonical file text of a scenario dict (see the module docstring)."""
    return json.dumps(canonical(data), ensure_ascii=False, indent=2) + "\n"


def slugify(text: str, *, max_words: int = 6, max_length: int = 48) -> str:
    """A valid id from free text: "Mở đầu: chuyện gì?" → "mo-dau-chuyen-gi" ("" if nothing is left)."""
    plain = strip_diacritics(nfc(text)).lower()
    words = re.findall(r"[a-z0-9]+", plain)[:max_words]
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    if not slug and words:
        slug = words[0][:max_length]
    return slug


def unique_id(base: str, taken: Iterable[str]) -> str:
    """*base* if free, else *base*-2, *base*-3… (kept within the 64-character limit)."""
    used = set(taken)
    base = base[:SLUG_MAX].strip("-") or "muc"
    if base not in used:
        return base
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = base[: SLUG_MAX - len(suffix)].rstrip("-") + suffix
        if candidate not in used:
            return candidate
        n += 1


def is_slug(text: str) -> bool:
    return len(text) <= SLUG_MAX and bool(SLUG_PATTERN.match(text))
