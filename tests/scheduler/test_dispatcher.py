"""Tests for scheduler.dispatcher on a virtual clock: exact timings, no real waiting."""

from __future__ import annotations

import asyncio
import math
import random
from bisect import bisect_left
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from datetime import timedelta
from typing import TypeVar

import pytest
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.warnings import PTBDeprecationWarning

from scheduler.dispatcher import (
    FLEET_SHARE,
    WINDOW_SECONDS,
    Dispatcher,
    FleetLimiter,
    RateLimiter,
    fleet_draw_size,
)
from scheduler.sending import Request, SendResult, SendStatus
from testkit.clock import FakeClock

T = TypeVar("T")

SENT = SendResult(SendStatus.SENT, message_id=7)


@pytest.fixture(autouse=True)
def _timedelta_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """RetryAfter.retry_after as a timedelta, as the bot runs it (bot/cli.py)."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


class ScriptedSend:
    """A send that plays its outcomes in order (the last one repeats), noting each call's time."""

    def __init__(self, clock: FakeClock, *outcomes: SendResult | Exception) -> None:
        self._clock = clock
        self._outcomes = outcomes
        self.calls: list[float] = []

    async def __call__(self) -> SendResult:
        self.calls.append(self._clock.monotonic())
        outcome = self._outcomes[min(len(self.calls), len(self._outcomes)) - 1]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def retry_after(seconds: int) -> RetryAfter:
    return RetryAfter(retry_after=timedelta(seconds=seconds))


def bad_gateway() -> NetworkError:
    return NetworkError("Bad Gateway")


def blocked() -> Forbidden:
    return Forbidden("Forbidden: bot was blocked by the user")


# The window the figures below were worked out for (the bot's own default is a little wider).
TEST_WINDOW = 1.01


def make_limiter(clock: FakeClock, rate: int = 30, **options: float) -> RateLimiter:
    """A limiter that allows bursts, so the window rule can be checked on its own."""
    options.setdefault("window", TEST_WINDOW)
    return RateLimiter(rate, clock=clock.monotonic, sleep=clock.sleep, evenly=False, **options)


def make_even_limiter(clock: FakeClock, rate: int = 30) -> RateLimiter:
    """The limiter as the bot uses it: evenly spaced starts."""
    return RateLimiter(rate, clock=clock.monotonic, sleep=clock.sleep)


def make_dispatcher(clock: FakeClock, *, rate: int = 1000, **options: float | int) -> Dispatcher:
    limiter = make_limiter(clock, rate)
    return Dispatcher(rate, sleep=clock.sleep, limiter=limiter, **options)  # type: ignore[arg-type]


def busiest_window(starts: list[float], window: float = TEST_WINDOW) -> int:
    """Most starts in any window [t, t + window); a busiest window always opens at a start."""
    ordered = sorted(starts)
    return max((bisect_left(ordered, t + window) - i for i, t in enumerate(ordered)), default=0)


async def acquire_times(clock: FakeClock, limiter: RateLimiter, count: int) -> list[float]:
    starts = []
    for _ in range(count):
        await start_one(limiter)
        starts.append(clock.monotonic())
    return starts


async def start_one(limiter: RateLimiter) -> None:
    """One send that is answered the moment it starts."""
    await limiter.acquire()
    limiter.release()


def gaps(seed: int) -> Iterator[float]:
    """Irregular pauses between starts: mostly none (bursts), sometimes past a window edge."""
    rng = random.Random(seed)
    while True:
        pause = rng.choice([0.001, 0.013, 0.1, 0.37, TEST_WINDOW / 3, 1.5])
        yield pause if rng.random() < 0.15 else 0.0


# The window helper itself


def test_busiest_window_counts_half_open_windows() -> None:
    assert busiest_window([0.0, 0.5, 1.0], window=1.0) == 2
    assert busiest_window([0.0, 0.0, 0.999], window=1.0) == 3
    assert busiest_window([]) == 0


# RateLimiter


async def test_first_rate_starts_go_at_once() -> None:
    clock = FakeClock()
    starts = await clock.run(acquire_times(clock, make_limiter(clock, 3), 3))
    assert starts == [0.0, 0.0, 0.0]
    assert clock.sleeps == []


async def test_start_over_rate_waits_for_oldest_to_leave_window() -> None:
    clock = FakeClock()
    starts = await clock.run(acquire_times(clock, make_limiter(clock, 3), 4))
    assert starts == [0.0, 0.0, 0.0, 1.01]
    assert clock.sleeps == [1.01]


