"""One dispatcher for every scheduled send: a sliding one-second rate limit, and kind retries."""

from __future__ import annotations

import asyncio
import heapq
import logging
import math
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Sequence
from typing import Generic, TypeVar

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from scheduler.sending import (
    Request,
    SendResult,
    SendStatus,
    Sleep,
    WithdrawnError,
    seconds_of,
)

log = logging.getLogger("smallsteps.dispatcher")

T = TypeVar("T")
# A send counts in the window from when its answer arrives: the server saw it no later than
# that, so one second after the answer it has surely left the server's own window, however
# slow the request was on its way.
WINDOW_SECONDS = 1.0
# Sends in flight at once: enough to keep 30 a second going at internet round trips.
SEND_WORKERS = 16
# How long one delivery takes from claim to record (its database reads, the call, the batched
# commit) at internet round trips. A rate needs that many seconds' worth of sends in flight
# (measured in docs/benchmarks.md, "fan-out").
DELIVERY_SECONDS = 0.15


def workers_for(rate_per_second: int) -> int:
    """Sends in flight needed to keep `rate_per_second` going; never fewer than SEND_WORKERS."""
    return max(SEND_WORKERS, math.ceil(rate_per_second * DELIVERY_SECONDS))


class RateLimiter:
    """At most `rate` sends in any one-second window as the server sees it, evenly spaced.

    A send is counted from its start until one window after its answer (`release`), so
    network and scheduling delays can never squeeze one message too many into the server's
    window. Starts are also spread evenly: a burst would reach the server bunched up.
    """

    def __init__(
        self,
        rate: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        window: float = WINDOW_SECONDS,
        evenly: bool = True,
    ) -> None:
        self._rate = rate
        self._spacing = window / rate if evenly else 0.0
        self._clock = clock
        self._sleep = sleep
        self._window = window
        self._finished: list[float] = []  # a heap of answer times still inside the window
        self._in_flight = 0
        self._released = asyncio.Event()
        self._next_slot = 0.0
        self._resume_at = 0.0
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        """Wait until one more send fits in the window, then count it as under way."""
        async with self._lock:
            while True:
                now = self._clock()
                # One expression for "when the oldest send leaves the window", used both to
                # drop it and to compute the wait: `now - answer >= window` can be False while
                # `answer + window - now` is already 0 (float rounding).
                while self._finished and self._finished[0] + self._window <= now:
                    heapq.heappop(self._finished)
                earliest = max(self._resume_at, self._next_slot)
                if self._in_flight + len(self._finished) >= self._rate:
                    if not self._finished:
                        await self._next_release()
                        continue
                    earliest = max(earliest, self._finished[0] + self._window)
                if now >= earliest:
                    self._count_start(now, earliest)
                    return
                await self._sleep(earliest - now)

    def release(self) -> None:
        """Note that a send counted by `acquire` has had its answer (or gave up) just now."""
        self._in_flight -= 1
        heapq.heappush(self._finished, self._clock())
        self._released.set()

    def hold(self, seconds: float) -> None:
        """Let nothing through for `seconds` (Telegram's retry_after)."""
        self._resume_at = max(self._resume_at, self._clock() + seconds)

    async def _next_release(self) -> None:
        """Wait until a send under way gets its answer."""
        self._released.clear()
        await self._released.wait()

    def _count_start(self, now: float, earliest: float) -> None:
        """Count a start at its planned time when woken a little late, so lateness never adds up."""
        # A sleep ends a little after its deadline; planning from `now` would push every later
        # slot back by that much, and at 30/s the overshoot alone costs about a message a
        # second. After an idle spell longer than one spacing, the start is simply now.
        start = earliest if now - earliest < self._spacing else now
        self._in_flight += 1
        self._next_slot = start + self._spacing


# Draws a number of sends from the fleet's budget at a refill rate; how long to wait first.
DrawBudget = Callable[[int, float], Awaitable[float]]
# How many sends a second of the cap a sender draws from the fleet's budget at a time: one
# database round trip per draw, and the bucket holds at most one draw, so the fleet's sends in
# any one second stay within the cap (see FleetLimiter).
DRAWS_PER_SECOND = 30
# The share of the cap a fleet of senders draws: each sender's calls reach Telegram after
# delays of their own (processes sharing cores, one database), so sends drawn evenly can arrive
# bunched up: at 97 % (29 a second of 30) three senders on two cores met a 429 on 5 % of
# their calls (tests/e2e/test_fleet.py), at 85 % on none.
FLEET_SHARE = 0.85


