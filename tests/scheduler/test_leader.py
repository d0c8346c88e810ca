import asyncio
from collections.abc import AsyncIterator

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
