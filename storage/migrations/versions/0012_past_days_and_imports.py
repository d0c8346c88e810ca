"""A day filled in after it ended, or brought in from another app, says so; a Daylio export
waiting for the person's yes is remembered by Telegram's id for it (the file is not kept).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("checkins", sa.Column("source", sa.String(length=16), nullable=True))
    op.add_column("people", sa.Column("import_file", sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("people") as people:
        people.drop_column("import_file")
    with op.batch_alter_table("checkins") as checkins:
        checkins.drop_column("source")