async def test_window_slides_rather_than_resets() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock, 2)

    async def scenario() -> list[float]:
        starts = await acquire_times(clock, limiter, 1)
        await clock.sleep(0.5)
        return starts + await acquire_times(clock, limiter, 3)

    assert await clock.run(scenario()) == pytest.approx([0.0, 0.5, 1.01, 1.51])


async def test_window_is_configurable() -> None:
    clock = FakeClock()
    starts = await clock.run(acquire_times(clock, make_limiter(clock, 1, window=2.0), 3))
    assert starts == [0.0, 2.0, 4.0]


@pytest.mark.parametrize("origin", [0.0, 5.0, 0.1, 86_400.123])
async def test_window_edge_lets_no_burst_through(origin: float) -> None:
    # At a clock reading where `start + window` rounds to exactly now, the oldest start used
    # to stay in the window while the computed wait was 0: every caller went through at once.
    clock = FakeClock(seconds=origin)
    starts = await clock.run(acquire_times(clock, make_limiter(clock, 3), 9))
    expected = [origin + 1.01 * (i // 3) for i in range(9)]
    assert starts == pytest.approx(expected)
    assert busiest_window(starts) == 3


@pytest.mark.parametrize(("seed", "origin"), [(1, 0.0), (2, 5.0), (3, 12_345.678), (4, 0.1)])
async def test_never_more_than_rate_in_any_window_over_1000_starts(
    seed: int, origin: float
) -> None:
    clock = FakeClock(seconds=origin)
    limiter = make_limiter(clock, 30)
    pauses = gaps(seed)

    async def scenario() -> list[float]:
        starts = []
        for _ in range(1000):
            await clock.sleep(next(pauses))
            await start_one(limiter)
            starts.append(clock.monotonic())
        return starts

    starts = await clock.run(scenario())
    assert len(starts) == 1000
    assert busiest_window(starts) == 30


async def test_never_more_than_rate_in_any_window_with_concurrent_callers() -> None:
    clock = FakeClock(seconds=5.0)
    limiter = make_limiter(clock, 30)
    starts: list[float] = []

    async def caller(seed: int) -> None:
        pauses = gaps(seed)
        for _ in range(25):
            await clock.sleep(next(pauses))
            await start_one(limiter)
            starts.append(clock.monotonic())

    async def scenario() -> None:
        await asyncio.gather(*(caller(seed) for seed in range(40)))

    await clock.run(scenario())
    assert len(starts) == 1000
    assert busiest_window(starts) == 30


async def test_300_starts_at_30_per_second_take_9_09_seconds() -> None:
    # Ten bursts of 30, the k-th at k * 1.01 s: the last starts at 9 * 1.01 = 9.09 s, against
    # an ideal 9.0 s with an exact one-second window (the 1% margin costs 0.09 s).
    clock = FakeClock()
    starts = await clock.run(acquire_times(clock, make_limiter(clock, 30), 300))
    assert busiest_window(starts) == 30
    assert starts[-1] == pytest.approx(9 * 1.01)
    assert starts == pytest.approx([1.01 * (i // 30) for i in range(300)])


async def test_hold_delays_next_start_by_its_seconds() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock, 30)

    async def scenario() -> list[float]:
        await start_one(limiter)
        limiter.hold(2)
        return await acquire_times(clock, limiter, 2)

    assert await clock.run(scenario()) == [2.0, 2.0]
    assert clock.sleeps == [2.0]


async def test_shorter_hold_does_not_shorten_longer_one() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock, 30)

    async def scenario() -> list[float]:
        limiter.hold(5)
        limiter.hold(1)
        return await acquire_times(clock, limiter, 1)

    assert await clock.run(scenario()) == [5.0]


async def test_hold_that_has_passed_delays_nothing() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock, 30)

    async def scenario() -> list[float]:
        limiter.hold(2)
        await clock.sleep(3)
        return await acquire_times(clock, limiter, 1)

    assert await clock.run(scenario()) == [3.0]


async def test_hold_extends_a_wait_already_under_way() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock, 1)

    async def hold_later() -> None:
        await clock.sleep(0.5)
        limiter.hold(2)

    async def scenario() -> list[float]:
        await start_one(limiter)
        waiting = asyncio.ensure_future(acquire_times(clock, limiter, 1))
        await hold_later()
        return await waiting

    assert await clock.run(scenario()) == [2.5]


async def test_a_send_counts_until_one_window_after_its_answer() -> None:
    # The first send is answered 0.3 s after it starts, so the server may have counted it as
    # late as 0.3 s: the 31st start waits until 1.3 s, not 1.0 s.
    clock = FakeClock()
    limiter = make_limiter(clock, 30, window=1.0)

    async def scenario() -> list[float]:
        await limiter.acquire()
        await clock.sleep(0.3)
        limiter.release()
        return await acquire_times(clock, limiter, 30)

    starts = await clock.run(scenario())
    assert starts == [0.3] * 29 + [1.3]


async def test_with_every_slot_under_way_the_next_start_waits_for_an_answer() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock, 2, window=1.0)

    async def answer_later() -> None:
        await clock.sleep(4.0)
        limiter.release()

    async def scenario() -> list[float]:
        await limiter.acquire()
        await limiter.acquire()
        answering = asyncio.ensure_future(answer_later())
        starts = await acquire_times(clock, limiter, 1)
        await answering
        return starts

    assert await clock.run(scenario()) == [5.0]


