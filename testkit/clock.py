"""The one clock of the tests and benchmarks: time moves only when the test moves it."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

T = TypeVar("T")

# Monday 23 November 2026, 07:00 UTC: a date no test depends on the real calendar for.
MONDAY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
MAX_SETTLE_STEPS = 100_000


class FakeClock:
    """A settable clock for every test: the time now, and a monotonic clock and sleep.

    It is a `bot.core.clock.Clock`: ``clock()`` is the date and time now, set with `set`,
    `advance` or by assigning ``now``. For code that takes a monotonic clock and a sleep (the
    dispatcher, a rate limit, a pace) it offers those too: ``clock.monotonic()`` counts seconds
    (``seconds``), `advance` and `sleep` move both, `set` only the date and time (as setting a
    computer's time leaves its monotonic clock alone). `sleep` waits for virtual time: `run`
    runs a coroutine, moving the clock to the next sleeper's wake-up whenever every task is
    waiting, so timings are exact and nothing really waits.
    """

    def __init__(self, now: datetime = MONDAY, *, seconds: float = 0.0) -> None:
        self.now = now
        self.seconds = seconds
        self.sleeps: list[float] = []
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def __call__(self) -> datetime:
        """The date and time now."""
        return self.now

    def set(self, now: datetime) -> None:
        """Set the wall clock (the monotonic clock stays where it is)."""
        self.now = now

    def advance(self, **delta: float) -> datetime:
        """Move time forward by ``timedelta(**delta)``; returns the new now."""
        step = timedelta(**delta)
        self.now += step
        self.seconds += step.total_seconds()
        return self.now

    def monotonic(self) -> float:
        """Seconds on the monotonic clock."""
        return self.seconds

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` of virtual time (inside `run`)."""
        self.sleeps.append(seconds)
        woken = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.seconds + seconds, next(self._order), woken))
        await woken

    async def run(self, awaitable: Awaitable[T]) -> T:
        """Run ``awaitable`` to the end, waking sleepers in time order whenever all is quiet."""
        task = asyncio.ensure_future(awaitable)
        while True:
            await _settle()
            if task.done():
                return task.result()
            assert self._sleepers, "stuck: waiting on something other than the clock"
            wake_at = self._sleepers[0][0]
            if wake_at > self.seconds:
                self.now += timedelta(seconds=wake_at - self.seconds)
                self.seconds = wake_at  # exactly: tests compare these readings with ==
            while self._sleepers and self._sleepers[0][0] == wake_at:
                heapq.heappop(self._sleepers)[2].set_result(None)


async def _settle() -> None:
    """Yield until no other callback is ready to run: every task is done or waits."""
    loop = asyncio.get_running_loop()
    for _ in range(MAX_SETTLE_STEPS):
        if not loop._ready:  # type: ignore[attr-defined]  # CPython's run queue
            return
        await asyncio.sleep(0)
    raise AssertionError("the tasks never went quiet")
