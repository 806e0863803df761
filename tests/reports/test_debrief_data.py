"""Debrief and personal report assembled from a real database (SQLite file and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from trainer.reports.debrief_data import build_debrief, load_debrief, load_source
from trainer.reports.personal_data import load_personal
from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import Database
from trainer.storage.records import ScoreOverride
from trainer.storage.reviews import review_answer
from trainer.storage.sessions import start_session
from trainer.storage.trainees import create_trainee
from trainer.storage.workshop_history import workshop_summary
from trainer.storage.workshops import create_workshop

from ..storage.factories import SCENARIO, make_result

T0 = datetime(2025, 4, 1, 1, 0, tzinfo=UTC)
NAMES = {"lan": "Nguyễn Thị Lan", "binh": "Trần Văn Bình", "chau": "Đỗ Minh Châu", "an": "Hoàng An"}
UNITS = {
    "lan": "Trường Tiểu học Hòa An",
    "binh": "Trường THCS Lê Lợi",
    "chau": "Trường Mầm non Hoa Sen",
    "an": "Phòng GD",
}
COMMENT = "Đồng cảm tốt; số liệu phải là số đã xác nhận."


def _workshop(db: Database) -> tuple[UUID, dict[str, UUID], dict[str, list[UUID]]]:
    people = {k: create_trainee(db, NAMES[k], unit=UNITS[k]).id for k in NAMES}
    ws = create_workshop(
        db, "Tập huấn ứng phó khủng hoảng", place="Đà Nẵng", trainer="Cô Hạnh", members=people.values()
    )
    plan = {
        "lan": [{"facts": 80, "empathy": 100}, {"facts": 60, "empathy": 70}],  # overall 90, 65
        "binh": [{"facts": 40, "empathy": 20}],  # 30
        "chau": [{"facts": 100, "empathy": 90, "bridging": None}, {"facts": 20, "empathy": 50}],  # 95, 35
        "an": [],  # on the roster, never answered
    }
    answers: dict[str, list[UUID]] = {}
    for n, (key, scores) in enumerate(plan.items()):
        start = T0 + timedelta(minutes=10 * n)
        session = start_session(db, people[key], SCENARIO, mode="workshop", workshop_id=ws.id, started_at=start)
        answers[key] = [
            save_scored_answer(
                db, session.id, question_id=f"q{i}", question_text=f"Câu hỏi số {i}?", result=make_result(s),
                duration_ms=30_000, answered_at=start + timedelta(minutes=i + 1),
            ).id
            for i, s in enumerate(scores)
        ]  # fmt: skip
    # the trainer lowers Lan's best answer: facts 80 -> 0, so it falls from 90 to 50
    review_answer(
        db, answers["lan"][0], reviewer="Cô Hạnh", comment=COMMENT, overrides={"facts": ScoreOverride(0, "missed")}
    )
    return ws.id, people, answers


def test_room_cards_and_strongest_answers_use_the_trainers_scores(db: Database) -> None:
    workshop_id, people, answers = _workshop(db)
    d = load_debrief(db, workshop_id, top=3, language="vi")

    assert (d.workshop_name, d.place, d.trainer, d.roster, d.trainees, d.answers) == (
        "Tập huấn ứng phó khủng hoảng", "Đà Nẵng", "Cô Hạnh", 4, 3, 5,
    )  # fmt: skip
    room = {s.principle: s for s in d.principles}
    assert list(room) == ["empathy", "facts"]  # catalog order; bridging was never scored
    facts = room["facts"]
    assert (facts.answers, facts.mean, facts.minimum, facts.maximum, facts.reviewed, facts.trainees) == (
        5, 44.0, 0, 100, 1, 3,
    )  # fmt: skip
    assert facts.sd is not None and round(facts.sd, 2) == 34.41  # sqrt((44² + 16² + 4² + 56² + 24²) / 5)
    # the storage summary (SQL) agrees with the report's own statistics
    summary = {p.principle: p.mean_score for p in workshop_summary(db, workshop_id).per_principle}
    assert summary == {p: round(s.mean or 0, 2) for p, s in room.items()}
    assert d.mean_overall == (50 + 65 + 30 + 95 + 35) / 5

    assert [(a.who, a.overall) for a in d.strongest] == [
        ("Đỗ Minh Châu", 95), ("Nguyễn Thị Lan", 65), ("Nguyễn Thị Lan", 50),
    ]  # fmt: skip
    reviewed = d.strongest[2]
    assert (reviewed.scored_overall, reviewed.reviewed, reviewed.answer_id) == (90, True, answers["lan"][0])
    assert reviewed.comments[0].comment == COMMENT and reviewed.comments[0].changes == (("facts", 0, 80),)

    cards = {c.who: c for c in d.cards}
    assert [c.who for c in d.cards] == ["Hoàng An", "Trần Văn Bình", "Đỗ Minh Châu", "Nguyễn Thị Lan"]  # given names
    lan = cards["Nguyễn Thị Lan"]
    assert (lan.answers, lan.mean_overall, lan.unit, lan.trainee_id) == (2, 57.5, UNITS["lan"], people["lan"])
    assert lan.best is not None and lan.best.overall == 65 and lan.weakest is not None and lan.weakest.overall == 50
    assert {m.principle: (m.mean, m.reference) for m in lan.principles} == {
        "empathy": (85.0, 66.0), "facts": (30.0, 44.0),
    }  # fmt: skip
    assert [a.comments[0].comment for a in lan.reviewed_answers] == [COMMENT]
    assert cards["Hoàng An"].answers == 0 and cards["Hoàng An"].best is None
    assert cards["Trần Văn Bình"].weakest is None  # a single answer is only the best


def test_anonymised_debrief_hides_names_units_and_ids_consistently(db: Database) -> None:
    workshop_id, people, _ = _workshop(db)
    source = load_source(db, workshop_id)
    d = build_debrief(source, anonymous=True, language="vi", top=5)

    order = sorted(people.items(), key=lambda kv: str(kv[1]))  # letters follow the ids, not names or turns
    expected = {key: f"Học viên {chr(ord('A') + n)}" for n, (key, _) in enumerate(order)}
    assert [c.who for c in d.cards] == sorted(expected.values())
    for answer in d.strongest:
        assert answer.unit == "" and answer.answer_id is None
    top = d.strongest[0]
    assert top.who == expected["chau"] and top.overall == 95
    by_alias = {c.who: c for c in d.cards}
    assert by_alias[expected["lan"]].mean_overall == 57.5
    assert by_alias[expected["lan"]].reviewed_answers[0].comments[0].comment == COMMENT
    text = repr(d)
    for key in NAMES:
        assert NAMES[key] not in text and UNITS[key] not in text and str(people[key]) not in text
    assert d.workshop_id is None and all(c.trainee_id is None for c in d.cards)

    english = build_debrief(source, anonymous=True, language="en")
    assert sorted(c.who for c in english.cards)[0] == "Trainee A"
    assert build_debrief(source, top=0).strongest == ()


def test_personal_report_over_all_sessions(db: Database) -> None:
    _workshop_id, people, answers = _workshop(db)
    lan = people["lan"]
    solo = start_session(db, lan, SCENARIO, started_at=T0 + timedelta(days=3))
    save_scored_answer(
        db, solo.id, question_id="q9", question_text="Khi nào có thông tin tiếp?",
        result=make_result({"facts": 90, "empathy": 40}), duration_ms=45_000, answered_at=T0 + timedelta(days=3, minutes=1),
    )  # fmt: skip
    r = load_personal(db, lan, language="vi")

    assert (r.name, r.unit, r.answers, r.answering_ms) == (NAMES["lan"], UNITS["lan"], 3, 105_000)
    assert [(s.mode, s.answers, s.mean_overall) for s in r.sessions] == [("workshop", 2, 57.5), ("solo", 1, 65.0)]
    means = {m.principle: (m.mean, m.reference) for m in r.principles}
    assert means == {"empathy": (70.0, 40.0), "facts": (50.0, 90.0)}  # reference: the latest session
    assert [m.principle for m in r.weakest_principles] == ["facts", "empathy"]
    assert r.best is not None and r.best.overall == 65 and r.weakest is not None and r.weakest.overall == 50
    assert [a.answer_id for a in r.reviewed_answers] == [answers["lan"][0]]
    assert r.reviewed_answers[0].comments[0].comment == COMMENT
