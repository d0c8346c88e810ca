"""Which nudges are due, claimed before they are sent so none goes out twice."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from bot.core import zones
from bot.core.clock import Clock
from bot.core.languages import DEFAULT as DEFAULT_LANGUAGE
from bot.core.languages import Language, language_of
from bot.core.week import delivery_dates_of, summarised_week
from bot.services.batching import GroupCommit
from bot.services.schedules import Kind, next_due
from scheduler.due import is_within_grace, local_date_of
from scheduler.forecast import CrowdedMinute, crowded_minutes
from scheduler.sending import SendResult, SendStatus
from storage.db import SessionFactory
from storage.models import Delivery, Person, Schedule
from storage.repositories.checkins import CheckinRepository
from storage.repositories.deliveries import (
    CLAIMED,
    SENDING,
    DeliveryRepository,
    NewClaim,
    Recorded,
)

log = logging.getLogger("smallsteps.deliveries")

# A send begun this long ago with no result belongs to a sender that died mid-send; since
# nobody can tell whether it reached the person, it is retried only after this long.
CLAIM_TIMEOUT = timedelta(minutes=2)
# What a handed-back claim's claimed_at is set to: older than any sender's start or timeout,
# so whichever sender looks next takes it at once.
HANDED_BACK_AT = datetime(1970, 1, 1, tzinfo=UTC)
# A weekly summary in these states has covered its week (or may have): none other covers it.
# A failed or skipped one never reached the person, so the week is still theirs to get.
# How long finished deliveries are kept by default (SMALLSTEPS_DELIVERY_RETENTION_DAYS), and
# how many rows one pruning transaction deletes, so it never holds locks for long.
RETENTION = timedelta(days=90)
PRUNE_BATCH = 5000
# How far ahead the operator is told of crowded minutes (at start and once a day).
FORECAST_SPAN = timedelta(days=1)
WEEK_COVERED = (CLAIMED, SENDING, SendStatus.SENT.value, SendStatus.MAYBE_SENT.value)


@dataclass(frozen=True)
class Claimed:
    """A delivery this instance now owns and must send."""

    delivery_id: int
    person_id: int
    chat_id: int
    kind: Kind
    local_date: date
    # The minute it was due: how late it goes out is measured from here.
    due_at: datetime
    # What the message is said in: a scheduled send has no update to take it from.
    language: Language = DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Sent:
    """How a send went, and the check-in whose buttons the new message carries, if any."""

    claimed: Claimed
    result: SendResult
    carrying: int | None = None


class DeliveryService:
    """Claims due deliveries in small batches and records how each went."""

    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        grace: timedelta,
        claim_timeout: timedelta = CLAIM_TIMEOUT,
        batch_size: int = 100,
        skipped_late: Callable[[Kind], None] = lambda _kind: None,
        retention: timedelta = RETENTION,
        spread_minutes: int = 0,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._grace = grace
        self._claim_timeout = claim_timeout
        self._batch_size = batch_size
        # Told of every delivery left unsent because its grace window had passed.
        self._skipped_late = skipped_late
        self._retention = retention
        self._spread = spread_minutes
        self._finished = GroupCommit(self._finish_all)
        self._starting = GroupCommit(self._start_all)

    async def claim_due(
        self,
        now: datetime,
        *,
        run_started: datetime | None = None,
        claimer: str | None = None,
        live: Collection[str] | None = None,
    ) -> list[Claimed]:
        """Advance every due schedule in one batch and claim what may still be sent.

        Claims are made in the name of `claimer`. Claims made since `run_started` are the
        caller's own, still waiting their turn in a long fan-out: however old they get, they
        are never taken up again as abandoned. A claim whose send never began and whose sender
        is not among the `live` senders (when known) was left by a sender that is gone, and is
        taken over at once; any other waits out the claim timeout.
        """
        started_before = now - self._claim_timeout
        if run_started is not None:
            started_before = min(started_before, run_started)
        async with self._sessions.begin() as session:
            repo = DeliveryRepository(session)
            claimed = await self._reclaim_stale(repo, now, started_before, live, claimer)
            due = await repo.due(now, self._batch_size - len(claimed))
            wanted = [
                await self._advance(repo, schedule, person, now, claimer)
                for schedule, person in due
            ]
            people = {person.id: person for _, person in due}
            for delivery in await repo.claim_all([claim for claim in wanted if claim]):
                claimed.append(_claimed(delivery, people[delivery.person_id]))
            return claimed

    async def finish(
        self, claimed: Claimed, result: SendResult, carrying: int | None = None
    ) -> int | None:
        """Record a send's result; a block stops all nudges until the person returns.

        When the message carries a check-in's buttons (`carrying`, its id), they move to it;
        returns the message that had them before. Sends that finish together share one
        transaction.
        """
        return await self._finished.submit(Sent(claimed, result, carrying))

    async def start(self, claimed: Claimed) -> bool:
        """Mark a claim as being sent, just before its call; False if it is not ours now.

        From here on the send may reach the person: it is never handed back, and if its sender
        dies it is retried only after the claim timeout. Claims starting together share one
        transaction.
        """
        return await self._starting.submit(claimed)

    async def hand_back(self, claims: list[Claimed]) -> int:
        """Make claims whose send never began claimable by the next sender at once."""
        if not claims:
            return 0
        async with self._sessions.begin() as session:
            ids = {claimed.delivery_id for claimed in claims}
            return await DeliveryRepository(session).hand_back(ids, HANDED_BACK_AT)

    async def crowded_minutes(self, now: datetime, rate_per_second: float) -> list[CrowdedMinute]:
        """The minutes of the next day whose nudges cannot all go out within them at this rate."""
        async with self._sessions() as session:
            counts = await DeliveryRepository(session).due_counts(now, now + FORECAST_SPAN)
        return crowded_minutes(counts, rate_per_second, self._grace)

    async def draw_budget(self, count: int, refill_per_second: float) -> float:
        """Take `count` sends from the fleet's budget (PostgreSQL); how long to wait before
        making them, when the budget is in debt."""
        async with self._sessions.begin() as session:
            left = await DeliveryRepository(session).draw_budget(count, refill_per_second, count)
        return max(0.0, -left / refill_per_second)

    async def prune(self, now: datetime) -> int:
        """Delete finished deliveries older than the retention, a batch per transaction."""
        pruned = 0
        while True:
            async with self._sessions.begin() as session:
                gone = await DeliveryRepository(session).prune(now - self._retention, PRUNE_BATCH)
            pruned += gone
            if gone < PRUNE_BATCH:
                return pruned

    async def _start_all(self, claims: list[Claimed]) -> list[bool]:
        """Mark a batch of claims as being sent, in one transaction; which were still ours."""
        async with self._sessions.begin() as session:
            ids = {claimed.delivery_id for claimed in claims}
            ours = await DeliveryRepository(session).start_sending(ids, self._clock())
            return [claimed.delivery_id in ours for claimed in claims]

    async def _finish_all(self, sends: list[Sent]) -> list[int | None]:
        """Record a batch of sends in one transaction; the messages that lost their buttons."""
        now = self._clock()
        async with self._sessions.begin() as session:
            repo = DeliveryRepository(session)
            await repo.record_all(
                [
                    Recorded(
                        sent.claimed.delivery_id, sent.result.status.value, sent.result.message_id
                    )
                    for sent in sends
                ],
                now,
            )
            for sent in sends:
                if sent.result.status is SendStatus.BLOCKED:
                    await _stop_nudges(repo, sent.claimed.person_id)
            moves = {
                sent.carrying: sent.result.message_id
                for sent in sends
                if sent.carrying is not None and sent.result.message_id is not None
            }
            before = await CheckinRepository(session).move_messages(moves)
            return [_moved_from(sent, before) for sent in sends]

    async def _advance(
        self,
        repo: DeliveryRepository,
        schedule: Schedule,
        person: Person,
        now: datetime,
        claimer: str | None,
    ) -> NewClaim | None:
        """Move one schedule to its next time; the claim to make if this one should be sent."""
        kind, due_at = Kind(schedule.kind), schedule.next_due_at
        if person.timezone is None:
            await repo.set_schedule(person.id, kind.value, None)
            return None
        local_date = local_date_of(due_at, zones.zone_for(person.timezone))
        next_due_at = next_due(person, kind, now, local_date, self._spread)
        if next_due_at is None:
            await repo.set_schedule(person.id, kind.value, None)
        else:
            schedule.next_due_at = next_due_at  # flushed with the batch's claims, not one by one
        if not _nudges_wanted(person, now):
            return None
        if not is_within_grace(due_at, now, self._grace):
            self._late(kind, due_at, now)
            return None
        if kind is Kind.WEEKLY and await _week_covered(repo, person.id, local_date):
            return None
        return NewClaim(person.id, kind.value, local_date, due_at, now, claimer)

    async def _reclaim_stale(
        self,
        repo: DeliveryRepository,
        now: datetime,
        started_before: datetime,
        live: Collection[str] | None,
        claimer: str | None,
    ) -> list[Claimed]:
        """Take over claims left by a sender that is gone, while they are still worth sending."""
        found: list[Claimed] = []
        stale = await repo.stale_claims(started_before, live, self._batch_size)
        for delivery in stale:
            if not is_within_grace(delivery.due_at, now, self._grace):
                delivery.status, delivery.finished_at = SendStatus.SKIPPED.value, now
                self._late(Kind(delivery.kind), delivery.due_at, now)
                continue
            person = await repo.person(delivery.person_id)
            delivery.status, delivery.claimed_at, delivery.claimed_by = CLAIMED, now, claimer
            found.append(_claimed(delivery, person))
        return found

    def _late(self, kind: Kind, due_at: datetime, now: datetime) -> None:
        """Count and log one delivery left unsent because its grace window had passed."""
        # At the free cap a crowded minute can leave thousands unsent: the operator must know.
        minutes = int((now - due_at).total_seconds() // 60)
        log.warning("delivery skipped reason=late kind=%s minutes_late=%d", kind.value, minutes)
        self._skipped_late(kind)


def _nudges_wanted(person: Person, now: datetime) -> bool:
    """Active and not paused; a pause whose time is up ends by itself."""
    if not person.active:
        return False
    if person.paused and person.paused_until is not None and person.paused_until <= now:
        person.paused, person.paused_until = False, None
    return not person.paused


async def _week_covered(repo: DeliveryRepository, person_id: int, local_date: date) -> bool:
    """Tell whether the week this summary would look at was summarised already.

    Moving the weekly day from Sunday to Monday would otherwise send Sunday's week again.
    The person's schedule row is locked while it is claimed, so no other claim races this.
    """
    first, last = delivery_dates_of(summarised_week(local_date))
    return await repo.has_delivery(person_id, Kind.WEEKLY.value, first, last, WEEK_COVERED)


def _claimed(delivery: Delivery, person: Person) -> Claimed:
    """The claim as the sender needs it."""
    return Claimed(
        delivery_id=delivery.id,
        person_id=person.id,
        chat_id=person.chat_id,
        kind=Kind(delivery.kind),
        local_date=delivery.local_date,
        language=language_of(person.language),
        due_at=delivery.due_at,
    )


async def _stop_nudges(repo: DeliveryRepository, person_id: int) -> None:
    """A person blocked the bot: no more nudges until they come back."""
    try:
        person = await repo.person(person_id)
    except LookupError:  # They deleted everything while the send was under way.
        return
    person.active = False
    for kind in Kind:
        await repo.set_schedule(person.id, kind.value, None)
    log.info("person blocked the bot; nudges stopped")


def _moved_from(sent: Sent, before: dict[int, int | None]) -> int | None:
    """The message that had the buttons this send's message now carries, if another did."""
    if sent.carrying is None or sent.result.message_id is None:
        return None
    previous = before.get(sent.carrying)
    return previous if previous != sent.result.message_id else None