# Dispatcher.deliver


async def test_success_returns_the_sends_result() -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, SENT)
    assert await clock.run(make_dispatcher(clock).deliver(send)) == SENT
    assert send.calls == [0.0]
    assert clock.sleeps == []


async def test_429_is_waited_out_then_sent() -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, retry_after(2), SENT)
    assert await clock.run(make_dispatcher(clock).deliver(send)) == SENT
    assert send.calls == [0.0, 2.0]
    assert clock.sleeps == [2.0]


async def test_429s_do_not_count_against_max_attempts() -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, retry_after(1), retry_after(2), retry_after(3), bad_gateway(), SENT)
    result = await clock.run(make_dispatcher(clock, max_attempts=2).deliver(send))
    assert result == SENT
    assert send.calls == [0.0, 1.0, 3.0, 6.0, 6.5]
    assert clock.sleeps == [1.0, 2.0, 3.0, 0.5]


async def test_429_between_network_errors_neither_counts_nor_resets() -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, bad_gateway(), retry_after(2), bad_gateway(), SENT)
    result = await clock.run(make_dispatcher(clock, max_attempts=2).deliver(send))
    assert result == SendResult(SendStatus.FAILED)
    assert send.calls == [0.0, 0.5, 2.5]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_429_with_retry_after_as_int_is_waited_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PTB_TIMEDELTA")
    clock = FakeClock()
    error = retry_after(2)
    with pytest.warns(PTBDeprecationWarning):
        assert error.retry_after == 2
    send = ScriptedSend(clock, error, SENT)
    assert await clock.run(make_dispatcher(clock).deliver(send)) == SENT
    assert send.calls == [0.0, 2.0]


async def test_429_pauses_every_sender() -> None:
    clock = FakeClock()
    dispatcher = make_dispatcher(clock)
    limited = ScriptedSend(clock, retry_after(2), SENT)
    other = ScriptedSend(clock, SENT)

    async def other_later() -> SendResult:
        await clock.sleep(0.5)
        return await dispatcher.deliver(other)

    async def scenario() -> list[SendResult]:
        return list(await asyncio.gather(dispatcher.deliver(limited), other_later()))

    assert await clock.run(scenario()) == [SENT, SENT]
    assert limited.calls == [0.0, 2.0]
    assert other.calls == [2.0]


async def test_timed_out_is_maybe_sent_and_never_resent() -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, TimedOut(), SENT)
    result = await clock.run(make_dispatcher(clock).deliver(send))
    assert result == SendResult(SendStatus.MAYBE_SENT)
    assert send.calls == [0.0]
    assert clock.sleeps == []


async def test_timed_out_after_a_retry_is_not_resent_either() -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, bad_gateway(), TimedOut(), SENT)
    result = await clock.run(make_dispatcher(clock).deliver(send))
    assert result == SendResult(SendStatus.MAYBE_SENT)
    assert send.calls == [0.0, 0.5]


async def test_forbidden_is_blocked_after_one_attempt() -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, blocked(), SENT)
    result = await clock.run(make_dispatcher(clock).deliver(send))
    assert result == SendResult(SendStatus.BLOCKED)
    assert send.calls == [0.0]


