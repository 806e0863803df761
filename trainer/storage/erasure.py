"""Erasing a trainee: every session, answer, score, review, roster entry and recording.

The rows go in one transaction. Files cannot join a database transaction, so a small
journal (``erasures-pending/<trainee id>.json`` in the data folder) lists them before the
commit and is removed only once they are gone. The transaction also leaves a tombstone
(``erased_trainees``); if the program dies between the commit and the file removal, the
next :func:`~trainer.storage.engine.open_database` finds the journal, sees the tombstone
and finishes the job. A journal without a tombstone means the transaction never
committed: the files belong to a living trainee and stay.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from trainer.storage import audio
from trainer.storage.engine import Database
from trainer.storage.models import (
    Answer,
    ErasedTrainee,
    PracticeSession,
    PrincipleScore,
    Trainee,
    TrainerReview,
    WorkshopMember,
)
from trainer.storage.trainees import load_trainee

log = logging.getLogger(__name__)

JOURNAL_FOLDER = "erasures-pending"


@dataclass(frozen=True)
class ErasureReport:
    trainee_id: UUID
    sessions: int
    answers: int
    reviews: int
    files_removed: int


def _journal_path(data_dir: Path, trainee_id: UUID) -> Path:
    return data_dir / JOURNAL_FOLDER / f"{trainee_id}.json"


def _write_journal(path: Path, trainee_id: UUID, files: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as fh:
        json.dump({"trainee_id": str(trainee_id), "files": files}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    partial.replace(path)


def _remove_files(data_dir: Path, trainee_id: UUID, files: list[str]) -> int:
    removed = 0
    for rel in files:
        try:
            audio.absolute(data_dir, rel).unlink()
            removed += 1
        except FileNotFoundError:
            pass
        except ValueError:
            log.warning("erasure journal names an unsafe path %r; skipped", rel)
    folder = audio.trainee_audio_folder(data_dir, trainee_id)
    if folder.exists():
        removed += sum(1 for p in folder.rglob("*") if p.is_file())
        shutil.rmtree(folder)
    return removed


def _count(session: Session, model: type[Any], condition: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(condition)) or 0)


def _delete_rows(session: Session, trainee_id: UUID) -> tuple[int, int, int, list[str]]:
    """Delete the trainee's rows (inside the caller's transaction); returns counts and audio paths."""
    load_trainee(session, trainee_id)
    session_ids = select(PracticeSession.id).where(PracticeSession.trainee_id == trainee_id).scalar_subquery()
    answer_ids = select(Answer.id).where(Answer.session_id.in_(session_ids)).scalar_subquery()
    files = [
        p for p in session.scalars(select(Answer.audio_path).where(Answer.session_id.in_(session_ids))) if p is not None
    ]
    sessions = _count(session, PracticeSession, PracticeSession.trainee_id == trainee_id)
    answers = _count(session, Answer, Answer.session_id.in_(session_ids))
    reviews = _count(session, TrainerReview, TrainerReview.answer_id.in_(answer_ids))
    # Children first, so the result does not depend on ON DELETE CASCADE being enforced.
    session.execute(delete(PrincipleScore).where(PrincipleScore.answer_id.in_(answer_ids)))
    session.execute(delete(TrainerReview).where(TrainerReview.answer_id.in_(answer_ids)))
    session.execute(delete(Answer).where(Answer.session_id.in_(session_ids)))
    session.execute(delete(PracticeSession).where(PracticeSession.trainee_id == trainee_id))
    session.execute(delete(WorkshopMember).where(WorkshopMember.trainee_id == trainee_id))
    session.execute(delete(Trainee).where(Trainee.id == trainee_id))
    if session.get(ErasedTrainee, trainee_id) is None:
        session.add(ErasedTrainee(trainee_id=trainee_id))
    return sessions, answers, reviews, files


def erase_trainee(db: Database, trainee_id: UUID) -> ErasureReport:
    """Remove the trainee and everything recorded about them, rows and files."""
    journal = _journal_path(db.data_dir, trainee_id)
    try:
        with db.write() as s:
            sessions, answers, reviews, files = _delete_rows(s, trainee_id)
            _write_journal(journal, trainee_id, files)  # before the commit
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            journal.unlink()  # nothing was committed: the files stay with their rows
        raise
    removed = _remove_files(db.data_dir, trainee_id, files)
    journal.unlink()
    log.info("erased trainee %s: %d sessions, %d answers, %d files", trainee_id, sessions, answers, removed)
    return ErasureReport(trainee_id, sessions, answers, reviews, removed)


def finish_pending_erasures(db: Database) -> int:
    """Complete file removals an interrupted erasure left behind; returns how many were finished."""
    folder = db.data_dir / JOURNAL_FOLDER
    if not folder.is_dir():
        return 0
    finished = 0
    for journal in sorted(folder.glob("*.json")):
        try:
            data = json.loads(journal.read_text(encoding="utf-8"))
            trainee_id = UUID(str(data["trainee_id"]))
            files = [str(f) for f in data.get("files", [])]
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("unreadable erasure journal %s left alone", journal)
            continue
        with db.read() as s:
            erased = s.get(ErasedTrainee, trainee_id) is not None
            alive = s.get(Trainee, trainee_id) is not None
        if erased and not alive:
            _remove_files(db.data_dir, trainee_id, files)
            finished += 1
        elif not alive:
            continue  # a journal of another database: leave it for that one
        journal.unlink()
    return finished
