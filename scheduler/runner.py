"""The one scheduled job: every minute on the minute, send whatever is due."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

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


class DeliveryLoop:
    """Claims due deliveries batch by batch and sends them through the dispatcher."""

    def __init__(
        self,
        deliveries: DeliveryService,
        dispatcher: Dispatcher,
        prepare: Callable[[Claimed], Awaitable[Request | SendResult]],
        clock: Clock,
        sender_lock: SenderLock,
    ) -> None:
        self._deliveries = deliveries
        self._dispatcher = dispatcher
        self._prepare = prepare
        self._clock = clock
        self._sender_lock = sender_lock
        self._stopping = False
        self._idle = asyncio.Event()
        self._idle.set()

    async def run_once(self, now: datetime | None = None) -> list[SendResult]:
        """Send everything due at `now` (default: the clock); stops between batches on stop()."""
        self._idle.clear()
        results: list[SendResult] = []
        try:
            if not await self._sender_lock.hold():
                return results
            batch = await self._claim(now)
            while batch:
                # Claim the next batch while this one sends, so sending never waits on it.
                sending = asyncio.ensure_future(
                    self._dispatcher.deliver_all(batch, self._prepare, self._deliveries.finish)
                )
                next_batch = await self._claim(now)
                results += await sending
                batch = next_batch
        finally:
            self._idle.set()
        if results:
            sent = sum(r.status is SendStatus.SENT for r in results)
            log.info("deliveries done total=%d sent=%d", len(results), sent)
        return results

    async def _claim(self, now: datetime | None) -> list[Claimed]:
        """The next batch of due deliveries, or none once stopping."""
        if self._stopping:
            return []
        return await self._deliveries.claim_due(now or self._clock())

    async def stand_by(self) -> None:
        """On an instance that is not the sender: take over at once if the sender is gone."""
        if not self._sender_lock.held:
            await self.run_once()

    async def stop(self, grace_seconds: float) -> None:
        """Finish the batch in flight (for at most `grace_seconds`) and send no more."""
        self._stopping = True
        try:
            await asyncio.wait_for(self._idle.wait(), grace_seconds)
        except TimeoutError:
            log.warning("stopped while a batch was still sending; it will be retried")
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
