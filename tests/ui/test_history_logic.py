"""What the history page computes: periods, bars, totals, suggestions, past scenarios."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from trainer.content.loader import load_scenario
from trainer.domain.result import Ladder
from trainer.storage.history import SessionSummary
from trainer.storage.records import AnswerRecord, PrincipleStat, ScoreRecord, SessionInfo
from trainer.ui.history.overview import bucketed, choose_bucket, summarise
from trainer.ui.history.past import question_for, resolve
from trainer.ui.history.practise_next import suggest

ROOT = Path(__file__).resolve().parents[2]
LOCAL = datetime(2025, 6, 3, 9, 0).astimezone()  # a Tuesday morning, local time


@pytest.fixture(scope="module")
def food():  # type: ignore[no-untyped-def]
    return load_scenario(ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json")


@pytest.fixture(scope="module")
def breach():  # type: ignore[no-untyped-def]
    return load_scenario(ROOT / "scenarios" / "en-student-data-breach.json")


def session(
    scenario_id: str = "s", *, at: datetime = LOCAL, difficulty: int = 2, content_hash: str = "h"
) -> SessionInfo:
    return SessionInfo(uuid4(), UUID(int=1), None, scenario_id, content_hash, "Tiêu đề", "vi", "solo", difficulty, at,
                       None, "completed")  # fmt: skip


def summary(info: SessionInfo, answers: int, mean: float | None, practice_ms: int = 60_000) -> SessionSummary:
    return SessionSummary(info, answers, mean, practice_ms // 2, practice_ms, info.started_at if answers else None)


def test_weekly_and_monthly_periods_are_weighted_means() -> None:
    tuesday, thursday, next_monday = LOCAL, LOCAL + timedelta(days=2), LOCAL + timedelta(days=6)
    items = [(tuesday, 40.0, 1), (thursday, 80.0, 3), (next_monday, 10.0, 2)]
    weeks = bucketed(items, "week")
    assert [(at.date().isoformat(), at.hour, v) for at, v in weeks] == [
        ("2025-06-02", 0, 70.0),
        ("2025-06-09", 0, 10.0),
    ]
    assert bucketed(items, "month") == ((datetime(2025, 6, 1).astimezone(), 50.0),)
    assert bucketed(list(reversed(items)), "session") == ((tuesday, 40.0), (thursday, 80.0), (next_monday, 10.0))


def test_a_long_history_is_drawn_per_week_then_per_month() -> None:
    assert choose_bucket(40, LOCAL, LOCAL + timedelta(days=400)) == "session"
    assert choose_bucket(41, LOCAL, LOCAL + timedelta(days=60 * 7)) == "week"
    assert choose_bucket(41, LOCAL, LOCAL + timedelta(days=61 * 7)) == "month"


def test_summary_totals_bars_weakest_and_last_levels() -> None:
    old = session("a", at=LOCAL - timedelta(days=20), difficulty=1)
    mid = session("b", at=LOCAL - timedelta(days=10))
    new = session("a", at=LOCAL, difficulty=3)
    empty = session("c", at=LOCAL + timedelta(hours=1))
    sessions = [summary(empty, 0, None, 0), summary(new, 2, 90.0), summary(mid, 1, 60.0), summary(old, 3, 30.0)]
    scores = [
        (old.started_at, "facts", 20.0, 3), (old.started_at, "empathy", 50.0, 1),
        (mid.started_at, "facts", 60.0, 1), (new.started_at, "facts", 100.0, 2), (new.started_at, "privacy", 80.0, 2),
    ]  # fmt: skip
    recent = [PrincipleStat("facts", 80.0, 3, 2, 1, 0), PrincipleStat("privacy", 80.0, 2, 2, 0, 0)]
    o = summarise(UUID(int=1), sessions, scores, recent, recent_sessions=3)
    t = o.totals
    assert (t.sessions, t.answers, t.practice_ms, t.answering_ms, t.days) == (4, 6, 180_000, 90_000, 3)
    assert t.first == old.started_at and t.last == empty.started_at
    assert t.recent_mean == 80.0  # (90 * 2 + 60) / 3: the latest three sessions
    assert o.bucket == "session" and [v for _, v in o.overall] == [30.0, 60.0, 90.0]
    assert [(b.principle, b.recent, b.all_time) for b in o.bars] == [
        ("facts", 80.0, 53.33),  # (20 * 3 + 60 + 100 * 2) / 6
        ("privacy", 80.0, 80.0),
        ("empathy", None, 50.0),  # not scored lately: last
    ]
    assert [w.principle for w in o.weakest] == ["facts", "privacy"]
    assert o.last_difficulty == {"c": 2, "a": 3, "b": 2}
    assert [v for _, v in o.by_principle["facts"]] == [20.0, 60.0, 100.0]


def test_suggestions_prefer_the_trainees_language_and_cover_timing(food, breach) -> None:  # type: ignore[no-untyped-def]
    weak = [PrincipleStat("privacy", 35.0, 4, 0, 1, 3), PrincipleStat("timeliness", 40.0, 4, 0, 2, 2)]
    vi, en = (
        suggest(weak, [breach, food], language="vi", last_difficulty={food.id: 3}),
        suggest(weak, [breach, food], language="en"),
    )
    privacy = vi[0]
    assert [s.scenario.id for s in privacy.scenarios] == [food.id, breach.id]
    assert all("privacy" in q.principles for q in privacy.scenarios[0].questions)
    assert len(privacy.scenarios[0].questions) == sum("privacy" in q.principles for q in food.questions)
    assert privacy.scenarios[0].difficulty == 3 and privacy.scenarios[1].difficulty == breach.difficulty
    assert en[0].scenarios[0].scenario.id == breach.id
    # No question lists timeliness (it is measured from the clock): every scenario trains it.
    timing = vi[1]
    assert timing.every_question and timing.scenarios[0].questions == food.main_sequence
    assert suggest(weak, [food], language="vi", per_principle=0)[0].scenarios == ()


def test_a_past_session_finds_its_scenario_or_a_stand_in(food) -> None:  # type: ignore[no-untyped-def]
    library = {food.id: food}
    same = resolve(session(food.id, content_hash=food.content_hash), library)
    edited = resolve(session(food.id, content_hash="sha256:older"), library)
    gone = resolve(session("kich-ban-da-xoa"), library)
    assert (same.state, edited.state, gone.state) == ("same", "edited", "missing")
    assert same.scenario is food and gone.scenario.title == "Tiêu đề" and gone.scenario.questions == ()

    question = food.main_sequence[0]
    record = AnswerRecord(
        uuid4(), uuid4(), question.id, "Câu hỏi như đã hỏi?", "trap_kind_from_the_future", "Trả lời.", "typed", None,
        None, 1000, None, LOCAL.astimezone(UTC), "vi", 50, Ladder(1, "knows", ""), (), (), (),
        (ScoreRecord("facts", "partly", 50, 1.0, "", "", (), "partly", 50),
         ScoreRecord("privacy", "not_applicable", None, 0.0, "", "", (), "not_applicable", None)),
    )  # fmt: skip
    asked = question_for(same, record, unavailable="—")
    assert asked.text == "Câu hỏi như đã hỏi?" and asked.model_answer == question.model_answer
    stand_in = question_for(gone, record, unavailable="không còn")
    assert stand_in.text == "Câu hỏi như đã hỏi?" and stand_in.model_answer == "không còn"
    assert stand_in.kind == "opening" and stand_in.principles == ("facts",)
    missing_question = question_for(edited, replace(record, question_id="da-xoa"), unavailable="x")
    assert missing_question.model_answer == "x"
