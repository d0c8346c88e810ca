"""`smallsteps copy-data` as an operator runs it: 0 with a summary, 2 with one line when refused."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.db import create_engine, create_session_factory
from storage.migrate import upgrade_to_head
from storage.repositories.people import PeopleRepository
from tests.e2e.test_cli import clean_environment, run_cli

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
PASSWORD = "hunter2secret"


async def seed_people(url: str, count: int) -> None:
    """A bot's SQLite file with a few people and a note each."""
    engine = create_engine(url)
    try:
        await upgrade_to_head(engine)
        async with create_session_factory(engine).begin() as session:
            repo = PeopleRepository(session)
            for user_id in range(1, count + 1):
                person = await repo.add(user_id, user_id, NOW)
                repo.add_note(person, "words of their own", NOW.date(), NOW)
    finally:
        await engine.dispose()


async def copy_data(source: str, target: str, cwd: Path) -> tuple[int | None, str, str]:
    env = clean_environment(SMALLSTEPS_DATABASE_URL=target)
    process = await run_cli("copy-data", "--from", source, cwd=cwd, env=env)
    stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode, stdout.decode(), stderr.decode()


@pytest.fixture
async def old_bot(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path}/data/smallsteps.db"
    await seed_people(url, 3)
    return url


async def test_copy_to_postgresql_succeeds_once_then_refuses(
    old_bot: str, postgres_url: str, tmp_path: Path
) -> None:
    code, stdout, stderr = await copy_data(old_bot, postgres_url, tmp_path)

    assert code == 0, stderr
    assert stdout.strip().splitlines() == [stdout.strip()]
    assert "people 3" in stdout and "notes 3" in stdout

    code, stdout, stderr = await copy_data(old_bot, postgres_url, tmp_path)

    assert code == 2
    assert len(stderr.strip().splitlines()) == 1
    assert "already holds people" in stderr


async def test_sqlite_to_sqlite_succeeds(old_bot: str, tmp_path: Path) -> None:
    target = f"sqlite+aiosqlite:///{tmp_path}/new/smallsteps.db"

    code, stdout, stderr = await copy_data(old_bot, target, tmp_path)

    assert code == 0, stderr
    assert "people 3" in stdout


async def test_the_same_database_is_refused(old_bot: str, tmp_path: Path) -> None:
    code, _, stderr = await copy_data(old_bot, old_bot, tmp_path)

    assert code == 2
    assert len(stderr.strip().splitlines()) == 1
    assert "same database" in stderr


async def test_a_missing_source_file_is_refused(tmp_path: Path) -> None:
    missing = f"sqlite+aiosqlite:///{tmp_path}/old/smallsteps.db"
    target = f"sqlite+aiosqlite:///{tmp_path}/new/smallsteps.db"

    code, _, stderr = await copy_data(missing, target, tmp_path)

    assert code == 2
    assert "no SQLite file" in stderr
    assert not (tmp_path / "old").exists()


async def test_an_unusable_source_url_is_refused_without_echoing_it(tmp_path: Path) -> None:
    source = f"mysql+nodriver://bot:{PASSWORD}@db/bot"
    target = f"sqlite+aiosqlite:///{tmp_path}/new/smallsteps.db"

    code, _, stderr = await copy_data(source, target, tmp_path)

    assert code == 2
    assert "--from must start with" in stderr
    assert PASSWORD not in stderr
