"""The queries a debrief and a personal report are built from: a workshop's sessions with
their answers, and the trainer reviews of a workshop or of a trainee (both backends)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

import pytest

from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import Database
from trainer.storage.errors import NotFoundError
from trainer.storage.records import ScoreOverride
from trainer.storage.review_history import trainee_reviews, workshop_reviews
from trainer.storage.reviews import review_answer
from trainer.storage.sessions import start_session
from trainer.storage.trainees import create_trainee
from trainer.storage.workshop_history import workshop_sessions
from trainer.storage.workshops import create_workshop

from .factories import SCENARIO, make_result

DAY0 = datetime(2025, 3, 4, 2, 0, tzinfo=UTC)


def _session(db: Database, trainee: UUID, minutes: int, scores: list[dict[str, int | None]], workshop: UUID | None):
    started = DAY0 + timedelta(minutes=minutes)
    session = start_session(
        db, trainee, SCENARIO, started_at=started, mode="workshop" if workshop else "solo", workshop_id=workshop
    )
    ids = []
    for n, s in enumerate(scores):
        answer = save_scored_answer(
            db, session.id, question_id=f"q{n}", question_text=f"Câu hỏi {n}?", result=make_result(s),
            duration_ms=15_000, answered_at=started + timedelta(seconds=30 * (n + 1)),
        )  # fmt: skip
        ids.append(answer.id)
    return session.id, ids


def test_workshop_sessions_and_reviews(db: Database) -> None:
    lan = create_trainee(db, "Nguyễn Thị Lan").id
    binh = create_trainee(db, "Trần Văn Bình").id
    ws = create_workshop(db, "Tập huấn ứng phó truyền thông", members=[lan, binh])
    other_ws = create_workshop(db, "Một buổi khác")
    s_lan, (a1, a2) = _session(db, lan, 10, [{"facts": 80, "empathy": 60}, {"facts": 30, "empathy": None}], ws.id)
    s_binh, (b1,) = _session(db, binh, 0, [{"facts": 50, "empathy": 40}], ws.id)
    _, (solo,) = _session(db, lan, 60, [{"facts": 10, "empathy": 10}], None)
    _, (elsewhere,) = _session(db, binh, 90, [{"facts": 90, "empathy": 90}], other_ws.id)
    _session(db, lan, 120, [], ws.id)  # started, never answered

    review_answer(
        db, a2, reviewer="Cô Hạnh", comment="Số liệu đúng, cần nói chậm hơn.",
        overrides={"facts": ScoreOverride(70, "partly")}, created_at=DAY0 + timedelta(hours=2),
    )  # fmt: skip
    review_answer(db, b1, reviewer="Cô Hạnh", comment="Tốt", created_at=DAY0 + timedelta(hours=1))
    review_answer(db, solo, reviewer="Thầy Minh", comment="Buổi tự luyện", created_at=DAY0 + timedelta(hours=3))
    review_answer(db, elsewhere, reviewer="Thầy Minh", comment="Buổi khác")

    sessions = workshop_sessions(db, ws.id)
    assert [s.session.id for s in sessions[:2]] == [s_binh, s_lan]  # oldest first
    assert len(sessions) == 3 and sessions[2].answers == ()
    assert [a.id for a in sessions[1].answers] == [a1, a2]
    reviewed = sessions[1].answers[1].score("facts")
    assert (reviewed.score, reviewed.scored_score, reviewed.reviewed) == (70, 30, True)
    assert all(s.session.workshop_id == ws.id for s in sessions)

    reviews = workshop_reviews(db, ws.id)
    assert [(r.answer_id, r.comment) for r in reviews] == [(b1, "Tốt"), (a2, "Số liệu đúng, cần nói chậm hơn.")]
    assert reviews[1].changes[0].previous_score == 30 and reviews[1].reviewer == "Cô Hạnh"

    mine = trainee_reviews(db, lan)
    assert [r.answer_id for r in mine] == [a2, solo]  # solo sessions too, oldest first
    assert trainee_reviews(db, binh)[-1].answer_id == elsewhere


def test_unknown_ids_are_named(db: Database) -> None:
    missing = uuid4()
    with pytest.raises(NotFoundError, match="workshop"):
        workshop_sessions(db, missing)
    with pytest.raises(NotFoundError, match="workshop"):
        workshop_reviews(db, missing)
    with pytest.raises(NotFoundError, match="trainee"):
        trainee_reviews(db, missing)


def test_an_empty_workshop_has_no_sessions(db: Database) -> None:
    ws = create_workshop(db, "Chưa bắt đầu")
    assert workshop_sessions(db, ws.id) == [] and workshop_reviews(db, ws.id) == []
