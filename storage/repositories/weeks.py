"""SQL for a person's week: one query per kind of row, never one per day or per item."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Checkin, Note, Reflection

TAKEN_OUTCOMES = ("done", "partly")


@dataclass(frozen=True)
class WeekRows:
    """The raw material of a weekly summary, for local dates in [first, last]."""

    checkins: list[Checkin]
    reflections: list[tuple[date, str]]
    notes: list[tuple[date, str]]
    steps_since_start: int


class WeekRepository:
    """Reads one person's week inside the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def week(self, person_id: int, first: date, last: date) -> WeekRows:
        """Check-ins, reflections and notes of the week, and every step taken so far."""
        checkins = await self._session.scalars(
            select(Checkin)
            .where(Checkin.person_id == person_id, Checkin.local_date.between(first, last))
            .order_by(Checkin.local_date)
        )
        reflections = await self._session.execute(
            select(Reflection.local_date, Reflection.text)
            .where(Reflection.person_id == person_id, Reflection.local_date.between(first, last))
            .order_by(Reflection.id)
        )
        notes = await self._session.execute(
            select(Note.local_date, Note.text)
            .where(Note.person_id == person_id, Note.local_date.between(first, last))
            .order_by(Note.id)
        )
        steps = await self._session.scalar(
            select(func.count())
            .select_from(Checkin)
            .where(
                Checkin.person_id == person_id,
                Checkin.local_date <= last,
                Checkin.outcome.in_(TAKEN_OUTCOMES),
            )
        )
        return WeekRows(
            checkins=list(checkins.all()),
            reflections=[(row[0], row[1]) for row in reflections.all()],
            notes=[(row[0], row[1]) for row in notes.all()],
            steps_since_start=int(steps or 0),
        )
