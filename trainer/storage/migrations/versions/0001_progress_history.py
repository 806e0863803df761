"""Progress history: trainees, practice sessions, answers, per-principle scores.

Revision ID: 0001
Revises:
Create Date: 2025-01-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "trainees",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("unit", sa.String(300), nullable=False),
        sa.Column("role", sa.String(100), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("pin_hash", sa.String(255), nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainees")),
    )
    op.create_table(
        "practice_sessions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("trainee_id", sa.Uuid(), nullable=False),
        sa.Column("scenario_id", sa.String(200), nullable=False),
        sa.Column("scenario_hash", sa.String(128), nullable=False),
        sa.Column("scenario_title", sa.String(500), nullable=False),
        sa.Column("scenario_language", sa.String(8), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("difficulty", sa.Integer(), nullable=False),
        sa.Column("started_at", UTC_DATETIME, nullable=False),
        sa.Column("ended_at", UTC_DATETIME, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.CheckConstraint("mode IN ('solo', 'workshop')", name=op.f("ck_practice_sessions_mode")),
        sa.CheckConstraint(
            "status IN ('in_progress', 'completed', 'abandoned')", name=op.f("ck_practice_sessions_status")
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_practice_sessions_trainee_id_trainees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_sessions")),
    )
    op.create_index("ix_practice_sessions_trainee_started", "practice_sessions", ["trainee_id", "started_at"])
    op.create_index("ix_practice_sessions_scenario_id", "practice_sessions", ["scenario_id"])
    op.create_table(
        "answers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.String(200), nullable=False),
        sa.Column("question_text", sa.Text(), nullable=False),
        sa.Column("question_kind", sa.String(32), nullable=False),
        sa.Column("answer_text", sa.Text(), nullable=False),
        sa.Column("input_mode", sa.String(8), nullable=False),
        sa.Column("audio_path", sa.String(500), nullable=True),
        sa.Column("latency_ms", sa.Integer(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("asked_at", UTC_DATETIME, nullable=True),
        sa.Column("answered_at", UTC_DATETIME, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("overall", sa.Integer(), nullable=False),
        sa.Column("ladder_level", sa.Integer(), nullable=False),
        sa.Column("ladder_key", sa.String(32), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.CheckConstraint("input_mode IN ('typed', 'spoken')", name=op.f("ck_answers_input_mode")),
        sa.CheckConstraint("overall >= 0 AND overall <= 100", name=op.f("ck_answers_overall_range")),
        sa.CheckConstraint("duration_ms >= 0", name=op.f("ck_answers_duration_positive")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["practice_sessions.id"],
            name=op.f("fk_answers_session_id_practice_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answers")),
    )
    op.create_index("ix_answers_session_answered", "answers", ["session_id", "answered_at"])
    op.create_table(
        "principle_scores",
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column("principle", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("advice", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "status IN ('met', 'partly', 'missed', 'not_applicable')", name=op.f("ck_principle_scores_status")
        ),
        sa.CheckConstraint(
            "score IS NULL OR (score >= 0 AND score <= 100)", name=op.f("ck_principle_scores_score_range")
        ),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["answers.id"],
            name=op.f("fk_principle_scores_answer_id_answers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("answer_id", "principle", name=op.f("pk_principle_scores")),
    )


def downgrade() -> None:
    op.drop_table("principle_scores")
    op.drop_index("ix_answers_session_answered", table_name="answers")
    op.drop_table("answers")
    op.drop_index("ix_practice_sessions_scenario_id", table_name="practice_sessions")
    op.drop_index("ix_practice_sessions_trainee_started", table_name="practice_sessions")
    op.drop_table("practice_sessions")
    op.drop_table("trainees")
