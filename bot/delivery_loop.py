"""Each minute's run: claim what is due, batch by batch, and send it through the dispatcher.

The scheduler decides when a run happens (`scheduler/runner.py`); this is what a run does,
with the delivery service and the nudge sender.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from bot.core.clock import Clock
from bot.metrics import Metrics
from bot.services.deliveries import Claimed, DeliveryService
from scheduler.dispatcher import Dispatcher
from scheduler.leader import SenderLock
from scheduler.sending import Request, SendResult, SendStatus, WithdrawnError
from scheduler.tidying import Tidying

log = logging.getLogger("smallsteps.scheduler")


@dataclass(frozen=True)
class AfterSend:
    """What a send leaves to record: the check-in whose buttons its message carries, and older
    messages whose buttons come off once it is out."""

    carrying_checkin: int | None = None
    stale_message_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Prepared:
    """One request to make (exactly one Bot API call each time it is awaited), and what it
    leaves to record."""

    request: Request
    after: AfterSend = AfterSend()

    async def __call__(self) -> SendResult:
        """Make the call."""
        return await self.request()


class Sender(Protocol):
    """Turns a claimed delivery into one request, and records what became of it."""

    async def prepare(self, claimed: Claimed) -> Prepared | SendResult:
        """Do the slow work first; return the one request to make, or why there is none."""

    async def finish(self, claimed: Claimed, result: SendResult, after: AfterSend) -> None:
        """Record how the send went, and what it left to record."""

    def untidy(self) -> list[Request]:
        """The follow-up calls a fan-out left (old buttons to take off), handed over once."""


class DeliveryLoop:
    """Claims due deliveries batch by batch and sends them through the dispatcher."""

    def __init__(
        self,
        deliveries: DeliveryService,
        dispatcher: Dispatcher,
        sender: Sender,
        clock: Clock,
        sender_lock: SenderLock,
        metrics: Metrics | None = None,
    ) -> None:
        self._deliveries = deliveries
        self._dispatcher = dispatcher
        self._sender = sender
        self._clock = clock
        self._sender_lock = sender_lock
        self._stopping = asyncio.Event()
        # Held while a run is under way: the stand-by check and the minute job can meet, and
        # a run only ever takes up abandoned claims from before it started, never another's.
        self._running = asyncio.Lock()
        self._runs: set[asyncio.Task[list[SendResult]]] = set()
        self._last_lateness: float | None = None
        # Once a (UTC) day, in the background after a run: the forecast, and pruning.
        self._daily_on: date | None = None
        self._daily: asyncio.Task[None] | None = None
        # Claims taken whose send has not begun: what a stop hands back so the next sender
        # sends them at once.
        self._unsent: dict[int, Claimed] = {}
        self._metrics = metrics or Metrics()
        # Old buttons to take off: made between runs, so they never hold up a nudge.
        self.tidying = Tidying(dispatcher, counted=self._metrics.tidying_counted)
        # Claims taken and not yet recorded, for the operator's count.
        self._open: set[int] = set()
        self._metrics.watch_loop(lambda: len(self._open), lambda: self.tidying.counts.pending)
        self._metrics.watch_sender(lambda: sender_lock.held)

    async def run_once(self, now: datetime | None = None) -> list[SendResult]:
        """Send everything due at `now` (default: the clock); claims no more once stopping."""
        # The run is a task of its own: a stop lets its sends under way finish, even when the
        # scheduler cancels the job that started it.
        run = asyncio.ensure_future(self._run(now))
        self._runs.add(run)
        run.add_done_callback(self._runs.discard)
        return await asyncio.shield(run)

    async def run_scheduled(self) -> None:
        """`run_once` as the scheduler's job: a stop ending it is no error."""
        try:
            await self.run_once()
        except asyncio.CancelledError:
            # The scheduler cancels its jobs as the application stops; `stop` sees the run out.
            log.info("delivery job stopped with the application")

    async def stand_by(self) -> None:
        """On an instance that is not the sender: take over at once if the sender is gone."""
        if not self._sender_lock.held:
            await self.run_scheduled()

    async def settled(self) -> None:
        """Wait until what runs left in the background (edits, the daily work) is done."""
        await self.tidying.settled()
        if self._daily is not None:
            await asyncio.wait((self._daily,))

    async def stop(self, grace_seconds: float) -> None:
        """Begin no more sends; let those under way finish (briefly); hand back the rest."""
        self._stopping.set()
        await self.tidying.stop()
        if self._daily is not None:
            await asyncio.wait((self._daily,))
        runs = set(self._runs)
        if runs:
            _, unfinished = await asyncio.wait(runs, timeout=grace_seconds)
            for run in unfinished:
                run.cancel()
            if unfinished:
                await asyncio.wait(unfinished)
                log.warning("stopped while sends were under way; they count as maybe sent")
        unsent, self._unsent = list(self._unsent.values()), {}
        handed_back = await self._deliveries.hand_back(unsent)
        self._open.difference_update(claimed.delivery_id for claimed in unsent)
        if handed_back:
            log.info("handed back unsent deliveries count=%d", handed_back)
        await self._sender_lock.release()

    async def _run(self, now: datetime | None) -> list[SendResult]:
        """One run: claim and send until nothing is due, unless stopping or not the sender."""
        async with self._running:
            if self._stopping.is_set() or not await self._sender_lock.hold():
                return []
            self.tidying.pause()
            self._last_lateness = None
            try:
                results = await self._dispatcher.deliver_stream(
                    self._batches(now), self._prepare, self._finish, self._stopping
                )
            finally:
                self.tidying.add(self._sender.untidy())
                if not self._stopping.is_set():
                    self.tidying.resume()
            if not self._stopping.is_set():
                # What is left failed unexpectedly; the claim timeout retries it, not a stop.
                self._unsent.clear()
                self._once_a_day(now or self._clock())
        if results:
            sent = sum(r.status is SendStatus.SENT for r in results)
            log.info("deliveries done total=%d sent=%d", len(results), sent)
            self._metrics.run_done(self._last_lateness)
        return results

    def _once_a_day(self, now: datetime) -> None:
        """The sender's first run of each UTC day (and at start): in the background, tell the
        operator of crowded minutes ahead and prune old deliveries."""
        if self._daily_on == now.date():
            return
        self._daily_on = now.date()
        self._daily = asyncio.create_task(self._daily_work(now), name="daily")

    async def _daily_work(self, now: datetime) -> None:
        """Forecast and prune; a failure waits for tomorrow's try."""
        try:
            await self._forecast(now)
            pruned = await self._deliveries.prune(now)
        except Exception:
            log.exception("the daily forecast or pruning failed")
            return
        if pruned:
            log.info("old deliveries pruned count=%d", pruned)

    async def _forecast(self, now: datetime) -> None:
        """Log each minute of the next day whose last nudge will go out late, and what helps."""
        rate = self._dispatcher.rate_per_second
        crowded = await self._deliveries.crowded_minutes(now, rate)
        for minute in crowded:
            log.warning(
                "crowded minute at=%s due=%d last_late_minutes=%d past_grace=%d rate=%d",
                minute.minute.strftime("%H:%M UTC"),
                minute.due,
                minute.last_late.total_seconds() // 60,
                minute.past_grace,
                rate,
            )
        if crowded:
            log.warning(
                "to reach everyone on time: paid broadcasts (SMALLSTEPS_PAID_BROADCAST=true and "
                "a higher SMALLSTEPS_SEND_RATE_PER_SECOND, up to 1000), SMALLSTEPS_SPREAD_MINUTES "
                "to spread each person's times over a few minutes around the chosen ones, or a "
                "wider SMALLSTEPS_DELIVERY_GRACE_MINUTES so fewer are skipped"
            )

    async def _batches(self, now: datetime | None) -> AsyncIterator[list[Claimed]]:
        """Due deliveries, a claimed batch at a time, until none are left or stopping."""
        # The dispatcher claims the next batch only as sending starts on this one: claims
        # never run more than a batch ahead of what is actually being sent.
        started = now or self._clock()
        while not self._stopping.is_set() and (
            batch := await self._deliveries.claim_due(
                now or self._clock(),
                run_started=started,
                claimer=self._sender_lock.identity,
                live=await self._sender_lock.live(),
            )
        ):
            # Noted before anything else can happen, so a stop always knows what it holds.
            self._unsent.update((claimed.delivery_id, claimed) for claimed in batch)
            self._open.update(claimed.delivery_id for claimed in batch)
            yield batch

    async def _prepare(self, claimed: Claimed) -> Prepared | SendResult:
        """Prepare the send; its call first marks the claim as being sent, if still ours."""
        prepared = await self._sender.prepare(claimed)
        if isinstance(prepared, SendResult):
            return prepared

        async def begun() -> SendResult:
            # Marked in the rate limit's slot, right before the first call (a retry is the same
            # send), so a crash leaves in doubt only the sends truly on their way.
            if claimed.delivery_id in self._unsent:
                if not await self._deliveries.start(claimed):
                    # Another sender took it over (this one lost the lock unawares): theirs.
                    self._unsent.pop(claimed.delivery_id, None)
                    self._open.discard(claimed.delivery_id)
                    raise WithdrawnError
                # The call may reach the person from here on: never handed back after this.
                self._unsent.pop(claimed.delivery_id, None)
            return await prepared()

        return Prepared(begun, prepared.after)

    async def _finish(self, claimed: Claimed, result: SendResult, request: Request | None) -> None:
        """Record the result; the claim is finished, nothing to hand back."""
        self._unsent.pop(claimed.delivery_id, None)
        after = request.after if isinstance(request, Prepared) else AfterSend()
        await self._sender.finish(claimed, result, after)
        self._open.discard(claimed.delivery_id)
        lateness = None
        if result.status is SendStatus.SENT:
            lateness = (self._clock() - claimed.due_at).total_seconds()
            self._last_lateness = lateness
        self._metrics.delivered(claimed.kind.value, result.status.value, lateness)
