"""Debrief and personal report as CSV: one row per principle (room and trainee) and one per answer.

UTF-8 with a byte-order mark (Excel on Windows then shows Vietnamese), commas, numbers
with a dot. Column ``kind`` says what a row is: ``room`` (the room on one principle),
``trainee`` (one trainee on one principle) or ``answer``; columns a kind does not use stay
empty. Answer rows carry every principle's effective score in the columns named by the
principle ids. A text cell Excel would run as a formula gets a leading apostrophe.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from trainer.domain.principles import PRINCIPLE_IDS
from trainer.reports.files import atomic_write
from trainer.reports.model import AnswerItem, Comment, Debrief, PersonalReport, Spread
from trainer.reports.texts import principle_name
from trainer.storage.exports import FORMULA_STARTS

COLUMNS: tuple[str, ...] = (
    "kind", "workshop", "trainee", "unit", "principle", "principle_name", "answers", "mean", "sd", "min", "max",
    "met", "partly", "missed", "reviewed", "answer_id", "answered_at", "scenario", "question", "answer", "overall",
    "scorer_overall", "comments", *PRINCIPLE_IDS,
)  # fmt: skip


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _comments(comments: Iterable[Comment]) -> str:
    return " | ".join(f"{c.reviewer}: {c.comment}" for c in comments if c.comment)


def _spread_row(kind: str, workshop: str, who: str, unit: str, s: Spread, language: str) -> dict[str, object]:
    return {
        "kind": kind, "workshop": workshop, "trainee": who, "unit": unit, "principle": s.principle,
        "principle_name": principle_name(s.principle, language), "answers": s.answers, "mean": s.mean, "sd": s.sd,
        "min": s.minimum, "max": s.maximum, "met": s.met, "partly": s.partly, "missed": s.missed,
        "reviewed": s.reviewed,
    }  # fmt: skip


def _answer_row(workshop: str, item: AnswerItem) -> dict[str, object]:
    row: dict[str, object] = {
        "kind": "answer", "workshop": workshop, "trainee": item.who, "unit": item.unit, "answers": 1,
        "reviewed": int(item.reviewed), "answer_id": item.answer_id, "answered_at": item.answered_at.isoformat(),
        "scenario": item.scenario_title, "question": item.question_text, "answer": item.answer_text,
        "overall": item.overall, "scorer_overall": item.scored_overall, "comments": _comments(item.comments),
    }  # fmt: skip
    row.update(dict(item.principles))
    return row


def debrief_rows(debrief: Debrief) -> Iterator[dict[str, object]]:
    name, lang = debrief.workshop_name, debrief.language
    for s in debrief.principles:
        yield _spread_row("room", name, "", "", s, lang)
    for card in debrief.cards:
        for s in card.spreads:
            yield _spread_row("trainee", name, card.who, card.unit, s, lang)
    for item in debrief.all_answers:
        yield _answer_row(name, item)


def personal_rows(report: PersonalReport) -> Iterator[dict[str, object]]:
    for s in report.spreads:
        yield _spread_row("trainee", "", report.name, report.unit, s, report.language)
    for item in report.all_answers:
        yield _answer_row("", item)


def write_rows(path: Path, rows: Iterable[dict[str, object]]) -> int:
    """Write *rows* under :data:`COLUMNS` to *path* (replaced only once complete); the row count."""
    count = 0
    with atomic_write(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in COLUMNS])
            count += 1
    return count


def write_debrief_csv(debrief: Debrief, path: Path) -> int:
    return write_rows(path, debrief_rows(debrief))


def write_personal_csv(report: PersonalReport, path: Path) -> int:
    return write_rows(path, personal_rows(report))