async def test_bad_request_is_failed_after_one_attempt() -> None:
    # BadRequest subclasses NetworkError in PTB, yet must not be retried.
    clock = FakeClock()
    send = ScriptedSend(clock, BadRequest("Chat not found"), SENT)
    result = await clock.run(make_dispatcher(clock).deliver(send))
    assert result == SendResult(SendStatus.FAILED)
    assert send.calls == [0.0]
    assert clock.sleeps == []


@pytest.mark.parametrize(
    "error",
    [
        TelegramError("Something odd"),
        Conflict("Conflict: terminated by other getUpdates request"),
        ChatMigrated(new_chat_id=-1001234567890),
        InvalidToken(),
        EndPointNotFound("Not Found"),
    ],
    ids=lambda error: type(error).__name__,
)
async def test_other_telegram_errors_fail_after_one_attempt(error: TelegramError) -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, error, SENT)
    result = await clock.run(make_dispatcher(clock).deliver(send))
    assert result == SendResult(SendStatus.FAILED)
    assert send.calls == [0.0]


async def test_network_error_twice_then_sent_with_backoff() -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, bad_gateway(), bad_gateway(), SENT)
    assert await clock.run(make_dispatcher(clock).deliver(send)) == SENT
    assert send.calls == [0.0, 0.5, 1.5]
    assert clock.sleeps == [0.5, 1.0]


@pytest.mark.parametrize("max_attempts", [1, 3, 5])
async def test_network_error_always_fails_after_max_attempts(max_attempts: int) -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, bad_gateway())
    dispatcher = make_dispatcher(clock, max_attempts=max_attempts)
    assert await clock.run(dispatcher.deliver(send)) == SendResult(SendStatus.FAILED)
    assert len(send.calls) == max_attempts
    assert clock.sleeps == [0.5 * 2**k for k in range(max_attempts - 1)]


async def test_backoff_doubles_from_backoff_seconds() -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, bad_gateway())
    dispatcher = make_dispatcher(clock, max_attempts=4, backoff_seconds=0.25)
    assert await clock.run(dispatcher.deliver(send)) == SendResult(SendStatus.FAILED)
    assert clock.sleeps == [0.25, 0.5, 1.0]
    assert send.calls == [0.0, 0.25, 0.75, 1.75]


async def test_retries_go_through_the_rate_limit() -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, bad_gateway(), SENT)
    assert await clock.run(make_dispatcher(clock, rate=1).deliver(send)) == SENT
    assert send.calls == [0.0, 1.01]
    assert clock.sleeps == pytest.approx([0.5, 0.51])


async def test_unexpected_error_propagates() -> None:
    clock = FakeClock()
    send = ScriptedSend(clock, ValueError("bug in send"))
    with pytest.raises(ValueError, match="bug in send"):
        await clock.run(make_dispatcher(clock).deliver(send))
    assert send.calls == [0.0]


# Dispatcher.deliver_stream


async def deliver_all(
    dispatcher: Dispatcher,
    items: Iterable[int],
    prepare: Callable[[int], Awaitable[Request | SendResult]],
    done: Callable[[int, SendResult, Request | None], Awaitable[None]],
) -> list[SendResult]:
    """Deliver the items as one batch of a stream."""

    async def one_batch() -> AsyncIterator[list[int]]:
        yield list(items)

    return await dispatcher.deliver_stream(one_batch(), prepare, done)


def prepared(
    send: Callable[[int], Awaitable[SendResult]],
) -> Callable[[int], Awaitable[Request | SendResult]]:
    """Turn a plain send into a prepare step (nothing to prepare here)."""

    async def prepare(item: int) -> Request | SendResult:
        return lambda: send(item)

    return prepare


async def test_a_result_from_prepare_is_final_and_takes_no_slot() -> None:
    clock = FakeClock()
    dispatcher = make_dispatcher(clock, rate=1)
    recorded: list[tuple[int, SendResult]] = []

    async def prepare(item: int) -> Request | SendResult:
        return SendResult(SendStatus.SKIPPED)

    async def record(item: int, result: SendResult, _request: Request | None) -> None:
        recorded.append((item, result))

    results = await clock.run(deliver_all(dispatcher, range(50), prepare, record))

    assert results == [SendResult(SendStatus.SKIPPED)] * 50
    assert len(recorded) == 50
    assert clock.seconds == 0.0


