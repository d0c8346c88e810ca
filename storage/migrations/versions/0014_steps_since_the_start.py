"""Steps since the start are counted from an index holding each check-in's outcome, so a
weekly summary costs the same after a year of history as in the first week.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_checkins_person_date_outcome", "checkins", ["person_id", "local_date", "outcome"]
    )


def downgrade() -> None:
    op.drop_index("ix_checkins_person_date_outcome", table_name="checkins")
