"""History queries: trends, best and last attempts, weakest principles, workshop summaries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import text

from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import Database, open_database
from trainer.storage.errors import NotFoundError
from trainer.storage.history import scenario_attempts, trainee_history
from trainer.storage.records import ScenarioRef, ScoreOverride
from trainer.storage.reviews import list_reviews, review_answer
from trainer.storage.sessions import start_session
from trainer.storage.trainees import create_trainee
from trainer.storage.trends import principle_trend, weakest_principles
from trainer.storage.workshop_history import workshop_summary
from trainer.storage.workshops import add_members, create_workshop, get_workshop, list_workshops, remove_members

from .factories import SCENARIO, make_result

DAY0 = datetime(2025, 2, 3, 1, 0, tzinfo=UTC)
OTHER = ScenarioRef("clip-bao-luc", "sha256:def", "Clip bạo lực học đường", "vi", 3)


def _practise(
    db: Database, trainee: UUID, day: int, scores: list[dict[str, int | None]], scenario: ScenarioRef = SCENARIO,
    workshop: UUID | None = None,
) -> UUID:  # fmt: skip
    started = DAY0 + timedelta(days=day)
    session = start_session(
        db, trainee, scenario, started_at=started, mode="workshop" if workshop else "solo", workshop_id=workshop
    )
    for n, s in enumerate(scores):
        save_scored_answer(
            db, session.id, question_id=f"q{n}", question_text=f"Câu {n}?", result=make_result(s),
            duration_ms=20_000, answered_at=started + timedelta(minutes=n + 1),
        )  # fmt: skip
    return session.id


def test_trend_best_last_and_weakest(db: Database) -> None:
    lan = create_trainee(db, "Nguyễn Thị Lan").id
    s1 = _practise(db, lan, 0, [{"facts": 40, "empathy": 30, "privacy": None}, {"facts": 60, "empathy": 50}])
    s2 = _practise(db, lan, 7, [{"facts": 90, "empathy": 60}])
    s3 = _practise(db, lan, 14, [{"facts": 70, "empathy": 70}], scenario=OTHER)
    s4 = _practise(db, lan, 21, [{"facts": 50, "empathy": 40}])
    other = create_trainee(db, "Trần Văn Bình").id
    _practise(db, other, 1, [{"facts": 0, "empathy": 0}])

    trend = principle_trend(db, lan, principles=("facts",))
    assert [(p.session_id, p.mean_score, p.answers) for p in trend] == [
        (s1, 50.0, 2), (s2, 90.0, 1), (s3, 70.0, 1), (s4, 50.0, 1),
    ]  # fmt: skip
    assert trend[0].at == DAY0 and trend[0].at.tzinfo is not None
    assert {p.principle for p in principle_trend(db, lan)} == {"facts", "empathy"}  # privacy had no score

    attempts = {a.scenario_id: a for a in scenario_attempts(db, lan)}
    food = attempts[SCENARIO.id]
    assert food.attempts == 3 and food.best.session_id == s2 and food.last.session_id == s4
    assert food.best.mean_overall == 75.0 and food.last.started_at == DAY0 + timedelta(days=21)
    assert attempts[OTHER.id].attempts == 1 and attempts[OTHER.id].scenario_title == "Clip bạo lực học đường"

    weakest = weakest_principles(db, lan, limit=1)
    assert [(w.principle, w.mean_score, w.scored) for w in weakest] == [("empathy", 50.0, 5)]
    assert weakest[0].missed == 1 and weakest[0].partly == 3 and weakest[0].met == 1
    recent = weakest_principles(db, lan, last_sessions=1)
    assert [(w.principle, w.mean_score) for w in recent] == [("empathy", 40.0), ("facts", 50.0)]


def test_full_history_newest_first_with_answers_in_order(db: Database) -> None:
    lan = create_trainee(db, "Nguyễn Thị Lan").id
    first = _practise(db, lan, 0, [{"facts": 10}, {"facts": 20}, {"facts": 30}])
    second = _practise(db, lan, 3, [{"facts": 40}])
    empty = start_session(db, lan, SCENARIO, started_at=DAY0 + timedelta(days=5)).id
    history = trainee_history(db, lan)
    assert [h.session.id for h in history] == [empty, second, first]
    assert [a.overall for a in history[2].answers] == [10, 20, 30]
    assert history[0].answers == () and history[0].mean_overall is None
    assert [h.session.id for h in trainee_history(db, lan, limit=1)] == [empty]
    with pytest.raises(NotFoundError):
        trainee_history(db, UUID(int=1))


def test_a_review_overrides_the_score_everywhere(db: Database) -> None:
    lan = create_trainee(db, "Nguyễn Thị Lan").id
    _practise(db, lan, 0, [{"facts": 40, "empathy": 80}])
    answer = trainee_history(db, lan)[0].answers[0]
    first = review_answer(
        db, answer.id, reviewer="ThS. Lê Minh Châu", comment="Đã nêu số liệu đúng.",
        overrides={"facts": ScoreOverride(75, "met")}, created_at=DAY0 + timedelta(hours=1),
    )  # fmt: skip
    assert first.changes[0].previous_score == 40 and first.changes[0].score == 75
    again = trainee_history(db, lan)[0].answers[0].score("facts")
    assert (again.score, again.status, again.scored_score, again.scored_status) == (75, "met", 40, "partly")
    assert again.reviewed and again.review_id == first.id
    assert principle_trend(db, lan, principles=("facts",))[0].mean_score == 75.0
    second = review_answer(
        db, answer.id, reviewer="TS. Phạm Quốc Hưng", overrides={"facts": ScoreOverride(65, "partly")},
        created_at=DAY0 + timedelta(hours=2),
    )  # fmt: skip
    assert second.changes[0].previous_score == 75
    assert weakest_principles(db, lan)[0].mean_score == 65.0
    comment_only = review_answer(db, answer.id, reviewer="Cô Hà", comment="Tốt")
    assert comment_only.changes == ()
    assert [r.reviewer for r in list_reviews(db, answer.id)] == ["ThS. Lê Minh Châu", "TS. Phạm Quốc Hưng", "Cô Hà"]
    with pytest.raises(ValueError, match="no score for"):
        review_answer(db, answer.id, reviewer="x", overrides={"privacy": ScoreOverride(10, "missed")})
    with pytest.raises(ValueError):
        review_answer(db, answer.id, reviewer="x", overrides={"facts": ScoreOverride(101, "met")})


def test_workshop_roster_and_summary(db: Database) -> None:
    lan = create_trainee(db, "Nguyễn Thị Lan", unit="Trường THCS Nguyễn Du").id
    binh = create_trainee(db, "Trần Văn Bình", unit="Trường Tiểu học Kim Đồng").id
    absent = create_trainee(db, "Lê Thu Hà").id
    ws = create_workshop(
        db, "Tập huấn kỹ năng trả lời báo chí", held_on=date(2025, 2, 10), place="Hội trường Sở",
        trainer="ThS. Lê Minh Châu", members=[lan, binh],
    )  # fmt: skip
    assert add_members(db, ws.id, [absent, lan]).member_ids == tuple(sorted([lan, binh, absent]))
    _practise(db, lan, 7, [{"facts": 80, "empathy": 60}, {"facts": 60, "empathy": None}], workshop=ws.id)
    _practise(db, binh, 7, [{"facts": 40, "empathy": 20}], workshop=ws.id)
    _practise(db, lan, 9, [{"facts": 0, "empathy": 0}])  # solo, later: not part of the workshop
    summary = workshop_summary(db, ws.id)
    assert summary.answers == 3 and summary.workshop.name == "Tập huấn kỹ năng trả lời báo chí"
    per_principle = {p.principle: p for p in summary.per_principle}
    assert per_principle["facts"].mean_score == 60.0 and per_principle["facts"].scored == 3
    assert per_principle["empathy"].mean_score == 40.0 and per_principle["empathy"].scored == 2
    people = {t.display_name: t for t in summary.per_trainee}
    assert set(people) == {"Nguyễn Thị Lan", "Trần Văn Bình", "Lê Thu Hà"}
    assert people["Lê Thu Hà"].answers == 0 and people["Lê Thu Hà"].mean_overall is None
    assert people["Nguyễn Thị Lan"].answers == 2 and people["Nguyễn Thị Lan"].mean_overall == 65.0
    assert {p.principle: p.mean_score for p in people["Trần Văn Bình"].principles} == {"facts": 40.0, "empathy": 20.0}
    assert people["Trần Văn Bình"].unit == "Trường Tiểu học Kim Đồng"
    assert remove_members(db, ws.id, [absent]).member_ids == tuple(sorted([lan, binh]))
    assert get_workshop(db, ws.id).held_on == date(2025, 2, 10)
    assert [w.id for w in list_workshops(db)] == [ws.id]
    with pytest.raises(ValueError, match="workshop_id"):
        start_session(db, lan, SCENARIO, mode="workshop")


INDEXES = {
    "practice_sessions": {"ix_practice_sessions_trainee_started", "ix_practice_sessions_workshop_id",
                          "ix_practice_sessions_scenario_id"},
    "answers": {"ix_answers_session_answered"},
    "trainer_reviews": {"ix_trainer_reviews_answer_id"},
    "workshop_members": {"ix_workshop_members_trainee_id"},
}  # fmt: skip


def test_the_history_indexes_exist(db: Database) -> None:
    from sqlalchemy import inspect

    with db.engine.connect() as conn:
        inspector = inspect(conn)
        for table, wanted in INDEXES.items():
            assert wanted <= {ix["name"] for ix in inspector.get_indexes(table)}, table


def test_sqlite_plans_the_history_queries_with_indexes(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "p.sqlite3"))
    checks = {
        "SELECT * FROM practice_sessions WHERE trainee_id = :x ORDER BY started_at": "ix_practice_sessions_trainee_started",
        "SELECT * FROM answers WHERE session_id = :x": "ix_answers_session_answered",
        "SELECT * FROM principle_scores WHERE answer_id = :x": "principle_scores",
        "SELECT * FROM practice_sessions WHERE workshop_id = :x": "ix_practice_sessions_workshop_id",
        "SELECT * FROM trainer_reviews WHERE answer_id = :x": "ix_trainer_reviews_answer_id",
        "SELECT * FROM workshop_members WHERE trainee_id = :x": "ix_workshop_members_trainee_id",
    }
    try:
        with db.read() as s:
            for sql, index in checks.items():
                plan = " ".join(str(row[-1]) for row in s.execute(text("EXPLAIN QUERY PLAN " + sql), {"x": "0"}))
                assert "USING" in plan and index in plan and "SCAN" not in plan, (sql, plan)
    finally:
        db.close()
