"""A partial index for sends that may have begun and never finished (status 'sending').

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SENDING = sa.text("status = 'sending'")


def upgrade() -> None:
    # Claims left unfinished by an older version may have been on their way: they keep being
    # retried only after the claim timeout, as that version promised.
    op.execute("UPDATE deliveries SET status = 'sending' WHERE status = 'claimed'")
    op.create_index(
        "ix_deliveries_open_sends",
        "deliveries",
        ["claimed_at"],
        unique=False,
        postgresql_where=SENDING,
        sqlite_where=SENDING,
    )


def downgrade() -> None:
    op.drop_index("ix_deliveries_open_sends", table_name="deliveries")
    op.execute("UPDATE deliveries SET status = 'claimed' WHERE status = 'sending'")
