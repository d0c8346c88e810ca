"""Follow-up calls that may wait (taking old buttons off): made between runs, never before a nudge.

After a fan-out, every person who left yesterday's prompt untapped has one edit to make. Made
one by one inside the run, they held up every nudge due meanwhile (18 edits a second at a
50 ms round trip). Here they wait in a queue and go through the dispatcher concurrently, in
the same rate budget, only while no run is sending: a run pauses them before its first claim,
so at most the edits already under way (one round trip) stand between a minute and its
nudges. An edit that has waited longer than its horizon is dropped: a tap on a button left
behind finds it stale and says so, as it always did.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from scheduler.dispatcher import Dispatcher
from scheduler.sending import Request

log = logging.getLogger("smallsteps.tidying")

# How long an edit may wait for a quiet moment. A whole crowded hour of nudges comes first;
# an edit older than that is for buttons the person has most likely met already.
TIDY_HORIZON_SECONDS = 3600.0


@dataclass(frozen=True)
class Counts:
    """What became of the queued follow-up calls so far."""

    made: int
    dropped: int
    pending: int


class Tidying:
    """A queue of requests made concurrently through a dispatcher whenever it is not paused."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        *,
        horizon_seconds: float = TIDY_HORIZON_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        counted: Callable[[str, int], None] = lambda _outcome, _count: None,
    ) -> None:
        self._dispatcher = dispatcher
        self._horizon = horizon_seconds
        self._clock = clock
        # Told how many were "made" or "dropped", as it happens (the operator's counts).
        self._counted = counted
        self._queue: deque[tuple[float, Request]] = deque()
        # Set while a run sends (and once stopping): no queued request begins then.
        self._paused = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._made = 0
        self._dropped = 0

    @property
    def counts(self) -> Counts:
        """How many were made, dropped, and are still waiting."""
        return Counts(self._made, self._dropped, len(self._queue))

    def add(self, requests: Iterable[Request]) -> None:
        """Queue requests to make once nothing more urgent is sending."""
        queued_at = self._clock()
        self._queue.extend((queued_at, request) for request in requests)

    def pause(self) -> None:
        """Begin no queued request until `resume`; those under way finish."""
        self._paused.set()

    def resume(self) -> None:
        """Make what is queued, in the background, until done or paused again."""
        self._paused.clear()
        if self._queue and (self._task is None or self._task.done()):
            self._task = asyncio.create_task(self._drain(), name="tidying")

    async def settled(self) -> None:
        """Wait until the background work in progress (if any) is over."""
        if self._task is not None:
            await asyncio.wait((self._task,))

    async def stop(self) -> None:
        """Begin nothing more; let what is under way finish; drop what is left."""
        self.pause()
        await self.settled()
        left = len(self._queue)
        self._queue.clear()
        self._dropped += left
        self._counted("dropped", left)
        if left:
            log.info("tidying dropped at stop count=%d", left)

    async def _drain(self) -> None:
        """Workers take queued requests until the queue is empty or a pause comes."""
        dropped_before = self._dropped
        async with asyncio.TaskGroup() as group:
            for _ in range(self._dispatcher.concurrency):
                group.create_task(self._work())
        if self._dropped > dropped_before:
            log.info(
                "tidying dropped edits past the horizon count=%d", self._dropped - dropped_before
            )

    async def _work(self) -> None:
        """Make one queued request after another; a paused one goes back to the front."""
        while self._queue and not self._paused.is_set():
            queued_at, request = self._queue.popleft()
            if self._clock() - queued_at > self._horizon:
                self._dropped += 1
                self._counted("dropped", 1)
                continue
            try:
                result = await self._dispatcher.deliver_once(request, self._paused)
            except Exception:
                # An edit is a courtesy: one that fails oddly is never worth stopping the rest.
                log.exception("a tidying call failed unexpectedly")
                continue
            if result is None:
                self._queue.appendleft((queued_at, request))  # paused before it began
                return
            self._made += 1
            self._counted("made", 1)
