"""SQL for daily check-ins."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Checkin


@dataclass(frozen=True)
class NewDay:
    """A check-in about to be opened: whose, which day, at which stage, and whether gently."""

    person_id: int
    local_date: date
    stage: str
    gentle: bool = False


class CheckinRepository:
    """Reads and writes check-ins inside the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def on_date(self, person_id: int, local_date: date) -> Checkin | None:
        """The person's check-in for one local date."""
        statement = select(Checkin).where(
            Checkin.person_id == person_id, Checkin.local_date == local_date
        )
        return (await self._session.scalars(statement)).one_or_none()

    async def on_dates(self, days: list[tuple[int, date]]) -> dict[tuple[int, date], Checkin]:
        """Several people's check-ins, each for one local date, keyed by (person id, date)."""
        if not days:
            return {}
        # Local dates lie within a day of each other, so the date list stays short.
        statement = select(Checkin).where(
            Checkin.person_id.in_({person_id for person_id, _ in days}),
            Checkin.local_date.in_({local_date for _, local_date in days}),
        )
        wanted = set(days)
        checkins = (await self._session.scalars(statement)).all()
        return {
            key: checkin
            for checkin in checkins
            if (key := (checkin.person_id, checkin.local_date)) in wanted
        }

    async def by_id(self, person_id: int, checkin_id: int) -> Checkin | None:
        """A check-in by id, only if it belongs to this person (callback data can be forged)."""
        statement = select(Checkin).where(Checkin.id == checkin_id, Checkin.person_id == person_id)
        return (await self._session.scalars(statement)).one_or_none()

    async def latest(self, person_id: int) -> Checkin | None:
        """The person's most recent check-in."""
        statement = (
            select(Checkin)
            .where(Checkin.person_id == person_id)
            .order_by(Checkin.local_date.desc())
            .limit(1)
        )
        return (await self._session.scalars(statement)).one_or_none()

    async def latest_of(self, person_ids: Collection[int]) -> dict[int, Checkin]:
        """Each of these people's most recent check-in, in one query."""
        if not person_ids:
            return {}
        newest = (
            select(Checkin.person_id, func.max(Checkin.local_date).label("local_date"))
            .where(Checkin.person_id.in_(person_ids))
            .group_by(Checkin.person_id)
            .subquery()
        )
        statement = select(Checkin).join(
            newest,
            (Checkin.person_id == newest.c.person_id) & (Checkin.local_date == newest.c.local_date),
        )
        return {checkin.person_id: checkin for checkin in await self._session.scalars(statement)}

    async def since(self, person_id: int, first_date: date) -> list[Checkin]:
        """Check-ins from `first_date` on, newest first."""
        statement = (
            select(Checkin)
            .where(Checkin.person_id == person_id, Checkin.local_date >= first_date)
            .order_by(Checkin.local_date.desc())
        )
        return list((await self._session.scalars(statement)).all())

    async def move_messages(self, moves: dict[int, int]) -> dict[int, int | None]:
        """Let each check-in's buttons be on a new message (check-in id -> message id);
        returns the message each had before, for the check-ins that exist."""
        if not moves:
            return {}
        statement = select(Checkin.id, Checkin.message_id).where(Checkin.id.in_(moves))
        before = {row[0]: row[1] for row in (await self._session.execute(statement)).all()}
        table = cast(Table, Checkin.__table__)
        moving = (
            update(table)
            .where(table.c.id == bindparam("checkin_id"))
            .values(message_id=bindparam("message"))
        )
        rows = [{"checkin_id": i, "message": moves[i]} for i in before]
        if rows:
            await self._session.execute(moving, rows)
        return before

    async def moods_since(
        self, person_id: int, first_date: date, last_date: date
    ) -> list[tuple[date, int | None, int | None, bool, str | None]]:
        """Each kept day's date, moods, rest and source in [first, last], oldest first.

        Only these columns: a year's calendar needs none of the words (nor their decryption).
        """
        statement = (
            select(
                Checkin.local_date,
                Checkin.mood,
                Checkin.evening_mood,
                Checkin.rest,
                Checkin.source,
            )
            .where(
                Checkin.person_id == person_id,
                Checkin.local_date >= first_date,
                Checkin.local_date <= last_date,
            )
            .order_by(Checkin.local_date)
        )
        rows = (await self._session.execute(statement)).all()
        return [(row[0], row[1], row[2], bool(row[3]), row[4]) for row in rows]

    async def add_many(self, person_id: int, dates: Collection[date], stage: str) -> list[Checkin]:
        """Open check-ins for several days at once (one flush, however many days)."""
        checkins = [
            Checkin(person_id=person_id, local_date=day, stage=stage, suggested="") for day in dates
        ]
        self._session.add_all(checkins)
        await self._session.flush()
        return checkins

    async def add(self, person_id: int, local_date: date, stage: str) -> Checkin:
        """Open a check-in for a day."""
        checkin = Checkin(person_id=person_id, local_date=local_date, stage=stage, suggested="")
        self._session.add(checkin)
        await self._session.flush()
        return checkin

    async def add_days(self, days: Sequence[NewDay]) -> dict[tuple[int, date], Checkin]:
        """Open check-ins for several people's days in one INSERT, keyed by (person id, date)."""
        if not days:
            return {}
        rows = [  # By hand: dataclasses.asdict deep-copies every value.
            {
                "person_id": day.person_id,
                "local_date": day.local_date,
                "stage": day.stage,
                "gentle": day.gentle,
                "suggested": "",
            }
            for day in days
        ]
        added = await self._session.scalars(insert(Checkin).returning(Checkin), rows)
        return {(checkin.person_id, checkin.local_date): checkin for checkin in added}

    async def claim_unasked(self, stages: Collection[str], since: date) -> list[Checkin]:
        """Check-ins from `since` on whose current question was never shown, now marked shown.

        One UPDATE takes them: in a fleet starting together, each is asked by one instance.
        """
        unasked = (
            update(Checkin)
            .where(
                Checkin.stage.in_(stages),
                or_(Checkin.prompted.is_(None), Checkin.prompted != Checkin.stage),
                Checkin.local_date >= since,
            )
            .values(prompted=Checkin.stage)
            .returning(Checkin.id)
        )
        ids = list((await self._session.scalars(unasked)).all())
        if not ids:
            return []
        taken = select(Checkin).where(Checkin.id.in_(ids)).execution_options(populate_existing=True)
        return list((await self._session.scalars(taken)).all())
