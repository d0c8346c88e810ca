"""Apply Alembic migrations from code: used by `smallsteps migrate` and on `smallsteps run`."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS_PATH = Path(__file__).parent / "migrations"
# Alembic names the dialect and its DDL mode each time it connects, so on every start; only
# the migrations it runs are worth a line in the log.
ALEMBIC_CHATTER = ("Context impl ", "Will assume ")


def _no_chatter(record: logging.LogRecord) -> bool:
    """Keep Alembic's lines about the migrations it runs, not those it repeats every time."""
    return not record.getMessage().startswith(ALEMBIC_CHATTER)


def alembic_config(connection: Connection) -> Config:
    """An Alembic config pointing at our migrations, bound to an open connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_PATH))
    config.attributes["connection"] = connection
    # addFilter skips a filter the logger already has, so this adds it once per process.
    logging.getLogger("alembic.runtime.migration").addFilter(_no_chatter)
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