def fleet_draw_size(rate_per_second: int) -> int:
    """How many sends one draw from the fleet's budget takes."""
    return max(1, rate_per_second // DRAWS_PER_SECOND)


class FleetLimiter(RateLimiter):
    """This sender's own limit, and the fleet's: sends drawn from one budget all senders share.

    The budget is a token bucket in the database holding at most one draw and refilled at
    FLEET_SHARE of the cap less one draw a second, so in any one second the fleet draws less
    than the cap, with room for calls that arrive late. A draw
    may leave the bucket in debt; the sender then waits until the debt is paid, as a bucket
    with tokens to spare would have let it send then.
    """

    def __init__(
        self,
        rate: int,
        draw: DrawBudget,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        super().__init__(rate, clock=clock, sleep=sleep)
        self._draw = draw
        self._draw_size = fleet_draw_size(rate)
        self._refill = max(rate * FLEET_SHARE - self._draw_size, rate / 2)
        self._drawn = 0
        self._drawing = asyncio.Lock()

    async def acquire(self) -> None:
        """Take one send from the fleet's budget, then wait for room in this sender's window."""
        async with self._drawing:
            if self._drawn == 0:
                wait = await self._draw(self._draw_size, self._refill)
                if wait > 0:
                    await self._sleep(wait)
                self._drawn = self._draw_size
            self._drawn -= 1
        await super().acquire()


class Dispatcher:
    """Sends through the rate limiter; waits out 429s, retries 5xx and network errors."""

    def __init__(
        self,
        rate_per_second: int,
        *,
        max_attempts: int = 5,
        backoff_seconds: float = 0.5,
        concurrency: int | None = None,
        sleep: Sleep = asyncio.sleep,
        limiter: RateLimiter | None = None,
    ) -> None:
        self._rate = rate_per_second
        self._limiter = limiter or RateLimiter(rate_per_second, sleep=sleep)
        self._max_attempts = max_attempts
        self._backoff = backoff_seconds
        self._concurrency = concurrency or workers_for(rate_per_second)
        self._sleep = sleep

    async def deliver(self, send: Request) -> SendResult:
        """Run one send, making exactly one Bot API call per attempt."""
        result = await self.deliver_once(send, None)
        assert result is not None  # only a stop leaves a send unmade
        return result

    @property
    def rate_per_second(self) -> int:
        """At most this many sends in any one-second window."""
        return self._rate

    @property
    def concurrency(self) -> int:
        """How many sends a stream keeps in flight."""
        return self._concurrency

    async def deliver_once(self, send: Request, stop: asyncio.Event | None) -> SendResult | None:
        """Run one send, retrying as needed; None if withdrawn, or `stop` came before its call."""
        attempt = 0
        while True:
            try:
                if not await self._acquire_unless(stop):
                    return None
                # Once a call is made it is seen through: only a send never begun is unmade.
                stop = None
                return await self._send_counted(send)
            except WithdrawnError:
                return None
            except RetryAfter as error:
                # A 429 is the server's pace, not a failure: wait it out for everyone.
                self._limiter.hold(seconds_of(error.retry_after))
                log.warning("rate limited by the server retry_after=%s", error.retry_after)
                continue
            except TimedOut:
                return SendResult(SendStatus.MAYBE_SENT)
            except Forbidden:
                return SendResult(SendStatus.BLOCKED)
            except BadRequest as error:
                log.warning("send refused error=%s", type(error).__name__)
                return SendResult(SendStatus.FAILED)
            except NetworkError as error:
                attempt += 1
                if attempt >= self._max_attempts:
                    log.warning("send failed after retries error=%s", type(error).__name__)
                    return SendResult(SendStatus.FAILED)
                await self._sleep(self._backoff * 2 ** (attempt - 1))
            except TelegramError as error:
                log.warning("send failed error=%s", type(error).__name__)
                return SendResult(SendStatus.FAILED)

    async def _acquire_unless(self, stop: asyncio.Event | None) -> bool:
        """Wait for a slot of the rate limit; False, holding none, if `stop` is set first."""
        if stop is None:
            await self._limiter.acquire()
            return True
        if stop.is_set():
            return False
        acquiring = asyncio.ensure_future(self._limiter.acquire())
        stopping = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait((acquiring, stopping), return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
            if not acquiring.done():
                # Cancelling a wait for the limiter leaves nothing counted.
                acquiring.cancel()
                await asyncio.wait((acquiring,))
        if acquiring.cancelled():
            return False
        acquiring.result()
        if stop.is_set():
            self._limiter.release()  # a slot granted just as the stop came: never used
            return False
        return True

    async def _send_counted(self, send: Request) -> SendResult:
        """Make the one call in the slot already taken, released as soon as it is answered."""
        try:
            return await send()
        finally:
            self._limiter.release()

    async def deliver_stream(
        self,
        batches: AsyncIterable[Sequence[T]],
        prepare: Callable[[T], Awaitable[Request | SendResult]],
        done: Callable[[T, SendResult, Request | None], Awaitable[None]],
        stop: asyncio.Event | None = None,
    ) -> list[SendResult]:
        """Deliver items as their batches arrive, `concurrency` at a time; results in order.

        An item whose preparing, sending or recording fails unexpectedly is logged and left
        out of the results, and the others carry on. So is an item whose request raises
        `WithdrawnError`, and, once `stop` is set, every item whose send has not begun: none
        begins after that, and no further batch is taken. Sends under way are seen through.

        `prepare` does the slow work (reading the database, drawing a chart) before a slot of
        the rate limit is taken, so the slot is spent on the request itself. Workers take the
        next item the moment they are free, and the next batch is fetched while this one is
        sent, so a batch boundary never drains the pipeline. `done` gets each item's result and
        the request that made it (None when `prepare` gave a result of its own).
        """
        stream = _Stream(self, prepare, done, stop)
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(stream.feed(batches))
                for _ in range(self._concurrency):
                    group.create_task(stream.work())
        except BaseExceptionGroup as failures:
            # A bug in one send stops them all; raise it as itself, not wrapped.
            raise failures.exceptions[0] from None
        return stream.results()


class _Stream(Generic[T]):
    """One `deliver_stream`: a queue of items fed batch by batch, and the workers' results."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        prepare: Callable[[T], Awaitable[Request | SendResult]],
        done: Callable[[T, SendResult, Request | None], Awaitable[None]],
        stop: asyncio.Event | None,
    ) -> None:
        self._dispatcher = dispatcher
        self._prepare = prepare
        self._done = done
        self._stop = stop
        self._workers = dispatcher.concurrency
        self._queue: asyncio.Queue[tuple[int, T] | None] = asyncio.Queue(self._workers)
        self._results: dict[int, SendResult] = {}

    def stopping(self) -> bool:
        """Whether the stop has come: no send begins after it."""
        return self._stop is not None and self._stop.is_set()

    def results(self) -> list[SendResult]:
        """The results kept, in the order their items came."""
        return [self._results[index] for index in sorted(self._results)]

    async def feed(self, batches: AsyncIterable[Sequence[T]]) -> None:
        """Queue every item of every batch, then one end mark for each worker."""
        index = 0
        # The next batch is fetched (claimed) while this one is sent, so a slow claim never
        # leaves the workers idle; it stays one batch ahead, never more.
        source = aiter(batches)
        upcoming = asyncio.ensure_future(anext(source, None))
        try:
            # A batch being claimed when the stop comes is let finish, then left unsent: a
            # claim cut off halfway would leave its caller unsure which rows it holds.
            while (batch := await upcoming) is not None and not self.stopping():
                upcoming = asyncio.ensure_future(anext(source, None))
                for item in batch:
                    await self._queue.put((index, item))
                    index += 1
        finally:
            upcoming.cancel()
        for _ in range(self._workers):
            await self._queue.put(None)

    async def work(self) -> None:
        """Take items until the end mark; one item's failure never stops the others."""
        while (entry := await self._queue.get()) is not None:
            index, item = entry
            try:
                if (result := await self._one(item)) is not None:
                    self._results[index] = result
            except Exception:
                # One item's failure (a busy database, a bug) must not stop everyone
                # else's nudge; its claim stays open and is taken up again later.
                log.exception("delivery failed unexpectedly")

    async def _one(self, item: T) -> SendResult | None:
        """Prepare, send and record one item; None when it was not sent (stopping, withdrawn)."""
        if self.stopping():
            return None
        prepared = await self._prepare(item)
        result: SendResult | None
        if isinstance(prepared, SendResult):
            request, result = None, prepared
        else:
            request, result = prepared, await self._dispatcher.deliver_once(prepared, self._stop)
        if result is not None:
            # The request goes back with its result: what it leaves to record travels with it.
            await self._done(item, result, request)
        return result
