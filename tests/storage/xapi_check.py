"""An independent check of xAPI 1.0.3 statements: required fields, types and value ranges."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urlparse
from uuid import UUID

DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")
LANGUAGE_TAG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")


def _iri(value: Any) -> bool:
    if not isinstance(value, str) or " " in value:
        return False
    parsed = urlparse(value)
    return bool(parsed.scheme) and bool(parsed.netloc or parsed.path)


def _language_map(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and bool(value)
        and all(LANGUAGE_TAG.match(k) and isinstance(v, str) for k, v in value.items())
    )


def _uuid(value: Any) -> bool:
    try:
        return bool(str(UUID(str(value))) == value)
    except ValueError:
        return False


def _timestamp(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return parsed.tzinfo is not None


def problems(stmt: dict[str, Any]) -> list[str]:
    found: list[str] = []

    def need(ok: bool, what: str) -> None:
        if not ok:
            found.append(what)

    need(_uuid(stmt.get("id")), "id is a UUID")
    actor = stmt.get("actor") or {}
    account = actor.get("account") or {}
    need(actor.get("objectType", "Agent") == "Agent", "actor is an Agent")
    need(_iri(account.get("homePage")) and urlparse(account["homePage"]).scheme in ("http", "https"),
         "actor.account.homePage is an IRL")  # fmt: skip
    need(isinstance(account.get("name"), str) and bool(account.get("name")), "actor.account.name")
    need(not ({"mbox", "mbox_sha1sum", "openid"} & set(actor)), "exactly one inverse functional identifier")
    verb = stmt.get("verb") or {}
    need(_iri(verb.get("id")), "verb.id is an IRI")
    need("display" not in verb or _language_map(verb["display"]), "verb.display is a language map")
    obj = stmt.get("object") or {}
    need(obj.get("objectType", "Activity") == "Activity" and _iri(obj.get("id")), "object is an Activity with an IRI")
    definition = obj.get("definition") or {}
    need("name" not in definition or _language_map(definition["name"]), "object.definition.name")
    need("type" not in definition or _iri(definition["type"]), "object.definition.type is an IRI")
    result = stmt.get("result") or {}
    score = result.get("score") or {}
    scaled = score.get("scaled")
    need(isinstance(scaled, int | float) and not isinstance(scaled, bool) and 0 <= scaled <= 1,
         "result.score.scaled in [0, 1]")  # fmt: skip
    if "raw" in score:
        need(score.get("min", 0) <= score["raw"] <= score.get("max", score["raw"]), "min <= raw <= max")
    need(isinstance(result.get("duration"), str) and bool(DURATION.match(result["duration"])),
         "result.duration in ISO 8601")  # fmt: skip
    for key in result.get("extensions") or {}:
        need(_iri(key), f"result extension key {key} is an IRI")
    context = stmt.get("context") or {}
    need("registration" not in context or _uuid(context["registration"]), "context.registration is a UUID")
    need("language" not in context or bool(LANGUAGE_TAG.match(context["language"])), "context.language")
    for group in (context.get("contextActivities") or {}).values():
        for activity in group:
            need(_iri(activity.get("id")), "context activity id is an IRI")
    for key in context.get("extensions") or {}:
        need(_iri(key), f"context extension key {key} is an IRI")
    need(_timestamp(stmt.get("timestamp")), "timestamp in ISO 8601 with a zone")
    return found
