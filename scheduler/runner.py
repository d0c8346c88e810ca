"""The one scheduled job: every minute on the minute, send whatever is due."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.core.clock import Clock
from bot.services.deliveries import Claimed, DeliveryService
from scheduler.dispatcher import Dispatcher, Request, SendResult, SendStatus
from scheduler.leader import SenderLock

log = logging.getLogger("smallsteps.scheduler")

JOB_ID = "deliver-due"
STANDBY_JOB_ID = "stand-by"
# How soon another instance notices that the sender died and takes over.
STANDBY_SECONDS = 10


class Sender(Protocol):
    """Turns a claimed delivery into one request, and records what became of it."""

    async def prepare(self, claimed: Claimed) -> Request | SendResult:
        """Do the slow work first; return the one request to make, or why there is none."""

    async def finish(self, claimed: Claimed, result: SendResult) -> None:
        """Record how the send went."""

    async def tidy(self, deliver: Callable[[Request], Awaitable[SendResult]]) -> None:
        """Once a fan-out is done, make any follow-up calls it left, through `deliver`."""


class DeliveryLoop:
    """Claims due deliveries batch by batch and sends them through the dispatcher."""

    def __init__(
        self,
        deliveries: DeliveryService,
        dispatcher: Dispatcher,
        sender: Sender,
        clock: Clock,
        sender_lock: SenderLock,
    ) -> None:
        self._deliveries = deliveries
        self._dispatcher = dispatcher
        self._sender = sender
        self._clock = clock
        self._sender_lock = sender_lock
        self._stopping = False
        # Held while a run is under way: the stand-by check and the minute job can meet, and
        # a run only ever takes up abandoned claims from before it started, never another's.
        self._running = asyncio.Lock()

    async def run_once(self, now: datetime | None = None) -> list[SendResult]:
        """Send everything due at `now` (default: the clock); claims no more once stopping."""
        async with self._running:
            if self._stopping or not await self._sender_lock.hold():
                return []
            results = await self._dispatcher.deliver_stream(
                self._batches(now), self._sender.prepare, self._sender.finish
            )
            if not self._stopping:
                await self._sender.tidy(self._dispatcher.deliver)
        if results:
            sent = sum(r.status is SendStatus.SENT for r in results)
            log.info("deliveries done total=%d sent=%d", len(results), sent)
        return results

    async def _batches(self, now: datetime | None) -> AsyncIterator[list[Claimed]]:
        """Due deliveries, a claimed batch at a time, until none are left or stopping."""
        # The dispatcher claims the next batch only as sending starts on this one: claims
        # never run more than a batch ahead of what is actually being sent.
        started = now or self._clock()
        while not self._stopping and (
            batch := await self._deliveries.claim_due(now or self._clock(), run_started=started)
        ):
            yield batch

    async def stand_by(self) -> None:
        """On an instance that is not the sender: take over at once if the sender is gone."""
        if not self._sender_lock.held:
            await self.run_once()

    async def stop(self, grace_seconds: float) -> None:
        """Finish the batch in flight (for at most `grace_seconds`) and send no more."""
        self._stopping = True
        try:
            await asyncio.wait_for(self._running.acquire(), grace_seconds)
        except TimeoutError:
            log.warning("stopped while a batch was still sending; it will be retried")
        else:
            self._running.release()
        await self._sender_lock.release()


def create_scheduler(loop: DeliveryLoop) -> AsyncIOScheduler:
    """The job at second 0 of every minute (and once at start), plus a sender stand-by check."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    scheduler.add_job(
        loop.run_once,
        CronTrigger(second=0, timezone=UTC),
        id=JOB_ID,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
        next_run_time=datetime.now(UTC),
    )
    scheduler.add_job(
        loop.stand_by,
        IntervalTrigger(seconds=STANDBY_SECONDS),
        id=STANDBY_JOB_ID,
        max_instances=1,
        coalesce=True,
    )
    return scheduler
