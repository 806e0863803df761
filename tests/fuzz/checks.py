"""What every outcome of the loader and the pack checker must look like, whatever the input."""

from __future__ import annotations

import json
from typing import Any

from trainer.content.loader import ScenarioReport
from trainer.content.problems import MESSAGES, Problem
from trainer.domain.text import nfc_deep

#: Problems about the file as a whole, before there is a JSON document to point into;
#: their message names the place instead (a line and column, a byte, a size).
WHOLE_FILE = {"io", "too_large", "encoding", "json", "too_deep"}
MAX_MESSAGE = 600  # characters: a message is read in a dialog, not scrolled


def parsed(raw: bytes) -> list[Any]:
    """The document as the loader sees it (before and after NFC), or [] if it is not JSON."""
    try:
        doc = json.loads(raw.decode("utf-8-sig"), parse_int=lambda s: int(s) if len(s) < 4000 else s)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return []
    return [doc, nfc_deep(doc)]


def resolves(doc: Any, pointer: str) -> bool:
    """Whether the JSON pointer (RFC 6901) names a value in *doc*."""
    if pointer == "":
        return True
    if not pointer.startswith("/"):
        return False
    node = doc
    for token in pointer[1:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False
    return True


def check_message(problem: Problem) -> None:
    """Known, filled in, and worded in both languages."""
    assert problem.code in MESSAGES, problem
    assert problem.code != "schema", f"untranslated validator message: {problem.message()}"
    english, vietnamese = problem.message("en"), problem.message("vi")
    for text in (english, vietnamese):
        assert text.strip(), problem
        assert not text.startswith(f"{problem.code}: "), f"a parameter is missing: {text}"
        assert len(text) <= MAX_MESSAGE, f"{len(text)} characters: {text[:200]}…"
    assert english != vietnamese, english
    problem.describe("x.json", "vi").encode("utf-8")  # printable: no lone surrogate in it


def check_problem(problem: Problem, docs: list[Any]) -> None:
    check_message(problem)
    if not docs:
        assert problem.pointer == "" and problem.code in WHOLE_FILE, problem
    else:
        assert any(resolves(d, problem.pointer) for d in docs), f"{problem.pointer!r} is not in the file: {problem}"


def check_report(report: ScenarioReport, raw: bytes) -> None:
    """Either a valid scenario, or errors, each naming its place, in English and Vietnamese."""
    if report.scenario is not None:
        assert not report.errors, report.errors
    else:
        assert report.errors, f"no scenario and no error: {report.problems}"
    docs = parsed(raw) if len(raw) <= 3 * 1024 * 1024 else []
    for problem in report.problems:
        if problem.code == "too_large":
            assert problem.pointer == ""
            check_message(problem)
        else:
            check_problem(problem, docs)
    json.dumps(report.to_json("vi"), ensure_ascii=False).encode("utf-8")
