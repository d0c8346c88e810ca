"""Guided reflections: the questions offered and the words kept with them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _person_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["person_id"], ["people.id"], name=op.f(f"fk_{table}_person_id_people"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "reflection_prompts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("question_key", sa.String(length=64), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        _person_fk("reflection_prompts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection_prompts")),
    )
    op.create_index(
        op.f("ix_reflection_prompts_person_id"), "reflection_prompts", ["person_id"], unique=False
    )
    op.create_table(
        "reflections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("question_key", sa.String(length=64), nullable=False),
        sa.Column("question_text", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _person_fk("reflections"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflections")),
    )
    op.create_index(op.f("ix_reflections_person_id"), "reflections", ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_reflections_person_id"), table_name="reflections")
    op.drop_table("reflections")
    op.drop_index(op.f("ix_reflection_prompts_person_id"), table_name="reflection_prompts")
    op.drop_table("reflection_prompts")
