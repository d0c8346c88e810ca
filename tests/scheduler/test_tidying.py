"""Tests for scheduler.tidying: follow-up calls made only while no run sends."""

from __future__ import annotations

import asyncio

from scheduler.dispatcher import Dispatcher
from scheduler.sending import Request, SendResult, SendStatus
from scheduler.tidying import Counts, Tidying

DONE = SendResult(SendStatus.SENT, message_id=1)


class Calls:
    """Requests that note their number when made, each held until `go` is set."""

    def __init__(self) -> None:
        self.made: list[int] = []
        self.begun = 0
        self.four_begun = asyncio.Event()
        self.go = asyncio.Event()
        self.go.set()

    def request(self, number: int) -> Request:
        async def call() -> SendResult:
            self.begun += 1
            if self.begun == 4:
                self.four_begun.set()
            await self.go.wait()
            self.made.append(number)
            return DONE

        return call


class Clock:
    """Seconds that move only when told."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def tidying(clock: Clock | None = None) -> Tidying:
    dispatcher = Dispatcher(1000, concurrency=4)
    return Tidying(dispatcher, horizon_seconds=60, clock=clock or Clock())


async def test_nothing_queued_is_made_until_resumed() -> None:
    calls, queue = Calls(), tidying()
    queue.pause()
    queue.add(calls.request(n) for n in range(10))
    await asyncio.sleep(0)
    before = list(calls.made)

    queue.resume()
    await queue.settled()

    assert before == []
    assert sorted(calls.made) == list(range(10))
    assert queue.counts == Counts(made=10, dropped=0, pending=0)


async def test_a_pause_lets_calls_under_way_finish_and_begins_no_more() -> None:
    calls, queue = Calls(), tidying()
    calls.go.clear()
    queue.add(calls.request(n) for n in range(20))
    queue.resume()
    await calls.four_begun.wait()  # the four workers each begin one call and wait on it

    queue.pause()
    calls.go.set()
    await queue.settled()
    during_the_pause = sorted(calls.made)
    queue.resume()
    await queue.settled()

    assert during_the_pause == [0, 1, 2, 3]
    assert sorted(calls.made) == list(range(20))  # none lost, none twice
    assert queue.counts == Counts(made=20, dropped=0, pending=0)


async def test_what_waited_past_its_horizon_is_dropped() -> None:
    clock, calls = Clock(), Calls()
    queue = tidying(clock)
    queue.pause()
    queue.add(calls.request(n) for n in range(3))
    clock.now = 61
    queue.add([calls.request(3)])

    queue.resume()
    await queue.settled()

    assert calls.made == [3]
    assert queue.counts == Counts(made=1, dropped=3, pending=0)


async def test_a_stop_drops_what_is_left() -> None:
    calls, queue = Calls(), tidying()
    queue.pause()
    queue.add(calls.request(n) for n in range(5))

    await queue.stop()
    queue.resume()
    await queue.settled()

    assert calls.made == []
    assert queue.counts == Counts(made=0, dropped=5, pending=0)


async def test_one_call_failing_oddly_never_stops_the_others() -> None:
    calls, queue = Calls(), tidying()

    async def broken() -> SendResult:
        raise RuntimeError("a bug in one edit")

    queue.add([broken, *(calls.request(n) for n in range(6))])
    queue.resume()
    await queue.settled()

    assert sorted(calls.made) == list(range(6))
    assert queue.counts == Counts(made=6, dropped=0, pending=0)
