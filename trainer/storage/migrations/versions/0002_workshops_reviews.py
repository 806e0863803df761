"""Workshops with a roster, trainer reviews that override scores, erasure tombstones.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime(timezone=True)
STATUSES = "('met', 'partly', 'missed', 'not_applicable')"


def upgrade() -> None:
    op.create_table(
        "workshops",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("trainer", sa.String(200), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshops")),
    )
    op.create_table(
        "workshop_members",
        sa.Column("workshop_id", sa.Uuid(), nullable=False),
        sa.Column("trainee_id", sa.Uuid(), nullable=False),
        sa.Column("added_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainees.id"], name=op.f("fk_workshop_members_trainee_id_trainees"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_workshop_members_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workshop_id", "trainee_id", name=op.f("pk_workshop_members")),
    )
    op.create_index("ix_workshop_members_trainee_id", "workshop_members", ["trainee_id"])
    op.create_table(
        "trainer_reviews",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answers.id"], name=op.f("fk_trainer_reviews_answer_id_answers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainer_reviews")),
    )
    op.create_index("ix_trainer_reviews_answer_id", "trainer_reviews", ["answer_id"])
    op.create_table(
        "erased_trainees",
        sa.Column("trainee_id", sa.Uuid(), nullable=False),
        sa.Column("erased_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("trainee_id", name=op.f("pk_erased_trainees")),
    )
    with op.batch_alter_table("practice_sessions") as batch:
        batch.add_column(sa.Column("workshop_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_practice_sessions_workshop_id_workshops"),
            "workshops",
            ["workshop_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_practice_sessions_workshop_id", ["workshop_id"])
    with op.batch_alter_table("principle_scores") as batch:
        batch.add_column(sa.Column("review_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("reviewed_score", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("reviewed_status", sa.String(16), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_principle_scores_review_id_trainer_reviews"),
            "trainer_reviews",
            ["review_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_check_constraint(
            batch.f("ck_principle_scores_reviewed_status"),
            f"reviewed_status IS NULL OR reviewed_status IN {STATUSES}",
        )


def downgrade() -> None:
    with op.batch_alter_table("principle_scores") as batch:
        batch.drop_constraint(batch.f("ck_principle_scores_reviewed_status"), type_="check")
        batch.drop_constraint(batch.f("fk_principle_scores_review_id_trainer_reviews"), type_="foreignkey")
        batch.drop_column("reviewed_status")
        batch.drop_column("reviewed_score")
        batch.drop_column("review_id")
    with op.batch_alter_table("practice_sessions") as batch:
        batch.drop_index("ix_practice_sessions_workshop_id")
        batch.drop_constraint(batch.f("fk_practice_sessions_workshop_id_workshops"), type_="foreignkey")
        batch.drop_column("workshop_id")
    op.drop_table("erased_trainees")
    op.drop_index("ix_trainer_reviews_answer_id", table_name="trainer_reviews")
    op.drop_table("trainer_reviews")
    op.drop_index("ix_workshop_members_trainee_id", table_name="workshop_members")
    op.drop_table("workshop_members")
    op.drop_table("workshops")