class Recorder:
    """Sends that take `durations[item]` virtual seconds; notes in-flight counts and events."""

    def __init__(
        self,
        clock: FakeClock,
        durations: dict[int, float] | None = None,
        outcomes: dict[int, SendResult | Exception] | None = None,
    ) -> None:
        self._clock = clock
        self._durations = durations or {}
        self._outcomes = outcomes or {}
        self.in_flight = 0
        self.most_in_flight = 0
        self.starts: list[float] = []
        self.events: list[tuple[str, int, float]] = []
        self.done: list[tuple[int, SendResult]] = []

    async def send(self, item: int) -> SendResult:
        self.starts.append(self._clock.monotonic())
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if self._durations.get(item):
                await self._clock.sleep(self._durations[item])
            outcome = self._outcomes.get(item, SendResult(SendStatus.SENT, message_id=item))
            if isinstance(outcome, Exception):
                raise outcome
            return outcome
        finally:
            self.in_flight -= 1
            self.events.append(("sent", item, self._clock.monotonic()))

    async def record(self, item: int, result: SendResult, _request: Request | None) -> None:
        self.events.append(("done", item, self._clock.monotonic()))
        self.done.append((item, result))


async def test_deliver_all_returns_results_in_item_order() -> None:
    clock = FakeClock()
    recorder = Recorder(clock, durations={0: 3.0, 1: 2.0, 2: 1.0, 3: 0.0})
    dispatcher = make_dispatcher(clock)
    results = await clock.run(
        deliver_all(dispatcher, range(4), prepared(recorder.send), recorder.record)
    )
    assert [result.message_id for result in results] == [0, 1, 2, 3]
    assert [item for item, _ in recorder.done] == [3, 2, 1, 0]


async def test_deliver_all_calls_done_right_after_each_send() -> None:
    clock = FakeClock()
    recorder = Recorder(clock, durations={0: 2.0, 1: 1.0, 2: 3.0})
    dispatcher = make_dispatcher(clock)
    await clock.run(deliver_all(dispatcher, [0, 1, 2], prepared(recorder.send), recorder.record))
    assert recorder.events == [
        ("sent", 1, 1.0),
        ("done", 1, 1.0),
        ("sent", 0, 2.0),
        ("done", 0, 2.0),
        ("sent", 2, 3.0),
        ("done", 2, 3.0),
    ]


async def test_deliver_all_calls_done_once_per_item_with_its_result() -> None:
    clock = FakeClock()
    outcomes: dict[int, SendResult | Exception] = {
        1: TimedOut(),
        2: blocked(),
        3: BadRequest("Chat not found"),
        4: SendResult(SendStatus.SKIPPED),
    }
    recorder = Recorder(clock, outcomes=outcomes)
    dispatcher = make_dispatcher(clock)
    results = await clock.run(
        deliver_all(dispatcher, range(5), prepared(recorder.send), recorder.record)
    )
    expected = [
        SendResult(SendStatus.SENT, message_id=0),
        SendResult(SendStatus.MAYBE_SENT),
        SendResult(SendStatus.BLOCKED),
        SendResult(SendStatus.FAILED),
        SendResult(SendStatus.SKIPPED),
    ]
    assert results == expected
    assert sorted(recorder.done, key=lambda pair: pair[0]) == list(enumerate(expected))
    assert len(recorder.done) == 5


async def test_deliver_all_retries_one_item_without_holding_up_the_rest() -> None:
    clock = FakeClock()
    recorder = Recorder(clock, outcomes={1: bad_gateway()})
    dispatcher = make_dispatcher(clock, max_attempts=3)
    results = await clock.run(
        deliver_all(dispatcher, range(3), prepared(recorder.send), recorder.record)
    )
    assert [result.status for result in results] == [
        SendStatus.SENT,
        SendStatus.FAILED,
        SendStatus.SENT,
    ]
    assert recorder.events[-2:] == [("sent", 1, 1.5), ("done", 1, 1.5)]
    assert ("done", 2, 0.0) in recorder.events


@pytest.mark.parametrize("concurrency", [1, 3, 4, 16])
async def test_deliver_all_never_runs_more_than_concurrency_sends(concurrency: int) -> None:
    clock = FakeClock()
    recorder = Recorder(clock, durations=dict.fromkeys(range(20), 1.0))
    dispatcher = make_dispatcher(clock, concurrency=concurrency)
    results = await clock.run(
        deliver_all(dispatcher, range(20), prepared(recorder.send), recorder.record)
    )
    assert len(results) == 20
    assert recorder.most_in_flight == concurrency
    assert clock.seconds == math.ceil(20 / concurrency) * 1.0


