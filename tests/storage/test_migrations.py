from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import create_engine
from storage.migrate import downgrade_to_base, upgrade_to_head
from storage.models import Base


def _differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


async def test_migrations_match_the_models(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        differences = await connection.run_sync(_differences)
    assert differences == []


async def test_upgrade_twice_is_harmless_and_downgrade_removes_everything(
    database_url: str,
) -> None:
    engine = create_engine(database_url)
    try:
        await upgrade_to_head(engine)
        await upgrade_to_head(engine)
        async with engine.connect() as connection:
            tables = await connection.run_sync(_tables)
        assert set(Base.metadata.tables) <= tables
        await downgrade_to_base(engine)
        async with engine.connect() as connection:
            remaining = await connection.run_sync(_tables)
        assert remaining & set(Base.metadata.tables) == set()
    finally:
        await engine.dispose()
