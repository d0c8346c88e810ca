"""Everyone due in one minute takes a turn drawn afresh each day, so a crowded minute at the
rate cap never leaves the same people last; the due index orders by it.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "schedules", sa.Column("turn", sa.Integer(), server_default=sa.text("0"), nullable=False)
    )
    op.drop_index("ix_schedules_next_due_at", table_name="schedules")
    op.create_index("ix_schedules_due_turn", "schedules", ["next_due_at", "turn"])


def downgrade() -> None:
    op.drop_index("ix_schedules_due_turn", table_name="schedules")
    op.create_index("ix_schedules_next_due_at", "schedules", ["next_due_at"])
    with op.batch_alter_table("schedules") as schedules:
        schedules.drop_column("turn")
