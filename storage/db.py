"""Engine and session factory: one AsyncSession per update or job."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.crypto import attach_cipher

SessionFactory = async_sessionmaker[AsyncSession]


def is_sqlite(url: str | URL) -> bool:
    """Whether the URL points at SQLite."""
    return make_url(url).get_backend_name() == "sqlite"


def ensure_sqlite_folder(url: str | URL) -> None:
    """Create the folder that will hold a SQLite file, so a fresh machine just works."""
    database = make_url(url).database
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _enable_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL for concurrent readers, foreign keys for cascades, and patience on a busy file."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()
    # The driver's own implicit BEGIN is turned off so that _begin_immediately decides.
    dbapi_connection.isolation_level = None


def _begin_immediately(connection: Any) -> None:
    """Take SQLite's write lock at the start of every transaction."""
    # A deferred transaction that reads and then writes cannot wait for the lock: when
    # another connection wrote in between, SQLite fails it at once with "database is
    # locked", busy_timeout or not. Taking the lock up front makes it wait its turn instead.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine(url: str, encryption_key: str | None = None) -> AsyncEngine:
    """Create the async engine for SQLite (aiosqlite) or PostgreSQL (asyncpg)."""
    if is_sqlite(url):
        ensure_sqlite_folder(url)
        engine = create_async_engine(url)
        event.listen(engine.sync_engine, "connect", _enable_sqlite_pragmas)
        event.listen(engine.sync_engine, "begin", _begin_immediately)
    else:
        engine = create_async_engine(url, pool_pre_ping=True)
    attach_cipher(engine, encryption_key)
    return engine


def create_session_factory(engine: AsyncEngine) -> SessionFactory:
    """Sessions that keep loaded values after commit, so services can return them."""
    return async_sessionmaker(engine, expire_on_commit=False)
