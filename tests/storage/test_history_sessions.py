"""The list of sessions behind the history view: totals per session and time practised."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import UUID

import pytest

from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import Database
from trainer.storage.errors import NotFoundError
from trainer.storage.history import IDLE_CAP, session_summaries
from trainer.storage.sessions import finish_session, start_session
from trainer.storage.trainees import create_trainee
from trainer.storage.trends import principle_trend, weekly_principle_means

from .factories import SCENARIO, make_result

DAY0 = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)


def _answer(db: Database, session: UUID, at: datetime, score: int, duration_ms: int = 30_000) -> None:
    save_scored_answer(
        db, session, question_id="q", question_text="Câu hỏi?", result=make_result({"facts": score}),
        duration_ms=duration_ms, answered_at=at,
    )  # fmt: skip


def test_sessions_newest_first_with_totals_and_capped_pauses(db: Database) -> None:
    lan = create_trainee(db, "Nguyễn Thị Lan").id
    first = start_session(db, lan, SCENARIO, started_at=DAY0).id
    _answer(db, first, DAY0 + timedelta(minutes=2), 40, duration_ms=50_000)
    _answer(db, first, DAY0 + timedelta(minutes=5), 60, duration_ms=70_000)
    # Resumed the next day: that pause counts as IDLE_CAP, not as a day of practice.
    _answer(db, first, DAY0 + timedelta(days=1, minutes=5), 80, duration_ms=10_000)
    finish_session(db, first, ended_at=DAY0 + timedelta(days=3))
    empty = start_session(db, lan, SCENARIO, started_at=DAY0 + timedelta(days=2)).id
    other = create_trainee(db, "Trần Văn Bình").id
    _answer(db, start_session(db, other, SCENARIO, started_at=DAY0).id, DAY0 + timedelta(minutes=1), 10)

    rows = session_summaries(db, lan)
    assert [r.session.id for r in rows] == [empty, first]
    newest, oldest = rows
    assert (newest.answers, newest.mean_overall, newest.practice_ms, newest.answering_ms) == (0, None, 0, 0)
    assert newest.last_answer_at is None and newest.session.status == "in_progress"
    assert oldest.answers == 3 and oldest.mean_overall == 60.0 and oldest.answering_ms == 130_000
    assert oldest.practice_ms == (5 * 60 + IDLE_CAP.total_seconds()) * 1000
    assert oldest.last_answer_at == DAY0 + timedelta(days=1, minutes=5)
    assert oldest.session.status == "completed" and oldest.session.scenario_title == SCENARIO.title
    assert oldest.session.started_at.tzinfo is not None


def test_an_answer_stamped_before_its_session_adds_no_time(db: Database) -> None:
    lan = create_trainee(db, "Nguyễn Thị Lan").id
    session = start_session(db, lan, SCENARIO, started_at=DAY0).id
    _answer(db, session, DAY0 - timedelta(minutes=3), 50)  # a clock set wrong on another laptop
    _answer(db, session, DAY0 + timedelta(minutes=1), 70)
    (row,) = session_summaries(db, lan)
    assert row.practice_ms == 60_000 and row.answers == 2


def test_unknown_trainee_is_an_error(db: Database) -> None:
    with pytest.raises(NotFoundError):
        session_summaries(db, UUID(int=7))


def test_trend_orders_sessions_started_at_the_same_moment_by_id(db: Database) -> None:
    lan = create_trainee(db, "Nguyễn Thị Lan").id
    ids = []
    for score in (30, 50, 70):
        session = start_session(db, lan, SCENARIO, started_at=DAY0).id
        save_scored_answer(
            db, session, question_id="q", question_text="Câu?", result=make_result({"facts": score, "empathy": 90}),
            duration_ms=1000, answered_at=DAY0 + timedelta(minutes=1),
        )  # fmt: skip
        ids.append(session)
    trend = principle_trend(db, lan)
    assert [(p.session_id, p.principle) for p in trend] == [
        (sid, principle) for sid in sorted(ids) for principle in ("empathy", "facts")
    ]
    by_session = {p.session_id: p.mean_score for p in trend if p.principle == "facts"}
    assert sorted(by_session.values()) == [30.0, 50.0, 70.0]
    assert all(p.scenario_id == SCENARIO.id and p.at == DAY0 for p in trend)


def test_weekly_means_group_sessions_by_local_week(db: Database) -> None:
    lan = create_trainee(db, "Nguyễn Thị Lan").id
    monday = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)  # 08:00 on a Monday in Hà Nội (UTC+7)

    def practise(started: datetime, scores: list[dict[str, int | None]]) -> UUID:
        session = start_session(db, lan, SCENARIO, started_at=started).id
        for n, s in enumerate(scores):
            save_scored_answer(
                db, session, question_id=f"q{n}", question_text="Câu?", result=make_result(s), duration_ms=1000,
                answered_at=started + timedelta(minutes=n + 1),
            )  # fmt: skip
        return session

    practise(monday, [{"facts": 40, "empathy": 20}, {"facts": 60, "empathy": None}])
    practise(monday + timedelta(days=4), [{"facts": 90, "empathy": 50}])
    # Sunday 18:00 UTC is Monday 01:00 in Hà Nội: the next week there, the same week in UTC.
    practise(monday + timedelta(days=6, hours=17), [{"facts": 10, "empathy": 70}])
    reviewed = practise(monday + timedelta(days=14), [{"facts": 30}])
    from trainer.storage.answers import list_answers
    from trainer.storage.records import ScoreOverride
    from trainer.storage.reviews import review_answer

    review_answer(db, list_answers(db, reviewed)[0].id, reviewer="Cô Hà", overrides={"facts": ScoreOverride(80, "met")})

    hanoi = weekly_principle_means(db, lan, utc_offset=timedelta(hours=7))
    assert [(w.week_of, w.principle, w.mean_score, w.answers) for w in hanoi] == [
        (date(2025, 3, 3), "empathy", 35.0, 2),
        (date(2025, 3, 3), "facts", 63.33, 3),
        (date(2025, 3, 10), "empathy", 70.0, 1),
        (date(2025, 3, 10), "facts", 10.0, 1),
        (date(2025, 3, 17), "facts", 80.0, 1),  # the trainer's score counts
    ]
    utc = weekly_principle_means(db, lan)
    assert [(w.week_of, w.principle, w.answers) for w in utc][:2] == [
        (date(2025, 3, 3), "empathy", 3),
        (date(2025, 3, 3), "facts", 4),
    ]
    with pytest.raises(NotFoundError):
        weekly_principle_means(db, UUID(int=9))