@pytest.mark.parametrize(("rate", "expected"), [(30, 16), (100, 16), (1000, 150)])
async def test_the_sends_in_flight_grow_with_the_rate(rate: int, expected: int) -> None:
    clock = FakeClock()
    recorder = Recorder(clock, durations=dict.fromkeys(range(400), 1.0))
    dispatcher = Dispatcher(rate, sleep=clock.sleep, limiter=make_limiter(clock, rate))
    await clock.run(deliver_all(dispatcher, range(400), prepared(recorder.send), recorder.record))
    assert recorder.most_in_flight == expected


async def test_deliver_all_with_no_items_sends_nothing() -> None:
    clock = FakeClock()
    recorder = Recorder(clock)
    results = await clock.run(
        deliver_all(make_dispatcher(clock), [], prepared(recorder.send), recorder.record)
    )
    assert results == []
    assert recorder.done == []


async def test_deliver_all_accepts_a_one_shot_iterable() -> None:
    clock = FakeClock()
    recorder = Recorder(clock)
    items = (item for item in range(3))
    dispatcher = make_dispatcher(clock)
    results = await clock.run(
        deliver_all(dispatcher, items, prepared(recorder.send), recorder.record)
    )
    assert [result.message_id for result in results] == [0, 1, 2]


async def test_deliver_all_300_sends_at_30_per_second_take_9_09_seconds() -> None:
    clock = FakeClock()
    recorder = Recorder(clock)
    dispatcher = make_dispatcher(clock, rate=30)
    results = await clock.run(
        deliver_all(dispatcher, range(300), prepared(recorder.send), recorder.record)
    )
    assert len(results) == 300
    assert len(recorder.done) == 300
    assert busiest_window(recorder.starts) == 30
    assert max(recorder.starts) == pytest.approx(9 * 1.01)
    assert clock.seconds == pytest.approx(9 * 1.01)


async def test_deliver_all_429_pauses_the_other_items() -> None:
    clock = FakeClock()
    limited = ScriptedSend(clock, retry_after(2), SENT)
    recorder = Recorder(clock, durations={0: 1.0, 2: 1.0, 3: 1.0})

    async def send(item: int) -> SendResult:
        return await (limited() if item == 1 else recorder.send(item))

    dispatcher = make_dispatcher(clock, concurrency=2)
    results = await clock.run(deliver_all(dispatcher, range(4), prepared(send), recorder.record))
    assert results[1] == SENT
    assert [results[i].message_id for i in (0, 2, 3)] == [0, 2, 3]
    assert limited.calls == [0.0, 2.0]
    # Item 0 was under way already; item 2 got a free slot at 1.0 but waited out the 429.
    assert recorder.starts == [0.0, 2.0, 2.0]


async def test_even_spacing_starts_one_every_window_over_rate() -> None:
    clock = FakeClock()
    starts = await clock.run(acquire_times(clock, make_even_limiter(clock, 30), 5))
    expected = [round(n * WINDOW_SECONDS / 30, 9) for n in range(5)]
    assert [round(start, 9) for start in starts] == expected


async def test_even_spacing_never_lets_more_than_rate_into_any_window() -> None:
    clock = FakeClock()
    starts = await clock.run(acquire_times(clock, make_even_limiter(clock, 30), 300))
    # Starts are planned on a grid, so a start may be a rounding error (far below any clock's
    # resolution) off its window's edge.
    busiest = busiest_window(starts, WINDOW_SECONDS - 1e-9)
    assert busiest == 30
    assert round(starts[-1], 6) == round(299 * WINDOW_SECONDS / 30, 6)


async def test_even_spacing_does_not_add_up_late_wake_ups() -> None:
    # Every sleep ends 2 ms late, as a busy event loop's do. The starts keep to their grid;
    # only a window's first start, which waits on an answer that came 2 ms late, slips by 2 ms
    # (10 windows: 20 ms in all, where planning from each late start would lose 0.6 s).
    clock = FakeClock()
    limiter = RateLimiter(30, clock=clock.monotonic, sleep=lambda s: clock.sleep(s + 0.002))
    starts = await clock.run(acquire_times(clock, limiter, 301))
    assert round(starts[-1], 3) == round(300 * WINDOW_SECONDS / 30 + 10 * 0.002, 3)


