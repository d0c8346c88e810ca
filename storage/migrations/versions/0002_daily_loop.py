"""The daily loop: check-ins, the due-time index, and claimed deliveries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _person_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["person_id"], ["people.id"], name=op.f(f"fk_{table}_person_id_people"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("mood", sa.SmallInteger(), nullable=True),
        sa.Column("words", sa.Text(), nullable=True),
        sa.Column("suggested", sa.String(length=255), nullable=False),
        sa.Column("step_key", sa.String(length=64), nullable=True),
        sa.Column("step_text", sa.Text(), nullable=True),
        sa.Column("rest", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("evening_mood", sa.SmallInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _person_fk("checkins"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
        sa.UniqueConstraint(
            "person_id", "local_date", name=op.f("uq_checkins_person_id_local_date")
        ),
    )
    op.create_table(
        "schedules",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("next_due_at", sa.DateTime(timezone=True), nullable=False),
        _person_fk("schedules"),
        sa.PrimaryKeyConstraint("person_id", "kind", name=op.f("pk_schedules")),
    )
    op.create_index(op.f("ix_schedules_next_due_at"), "schedules", ["next_due_at"], unique=False)
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        _person_fk("deliveries"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint(
            "person_id", "kind", "local_date", name=op.f("uq_deliveries_person_id_kind_local_date")
        ),
    )


def downgrade() -> None:
    op.drop_table("deliveries")
    op.drop_index(op.f("ix_schedules_next_due_at"), table_name="schedules")
    op.drop_table("schedules")
    op.drop_table("checkins")
