"""Synthetic history: the requested size, plausible shape, usable by every query."""

from __future__ import annotations

import unicodedata

from sqlalchemy import func, select

from trainer.storage import demo_data
from trainer.storage.engine import Database
from trainer.storage.history import scenario_attempts, trainee_history
from trainer.storage.models import Answer, PracticeSession, PrincipleScore, Trainee, TrainerReview
from trainer.storage.trainees import list_trainees
from trainer.storage.trends import principle_trend
from trainer.storage.workshop_history import workshop_summary


def test_demo_data_has_the_requested_size_and_a_learning_curve(db: Database) -> None:
    report = demo_data.generate(db, trainees=30, answers=1500, seed=11)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 30
        assert s.scalar(select(func.count()).select_from(Answer)) == 1500
        assert s.scalar(select(func.count()).select_from(PracticeSession)) == report.sessions
        assert s.scalar(select(func.count()).select_from(PrincipleScore)) == report.scores
        assert s.scalar(select(func.count()).select_from(TrainerReview)) == report.reviews
    assert report.workshops == 2 and len(report.trainee_ids) == 30
    names = [t.display_name for t in list_trainees(db)]
    assert all(unicodedata.is_normalized("NFC", n) and len(n.split()) == 3 for n in names)

    # the busiest trainee improves: later sessions score higher on average than early ones
    busiest = max(report.trainee_ids, key=lambda t: len(trainee_history(db, t)))
    sessions = sorted(trainee_history(db, busiest), key=lambda h: h.session.started_at)
    assert len(sessions) >= 8
    means = [h.mean_overall or 0 for h in sessions]
    third = len(means) // 3
    assert sum(means[-third:]) / third > sum(means[:third]) / third
    assert principle_trend(db, busiest) and scenario_attempts(db, busiest)
    summary = workshop_summary(db, report.workshop_ids[0])
    assert len(summary.per_trainee) == 25 and summary.answers > 0 and summary.per_principle
