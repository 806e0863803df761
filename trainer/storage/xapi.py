"""xAPI (Experience API 1.0.3) statements, one per answer, for a learning record store.

* ``id``: the answer's UUID, so sending the same export twice stores nothing twice;
* ``actor``: an Agent identified by an ``account`` (``homePage`` = the organisation's
  site, ``name`` = the trainee's UUID) with the display name;
* ``verb``: ADL's ``answered``;
* ``object``: an Activity per scenario question, ``<base>/scenarios/<id>/questions/<id>``;
  the scenario is the ``parent`` context activity, a workshop the ``grouping`` one;
* ``result``: ``score.scaled`` = overall / 100 in [0, 1] (``raw``/``min``/``max`` too),
  ``response`` = the answer text, ``duration`` in ISO 8601, per-principle scores in an
  extension;
* ``context.registration``: the practice session's UUID; ``timestamp``: answer time (UTC).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote
from uuid import UUID

from trainer import __version__
from trainer.storage.engine import Database
from trainer.storage.exports import ExportedAnswer, iter_answers

#: Replace with the organisation's own site (``--xapi-home-page``); ``.invalid`` marks it unset.
DEFAULT_HOME_PAGE = "https://media-response-trainer.invalid"
VERB_ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
ACTIVITY_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
ACTIVITY_SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
ACTIVITY_MEETING = "http://adlnet.gov/expapi/activities/meeting"
XAPI_VERSION = "1.0.3"

LANGUAGE_TAGS = {"vi": "vi-VN", "en": "en-US"}


def iso_duration(milliseconds: int) -> str:
    """ISO 8601 duration: 75_500 ms -> ``PT1M15.5S``."""
    total = max(0, int(milliseconds))
    hours, rest = divmod(total, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds = rest / 1000
    out = "PT"
    if hours:
        out += f"{hours}H"
    if minutes:
        out += f"{minutes}M"
    if seconds or out == "PT":
        out += f"{seconds:.3f}".rstrip("0").rstrip(".") + "S"
    return out


def _timestamp(value: Any) -> str:
    return str(value.isoformat(timespec="milliseconds")).replace("+00:00", "Z")


def _lang(code: str) -> str:
    return LANGUAGE_TAGS.get(code, code or "und")


def _segment(value: str) -> str:
    return quote(value, safe="-._~")


def activity_base(home_page: str) -> str:
    return home_page.rstrip("/") + "/xapi/activities"


def statement(item: ExportedAnswer, *, home_page: str = DEFAULT_HOME_PAGE) -> dict[str, Any]:
    a, t, sess = item.answer, item.trainee, item.session
    base = activity_base(home_page)
    ext = home_page.rstrip("/") + "/xapi/extensions"
    lang = _lang(a.language)
    scenario_iri = f"{base}/scenarios/{_segment(sess.scenario_id)}"
    context_activities: dict[str, Any] = {
        "parent": [
            {
                "objectType": "Activity",
                "id": scenario_iri,
                "definition": {
                    "name": {_lang(sess.scenario_language): sess.scenario_title},
                    "type": ACTIVITY_SIMULATION,
                },
            }
        ]
    }
    if sess.workshop_id is not None:
        context_activities["grouping"] = [
            {
                "objectType": "Activity",
                "id": f"{base}/workshops/{sess.workshop_id}",
                "definition": {"name": {lang: item.workshop_name}, "type": ACTIVITY_MEETING},
            }
        ]
    return {
        "id": str(a.id),
        "version": XAPI_VERSION,
        "actor": {
            "objectType": "Agent",
            "name": t.display_name,
            "account": {"homePage": home_page, "name": str(t.id)},
        },
        "verb": {"id": VERB_ANSWERED, "display": {"en-US": "answered", "vi-VN": "đã trả lời"}},
        "object": {
            "objectType": "Activity",
            "id": f"{scenario_iri}/questions/{_segment(a.question_id)}",
            "definition": {
                "name": {lang: a.question_text},
                "type": ACTIVITY_INTERACTION,
                "interactionType": "long-fill-in",
            },
        },
        "result": {
            "score": {"scaled": round(a.overall / 100, 4), "raw": a.overall, "min": 0, "max": 100},
            "completion": True,
            "response": a.answer_text,
            "duration": iso_duration(a.duration_ms),
            "extensions": {
                f"{ext}/principle-scores": {
                    s.principle: {"score": s.score, "status": s.status, "reviewed": s.reviewed} for s in a.scores
                },
                f"{ext}/ladder-level": a.ladder.level,
                f"{ext}/input-mode": a.input_mode,
            },
        },
        "context": {
            "registration": str(sess.id),
            "language": lang,
            "platform": f"Media-response trainer {__version__}",
            "contextActivities": context_activities,
            "extensions": {
                f"{ext}/scenario-content-hash": sess.scenario_hash,
                f"{ext}/session-mode": sess.mode,
                f"{ext}/difficulty": sess.difficulty,
            },
        },
        "timestamp": _timestamp(a.answered_at),
    }


def iter_statements(
    db: Database, *, trainee_id: UUID | None = None, home_page: str = DEFAULT_HOME_PAGE
) -> Iterator[dict[str, Any]]:
    for item in iter_answers(db, trainee_id=trainee_id):
        yield statement(item, home_page=home_page)


def write_xapi(db: Database, out: Path, *, trainee_id: UUID | None = None, home_page: str = DEFAULT_HOME_PAGE) -> int:
    """Write a JSON array of statements (what an LRS accepts in one POST); returns how many."""
    count = 0
    partial = out.with_name(out.name + ".partial")
    with partial.open("w", encoding="utf-8") as fh:
        fh.write("[")
        for stmt in iter_statements(db, trainee_id=trainee_id, home_page=home_page):
            fh.write(",\n" if count else "\n")
            fh.write(json.dumps(stmt, ensure_ascii=False))
            count += 1
        fh.write("\n]\n")
    partial.replace(out)
    return count
