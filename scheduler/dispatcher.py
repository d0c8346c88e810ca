"""One dispatcher for every scheduled send: a sliding one-second rate limit, and kind retries."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

log = logging.getLogger("smallsteps.dispatcher")

Sleep = Callable[[float], Awaitable[None]]
T = TypeVar("T")
# Requests reach the server a little after they start; a few milliseconds of margin keep the
# server's own one-second window from ever seeing one message too many.
WINDOW_SECONDS = 1.015


class SendStatus(StrEnum):
    """What became of one delivery."""

    SENT = "sent"
    MAYBE_SENT = "maybe_sent"
    BLOCKED = "blocked"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class SendResult:
    """The status of a send, and the message it created, if any."""

    status: SendStatus
    message_id: int | None = None


# A prepared send: makes exactly one Bot API call each time it is awaited.
Request = Callable[[], Awaitable[SendResult]]


class RateLimiter:
    """At most `rate` starts in any one-second window, evenly spaced, and a pause on request.

    Even spacing matters as much as the count: a burst of `rate` starts reaches the server
    spread out by network and scheduling delays, so the next burst a window later can overlap
    it in the server's own sliding window and draw 429s.
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
        self._starts: deque[float] = deque()
        self._resume_at = 0.0
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        """Wait until one more send fits in the window, then count it."""
        async with self._lock:
            while True:
                now = self._clock()
                # One expression for "when the oldest start leaves the window", used both to
                # drop it and to compute the wait: `now - start >= window` can be False while
                # `start + window - now` is already 0 (float rounding), which let any number
                # of starts through at that instant.
                while self._starts and self._starts[0] + self._window <= now:
                    self._starts.popleft()
                wait = max(self._resume_at - now, 0.0)
                if self._starts:
                    wait = max(wait, self._starts[-1] + self._spacing - now)
                if len(self._starts) >= self._rate:
                    wait = max(wait, self._starts[0] + self._window - now)
                if wait <= 0:
                    self._starts.append(now)
                    return
                await self._sleep(wait)

    def hold(self, seconds: float) -> None:
        """Let nothing through for `seconds` (Telegram's retry_after)."""
        self._resume_at = max(self._resume_at, self._clock() + seconds)


class Dispatcher:
    """Sends through the rate limiter; waits out 429s, retries 5xx and network errors."""

    def __init__(
        self,
        rate_per_second: int,
        *,
        max_attempts: int = 5,
        backoff_seconds: float = 0.5,
        concurrency: int = 16,
        sleep: Sleep = asyncio.sleep,
        limiter: RateLimiter | None = None,
    ) -> None:
        self._limiter = limiter or RateLimiter(rate_per_second, sleep=sleep)
        self._max_attempts = max_attempts
        self._backoff = backoff_seconds
        self._concurrency = concurrency
        self._sleep = sleep

    async def deliver(self, send: Request) -> SendResult:
        """Run one send, making exactly one Bot API call per attempt."""
        attempt = 0
        while True:
            await self._limiter.acquire()
            try:
                return await send()
            except RetryAfter as error:
                # A 429 is the server's pace, not a failure: wait it out for everyone.
                self._limiter.hold(_seconds(error.retry_after))
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

    async def deliver_all(
        self,
        items: Iterable[T],
        prepare: Callable[[T], Awaitable[Request | SendResult]],
        done: Callable[[T, SendResult], Awaitable[None]],
    ) -> list[SendResult]:
        """Deliver many items concurrently, recording each at once.

        `prepare` does the slow work (reading the database, drawing a chart) before a slot of
        the rate limit is taken, so the slot is spent on the request itself.
        """
        slots = asyncio.Semaphore(self._concurrency)

        async def one(item: T) -> SendResult:
            async with slots:
                prepared = await prepare(item)
                result = (
                    prepared if isinstance(prepared, SendResult) else await self.deliver(prepared)
                )
                await done(item, result)
                return result

        return list(await asyncio.gather(*(one(item) for item in items)))


def _seconds(retry_after: object) -> float:
    """retry_after as seconds, whether PTB gives an int or a timedelta."""
    total = getattr(retry_after, "total_seconds", None)
    return float(total()) if callable(total) else float(retry_after)  # type: ignore[arg-type]
