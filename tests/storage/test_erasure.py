"""Erasing a trainee removes every row and file about them, and nothing of anyone else."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
from sqlalchemy import func, select

from trainer.storage import erasure
from trainer.storage.answers import save_scored_answer
from trainer.storage.audio import audio_relpath
from trainer.storage.engine import Database, open_database
from trainer.storage.erasure import erase_trainee, finish_pending_erasures
from trainer.storage.errors import NotFoundError
from trainer.storage.models import (
    Answer,
    ErasedTrainee,
    PracticeSession,
    PrincipleScore,
    Trainee,
    TrainerReview,
    WorkshopMember,
)
from trainer.storage.records import ScoreOverride
from trainer.storage.reviews import review_answer
from trainer.storage.workshops import create_workshop, get_workshop

from .factories import make_result, trainee_with_session


def _person_with_history(db: Database, name: str) -> tuple[UUID, list[Path]]:
    trainee, session = trainee_with_session(db, name)
    files = []
    for n in range(3):
        answer_id = uuid4()
        rel = audio_relpath(trainee.id, answer_id)
        path = db.data_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"wav" * 10)
        files.append(path)
        saved = save_scored_answer(
            db, session.id, question_id=f"q{n}", question_text="?", result=make_result({"facts": 50, "empathy": 60}),
            input_mode="spoken", audio_path=rel, duration_ms=1000, answer_id=answer_id,
        )  # fmt: skip
        review_answer(db, saved.id, reviewer="Cô Hà", overrides={"facts": ScoreOverride(70, "met")})
    (db.data_dir / "audio" / str(trainee.id) / "unsaved-take.wav").write_bytes(b"draft")  # never saved as an answer
    return trainee.id, files


def _rows_about(db: Database, trainee_id: UUID) -> dict[str, int]:
    sessions = select(PracticeSession.id).where(PracticeSession.trainee_id == trainee_id)
    answers = select(Answer.id).where(Answer.session_id.in_(sessions))
    with db.read() as s:
        return {
            "trainees": s.scalar(select(func.count()).select_from(Trainee).where(Trainee.id == trainee_id)) or 0,
            "sessions": s.scalar(select(func.count()).select_from(sessions.subquery())) or 0,
            "answers": s.scalar(select(func.count()).select_from(answers.subquery())) or 0,
            "scores": s.scalar(select(func.count()).where(PrincipleScore.answer_id.in_(answers))) or 0,
            "reviews": s.scalar(select(func.count()).where(TrainerReview.answer_id.in_(answers))) or 0,
            "roster": s.scalar(select(func.count()).where(WorkshopMember.trainee_id == trainee_id)) or 0,
        }


def test_erasure_removes_rows_and_files_of_that_trainee_only(db: Database) -> None:
    lan, lan_files = _person_with_history(db, "Nguyễn Thị Lan")
    binh, binh_files = _person_with_history(db, "Trần Văn Bình")
    workshop = create_workshop(db, "Tập huấn", members=[lan, binh])
    assert _rows_about(db, lan) == {"trainees": 1, "sessions": 1, "answers": 3, "scores": 6, "reviews": 3, "roster": 1}
    report = erase_trainee(db, lan)
    assert (report.sessions, report.answers, report.reviews, report.files_removed) == (1, 3, 3, 4)
    assert set(_rows_about(db, lan).values()) == {0}
    assert not any(p.exists() for p in lan_files)
    assert not (db.data_dir / "audio" / str(lan)).exists()
    assert not list((db.data_dir / erasure.JOURNAL_FOLDER).glob("*"))
    assert _rows_about(db, binh) == {"trainees": 1, "sessions": 1, "answers": 3, "scores": 6, "reviews": 3, "roster": 1}
    assert all(p.exists() for p in binh_files)
    assert get_workshop(db, workshop.id).member_ids == (binh,)
    with db.read() as s:
        assert s.get(ErasedTrainee, lan) is not None
    with pytest.raises(NotFoundError):
        erase_trainee(db, lan)


def test_a_crash_after_the_commit_is_finished_at_the_next_start(db_url: str, data_dir: Path) -> None:
    db = open_database(db_url, data_dir=data_dir)
    try:
        lan, files = _person_with_history(db, "Nguyễn Thị Lan")
        with db.write() as s:  # what erase_trainee does before the process "dies"
            _, _, _, paths = erasure._delete_rows(s, lan)
            erasure._write_journal(erasure._journal_path(data_dir, lan), lan, paths)
    finally:
        db.close()
    assert all(p.exists() for p in files)  # orphans, for now
    db = open_database(db_url, data_dir=data_dir)  # the next start
    try:
        assert not any(p.exists() for p in files)
        assert not (data_dir / "audio" / str(lan)).exists()
        assert not list((data_dir / erasure.JOURNAL_FOLDER).glob("*.json"))
    finally:
        db.close()


def test_a_failed_transaction_keeps_the_files(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    lan, files = _person_with_history(db, "Nguyễn Thị Lan")
    original = erasure._write_journal

    def write_then_fail(*args: Any) -> None:
        original(*args)
        raise OSError("disk full")

    monkeypatch.setattr(erasure, "_write_journal", write_then_fail)
    with pytest.raises(OSError, match="disk full"):
        erase_trainee(db, lan)
    assert all(p.exists() for p in files)
    assert _rows_about(db, lan)["answers"] == 3  # rolled back
    assert finish_pending_erasures(db) == 0 and all(p.exists() for p in files)
