"""Structure-aware hypothesis strategies for malformed scenario files.

A case starts from a valid bundled scenario (usually a trimmed one, see seeds.py) and gets
one to four mutations of its JSON tree — a key dropped, duplicated, renamed or retyped,
a reference broken, a follow-up loop, odd numbers, deep nesting, NFD or empty text,
lone surrogate escapes — then perhaps a mutation of its bytes (BOMs, other encodings,
invalid UTF-8, truncation, a flipped byte). A few cases are plain random bytes or text,
or a file padded to within a few bytes of the loader's size limit.

What JSON can say but ``json.dumps`` cannot write (``NaN``, a 5000-digit number, a key
twice, ``"\\ud800"``, nesting 100 000 deep) goes into the tree as a placeholder string and
is swapped for its raw text when the tree is written out.
"""

from __future__ import annotations

import copy
import json
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, TypeVar

from hypothesis import strategies as st

from tests.fuzz.seeds import FULL, SMALL
from trainer.content.loader import MAX_FILE_BYTES

Draw = Callable[..., Any]
MARK = "\ue000"  # a private-use character no seed contains

ODD_NUMBERS = [
    "NaN",
    "Infinity",
    "-Infinity",
    "1e308",
    "1e309",
    "-1e309",
    "1e-400",
    "-0",
    "2.0",
    "1E2",
    "0.1",
    "123456789012345678901234567890",
    "9" * 4300,
    "9" * 4301,
    "-" + "7" * 6000,
    "1" + "0" * 400 + ".5",
]
ODD_IN_RANGE = [
    "5e-324",
    "1e-400",
    "-0",
    "-0.0",
    "2.0",
    "1E2",
    "0.5",
    "1e308",
    "-1e308",
    "123456789012345678901234567890",
]
DEEP_KINDS = ["[", '{"a":', '{"":[']
ODD_STRINGS = [
    "",
    " ",
    "\u3000\u2028\t\n",
    "\x00",
    "nul\x00byte",
    "\x1b[31mred",
    "\u202eevil\u202c",
    "\u200b\u200d\ufeff",
    "A-Upper",
    "có dấu",
    "with space",
    "-leading-hyphen",
    "a" * 70,
    "x" * 5000,
    "🙂" * 50,
    "ﬁ",
    "~0/~1",
    "a/b",
]
SURROGATE_ESCAPES = ['"\\ud800"', '"a\\udfffb"', '"\\ud83d"', '"\\udc00\\ud800"', '"ok \\ud83d\\ude42"']
BAD_UTF8 = [b"\xff", b"\xfe", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80", b"\xe1\xba"]
BOMS = [b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"]
ENCODINGS = ["utf-16", "utf-16-be", "utf-32", "latin-1", "cp1258", "utf-8-sig"]
REF_FIELDS = {"journalist", "ask", "key_message_missing", "fact_missing", "key_messages", "facts"}
BAD_IDS = ["khong-co", "", "mo-dau", "thu-ha", "x" * 65, "Sai Mã", "cau-hoi-1"]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(ODD_STRINGS),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


T = TypeVar("T")


@cache
def _integers(lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.integers(lo, hi)


def between(draw: Draw, lo: int, hi: int) -> int:
    """A drawn whole number from lo to hi (one strategy per range: building one costs more than drawing)."""
    value: int = draw(_integers(lo, hi))
    return value


def choose(draw: Draw, items: Sequence[T]) -> T:
    return items[between(draw, 0, len(items) - 1)]


class Doc:
    """A JSON tree being mutated, with raw text to put in place of its placeholders."""

    def __init__(self, tree: Any, indent: int | None = None) -> None:
        self.tree = tree
        self.indent = indent  # None writes one line (and is much faster)
        self.raw: dict[str, str] = {}
        self.pad: tuple[str, int, str] | None = None  # placeholder, target size in bytes, filler

    def placeholder(self, text: str) -> str:
        key = f"{MARK}{len(self.raw)}{MARK}"
        self.raw[key] = text
        return key

    def dumps(self) -> bytes:
        out = json.dumps(self.tree, ensure_ascii=False, indent=self.indent)
        for key, text in self.raw.items():
            out = out.replace(json.dumps(key, ensure_ascii=False), text)
        raw = out.encode("utf-8", "surrogatepass")
        if self.pad is not None:
            key, target, filler = self.pad
            quoted = json.dumps(key, ensure_ascii=False).encode("utf-8")
            room = max(0, target - (len(raw) - len(quoted)) - 2)
            fill = filler.encode("utf-8") * (room // len(filler.encode("utf-8")))
            fill += b"x" * (room - len(fill))
            raw = raw.replace(quoted, b'"' + fill + b'"')
        return raw


def slots(tree: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) in the tree, in document order."""
    found: list[tuple[Any, Any]] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in children:
            found.append((node, key))
            stack.append(value)
    return found


def pick(draw: Draw, doc: Doc, want: Callable[[Any, Any], bool] = lambda c, k: True) -> tuple[Any, Any] | None:
    candidates = [s for s in slots(doc.tree) if want(*s)]
    if not candidates:
        return None
    return candidates[between(draw, 0, len(candidates) - 1)]


def is_text(container: Any, key: Any) -> bool:
    return isinstance(container[key], str) and MARK not in container[key]


def drop(draw: Draw, doc: Doc) -> None:
    slot = pick(draw, doc)
    if slot:
        del slot[0][slot[1]]


def duplicate(draw: Draw, doc: Doc) -> None:
    slot = pick(draw, doc)
    if slot is None:
        return
    container, key = slot
    if isinstance(container, list):
        container.insert(key, copy.deepcopy(container[key]))
    else:  # the same key again, with its own value or another
        value = copy.deepcopy(container[key]) if draw(st.booleans()) else draw(json_values)
        container[doc.placeholder(json.dumps(key, ensure_ascii=False))] = value


def retype(draw: Draw, doc: Doc) -> None:
    slot = pick(draw, doc)
    if slot:
        slot[0][slot[1]] = draw(json_values)


def empty(draw: Draw, doc: Doc) -> None:
    slot = pick(draw, doc)
    if slot:
        slot[0][slot[1]] = choose(draw, ["", [], {}, None, 0, " "])


def rename(draw: Draw, doc: Doc) -> None:
    slot = pick(draw, doc, lambda c, k: isinstance(c, dict) and MARK not in k)
    if slot is None:
        return
    container, key = slot
    how = choose(draw, ["typo", "upper", "nfd", "empty", "escape"])
    new = {
        "typo": key + "s",
        "upper": key.upper(),
        "nfd": unicodedata.normalize("NFD", key + "ệ"),
        "empty": "",
        "escape": key + "/~x",
    }[how]
    container[new] = container.pop(key)


def decompose(draw: Draw, doc: Doc) -> None:
    slot = pick(draw, doc, is_text)
    if slot:
        container, key = slot
        form = choose(draw, ["NFD", "NFKD", "marks"])
        text = container[key]
        container[key] = text + "\u0301\u0323\u0309" if form == "marks" else unicodedata.normalize(form, text)


def odd_string(draw: Draw, doc: Doc) -> None:
    slot = pick(draw, doc)
    if slot is None:
        return
    if draw(st.booleans()):
        slot[0][slot[1]] = choose(draw, ODD_STRINGS)
    else:
        slot[0][slot[1]] = doc.placeholder(choose(draw, SURROGATE_ESCAPES))


def odd_number(draw: Draw, doc: Doc) -> None:
    numeric = pick(draw, doc, lambda c, k: isinstance(c[k], int | float) and not isinstance(c[k], bool))
    slot = numeric if numeric and draw(st.booleans()) else pick(draw, doc)
    if slot:
        slot[0][slot[1]] = doc.placeholder(choose(draw, ODD_NUMBERS))


def odd_leaf(draw: Draw, doc: Doc) -> None:
    """A number or a text the schema may well accept, but odd: 5e-324, 1e308, zero-width, RTL…"""
    slot = pick(draw, doc, lambda c, k: isinstance(c[k], int | float | str) and not isinstance(c[k], bool))
    if slot is None:
        return
    container, key = slot
    if isinstance(container[key], str):
        odd = choose(draw, ODD_STRINGS[1:])
        container[key] = choose(draw, [odd, container[key] + odd, odd + container[key]])
    else:
        container[key] = doc.placeholder(choose(draw, ODD_IN_RANGE))


def deep(draw: Draw, doc: Doc) -> None:
    slot = pick(draw, doc)
    if slot is None:
        return
    opener = choose(draw, DEEP_KINDS)
    depth = choose(draw, [2, 30, 31, 32, 33, 200, 5000, 100_000])
    closer = "]" if opener == "[" else "}" if opener == '{"a":' else "]}"
    inner = "1" if opener == '{"a":' else ""
    slot[0][slot[1]] = doc.placeholder(opener * depth + inner + closer * depth)


def break_reference(draw: Draw, doc: Doc) -> None:
    slot = pick(draw, doc, lambda c, k: k in REF_FIELDS or (isinstance(c, list) and isinstance(c[k], str)))
    if slot:
        slot[0][slot[1]] = choose(draw, BAD_IDS)


def cycle(draw: Draw, doc: Doc) -> None:
    questions = doc.tree.get("questions") if isinstance(doc.tree, dict) else None
    if not isinstance(questions, list):
        return
    items = [q for q in questions if isinstance(q, dict) and isinstance(q.get("id"), str)]
    if not items:
        return
    length = between(draw, 1, len(items))
    ring = items[:length]
    condition = choose(draw, [{"always": True}, {"always": True, "score_below": 50}, {}, {"always": False}])
    for q, nxt in zip(ring, ring[1:] + ring[:1], strict=True):
        follow_ups = q.setdefault("follow_ups", [])
        if isinstance(follow_ups, list):
            follow_ups.insert(0, {"when": dict(condition), "ask": nxt["id"]})
    if draw(st.booleans()):
        for q in items:
            q["follow_up_only"] = True


def whole(draw: Draw, doc: Doc) -> None:
    how = choose(draw, ["list", "string", "number", "null", "format"])
    if how == "format" and isinstance(doc.tree, dict):
        doc.tree["format"] = choose(draw, [2, "1", 1.0, True, 0, -1, None])
    elif how != "format":
        doc.tree = {"list": [doc.tree], "string": "scenario", "number": 1, "null": None}[how]


def enormous(draw: Draw, doc: Doc) -> None:
    slot = pick(draw, doc, is_text)
    if slot:
        key = f"{MARK}pad{MARK}"  # filled in by Doc.dumps once the rest is written
        slot[0][slot[1]] = key
        filler = choose(draw, ["x", "ệ", "Tr ", "🙂"])
        doc.pad = (key, MAX_FILE_BYTES + between(draw, -8, 8), filler)


TREE_OPS = [drop, duplicate, retype, empty, rename, decompose, odd_string, odd_number, odd_leaf, break_reference, cycle]
RARE_OPS = [deep, whole]
VALUE_OPS = [odd_leaf, odd_leaf, decompose]  # often still valid, so the scenario can be scored


_TEXTS: dict[int, list[str]] = {}


def _texts(seeds: list[dict[str, Any]]) -> list[str]:
    if id(seeds) not in _TEXTS:
        _TEXTS[id(seeds)] = [json.dumps(s, ensure_ascii=False) for s in seeds]
    return _TEXTS[id(seeds)]


@st.composite
def mutated_doc(
    draw: Draw, seeds: list[dict[str, Any]] | None = None, ops: list[Callable[[Draw, Doc], None]] | None = None
) -> Doc:
    pool = _texts(seeds if seeds is not None else SMALL)
    tree = json.loads(pool[between(draw, 0, len(pool) - 1)])  # a fresh copy, faster than deepcopy
    doc = Doc(tree, choose(draw, [None, None, 1]))
    for _ in range(between(draw, 1, 4)):
        op = choose(draw, ops or TREE_OPS * 4 + RARE_OPS)
        op(draw, doc)
    return doc


def bom(draw: Draw, raw: bytes) -> bytes:
    return bytes(choose(draw, BOMS)) + raw


def reencode(draw: Draw, raw: bytes) -> bytes:
    text = raw.decode("utf-8", "replace")
    return text.encode(choose(draw, ENCODINGS), "replace")


def invalid_utf8(draw: Draw, raw: bytes) -> bytes:
    at = between(draw, 0, len(raw))
    return raw[:at] + bytes(choose(draw, BAD_UTF8)) + raw[at:]


def truncate(draw: Draw, raw: bytes) -> bytes:
    return raw[: between(draw, 0, max(len(raw) - 1, 0))]


def flip(draw: Draw, raw: bytes) -> bytes:
    if not raw:
        return raw
    at = between(draw, 0, len(raw) - 1)
    return raw[:at] + bytes([raw[at] ^ between(draw, 1, 255)]) + raw[at + 1 :]


def trailing(draw: Draw, raw: bytes) -> bytes:
    return raw + choose(draw, [b"\x00", b" {}", b"\n\n", b"garbage", b"\x1a"])


def crlf(draw: Draw, raw: bytes) -> bytes:
    return raw.replace(b"\n", b"\r\n")


BYTE_OPS = [bom, reencode, invalid_utf8, truncate, flip, trailing, crlf]


@st.composite
def malformed_scenario(draw: Draw, seeds: list[dict[str, Any]] | None = None) -> bytes:
    """The bytes of one malformed (now and then still valid) scenario file."""
    kind = choose(draw, ["tree"] * 14 + ["tree+bytes"] * 4 + ["full", "bytes", "text", "huge"])
    if kind == "bytes":
        return bytes(draw(st.binary(max_size=600)))
    if kind == "text":
        return str(draw(st.text(max_size=300))).encode("utf-8")
    doc = draw(mutated_doc(FULL if kind == "full" else seeds))
    if kind == "huge" and between(draw, 0, 3) == 0:  # a fifth of a percent of all cases: each costs ~0.1 s
        enormous(draw, doc)
    raw = doc.dumps()
    if kind == "tree+bytes":
        raw = choose(draw, BYTE_OPS)(draw, raw)
    return raw
