"""A partial index for unfinished claims, so the per-minute search stays fast as history grows.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text("status = 'claimed'")


def upgrade() -> None:
    op.create_index(
        "ix_deliveries_open_claims",
        "deliveries",
        ["claimed_at"],
        unique=False,
        postgresql_where=OPEN,
        sqlite_where=OPEN,
    )


def downgrade() -> None:
    op.drop_index("ix_deliveries_open_claims", table_name="deliveries")
