"""Crisis marks: when a person last wrote crisis language, which words are never quoted back,
and which days begin gently because of it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FLAGS = (
    ("notes", "flagged"),
    ("reflections", "flagged"),
    ("checkins", "words_flagged"),
    ("checkins", "gentle"),
)


def upgrade() -> None:
    op.add_column("people", sa.Column("crisis_at", sa.DateTime(timezone=True), nullable=True))
    for table, column in FLAGS:
        op.add_column(
            table, sa.Column(column, sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    for table, column in FLAGS:
        op.drop_column(table, column)
    op.drop_column("people", "crisis_at")
