"""Reading the bytes of a JSON file the way every content file is read.

UTF-8 (a byte order mark is allowed), nested at most :data:`MAX_DEPTH` levels, and holding
only values the rest of the app can use: JSON text may also carry ``NaN``, ``Infinity``,
numbers too large for a float (or for Python's ``int()``: over 4300 digits) and ``\\ud800``
escapes that decode to half a character; each of those is reported where it stands
instead of crashing a later step. Used by the scenario loader, the pack manifest and the
scenario editor.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from trainer.content.problems import Problem

MAX_DEPTH = 32
MAX_INT_DIGITS = 4000  # under Python's own limit for int() of a string (4300 digits)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class _Unusable:
    """A number JSON text can hold but the app cannot; it stands in the tree until reported."""

    text: str


def parse_json(raw: bytes) -> tuple[Any, list[Problem]]:
    """The document in *raw*, or None and the problems (each naming its place)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [Problem("encoding", "", params={"detail": f"byte {exc.start}"})]
    try:
        data = json.loads(text, parse_int=_integer, parse_float=_float, parse_constant=_Unusable)
    except json.JSONDecodeError as exc:
        return None, [Problem("json", "", params={"line": exc.lineno, "column": exc.colno, "detail": exc.msg})]
    except RecursionError:
        return None, [Problem("too_deep", "", params={"limit": MAX_DEPTH})]
    if json_depth(data) > MAX_DEPTH:
        return None, [Problem("too_deep", "", params={"limit": MAX_DEPTH})]
    problems = list(_unusable(data))
    return (None, problems) if problems else (data, [])


def _shortened(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:16]}…"


def _integer(text: str) -> int | _Unusable:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        return _Unusable(_shortened(text))
    value = int(text)
    try:
        float(value)
    except OverflowError:
        return _Unusable(_shortened(text))
    return value


def _float(text: str) -> float | _Unusable:
    value = float(text)
    return value if math.isfinite(value) else _Unusable(_shortened(text))


def json_depth(value: Any) -> int:
    """How deeply *value* nests (iterative: a hostile nesting cannot blow the stack)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def escape(token: str) -> str:
    """A key as a JSON pointer token."""
    return token.replace("~", "~0").replace("/", "~1")


def _half_character(text: str) -> str | None:
    if text.isascii():
        return None
    found = _SURROGATE.search(text)
    return f"\\u{ord(found.group()):04x}" if found else None


def _unusable(data: Any) -> Iterator[Problem]:
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, pointer = stack.pop()
        if isinstance(value, _Unusable):
            yield Problem("bad_number", pointer, params={"found": value.text})
        elif isinstance(value, str):
            half = _half_character(value)
            if half:
                yield Problem("lone_surrogate", pointer, params={"found": half})
        elif isinstance(value, list):
            stack.extend((v, f"{pointer}/{i}") for i, v in reversed(list(enumerate(value))))
        elif isinstance(value, dict):
            for key, v in reversed(value.items()):
                half = _half_character(key)
                if half:  # the key cannot be named in a pointer that prints: name its object
                    yield Problem("lone_surrogate", pointer, params={"found": half})
                else:
                    stack.append((v, f"{pointer}/{escape(key)}"))
