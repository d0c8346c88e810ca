"""SQL for the due-time index and claimed deliveries."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, bindparam, delete, exists, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Delivery, Person, Schedule, SendBudget

# A claim's send has not begun: whoever marks it SENDING first is the one to send it.
CLAIMED = "claimed"
# A claim whose send was not made (nothing to ask yet, paused, too late): never reached anyone.
SKIPPED = "skipped"
# A claim's send may have begun: if never finished, it may have reached the person.
SENDING = "sending"


@dataclass(frozen=True)
class NewClaim:
    """A delivery about to be claimed: whose, which kind, for which of their days."""

    person_id: int
    kind: str
    local_date: date
    due_at: datetime
    claimed_at: datetime
    # The sender making the claim (scheduler/leader.py), if it has a name.
    claimed_by: str | None = None


@dataclass(frozen=True)
class Recorded:
    """How one send went, to store: its status, and the message it made, if any."""

    delivery_id: int
    status: str
    message_id: int | None


class DeliveryRepository:
    """Schedules and deliveries, inside the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def schedules_of(self, person_id: int) -> dict[str, Schedule]:
        """A person's schedules by kind."""
        statement = select(Schedule).where(Schedule.person_id == person_id)
        return {s.kind: s for s in (await self._session.scalars(statement)).all()}

    async def set_schedule(self, person_id: int, kind: str, next_due_at: datetime | None) -> None:
        """Store when the next delivery of a kind is due, or remove it (None)."""
        if next_due_at is None:
            await self._session.execute(
                delete(Schedule).where(Schedule.person_id == person_id, Schedule.kind == kind)
            )
            return
        existing = await self._session.get(Schedule, (person_id, kind))
        if existing is None:
            self._session.add(Schedule(person_id=person_id, kind=kind, next_due_at=next_due_at))
        else:
            existing.next_due_at = next_due_at
        await self._session.flush()

    async def due(self, now: datetime, limit: int) -> list[tuple[Schedule, Person]]:
        """Schedules due by `now`, oldest first, each minute in the day's turns; other
        instances skip rows locked here."""
        statement = (
            select(Schedule, Person)
            .join(Person, Person.id == Schedule.person_id)
            .where(Schedule.next_due_at <= now)
            .order_by(Schedule.next_due_at, Schedule.turn)
            .limit(limit)
            .with_for_update(skip_locked=True, of=Schedule)
        )
        return [(row[0], row[1]) for row in (await self._session.execute(statement)).all()]

    async def claim_all(self, claims: Sequence[NewClaim]) -> list[Delivery]:
        """Claim deliveries before sending, in one INSERT; returns them oldest first.

        The insert loses on the unique (person, kind, local date) constraint rather than
        failing, so a claim another instance won is left out of what is returned: never sent
        twice. A claim of the day that was skipped (nothing to ask yet, paused, too late) and
        never reached the person is taken again: moving the time later that day still sends.
        """
        if not claims:
            return []
        insert = postgresql.insert if self._dialect() == "postgresql" else sqlite.insert
        statement = (
            insert(Delivery)
            .on_conflict_do_nothing(index_elements=["person_id", "kind", "local_date"])
            .returning(Delivery)
        )
        # By hand, not dataclasses.asdict: that deep-copies every value, 5 % of a fan-out's CPU.
        rows = [
            {
                "person_id": claim.person_id,
                "kind": claim.kind,
                "local_date": claim.local_date,
                "due_at": claim.due_at,
                "claimed_at": claim.claimed_at,
                "claimed_by": claim.claimed_by,
                "status": CLAIMED,
            }
            for claim in claims
        ]
        claimed = list((await self._session.scalars(statement, rows)).all())
        # The rare claim that lost: its day's claim exists. Taken again only if it was skipped.
        won = {(d.person_id, d.kind, d.local_date) for d in claimed}
        for claim in claims:
            if (claim.person_id, claim.kind, claim.local_date) not in won:
                again = await self._claim_skipped(claim)
                claimed += [again] if again is not None else []
        return sorted(claimed, key=lambda delivery: (delivery.due_at, delivery.id))

    async def _claim_skipped(self, claim: NewClaim) -> Delivery | None:
        """Claim a day's delivery again if its first claim was skipped (never sent)."""
        statement = (
            update(Delivery)
            .where(
                Delivery.person_id == claim.person_id,
                Delivery.kind == claim.kind,
                Delivery.local_date == claim.local_date,
                Delivery.status == SKIPPED,
            )
            .values(
                status=CLAIMED,
                due_at=claim.due_at,
                claimed_at=claim.claimed_at,
                claimed_by=claim.claimed_by,
                finished_at=None,
                message_id=None,
            )
            .returning(Delivery)
        )
        return (await self._session.scalars(statement)).one_or_none()

    async def has_delivery(
        self, person_id: int, kind: str, first: date, last: date, statuses: Sequence[str]
    ) -> bool:
        """Tell whether a delivery of a kind, dated in [first, last], has one of these statuses."""
        statement = select(
            exists().where(
                Delivery.person_id == person_id,
                Delivery.kind == kind,
                Delivery.local_date.between(first, last),
                Delivery.status.in_(statuses),
            )
        )
        return bool(await self._session.scalar(statement))

    async def stale_claims(
        self, started_before: datetime, live: Collection[str] | None, limit: int
    ) -> list[Delivery]:
        """Unfinished claims of a sender that is gone, oldest first.

        A claim whose send may have begun counts as left once it was claimed before
        `started_before`; one whose send never began, then too, or at once when its sender is
        not among the `live` ones (when they are known) or it was handed back.
        """
        unstarted_left = Delivery.claimed_at < started_before
        if live is not None:
            unstarted_left = or_(
                unstarted_left, Delivery.claimed_by.is_(None), Delivery.claimed_by.not_in(live)
            )
        statement = (
            select(Delivery)
            .where(
                or_(
                    (Delivery.status == CLAIMED) & unstarted_left,
                    (Delivery.status == SENDING) & (Delivery.claimed_at < started_before),
                )
            )
            .order_by(Delivery.claimed_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return list((await self._session.scalars(statement)).all())

    async def start_sending(self, delivery_ids: set[int], now: datetime) -> set[int]:
        """Mark claims as being sent; the ids that were still waiting (the others are not ours)."""
        statement = (
            update(Delivery)
            .where(Delivery.id.in_(delivery_ids), Delivery.status == CLAIMED)
            .values(status=SENDING, claimed_at=now)
            .returning(Delivery.id)
        )
        return set((await self._session.scalars(statement)).all())

    async def hand_back(self, delivery_ids: set[int], claimed_at: datetime) -> int:
        """Make claims whose send never began claimable again; returns how many were."""
        statement = (
            update(Delivery)
            .where(Delivery.id.in_(delivery_ids), Delivery.status == CLAIMED)
            .values(claimed_at=claimed_at, claimed_by=None)
            .returning(Delivery.id)
        )
        return len((await self._session.scalars(statement)).all())

    async def due_counts(self, since: datetime, until: datetime) -> list[tuple[datetime, int]]:
        """How many schedules fall due at each instant in [since, until), in order."""
        statement = (
            select(Schedule.next_due_at, func.count())
            .where(Schedule.next_due_at >= since, Schedule.next_due_at < until)
            .group_by(Schedule.next_due_at)
            .order_by(Schedule.next_due_at)
        )
        return [(row[0], int(row[1])) for row in (await self._session.execute(statement)).all()]

    async def prune(self, finished_before: datetime, limit: int) -> int:
        """Delete up to `limit` of the oldest finished deliveries from before `finished_before`.

        Returns how many went. Oldest by id: the primary key walks to them first, with no index
        on `finished_at` to keep up on every insert.
        """
        oldest = (
            select(Delivery.id)
            .where(
                Delivery.finished_at < finished_before,
                Delivery.status.not_in((CLAIMED, SENDING)),
            )
            .order_by(Delivery.id)
            .limit(limit)
        )
        statement = delete(Delivery).where(Delivery.id.in_(oldest.scalar_subquery()))
        return int((await self._session.execute(statement)).rowcount or 0)  # type: ignore[attr-defined]

    async def draw_budget(self, count: int, refill_per_second: float, capacity: int) -> float:
        """Take `count` sends from the fleet's token bucket (PostgreSQL); the tokens left, below
        zero when the bucket is in debt. Refilled by the database's clock, the fleet's one."""
        refill = SendBudget.tokens + refill_per_second * func.extract(
            "epoch", func.clock_timestamp() - SendBudget.refreshed_at
        )
        draw = (
            update(SendBudget)
            .where(SendBudget.id == 1)
            .values(
                tokens=func.least(capacity, refill) - count, refreshed_at=func.clock_timestamp()
            )
            .returning(SendBudget.tokens)
        )
        left = await self._session.scalar(draw)
        if left is None:
            first = postgresql.insert(SendBudget).values(
                id=1, tokens=capacity, refreshed_at=func.clock_timestamp()
            )
            await self._session.execute(first.on_conflict_do_nothing())
            left = await self._session.scalar(draw)
        assert left is not None
        return float(left)

    def _dialect(self) -> str:
        """The database's kind ('sqlite' or 'postgresql'), for the statements that differ."""
        return self._session.get_bind().dialect.name

    async def person(self, person_id: int) -> Person:
        """The person a delivery is for."""
        person = await self._session.get(Person, person_id)
        if person is None:
            raise LookupError(f"no person {person_id}")
        return person

    async def record_all(self, results: Sequence[Recorded], finished_at: datetime) -> None:
        """Store how several sends went, in one statement run for each (no objects loaded)."""
        if not results:
            return
        table = cast(Table, Delivery.__table__)
        statement = (
            update(table)
            .where(table.c.id == bindparam("delivery_id"))
            .values(
                status=bindparam("outcome"),
                message_id=bindparam("message"),
                finished_at=finished_at,
            )
        )
        rows = [
            {"delivery_id": row.delivery_id, "outcome": row.status, "message": row.message_id}
            for row in results
        ]
        await self._session.execute(statement, rows)

    async def of_person(self, person_id: int) -> list[Delivery]:
        """Every delivery of a person, oldest first."""
        statement = select(Delivery).where(Delivery.person_id == person_id).order_by(Delivery.id)
        return list((await self._session.scalars(statement)).all())
