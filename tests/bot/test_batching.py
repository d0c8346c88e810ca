"""Group commit: what arrives together runs as one batch, and one failure stays one failure."""

from __future__ import annotations

import asyncio

import pytest

from bot.services.batching import GroupCommit


class Recorder:
    """A batch runner that records every batch it was handed and doubles each number."""

    def __init__(self, refuse: set[int] | None = None) -> None:
        self.batches: list[list[int]] = []
        self.refuse = refuse or set()

    async def run(self, items: list[int]) -> list[int]:
        self.batches.append(list(items))
        await asyncio.sleep(0)  # a transaction's round trip
        if self.refuse & set(items):
            raise ValueError("refused")
        return [item * 2 for item in items]


async def test_a_lone_item_runs_at_once_in_a_batch_of_its_own() -> None:
    recorder = Recorder()
    commit = GroupCommit(recorder.run)

    actual = await commit.submit(21)

    assert (actual, recorder.batches) == (42, [[21]])


async def test_items_handed_in_together_share_one_batch_and_get_their_own_results() -> None:
    recorder = Recorder()
    commit = GroupCommit(recorder.run)

    actual = await asyncio.gather(*(commit.submit(n) for n in range(5)))

    assert (actual, recorder.batches) == ([0, 2, 4, 6, 8], [[0, 1, 2, 3, 4]])


async def test_items_arriving_during_a_batch_form_the_next_one() -> None:
    recorder = Recorder()
    commit = GroupCommit(recorder.run)
    first = asyncio.create_task(commit.submit(1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)  # the first batch is now waiting on its round trip
    later = [asyncio.create_task(commit.submit(n)) for n in (2, 3)]

    actual = await asyncio.gather(first, *later)

    assert (actual, recorder.batches) == ([2, 4, 6], [[1], [2, 3]])


async def test_a_batch_never_grows_past_its_limit() -> None:
    recorder = Recorder()
    commit = GroupCommit(recorder.run, max_batch=2)

    actual = await asyncio.gather(*(commit.submit(n) for n in range(5)))

    assert (actual, recorder.batches) == ([0, 2, 4, 6, 8], [[0, 1], [2, 3], [4]])


async def test_a_failing_item_fails_alone_and_the_others_are_retried_one_by_one() -> None:
    recorder = Recorder(refuse={2})
    commit = GroupCommit(recorder.run)

    actual = await asyncio.gather(*(commit.submit(n) for n in (1, 2, 3)), return_exceptions=True)

    assert actual[0::2] == [2, 6]
    assert isinstance(actual[1], ValueError)
    assert recorder.batches == [[1, 2, 3], [1], [2], [3]]


async def test_a_failure_that_is_nobodys_fault_fails_the_batch_once() -> None:
    recorder = Recorder(refuse={2})
    commit = GroupCommit(recorder.run, one_items_fault=lambda error: False)

    actual = await asyncio.gather(*(commit.submit(n) for n in (1, 2, 3)), return_exceptions=True)

    assert [type(outcome) for outcome in actual] == [ValueError, ValueError, ValueError]
    assert recorder.batches == [[1, 2, 3]]


async def test_a_caller_that_gives_up_does_not_stop_its_item_or_the_batch() -> None:
    recorder = Recorder()
    commit = GroupCommit(recorder.run)
    impatient = asyncio.create_task(commit.submit(1))
    patient = asyncio.create_task(commit.submit(2))
    await asyncio.sleep(0)

    impatient.cancel()

    assert await patient == 4
    assert recorder.batches == [[1, 2]]
    with pytest.raises(asyncio.CancelledError):
        await impatient


async def test_callers_are_not_left_waiting_when_the_batch_itself_is_cancelled() -> None:
    started = asyncio.Event()

    async def hangs(items: list[int]) -> list[int]:
        started.set()
        await asyncio.Event().wait()
        return items

    commit = GroupCommit(hangs)
    waiting = asyncio.create_task(commit.submit(1))
    await started.wait()

    for task in asyncio.all_tasks():
        if task.get_name() == "group-commit":
            task.cancel()

    with pytest.raises(asyncio.CancelledError):
        await waiting
