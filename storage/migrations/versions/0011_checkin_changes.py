"""A check-in being changed remembers where it stood, to go back there once the change is made;
the feeling words tapped so far are kept until "done".

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("checkins", sa.Column("changing_from", sa.String(length=16), nullable=True))
    op.add_column("checkins", sa.Column("feelings", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("checkins") as checkins:
        checkins.drop_column("feelings")
        checkins.drop_column("changing_from")
