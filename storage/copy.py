"""Copy a whole smallsteps database into an empty one (`smallsteps copy-data`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, MetaData, Table, Text, func, insert, inspect, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.types import TypeEngine

from storage.crypto import EncryptedText
from storage.migrate import upgrade_to_head
from storage.models import Base

CHUNK_ROWS = 1000
DEFAULT_PORTS = {"postgresql": 5432}


class CopyRefusedError(Exception):
    """The copy would merge, overwrite or read nothing: the message says which."""


@dataclass(frozen=True)
class Copied:
    """How many rows each table received, in the order they were copied."""

    rows: dict[str, int]

    def summary(self) -> str:
        """One line for the operator: rows copied per table."""
        return "copied " + ", ".join(f"{table} {count}" for table, count in self.rows.items())


def same_database(first: str | URL, second: str | URL) -> bool:
    """Whether two URLs name the same database, whatever driver or spelling they use."""
    a, b = make_url(first), make_url(second)
    if a.get_backend_name() != b.get_backend_name():
        return False
    if a.get_backend_name() == "sqlite":
        return _sqlite_path(a) is not None and _sqlite_path(a) == _sqlite_path(b)
    return _server_address(a) == _server_address(b)


def _sqlite_path(url: URL) -> Path | None:
    """The file a SQLite URL opens, resolved; None for an in-memory database."""
    if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
        return None
    return Path(url.database).expanduser().resolve()


def _server_address(url: URL) -> tuple[str, int | None, str | None]:
    """Host, port and database name, with the defaults a client would use filled in."""
    backend = url.get_backend_name()
    return (url.host or "localhost", url.port or DEFAULT_PORTS.get(backend), url.database)


def check_source(source_url: str, target_url: str) -> None:
    """Refuse a source that is the target, or a SQLite file that does not exist."""
    if same_database(source_url, target_url):
        raise CopyRefusedError("--from names the same database as SMALLSTEPS_DATABASE_URL")
    url = make_url(source_url)
    path = _sqlite_path(url) if url.get_backend_name() == "sqlite" else None
    # Opening a missing file would create an empty database and "copy" nothing from it.
    if path is not None and not path.is_file():
        raise CopyRefusedError(f"--from: there is no SQLite file at {path}")


async def copy_data(source: AsyncEngine, target: AsyncEngine) -> Copied:
    """Migrate both, then copy every row in one transaction on the empty target."""
    if same_database(source.url, target.url):
        raise CopyRefusedError("--from names the same database as SMALLSTEPS_DATABASE_URL")
    # Checked before migrating too, so a refusal changes nothing, not even the schema.
    async with target.connect() as looking:
        await _refuse_unless_empty(looking)
    # The source first, so an old file is brought up to the schema the copy expects.
    await upgrade_to_head(source)
    await upgrade_to_head(target)
    rows: dict[str, int] = {}
    async with source.connect() as reading, target.begin() as writing:
        await _refuse_unless_empty(writing)
        for table in Base.metadata.sorted_tables:  # Parents before children.
            rows[table.name] = await _copy_table(reading, writing, _as_stored(table))
        if writing.dialect.name == "postgresql":
            await _advance_sequences(writing)
    return Copied(rows)


async def _refuse_unless_empty(target: AsyncConnection) -> None:
    """Never merge into, or overwrite, a database that already has anything in it."""
    existing = set(await target.run_sync(lambda sync: inspect(sync).get_table_names()))
    for table in Base.metadata.sorted_tables:
        if table.name not in existing:
            continue
        if await target.scalar(select(func.count()).select_from(table)):
            raise CopyRefusedError(
                f"the target database (SMALLSTEPS_DATABASE_URL) already holds {table.name}; "
                "copy-data only fills an empty database and never merges"
            )


def _as_stored(table: Table) -> Table:
    """The table with encrypted columns read and written as the text they are stored as."""
    # Through EncryptedText, a key would re-encrypt on the way in, and no key would turn the
    # stored value into the "unreadable" placeholder on the way out; plain Text does neither.
    columns = [
        Column(column.name, _stored_type(column.type), primary_key=column.primary_key)
        for column in table.columns
    ]
    return Table(table.name, MetaData(), *columns)


def _stored_type(column_type: TypeEngine[Any]) -> TypeEngine[Any]:
    """Plain text for encrypted columns; every other type converts as it always does."""
    if isinstance(column_type, EncryptedText):
        return Text()
    return column_type


async def _copy_table(source: AsyncConnection, target: AsyncConnection, table: Table) -> int:
    """Copy one table in chunks, primary keys included; returns how many rows."""
    query = select(table).order_by(*table.primary_key.columns)
    copied = 0
    result = await source.stream(query)
    async for chunk in result.partitions(CHUNK_ROWS):
        await target.execute(insert(table), [dict(row._mapping) for row in chunk])
        copied += len(chunk)
    return copied


async def _advance_sequences(target: AsyncConnection) -> None:
    """Move each serial sequence to max(id), so new rows do not collide with copied ones."""
    for table in Base.metadata.sorted_tables:
        column = table.autoincrement_column
        if column is None:
            continue
        highest = func.max(column)
        sequence = func.pg_get_serial_sequence(table.name, column.name)
        # Empty table: setval(seq, 1, false) makes the next id 1, as on a fresh database.
        await target.execute(
            select(func.setval(sequence, func.coalesce(highest, 1), highest.is_not(None)))
        )
