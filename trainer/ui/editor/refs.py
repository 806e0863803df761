"""Ids and the references between them (pure Python: no Qt, easy to test).

A question names its journalist, the key messages and facts it expects and, in its
follow-ups, the question to ask next. When the trainer renames an id in the editor, the
references follow, so renaming never breaks the scenario.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from trainer.content.writer import slugify, unique_id

COLLECTIONS = ("facts", "confidential", "key_messages", "journalists", "questions")

#: The id every new item starts with, by collection and scenario language.
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "facts": {"vi": "du-kien", "en": "fact"},
    "confidential": {"vi": "thong-tin-mat", "en": "confidential"},
    "key_messages": {"vi": "thong-diep", "en": "message"},
    "journalists": {"vi": "phong-vien", "en": "journalist"},
    "questions": {"vi": "cau-hoi", "en": "question"},
}


def _questions(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for q in data.get("questions") or []:
        if isinstance(q, dict):
            yield q


def _follow_ups(q: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for fu in q.get("follow_ups") or []:
        if isinstance(fu, dict):
            yield fu


def _rename_in_list(values: Any, old: str, new: str) -> int:
    if not isinstance(values, list):
        return 0
    count = 0
    for i, v in enumerate(values):
        if v == old:
            values[i] = new
            count += 1
    return count


def rename_references(data: dict[str, Any], collection: str, old: str, new: str) -> int:
    """Point every reference to *old* in *collection* at *new*; returns how many changed."""
    if old == new or not old:
        return 0
    count = 0
    for q in _questions(data):
        if collection == "journalists" and q.get("journalist") == old:
            q["journalist"] = new
            count += 1
        expects = q.get("expects")
        if isinstance(expects, dict):
            if collection == "key_messages":
                count += _rename_in_list(expects.get("key_messages"), old, new)
            if collection == "facts":
                count += _rename_in_list(expects.get("facts"), old, new)
        for fu in _follow_ups(q):
            if collection == "questions" and fu.get("ask") == old:
                fu["ask"] = new
                count += 1
            when = fu.get("when")
            if not isinstance(when, dict):
                continue
            if collection == "key_messages" and when.get("key_message_missing") == old:
                when["key_message_missing"] = new
                count += 1
            if collection == "facts" and when.get("fact_missing") == old:
                when["fact_missing"] = new
                count += 1
    return count


def count_references(data: dict[str, Any], collection: str, item_id: str) -> int:
    """How many places refer to *item_id* (renaming it to itself would change them)."""
    probe = "\0probe"
    return rename_references(copy.deepcopy(data), collection, item_id, probe)


def ids_of(data: dict[str, Any], collection: str) -> list[str]:
    return [str(item.get("id", "")) for item in data.get(collection) or [] if isinstance(item, dict)]


def placeholder_id(data: dict[str, Any], collection: str) -> str:
    """The next free "cau-hoi-3"-style id of a new item."""
    base = PLACEHOLDERS[collection]["en" if data.get("language") == "en" else "vi"]
    taken = set(ids_of(data, collection))
    n = len(taken) + 1
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def is_placeholder(collection: str, item_id: str) -> bool:
    bases = PLACEHOLDERS[collection].values()
    for base in bases:
        rest = item_id.removeprefix(base + "-")
        if rest != item_id and rest.isdigit():
            return True
    return False


def follows_text(collection: str | None, item_id: str, old_text: str) -> bool:
    """Whether an id is still the automatic one: empty, a placeholder, or made from the old text."""
    if not item_id:
        return True
    if collection is not None and is_placeholder(collection, item_id):
        return True
    suggestion = slugify(old_text)
    if not suggestion:
        return False
    rest = item_id.removeprefix(suggestion + "-")
    return item_id == suggestion or (rest != item_id and rest.isdigit())


def suggested_id(text: str, taken: list[str], fallback: str) -> str:
    return unique_id(slugify(text) or fallback, taken)


def new_item(data: dict[str, Any], collection: str) -> dict[str, Any]:
    """A new, empty item of *collection* with a free placeholder id."""
    item_id = placeholder_id(data, collection)
    if collection == "facts":
        return {"id": item_id, "text": "", "confirmed": True}
    if collection == "confidential":
        return {"id": item_id, "kind": "other", "text": "", "reveal_phrases": []}
    if collection == "key_messages":
        return {"id": item_id, "text": "", "phrasings": []}
    if collection == "journalists":
        return {"id": item_id, "name": "", "outlet": "", "style": "neutral"}
    if collection == "questions":
        journalists = ids_of(data, "journalists")
        first = not data.get("questions")
        return {
            "id": item_id,
            "journalist": journalists[0] if journalists else "",
            "text": "",
            "kind": "opening" if first else "fact",
            "principles": [],
            "model_answer": "",
        }
    raise ValueError(collection)


def new_follow_up(data: dict[str, Any], question_index: int) -> dict[str, Any]:
    """A follow-up asked when the answer scores below 60, pointing at a follow-up-only question."""
    questions = list(_questions(data))
    own = questions[question_index].get("id") if question_index < len(questions) else None
    candidates = [q.get("id", "") for q in questions if q.get("follow_up_only") and q.get("id") != own]
    return {"when": {"score_below": 60}, "ask": candidates[0] if candidates else ""}


def duplicate_item(data: dict[str, Any], collection: str, item: dict[str, Any]) -> dict[str, Any]:
    clone = copy.deepcopy(item)
    clone["id"] = unique_id(str(item.get("id") or PLACEHOLDERS[collection]["vi"]), ids_of(data, collection))
    return clone


def new_scenario(language: str = "vi") -> dict[str, Any]:
    """The skeleton of a new scenario: every required field, empty lists to fill."""
    return {
        "format": 1,
        "id": "",
        "language": language,
        "title": "",
        "summary": "",
        "category": "other",
        "difficulty": 1,
        "estimated_minutes": 10,
        "briefing": {
            "role": "",
            "organisation": "",
            "situation": "",
            "hours_since_incident": 2,
            "authorised_to_say": [],
        },
        "facts": [],
        "confidential": [],
        "key_messages": [],
        "journalists": [],
        "questions": [],
    }


def copy_of(data: dict[str, Any], taken: list[str]) -> dict[str, Any]:
    """A copy of a scenario with a free id and "(copy)" after its title (in its own language)."""
    clone = copy.deepcopy(data)
    english = clone.get("language") == "en"
    base = str(clone.get("id") or "kich-ban")
    clone["id"] = unique_id(f"{base}-{'copy' if english else 'ban-sao'}", taken)
    title = str(clone.get("title") or "")
    clone["title"] = f"{title} ({'copy' if english else 'bản sao'})".strip()
    return clone
