import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from scheduler.leader import SenderLock
from storage.db import create_engine


@pytest.fixture
async def engines(postgres_url: str) -> AsyncIterator[tuple[AsyncEngine, AsyncEngine]]:
    """Two instances' engines on one PostgreSQL database."""
    first, second = create_engine(postgres_url), create_engine(postgres_url)
    try:
        yield first, second
    finally:
        await first.dispose()
        await second.dispose()


async def test_one_sender_at_a_time_and_the_next_takes_over(
    engines: tuple[AsyncEngine, AsyncEngine],
) -> None:
    ours, theirs = SenderLock(engines[0]), SenderLock(engines[1])

    taken = [await ours.hold(), await theirs.hold(), await ours.hold()]
    await ours.release()

    took_over = await theirs.hold()
    await theirs.release()

    assert taken == [True, False, True]
    assert took_over is True


@pytest.mark.parametrize("yields_before_cancel", [0, 1, 2, 5, 20])
async def test_a_check_cancelled_mid_query_still_releases_cleanly(
    engines: tuple[AsyncEngine, AsyncEngine], yields_before_cancel: int
) -> None:
    # A stop at the top of a minute cancels the minute job while it checks the lock.
    ours, theirs = SenderLock(engines[0]), SenderLock(engines[1])
    assert await ours.hold()
    checking = asyncio.ensure_future(ours.hold())
    for _ in range(yields_before_cancel):
        await asyncio.sleep(0)
    checking.cancel()
    await asyncio.gather(checking, return_exceptions=True)

    await ours.release()
    took_over = await theirs.hold()
    await theirs.release()

    assert took_over is True


async def test_as_many_senders_as_slots_and_each_knows_who_is_there(postgres_url: str) -> None:
    engines = [create_engine(postgres_url) for _ in range(3)]
    locks = [SenderLock(engine, slots=2) for engine in engines]
    try:
        taken = [await lock.hold() for lock in locks]
        live_with_two = await locks[2].live()
        await locks[0].release()
        live_with_one = await locks[2].live()
        took_the_free_slot = await locks[2].hold()
        live_again = await locks[1].live()
    finally:
        for lock in locks:
            await lock.release()
        for engine in engines:
            await engine.dispose()

    assert taken == [True, True, False]
    assert live_with_two == {locks[0].identity, locks[1].identity}
    assert live_with_one == {locks[1].identity}
    assert took_the_free_slot is True
    assert live_again == {locks[1].identity, locks[2].identity}
    assert len({lock.identity for lock in locks}) == 3


async def test_sqlite_is_a_fleet_of_one_that_knows_itself(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/smallsteps.db")
    try:
        lock = SenderLock(engine, slots=3)
        held, live = await lock.hold(), await lock.live()
    finally:
        await engine.dispose()

    assert held is True
    assert live == {lock.identity}
