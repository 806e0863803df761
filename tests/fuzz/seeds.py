"""The valid starting points the fuzzers mutate: the bundled scenarios, full and trimmed.

A trimmed seed keeps two opening questions and only what they refer to, with every other
list cut to two items: still a valid scenario of the same shape, but about a quarter of
the size, so ten thousand of them are validated in seconds.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "scenarios").glob("*.json"))
FULL: list[dict[str, Any]] = [json.loads(p.read_text(encoding="utf-8")) for p in BUNDLED]

REF_COLLECTIONS = ("facts", "key_messages", "journalists")


def _referenced(questions: list[dict[str, Any]]) -> dict[str, set[str]]:
    refs: dict[str, set[str]] = {name: set() for name in REF_COLLECTIONS}
    for q in questions:
        refs["journalists"].add(q["journalist"])
        expects = q.get("expects") or {}
        refs["facts"].update(expects.get("facts", []))
        refs["key_messages"].update(expects.get("key_messages", []))
        for fu in q.get("follow_ups", []):
            refs["facts"].update([fu["when"]["fact_missing"]] if "fact_missing" in fu["when"] else [])
            if "key_message_missing" in fu["when"]:
                refs["key_messages"].add(fu["when"]["key_message_missing"])
    return refs


def _cut_lists(value: Any, keep: int) -> None:
    if isinstance(value, dict):
        for v in value.values():
            _cut_lists(v, keep)
    elif isinstance(value, list):
        del value[keep:]
        for v in value:
            _cut_lists(v, keep)


def trimmed(doc: dict[str, Any], keep: int = 2) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    questions = [q for q in doc["questions"] if not q.get("follow_up_only")][:2]
    kept = {q["id"] for q in questions}
    for q in questions:
        q["follow_ups"] = [f for f in q.get("follow_ups", []) if f["ask"] in kept]
        if not q["follow_ups"]:
            del q["follow_ups"]
    doc["questions"] = questions
    refs = _referenced(questions)
    for name in REF_COLLECTIONS:
        items = doc[name]
        doc[name] = [x for x in items if x["id"] in refs[name]] or items[:1]
    doc["confidential"] = doc["confidential"][:1]
    for key in ("questions", *REF_COLLECTIONS, "confidential"):
        for item in doc[key]:
            _cut_lists(item, keep)
    for key, value in doc.items():
        if key not in ("questions", *REF_COLLECTIONS, "confidential"):
            _cut_lists(value, keep)
    return doc


SMALL: list[dict[str, Any]] = [trimmed(d) for d in FULL]


def encode(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
