"""Voice notes, photos, video notes and documents kept as notes: Telegram's file id with them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A note's text is its caption (or empty); these say what was sent with it, if anything.
    with op.batch_alter_table("notes") as notes:
        notes.add_column(sa.Column("media", sa.String(length=16), nullable=True))
        notes.add_column(sa.Column("file_id", sa.String(length=255), nullable=True))
        notes.add_column(sa.Column("duration", sa.Integer(), nullable=True))
        notes.add_column(sa.Column("file_name", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("notes") as notes:
        notes.drop_column("file_name")
        notes.drop_column("duration")
        notes.drop_column("file_id")
        notes.drop_column("media")
