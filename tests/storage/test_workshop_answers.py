"""What a workshop's control view reads: the answers given in the workshop with their
trainee and reviews, and the cheap "what is there now" stamps it polls (both backends)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import uuid4

import pytest

from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import Database
from trainer.storage.errors import NotFoundError
from trainer.storage.records import ScoreOverride
from trainer.storage.reviews import review_answer
from trainer.storage.sessions import start_session
from trainer.storage.trainees import create_trainee
from trainer.storage.workshops import (
    create_workshop,
    get_workshop,
    update_workshop,
    workshop_answer_stamps,
    workshop_answers,
)

from .factories import SCENARIO, make_result

T0 = datetime(2025, 3, 4, 2, 0, tzinfo=UTC)


def test_answers_of_a_workshop_with_trainees_and_reviews(db: Database) -> None:
    lan = create_trainee(db, "Nguyễn Thị Lan", unit="Trường THCS Hòa An")
    binh = create_trainee(db, "Trần Văn Bình", unit="Trường Tiểu học Kim Đồng")
    ws = create_workshop(db, "Tập huấn ứng phó báo chí", members=[lan.id, binh.id])
    other = create_workshop(db, "Buổi khác")
    s_lan = start_session(db, lan.id, SCENARIO, mode="workshop", workshop_id=ws.id)
    s_binh = start_session(db, binh.id, SCENARIO, mode="workshop", workshop_id=ws.id)
    s_solo = start_session(db, lan.id, SCENARIO)
    s_other = start_session(db, binh.id, SCENARIO, mode="workshop", workshop_id=other.id)

    def save(session_id, minutes: int, facts: int):  # type: ignore[no-untyped-def]
        return save_scored_answer(
            db, session_id, question_id="mo-dau", question_text="Chuyện gì đã xảy ra?",
            result=make_result({"facts": facts, "empathy": 50}), duration_ms=20_000,
            answered_at=T0 + timedelta(minutes=minutes),
        )  # fmt: skip

    a_binh = save(s_binh.id, 2, 40)
    a_lan = save(s_lan.id, 1, 80)
    save(s_solo.id, 3, 10)
    save(s_other.id, 4, 10)

    assert workshop_answer_stamps(db, ws.id) == {a_lan.id: 0, a_binh.id: 0}
    answers = workshop_answers(db, ws.id)
    assert [a.id for a in answers] == [a_lan.id, a_binh.id]  # in the order they were given
    assert (answers[0].trainee_name, answers[0].trainee_unit) == ("Nguyễn Thị Lan", "Trường THCS Hòa An")
    assert answers[1].trainee_id == binh.id and answers[1].scenario_id == SCENARIO.id
    assert answers[0].reviews == () and answers[0].comments == ()

    review_answer(
        db, a_binh.id, reviewer="Cô Hạnh", comment="Cần nêu số liệu đã xác minh.",
        overrides={"facts": ScoreOverride(65, "partly")}, created_at=T0 + timedelta(hours=1),
    )  # fmt: skip
    review_answer(db, a_binh.id, reviewer="Thầy Minh", comment="", created_at=T0 + timedelta(hours=2))
    assert workshop_answer_stamps(db, ws.id) == {a_lan.id: 0, a_binh.id: 2}

    (changed,) = workshop_answers(db, ws.id, answer_ids=[a_binh.id])
    assert [r.reviewer for r in changed.reviews] == ["Cô Hạnh", "Thầy Minh"]
    assert [r.comment for r in changed.comments] == ["Cần nêu số liệu đã xác minh."]
    facts = changed.answer.score("facts")
    assert (facts.score, facts.status, facts.scored_score, facts.reviewed) == (65, "partly", 40, True)
    assert workshop_answers(db, ws.id, answer_ids=[]) == []
    assert workshop_answers(db, ws.id, answer_ids=[uuid4()]) == []
    with pytest.raises(NotFoundError):
        workshop_answers(db, uuid4())


def test_update_workshop(db: Database) -> None:
    ws = create_workshop(db, "Tập huấn", held_on=date(2025, 3, 4), place="Hà Nội")
    changed = update_workshop(db, ws.id, name="  Tập huấn  ứng phó ", place="Hội trường Sở GD&ĐT")
    assert (changed.name, changed.held_on, changed.place) == (
        "Tập huấn  ứng phó",
        date(2025, 3, 4),
        "Hội trường Sở GD&ĐT",
    )
    assert update_workshop(db, ws.id, held_on=None).held_on is None
    assert get_workshop(db, ws.id).place == "Hội trường Sở GD&ĐT"
    decomposed = "Thư viện tỉnh".replace("ệ", "e\u0323\u0302")
    assert update_workshop(db, ws.id, place=decomposed).place == "Thư viện tỉnh"  # NFC
    with pytest.raises(ValueError):
        update_workshop(db, ws.id, name="   ")
    with pytest.raises(NotFoundError):
        update_workshop(db, uuid4(), name="x")
