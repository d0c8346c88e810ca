"""Group commit: work that arrives together shares one transaction; work alone runs at once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

from sqlalchemy.exc import InterfaceError, OperationalError

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")

log = logging.getLogger("smallsteps.batching")

# A morning's replies arrive in bursts; a few dozen per transaction already makes the commit's
# cost vanish per reply, while keeping each transaction (and SQLite's write lock) short.
MAX_BATCH = 64

RunBatch = Callable[[list[ItemT]], Awaitable[list[ResultT]]]


def may_be_one_items_fault(error: Exception) -> bool:
    """Whether trying each item alone could help: not when the database itself failed."""
    # A lost connection or a lock that never came would fail every item again, one by one.
    return not isinstance(error, OperationalError | InterfaceError)


class GroupCommit(Generic[ItemT, ResultT]):
    """Hands items to `run_batch` in batches; each caller gets its own item's result.

    `run_batch` must be all or nothing (one transaction) and return one result per item, in
    order. When a batch fails in a way `one_items_fault` allows, each of its items is tried
    again alone, so one person's bad input or conflict fails only that person's call; any
    other failure (the database is down, say) fails the whole batch at once rather than once
    per item. Callers keep their own order: one item per person at a time.
    """

    def __init__(
        self,
        run_batch: RunBatch[ItemT, ResultT],
        max_batch: int = MAX_BATCH,
        one_items_fault: Callable[[Exception], bool] = may_be_one_items_fault,
    ) -> None:
        self._run_batch = run_batch
        self._max_batch = max_batch
        self._one_items_fault = one_items_fault
        self._waiting: list[tuple[ItemT, asyncio.Future[ResultT]]] = []
        self._drainer: asyncio.Task[None] | None = None

    async def submit(self, item: ItemT) -> ResultT:
        """Run `item` with whatever else arrives at the same moment, and return its result."""
        future: asyncio.Future[ResultT] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._drainer is None or self._drainer.done():
            self._drainer = asyncio.create_task(self._drain(), name="group-commit")
        # Shielded: a caller that gives up still has its item stored; it just misses the answer.
        return await asyncio.shield(future)

    async def _drain(self) -> None:
        """Run batches until nothing is waiting."""
        while self._waiting:
            # One turn of the loop lets every handler that is already running hand in its
            # item, so a burst forms one batch without waiting on a timer.
            await asyncio.sleep(0)
            batch = self._waiting[: self._max_batch]
            del self._waiting[: self._max_batch]
            try:
                await self._run(batch)
            finally:
                # Cancelled mid-batch (the loop is closing): nobody may wait forever.
                for _, future in batch:
                    if not future.done():
                        future.cancel()

    async def _run(self, batch: list[tuple[ItemT, asyncio.Future[ResultT]]]) -> None:
        """One transaction for the batch; on failure, one transaction per item."""
        try:
            results = await self._run_batch([item for item, _ in batch])
        except Exception as error:
            if len(batch) == 1 or not self._one_items_fault(error):
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                return
            log.warning("a batch of %d failed; trying each alone", len(batch))
            for entry in batch:
                await self._run([entry])
            return
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)
