"""Spoken answers: the raw transcript beside the corrected one, delivery measures, review flag.

Revision ID: 0003
Revises: 0002
Create Date: 2025-02-10
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("transcript_raw", sa.Text(), nullable=True))
        batch.add_column(sa.Column("delivery", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("needs_review", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("needs_review")
        batch.drop_column("delivery")
        batch.drop_column("transcript_raw")
