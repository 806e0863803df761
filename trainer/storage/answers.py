"""Answers and their per-principle scores: saved the moment they are scored.

:func:`save_scored_answer` commits the answer and every score in one short transaction
before it returns, so a crash afterwards loses nothing the trainee submitted.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import ColumnElement, String, Text, cast, select
from sqlalchemy.orm import Session

from trainer.domain.result import Evidence, Ladder, Result
from trainer.storage import audio
from trainer.storage.engine import Database
from trainer.storage.errors import NotFoundError
from trainer.storage.models import INPUT_MODES, Answer, PracticeSession, PrincipleScore
from trainer.storage.records import AnswerRecord, ScoreRecord
from trainer.storage.sessions import load_session
from trainer.storage.types import as_utc, utcnow


def evidence_from_json(items: Iterable[dict[str, Any]]) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(
            start=int(e["start"]),
            end=int(e["end"]),
            text=str(e["text"]),
            polarity="bad" if e.get("polarity") == "bad" else "good",
            note=str(e.get("note", "")),
        )
        for e in items
    )


_S = PrincipleScore
#: The order :func:`_score_record` unpacks. The answer id and the evidence come as text:
#: grouping by the raw id and skipping the many empty evidence lists ("[]") saves most of
#: the time a long history takes to load.
SCORE_COLUMNS = (
    cast(_S.answer_id, String), _S.principle, _S.status, _S.score, _S.weight, _S.reason, _S.advice,
    cast(_S.evidence, Text), _S.review_id, _S.reviewed_score, _S.reviewed_status,
)  # fmt: skip
ANSWER_COLUMNS = (cast(Answer.id, String).label("key"), *Answer.__table__.columns)


def _score_record(row: Sequence[Any]) -> ScoreRecord:
    # Positional on purpose: a trainee's history can hold tens of thousands of these.
    _, principle, status, score, weight, reason, advice, raw, review_id, reviewed_score, reviewed_status = row
    evidence = evidence_from_json(json.loads(raw)) if raw and raw != "[]" else ()
    if review_id is None:
        return ScoreRecord(principle, status, score, weight, reason, advice, evidence, status, score)
    return ScoreRecord(
        principle, reviewed_status or status, reviewed_score, weight, reason, advice, evidence, status, score, review_id
    )


def _answer_record(row: Any, scores: tuple[ScoreRecord, ...]) -> AnswerRecord:
    details = row.details or {}
    return AnswerRecord(
        id=row.id,
        session_id=row.session_id,
        question_id=row.question_id,
        question_text=row.question_text,
        question_kind=row.question_kind,
        answer_text=row.answer_text,
        input_mode=row.input_mode,
        audio_path=row.audio_path,
        latency_ms=row.latency_ms,
        duration_ms=row.duration_ms,
        asked_at=row.asked_at,
        answered_at=row.answered_at,
        language=row.language,
        overall=row.overall,
        ladder=Ladder(row.ladder_level, row.ladder_key, str(details.get("ladder_sentence", ""))),
        missing_key_messages=tuple(details.get("missing_key_messages", ())),
        missing_facts=tuple(details.get("missing_facts", ())),
        notices=tuple(details.get("notices", ())),
        scores=scores,
        transcript_raw=row.transcript_raw,
        delivery=row.delivery,
        needs_review=bool(row.needs_review),
        transcription=details.get("transcription"),
    )


def answer_records_where(session: Session, condition: ColumnElement[bool]) -> list[AnswerRecord]:
    """Records of the answers matching *condition* (on ``answers`` or ``practice_sessions``),
    in the order they were given: two Core queries, no ORM objects."""
    conn = session.connection()
    answers = conn.execute(
        select(*ANSWER_COLUMNS)
        .join(PracticeSession, PracticeSession.id == Answer.session_id)
        .where(condition)
        .order_by(Answer.answered_at, Answer.id)
    ).all()
    score_query = (
        select(*SCORE_COLUMNS)
        .join(Answer, Answer.id == PrincipleScore.answer_id)
        .join(PracticeSession, PracticeSession.id == Answer.session_id)
        .where(condition)
        .order_by(PrincipleScore.answer_id, PrincipleScore.principle)
    )
    scores: dict[str, list[ScoreRecord]] = defaultdict(list)
    for row in conn.execute(score_query).all():  # fetchall: much faster than row by row
        scores[row[0]].append(_score_record(row))
    return [_answer_record(r, tuple(scores.get(r.key, ()))) for r in answers]


def score_rows(answer_id: UUID, result: Result) -> list[PrincipleScore]:
    return [
        PrincipleScore(
            answer_id=answer_id,
            principle=p.principle,
            status=p.status,
            score=p.score,
            weight=p.weight,
            reason=p.reason,
            advice=p.advice,
            evidence=[e.to_dict() for e in p.evidence],
        )
        for p in result.principles
    ]


def save_scored_answer(
    db: Database,
    session_id: UUID,
    *,
    question_id: str,
    question_text: str,
    result: Result,
    duration_ms: int,
    input_mode: str = "typed",
    question_kind: str = "",
    audio_path: str | None = None,
    latency_ms: int | None = None,
    asked_at: datetime | None = None,
    answered_at: datetime | None = None,
    answer_id: UUID | None = None,
    transcript_raw: str | None = None,
    delivery: Mapping[str, Any] | None = None,
    needs_review: bool = False,
    transcription: Mapping[str, Any] | None = None,
) -> AnswerRecord:
    """Store one scored answer with all its principle scores, committed before returning.

    *question_text* is the wording as asked (a follow-up's own text); the answer text is
    ``result.answer_text``. *audio_path* is relative to the data folder (see
    :func:`trainer.storage.audio.audio_relpath`). *duration_ms* runs from the start of the
    answer to its submission; *latency_ms* from the end of the question to the start of
    the answer. *answer_id* defaults to a new UUID (it is also the xAPI statement id).

    Spoken answers also give *transcript_raw* (the recogniser's words; ``result.answer_text``
    is the trainee's corrected version), *delivery* (a JSON-able measurement record),
    *transcription* (engine and model, kept in ``details``) and *needs_review* (scored on
    delivery only: the content waits for a trainer).
    """
    if input_mode not in INPUT_MODES:
        raise ValueError(f"input_mode must be one of {INPUT_MODES}, not {input_mode!r}")
    if duration_ms < 0 or (latency_ms is not None and latency_ms < 0):
        raise ValueError("durations cannot be negative")
    if not 0 <= result.overall <= 100:
        raise ValueError(f"overall score {result.overall} is outside 0-100")
    answer_id = answer_id or uuid4()
    row = Answer(
        id=answer_id,
        session_id=session_id,
        question_id=question_id,
        question_text=question_text,
        question_kind=question_kind,
        answer_text=result.answer_text,
        input_mode=input_mode,
        audio_path=audio.clean_relpath(audio_path) if audio_path else None,
        latency_ms=latency_ms,
        duration_ms=duration_ms,
        asked_at=as_utc(asked_at) if asked_at else None,
        answered_at=as_utc(answered_at) if answered_at else utcnow(),
        language=result.language,
        overall=result.overall,
        ladder_level=result.ladder.level,
        ladder_key=result.ladder.key,
        details={
            "ladder_sentence": result.ladder.sentence,
            "missing_key_messages": list(result.missing_key_messages),
            "missing_facts": list(result.missing_facts),
            "notices": list(result.notices),
            **({"transcription": dict(transcription)} if transcription else {}),
        },
        transcript_raw=transcript_raw,
        delivery=dict(delivery) if delivery is not None else None,
        needs_review=needs_review,
    )
    scores = score_rows(answer_id, result)
    with db.write() as s:
        load_session(s, session_id)
        s.add(row)
        s.flush()  # the answer first: its scores refer to it
        s.add_all(scores)
        s.flush()
        return answer_records_where(s, Answer.id == answer_id)[0]


def get_answer(db: Database, answer_id: UUID) -> AnswerRecord:
    with db.read() as s:
        found = answer_records_where(s, Answer.id == answer_id)
    if not found:
        raise NotFoundError(f"no answer with id {answer_id}")
    return found[0]


def list_answers(db: Database, session_id: UUID) -> list[AnswerRecord]:
    """A session's answers in the order they were given."""
    with db.read() as s:
        return answer_records_where(s, Answer.session_id == session_id)
