"""Shared fixtures: a fresh database per test, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from functools import cache
from typing import NoReturn

import asyncpg
import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import SessionFactory, create_engine, create_session_factory
from storage.migrate import upgrade_to_head

POSTGRES_URL = os.environ.get(
    "SMALLSTEPS_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
BACKENDS = ("sqlite", "postgresql")
# Many company networks name a proxy that cannot reach this machine's loopback. The whole suite
# runs as if on one (a proxy address where nothing answers), so anything the bot, the trial or a
# benchmark sends to the local Bot API server through a proxy fails here first.
DEAD_PROXY = "http://127.0.0.1:9"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")
# What the machine itself had, for the few tests that reach beyond it (building an image).
MACHINE_PROXIES = {
    name: os.environ.get(name)
    for upper in (*PROXY_VARIABLES, "NO_PROXY")
    for name in (upper, upper.lower())
}


def pytest_configure(config: pytest.Config) -> None:
    """Run as the console script does; every proxy variable at the dead proxy, here and below."""
    # python-telegram-bot 22 gives periods (retry_after) as timedelta once opted in, as `main` does.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    for name in MACHINE_PROXIES:
        os.environ.pop(name, None)
    for name in PROXY_VARIABLES:
        os.environ[name] = os.environ[name.lower()] = DEAD_PROXY


def machine_environment() -> dict[str, str]:
    """This process's environment with the proxy variables the machine had, not the dead ones."""
    env = {name: value for name, value in os.environ.items() if name not in MACHINE_PROXIES}
    return {**env, **{name: value for name, value in MACHINE_PROXIES.items() if value}}


def _asyncpg_dsn(url: str) -> str:
    """The plain libpq-style DSN asyncpg wants, from a SQLAlchemy URL."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@cache
def _postgres_problem() -> str | None:
    """Why PostgreSQL cannot be used here, or None when it can (checked once)."""
    import asyncio

    async def probe() -> None:
        connection = await asyncpg.connect(_asyncpg_dsn(POSTGRES_URL), timeout=3)
        await connection.close()

    try:
        asyncio.run(probe())
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        return f"PostgreSQL not reachable at {POSTGRES_URL}: {error}"
    return None


def require_postgres() -> None:
    """Skip with a visible reason where PostgreSQL is absent; in CI, fail instead."""
    problem = _postgres_problem()
    if problem is not None:
        missing_here(problem, in_ci="CI must run the PostgreSQL tests")


def missing_here(problem: str, *, in_ci: str) -> NoReturn:
    """Skip a test needing what this machine lacks, saying why; in CI, where it must run, fail."""
    if os.environ.get("CI"):
        pytest.fail(f"{problem} ({in_ci})")
    pytest.skip(problem)


async def create_postgres_database() -> str:
    """A new empty database for one test; returns its SQLAlchemy URL."""
    name = f"smallsteps_test_{uuid.uuid4().hex[:12]}"
    connection = await asyncpg.connect(_asyncpg_dsn(POSTGRES_URL))
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


async def drop_postgres_database(url: str) -> None:
    """Remove a test database, even if a connection was left open."""
    name = make_url(url).database
    connection = await asyncpg.connect(_asyncpg_dsn(POSTGRES_URL))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Which database a test runs on."""
    name: str = request.param
    if name == "postgresql":
        require_postgres()
    return name


@pytest.fixture
def postgres() -> None:
    """Skip (or fail in CI) where PostgreSQL is absent; checked outside the event loop."""
    require_postgres()


@pytest.fixture
async def postgres_url(postgres: None) -> AsyncIterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    url = await create_postgres_database()
    try:
        yield url
    finally:
        await drop_postgres_database(url)


@pytest.fixture
async def database_url(
    backend: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    """An empty database of the chosen backend, removed afterwards."""
    if backend == "sqlite":
        folder = tmp_path_factory.mktemp("db")
        yield f"sqlite+aiosqlite:///{folder}/smallsteps.db"
        return
    url = await create_postgres_database()
    try:
        yield url
    finally:
        await drop_postgres_database(url)


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """A migrated engine on the test database."""
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    try:
        yield engine
    finally:
        await engine.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> SessionFactory:
    """A session factory on the migrated test database."""
    return create_session_factory(engine)
