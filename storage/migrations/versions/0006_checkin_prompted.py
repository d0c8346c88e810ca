"""Which stage's question a check-in last showed, so a restart can ask what was never asked.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("checkins", sa.Column("prompted", sa.String(length=16), nullable=True))
    # Nobody is asked again on the upgrade: what was open is taken as shown.
    op.execute("UPDATE checkins SET prompted = stage")


def downgrade() -> None:
    op.drop_column("checkins", "prompted")
