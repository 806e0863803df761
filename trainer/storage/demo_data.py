"""Synthetic but realistic history for demos, screenshots and benchmarks.

Each trainee has a starting level, a learning rate and a few weak principles; their
scores rise over weeks with noise. How much each one practises follows a Pareto law
(alpha 2.5): most do a few sessions, a few regulars do ten times the average. Every
trainee belongs to a workshop of about 25, where a third of their sessions take place,
and a trainer reviews a few workshop answers. Like the scorer, every answer has a row
for each of the 13 principles (the ones that did not apply without a score). Rows go in
with bulk inserts, in chunks: 100,000 answers take about 25 s on SQLite.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast
from uuid import UUID, uuid4

from sqlalchemy import Connection, insert

from trainer.domain.principles import PRINCIPLE_IDS
from trainer.storage import demo_corpus as corpus
from trainer.storage.engine import Database, translating_errors
from trainer.storage.models import (
    Answer,
    PracticeSession,
    PrincipleScore,
    Trainee,
    TrainerReview,
    Workshop,
    WorkshopMember,
)
from trainer.storage.types import utcnow

WORKSHOP_SIZE = 25
HISTORY_DAYS = 180
FLUSH_ANSWERS = 2000
WEIGHTS = {"honesty_unknowns": 1.5, "privacy": 1.5, "facts": 1.2}


@dataclass
class DemoReport:
    trainees: int = 0
    workshops: int = 0
    sessions: int = 0
    answers: int = 0
    scores: int = 0
    reviews: int = 0
    trainee_ids: list[UUID] = field(default_factory=list)
    workshop_ids: list[UUID] = field(default_factory=list)


@dataclass
class _Learner:
    id: UUID
    workshop_id: UUID
    workshop_day: date
    level: float
    rate: float
    offsets: dict[str, float]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(corpus.FAMILY_NAMES)} {rng.choice(corpus.MIDDLE_NAMES)} {rng.choice(corpus.GIVEN_NAMES)}"


def _unit(rng: random.Random) -> str:
    if rng.random() < 0.08:
        return f"Phòng GD&ĐT quận {rng.choice(corpus.DISTRICTS)}"
    return f"{rng.choice(corpus.SCHOOL_LEVELS)} {rng.choice(corpus.SCHOOL_NAMES)}, {rng.choice(corpus.DISTRICTS)}"


def _status(score: int) -> str:
    return "met" if score >= 70 else "partly" if score >= 40 else "missed"


def _ladder(overall: int) -> tuple[int, str]:
    for threshold, level, key in ((85, 4, "trusts"), (70, 3, "cares"), (50, 2, "understands"), (30, 1, "knows")):
        if overall >= threshold:
            return level, key
    return 0, ""


class _Writer:
    """Buffers rows per table and inserts them in chunks on one connection."""

    ORDER = (Trainee, Workshop, WorkshopMember, PracticeSession, Answer, TrainerReview, PrincipleScore)

    def __init__(self, conn: Connection, report: DemoReport) -> None:
        self.conn, self.report = conn, report
        self.rows: dict[type[Any], list[dict[str, Any]]] = {m: [] for m in self.ORDER}

    def add(self, model: type[Any], row: dict[str, Any]) -> None:
        self.rows[model].append(row)

    def flush(self) -> None:
        for model in self.ORDER:
            rows = self.rows[model]
            for i in range(0, len(rows), 1000):
                self.conn.execute(insert(model), rows[i : i + 1000])
            rows.clear()


class _Generator:
    def __init__(self, writer: _Writer, rng: random.Random, report: DemoReport, now: datetime) -> None:
        self.w, self.rng, self.report, self.now = writer, rng, report, now

    def trainees_and_workshops(self, count: int) -> list[_Learner]:
        rng = self.rng
        learners: list[_Learner] = []
        for start in range(0, count, WORKSHOP_SIZE):
            workshop_id = uuid4()
            day = (self.now - timedelta(days=rng.randint(7, HISTORY_DAYS - 7))).date()
            self.w.add(
                Workshop,
                {
                    "id": workshop_id,
                    "name": f"Tập huấn kỹ năng trả lời báo chí – đợt {start // WORKSHOP_SIZE + 1}",
                    "held_on": day,
                    "place": rng.choice(corpus.PLACES),
                    "trainer": rng.choice(corpus.TRAINERS),
                    "created_at": self.now - timedelta(days=HISTORY_DAYS),
                },
            )
            self.report.workshop_ids.append(workshop_id)
            for _ in range(min(WORKSHOP_SIZE, count - start)):
                trainee_id = uuid4()
                created = self.now - timedelta(days=HISTORY_DAYS + rng.randint(0, 30))
                self.w.add(
                    Trainee,
                    {
                        "id": trainee_id,
                        "display_name": _name(rng),
                        "unit": _unit(rng),
                        "role": rng.choice(corpus.ROLES),
                        "language": "vi",
                        "pin_hash": None,
                        "created_at": created,
                        "updated_at": created,
                    },
                )
                self.w.add(WorkshopMember, {"workshop_id": workshop_id, "trainee_id": trainee_id, "added_at": created})
                weak = rng.sample(list(corpus.GOOD_PHRASES), 3)
                learners.append(
                    _Learner(
                        id=trainee_id,
                        workshop_id=workshop_id,
                        workshop_day=day,
                        level=rng.gauss(48, 10),
                        rate=rng.uniform(0.4, 2.5),
                        offsets={p: rng.gauss(-18, 6) if p in weak else rng.gauss(4, 6) for p in corpus.GOOD_PHRASES},
                    )
                )
                self.report.trainee_ids.append(trainee_id)
        self.report.trainees += count
        self.report.workshops += len(self.report.workshop_ids)
        return learners

    def sessions(self, learner: _Learner, answer_counts: list[int]) -> None:
        """The learner's sessions in time order; their level rises towards a ceiling."""
        rng = self.rng
        planned = []
        for count in answer_counts:
            in_workshop = rng.random() < 0.33
            if in_workshop:
                day = datetime.combine(learner.workshop_day, time(1, 30), UTC)
                start = day + timedelta(minutes=rng.randint(0, 420))
            else:
                start = self.now - timedelta(minutes=rng.randint(60, HISTORY_DAYS * 24 * 60))
            planned.append((start, in_workshop, count))
        planned.sort(key=lambda p: p[0])
        for n, (start, in_workshop, count) in enumerate(planned):
            progress = learner.level + (92 - learner.level) * (1 - math.exp(-learner.rate * n / 15))
            self.session(learner, start, in_workshop, count, progress)

    def session(self, learner: _Learner, start: datetime, in_workshop: bool, answers: int, progress: float) -> None:
        rng = self.rng
        scenario = rng.choice(corpus.SCENARIOS)
        session_id = uuid4()
        at = start
        for question in scenario.questions[:answers]:
            at += timedelta(seconds=rng.randint(40, 150))
            self.answer(session_id, question, progress, learner, at, reviewed=in_workshop and rng.random() < 0.03)
        self.w.add(
            PracticeSession,
            {
                "id": session_id,
                "trainee_id": learner.id,
                "workshop_id": learner.workshop_id if in_workshop else None,
                "scenario_id": scenario.id,
                "scenario_hash": f"sha256:demo-{scenario.id}",
                "scenario_title": scenario.title,
                "scenario_language": "vi",
                "mode": "workshop" if in_workshop else "solo",
                "difficulty": scenario.difficulty,
                "started_at": start,
                "ended_at": at + timedelta(seconds=20),
                "status": "completed" if answers == len(scenario.questions) or rng.random() < 0.7 else "abandoned",
            },
        )
        self.report.sessions += 1

    def answer(
        self,
        session_id: UUID,
        question: corpus.DemoQuestion,
        progress: float,
        learner: _Learner,
        at: datetime,
        *,
        reviewed: bool,
    ) -> None:
        rng = self.rng
        answer_id = uuid4()
        spoken = rng.random() < 0.3
        principles = question.principles + (("delivery",) if spoken else ())
        text, scores = "", cast(list[dict[str, Any]], [])
        for p in principles:
            score = max(0, min(100, round(progress + learner.offsets[p] + rng.gauss(0, 12))))
            status = _status(score)
            phrase = corpus.GOOD_PHRASES[p] if status != "missed" else corpus.BAD_PHRASES[p]
            start = len(text) + (1 if text else 0)
            text = f"{text} {phrase}" if text else phrase
            evidence = [{"start": start, "end": len(text), "text": phrase, "polarity": "bad" if status == "missed" else "good", "note": ""}]  # fmt: skip
            scores.append(
                {
                    "answer_id": answer_id,
                    "principle": p,
                    "status": status,
                    "score": score,
                    "weight": WEIGHTS.get(p, 1.0),
                    "reason": corpus.REASONS[status],
                    "advice": "" if status == "met" else corpus.ADVICE,
                    "evidence": evidence,
                    "review_id": None,
                    "reviewed_score": None,
                    "reviewed_status": None,
                }
            )
        total_weight = sum(s["weight"] for s in scores)
        overall = round(sum(s["score"] * s["weight"] for s in scores) / total_weight)
        level, key = _ladder(overall)
        latency = rng.randint(800, 8000)
        self.w.add(
            Answer,
            {
                "id": answer_id,
                "session_id": session_id,
                "question_id": question.id,
                "question_text": question.text,
                "question_kind": question.kind,
                "answer_text": text,
                "input_mode": "spoken" if spoken else "typed",
                "audio_path": None,
                "latency_ms": latency,
                "duration_ms": rng.randint(12_000, 110_000),
                "asked_at": at - timedelta(milliseconds=latency),
                "answered_at": at,
                "language": "vi",
                "overall": overall,
                "ladder_level": level,
                "ladder_key": key,
                "details": {"ladder_sentence": "", "missing_key_messages": [], "missing_facts": [], "notices": []},
            },
        )
        if reviewed:
            target = rng.choice(scores)
            review_id = uuid4()
            new_score = max(0, min(100, int(target["score"]) + rng.choice((-20, -10, 10, 20))))
            change = {
                "principle": target["principle"],
                "score": new_score,
                "status": _status(new_score),
                "previous_score": target["score"],
                "previous_status": target["status"],
            }
            self.w.add(
                TrainerReview,
                {
                    "id": review_id,
                    "answer_id": answer_id,
                    "reviewer": rng.choice(corpus.TRAINERS),
                    "comment": rng.choice(corpus.REVIEW_COMMENTS),
                    "changes": [change],
                    "created_at": at + timedelta(hours=2),
                },
            )
            target.update(review_id=review_id, reviewed_score=new_score, reviewed_status=change["status"])
            self.report.reviews += 1
        for p in PRINCIPLE_IDS:  # like the scorer, every principle gets a row
            if p not in principles:
                scores.append(
                    {
                        "answer_id": answer_id,
                        "principle": p,
                        "status": "not_applicable",
                        "score": None,
                        "weight": 0.0,
                        "reason": corpus.NOT_APPLICABLE,
                        "advice": "",
                        "evidence": [],
                        "review_id": None,
                        "reviewed_score": None,
                        "reviewed_status": None,
                    }
                )
        for row in scores:
            self.w.add(PrincipleScore, row)
        self.report.answers += 1
        self.report.scores += len(scores)


def generate(db: Database, *, trainees: int, answers: int, seed: int | None = None) -> DemoReport:
    """Add *trainees* new trainees and *answers* scored answers spread over them."""
    if trainees < 1 or answers < 0:
        raise ValueError("need at least one trainee and a non-negative number of answers")
    rng = random.Random(seed)
    report = DemoReport()
    now = utcnow()
    with translating_errors(db.url), db.engine.connect() as conn:
        if db.backend == "sqlite":
            conn.execution_options(sqlite_immediate=True)
        with conn.begin():
            writer = _Writer(conn, report)
            gen = _Generator(writer, rng, report, now)
            learners = gen.trainees_and_workshops(trainees)
            weights = [rng.paretovariate(2.5) for _ in learners]  # a few keen regulars, no extremes
            plan: dict[int, list[int]] = defaultdict(list)
            left = answers
            while left > 0:
                count = min(left, rng.choice((4, 5, 6, 7, 7, 7)))
                plan[rng.choices(range(len(learners)), weights)[0]].append(count)
                left -= count
            for index, counts in sorted(plan.items()):
                gen.sessions(learners[index], counts)
                if len(writer.rows[Answer]) >= FLUSH_ANSWERS:
                    writer.flush()
            writer.flush()
    return report
