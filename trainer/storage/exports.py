"""Exports for spreadsheets: CSV with one row per answer and every principle's score.

The file is UTF-8 with a byte-order mark so that Excel on Windows shows Vietnamese
correctly. Text cells that Excel would run as a formula (starting with ``=``, ``+``,
``-``, ``@``) get a leading apostrophe, which Excel hides.
:func:`iter_answers` streams answers in chunks; the xAPI export uses it too.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from sqlalchemy import select

from trainer.domain.principles import PRINCIPLE_IDS
from trainer.storage.answers import answer_records_where
from trainer.storage.engine import Database
from trainer.storage.models import Answer, PracticeSession, PrincipleScore, Trainee, Workshop
from trainer.storage.records import AnswerRecord, SessionInfo, TraineeInfo
from trainer.storage.sessions import session_info
from trainer.storage.trainees import trainee_info

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportedAnswer:
    trainee: TraineeInfo
    session: SessionInfo
    workshop_name: str
    answer: AnswerRecord


def iter_answers(db: Database, *, trainee_id: UUID | None = None) -> Iterator[ExportedAnswer]:
    """Every answer (or one trainee's): by trainee name, then session start, then answer time.

    One trainee at a time, so memory stays small however large the database is."""
    trainees = select(Trainee.id).order_by(Trainee.display_name, Trainee.id)
    if trainee_id is not None:
        trainees = trainees.where(Trainee.id == trainee_id)
    with db.read() as s:
        ids = list(s.scalars(trainees))
    for tid in ids:
        with db.read() as s:
            trainee = s.get(Trainee, tid)
            if trainee is None:
                continue  # erased meanwhile
            sessions = {
                row.id: (session_info(row), workshop or "")
                for row, workshop in s.execute(
                    select(PracticeSession, Workshop.name)
                    .outerjoin(Workshop, Workshop.id == PracticeSession.workshop_id)
                    .where(PracticeSession.trainee_id == tid)
                )
            }
            answers = answer_records_where(s, PracticeSession.trainee_id == tid)
            person = trainee_info(trainee)
        answers.sort(key=lambda a: (sessions[a.session_id][0].started_at, str(a.session_id), a.answered_at, str(a.id)))
        for answer in answers:
            info, workshop_name = sessions[answer.session_id]
            yield ExportedAnswer(person, info, workshop_name, answer)


def principle_columns(db: Database, *, trainee_id: UUID | None = None) -> list[str]:
    """The catalog's principles, then any other principle found in the data (sorted)."""
    query = select(PrincipleScore.principle).distinct()
    if trainee_id is not None:
        query = (
            query.join(Answer, Answer.id == PrincipleScore.answer_id)
            .join(PracticeSession, PracticeSession.id == Answer.session_id)
            .where(PracticeSession.trainee_id == trainee_id)
        )
    with db.read() as s:
        found = set(s.scalars(query))
    return list(PRINCIPLE_IDS) + sorted(found - set(PRINCIPLE_IDS))


def _cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


CSV_FIXED_COLUMNS = (
    "answer_id",
    "trainee_id",
    "trainee_name",
    "unit",
    "role",
    "session_id",
    "workshop",
    "scenario_id",
    "scenario_title",
    "scenario_hash",
    "mode",
    "difficulty",
    "session_status",
    "question_id",
    "question_kind",
    "question_text",
    "answer_text",
    "input_mode",
    "audio_path",
    "latency_ms",
    "duration_ms",
    "asked_at",
    "answered_at",
    "language",
    "overall",
    "ladder_level",
)


def _iso(value: object) -> str:
    return value.isoformat().replace("+00:00", "Z") if value is not None else ""  # type: ignore[attr-defined]


def write_csv(db: Database, out: Path, *, trainee_id: UUID | None = None) -> int:
    """Write the CSV export to *out*; returns the number of answer rows."""
    principles = principle_columns(db, trainee_id=trainee_id)
    header = list(CSV_FIXED_COLUMNS)
    for p in principles:
        header += [f"{p}_score", f"{p}_status", f"{p}_reviewed"]
    count = 0
    partial = out.with_name(out.name + ".partial")
    with partial.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for item in iter_answers(db, trainee_id=trainee_id):
            a, t, sess = item.answer, item.trainee, item.session
            row: list[object] = [
                a.id,
                t.id,
                _cell(t.display_name),
                _cell(t.unit),
                _cell(t.role),
                sess.id,
                _cell(item.workshop_name),
                sess.scenario_id,
                _cell(sess.scenario_title),
                sess.scenario_hash,
                sess.mode,
                sess.difficulty,
                sess.status,
                a.question_id,
                a.question_kind,
                _cell(a.question_text),
                _cell(a.answer_text),
                a.input_mode,
                a.audio_path or "",
                "" if a.latency_ms is None else a.latency_ms,
                a.duration_ms,
                _iso(a.asked_at),
                _iso(a.answered_at),
                a.language,
                a.overall,
                a.ladder.level,
            ]
            scores = {s.principle: s for s in a.scores}
            for p in principles:
                score = scores.get(p)
                if score is None:
                    row += ["", "", ""]
                else:
                    row += ["" if score.score is None else score.score, score.status, int(score.reviewed)]
            writer.writerow(row)
            count += 1
    partial.replace(out)
    return count
