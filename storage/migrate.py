"""Apply Alembic migrations from code: used by `smallsteps migrate` and on `smallsteps run`."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS_PATH = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection) -> Config:
    """An Alembic config pointing at our migrations, bound to an open connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_PATH))
    config.attributes["connection"] = connection
    return config


def _upgrade_on(connection: Connection) -> None:
    """Run every pending migration on a synchronous connection."""
    command.upgrade(alembic_config(connection), "head")


def _downgrade_to_base_on(connection: Connection) -> None:
    """Undo every migration (for tests of the downgrade path)."""
    command.downgrade(alembic_config(connection), "base")


async def upgrade_to_head(engine: AsyncEngine) -> None:
    """Bring the database schema up to date."""
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade_on)


async def downgrade_to_base(engine: AsyncEngine) -> None:
    """Remove every table the migrations created."""
    async with engine.begin() as connection:
        await connection.run_sync(_downgrade_to_base_on)
