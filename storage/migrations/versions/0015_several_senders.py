"""Several senders on PostgreSQL: each claim names the sender holding it, so a claim whose
sender is gone is taken over at once while the others' are left alone; and one token bucket
the whole fleet draws its sends from.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("deliveries", sa.Column("claimed_by", sa.String(40), nullable=True))
    op.create_table(
        "send_budget",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tokens", sa.Float(), nullable=False),
        sa.Column("refreshed_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("send_budget")
    with op.batch_alter_table("deliveries") as deliveries:
        deliveries.drop_column("claimed_by")
