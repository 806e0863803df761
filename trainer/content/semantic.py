"""Checks the JSON Schema cannot express: references, reachability, loops, language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from trainer.content.problems import COLLECTIONS as COLLECTION_TERMS
from trainer.content.problems import LOOKS, REF_KINDS, Problem
from trainer.domain.text import vietnamese_letter_ratio

COLLECTIONS = ("facts", "confidential", "key_messages", "journalists", "questions")
AUTOMATIC_PRINCIPLES = {"timeliness", "delivery"}


def check(data: dict[str, Any]) -> list[Problem]:
    """Semantic problems of a document that passed the schema."""
    problems: list[Problem] = []
    problems += _duplicate_ids(data)
    ids = {name: {item["id"] for item in data[name]} for name in COLLECTIONS}
    problems += _references(data, ids)
    problems += _reachability(data)
    problems += _loops(data)
    if len(data["key_messages"]) > 3:
        problems.append(Problem("too_many_key_messages", "/key_messages", params={"count": len(data["key_messages"])}))
    problems += _language(data)
    problems += _unconfirmed_expected(data)
    problems += _warnings(data)
    return problems


def _duplicate_ids(data: dict[str, Any]) -> Iterator[Problem]:
    for name in COLLECTIONS:
        seen: set[str] = set()
        for i, item in enumerate(data[name]):
            if item["id"] in seen:
                yield Problem(
                    "duplicate_id", f"/{name}/{i}/id", params={"id": item["id"], "collection": COLLECTION_TERMS[name]}
                )
            seen.add(item["id"])


def _references(data: dict[str, Any], ids: dict[str, set[str]]) -> Iterator[Problem]:
    for qi, q in enumerate(data["questions"]):
        base = f"/questions/{qi}"
        if q["journalist"] not in ids["journalists"]:
            yield Problem(
                "unknown_ref", f"{base}/journalist", params={"kind": REF_KINDS["journalist"], "id": q["journalist"]}
            )
        expects = q.get("expects") or {}
        for ki, km in enumerate(expects.get("key_messages", [])):
            if km not in ids["key_messages"]:
                yield Problem(
                    "unknown_ref",
                    f"{base}/expects/key_messages/{ki}",
                    params={"kind": REF_KINDS["key message"], "id": km},
                )
        for fi, fact in enumerate(expects.get("facts", [])):
            if fact not in ids["facts"]:
                yield Problem(
                    "unknown_ref", f"{base}/expects/facts/{fi}", params={"kind": REF_KINDS["fact"], "id": fact}
                )
        for ui, fu in enumerate(q.get("follow_ups") or []):
            fbase = f"{base}/follow_ups/{ui}"
            if fu["ask"] not in ids["questions"]:
                yield Problem("unknown_ref", f"{fbase}/ask", params={"kind": REF_KINDS["question"], "id": fu["ask"]})
            when = fu["when"]
            if "key_message_missing" in when and when["key_message_missing"] not in ids["key_messages"]:
                yield Problem(
                    "unknown_ref",
                    f"{fbase}/when/key_message_missing",
                    params={"kind": REF_KINDS["key message"], "id": when["key_message_missing"]},
                )
            if "fact_missing" in when and when["fact_missing"] not in ids["facts"]:
                yield Problem(
                    "unknown_ref",
                    f"{fbase}/when/fact_missing",
                    params={"kind": REF_KINDS["fact"], "id": when["fact_missing"]},
                )


def _reachability(data: dict[str, Any]) -> Iterator[Problem]:
    questions = data["questions"]
    by_id = {q["id"]: q for q in questions}
    start = [q["id"] for q in questions if not q.get("follow_up_only")]
    if not start:
        yield Problem("no_main_question", "/questions")
        return
    reached = set(start)
    stack = list(start)
    while stack:
        q = by_id.get(stack.pop())
        for fu in (q or {}).get("follow_ups") or []:
            if fu["ask"] in by_id and fu["ask"] not in reached:
                reached.add(fu["ask"])
                stack.append(fu["ask"])
    for i, q in enumerate(questions):
        if q["id"] not in reached:
            yield Problem("unreachable", f"/questions/{i}", params={"id": q["id"]})


def _loops(data: dict[str, Any]) -> Iterator[Problem]:
    """A loop of follow-ups is fine while a condition can stop it; one of `always` edges is not."""
    questions = data["questions"]
    index = {q["id"]: i for i, q in enumerate(questions)}
    always: dict[str, list[str]] = {}
    for i, q in enumerate(questions):
        for ui, fu in enumerate(q.get("follow_ups") or []):
            if fu["when"].get("always") and len(fu["when"]) == 1:
                if fu["ask"] == q["id"]:
                    yield Problem("self_follow_up", f"/questions/{i}/follow_ups/{ui}")
                else:
                    always.setdefault(q["id"], []).append(fu["ask"])
    reported: set[frozenset[str]] = set()
    for origin in always:
        path = [origin]
        seen = {origin}
        node = origin
        # Follow the first unconditional edge; a loop of such edges can never be left.
        while node in always:
            node = always[node][0]
            if node in seen:
                cycle = path[path.index(node) :]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    first = min(index.get(c, 0) for c in cycle)
                    yield Problem("endless_loop", f"/questions/{first}", params={"cycle": " → ".join([*cycle, node])})
                break
            seen.add(node)
            path.append(node)


def _texts(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    yield "/title", data["title"]
    yield "/summary", data["summary"]
    yield "/briefing/situation", data["briefing"]["situation"]
    for i, q in enumerate(data["questions"]):
        yield f"/questions/{i}/text", q["text"]
        yield f"/questions/{i}/model_answer", q["model_answer"]
    for i, k in enumerate(data["key_messages"]):
        yield f"/key_messages/{i}/text", k["text"]


def _language(data: dict[str, Any]) -> Iterator[Problem]:
    language = data["language"]
    for pointer, text in _texts(data):
        words = text.split()
        if len(words) < 5:
            continue
        ratio = vietnamese_letter_ratio(text)
        if language == "en" and ratio > 0.02:
            yield Problem("language_mismatch", pointer, params={"language": language, "looks": LOOKS["Vietnamese"]})
        elif language == "vi" and ratio < 0.03:
            yield Problem("language_mismatch", pointer, params={"language": language, "looks": LOOKS["not Vietnamese"]})


def _unconfirmed_expected(data: dict[str, Any]) -> Iterator[Problem]:
    """A question may not expect an unconfirmed fact: asserting it is exactly the mistake to avoid."""
    confirmed = {f["id"]: f["confirmed"] for f in data["facts"]}
    for qi, q in enumerate(data["questions"]):
        for fi, fact in enumerate((q.get("expects") or {}).get("facts", [])):
            if confirmed.get(fact) is False:
                yield Problem("unconfirmed_expected", f"/questions/{qi}/expects/facts/{fi}", params={"id": fact})


def _warnings(data: dict[str, Any]) -> Iterator[Problem]:
    for qi, q in enumerate(data["questions"]):
        for pi, principle in enumerate(q["principles"]):
            if principle in AUTOMATIC_PRINCIPLES:
                yield Problem(
                    "not_applicable_principle",
                    f"/questions/{qi}/principles/{pi}",
                    severity="warning",
                    params={"principle": principle},
                )