async def test_deliver_all_carries_on_past_an_item_that_fails_unexpectedly() -> None:
    clock = FakeClock()
    recorded: list[int] = []

    async def prepare(item: int) -> Request | SendResult:
        if item == 2:
            raise ValueError("database is locked")
        return SENT

    async def record(item: int, result: SendResult, _request: Request | None) -> None:
        recorded.append(item)

    dispatcher = make_dispatcher(clock, concurrency=2)
    results = await clock.run(deliver_all(dispatcher, range(5), prepare, record))

    assert results == [SENT] * 4
    assert sorted(recorded) == [0, 1, 3, 4]


async def test_deliver_stream_takes_batches_as_they_come_and_keeps_their_order() -> None:
    clock = FakeClock()
    claimed: list[int] = []
    recorder = Recorder(clock)

    async def batches() -> AsyncIterator[list[int]]:
        for batch in ([0, 1, 2], [3, 4], [5]):
            claimed.append(len(batch))
            yield batch

    dispatcher = make_dispatcher(clock, concurrency=2)
    results = await clock.run(
        dispatcher.deliver_stream(batches(), prepared(recorder.send), recorder.record)
    )

    assert claimed == [3, 2, 1]
    assert results == [SendResult(SendStatus.SENT, message_id=item) for item in range(6)]


async def stream_starts(claim_seconds: float) -> tuple[list[float], list[tuple[int, int]]]:
    """Send three batches of three, each claim taking `claim_seconds`; when each send began,
    and for each batch how many sends had begun when its claim started."""
    clock = FakeClock()
    recorder = Recorder(clock)
    fetched: list[tuple[int, int]] = []

    async def batches() -> AsyncIterator[list[int]]:
        for number, batch in enumerate(([0, 1, 2], [3, 4, 5], [6, 7, 8])):
            fetched.append((number, len(recorder.starts)))
            await clock.sleep(claim_seconds)
            yield batch

    dispatcher = make_dispatcher(clock, rate=3, concurrency=1)
    results = await clock.run(
        dispatcher.deliver_stream(batches(), prepared(recorder.send), recorder.record)
    )
    assert [result.message_id for result in results] == list(range(9))
    return [start - claim_seconds for start in recorder.starts], fetched


async def test_the_next_batch_is_fetched_while_this_one_is_sent_and_never_further() -> None:
    instant, _ = await stream_starts(0.0)
    slow, fetched = await stream_starts(0.5)

    # Batch 2 is claimed as soon as batch 1's sends begin, batch 3 only once batch 2's do.
    assert fetched == [(0, 0), (1, 0), (2, 3)]
    # After the first claim, slow claims hold up no send at all.
    assert slow == pytest.approx(instant)


class Budget:
    """The fleet's token bucket as storage keeps it (DeliveryRepository.draw_budget), in memory."""

    def __init__(self, clock: FakeClock) -> None:
        self._clock = clock
        self._tokens: float | None = None
        self._refreshed_at = 0.0
        self.draws = 0

    async def draw(self, count: int, refill_per_second: float) -> float:
        now = self._clock.monotonic()
        if self._tokens is None:
            self._tokens = float(count)
        else:
            elapsed = now - self._refreshed_at
            self._tokens = min(count, self._tokens + refill_per_second * elapsed)
        self._refreshed_at = now
        self._tokens -= count
        self.draws += 1
        return max(0.0, -self._tokens / refill_per_second)


@pytest.mark.parametrize("rate", [30, 1000])
async def test_three_senders_drawing_from_one_budget_stay_within_the_cap_together(
    rate: int,
) -> None:
    clock = FakeClock()
    budget = Budget(clock)
    senders = [
        FleetLimiter(rate, budget.draw, clock=clock.monotonic, sleep=clock.sleep) for _ in range(3)
    ]
    starts: list[float] = []

    async def send_all(limiter: FleetLimiter) -> None:
        for _ in range(rate * 2):
            await limiter.acquire()
            starts.append(clock.monotonic())
            limiter.release()

    await clock.run(asyncio.gather(*(send_all(limiter) for limiter in senders)))

    assert busiest_window(starts, WINDOW_SECONDS) <= rate
    # Together they still send near their share of the cap.
    took = max(starts) - min(starts)
    assert took < len(starts) / (rate * FLEET_SHARE) * 1.05
    assert budget.draws == len(senders) * math.ceil(rate * 2 / fleet_draw_size(rate))
