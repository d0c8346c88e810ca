"""Alembic environment: runs on a connection handed over by storage.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from storage.models import Base

target_metadata = Base.metadata


def run_migrations_on(connection: Connection) -> None:
    """Apply migrations on an open synchronous connection (batch mode keeps SQLite happy)."""
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `smallsteps migrate`, which opens the connection")
run_migrations_on(connection)
