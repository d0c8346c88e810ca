"""Keep each person's 'next due at' rows in step with their settings."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from bot.core import zones
from scheduler.due import next_daily_due, next_weekly_due, shifted, spread_offset
from storage.models import Person
from storage.repositories.deliveries import DeliveryRepository


class Kind(StrEnum):
    """What a scheduled delivery is."""

    MORNING = "morning"
    EVENING = "evening"
    WEEKLY = "weekly"
    # The morning nudge once more, at the time a person chose with "Later": set by that tap,
    # sent once, never recurring.
    AGAIN = "again"


def next_due(
    person: Person,
    kind: Kind,
    now: datetime,
    after: date | None = None,
    spread_minutes: int = 0,
) -> datetime | None:
    """When the next delivery of `kind` is due for this person, or None if it is off.

    With `spread_minutes`, at the person's own offset from the times they chose.
    """
    if person.timezone is None or not person.active or person.checkin_time is None:
        return None
    if kind is Kind.AGAIN:
        return None
    zone = zones.zone_for(person.timezone)
    not_before = after + timedelta(days=1) if after else None
    offset = spread_offset(person.id, spread_minutes)
    if kind is Kind.WEEKLY:
        if not person.weekly_enabled:
            return None
        weekly_at = shifted(person.weekly_time, offset)
        return next_weekly_due(
            person.weekly_day, weekly_at, zone, now, not_before_local_date=not_before
        )
    at = person.checkin_time if kind is Kind.MORNING else person.evening_time
    if at is None:
        return None
    return next_daily_due(shifted(at, offset), zone, now, not_before_local_date=not_before)


async def sync_schedules(
    repo: DeliveryRepository, person: Person, now: datetime, spread_minutes: int = 0
) -> None:
    """Recompute every schedule of a person after their settings changed.

    A "Later" the person chose stays, unless they are gone (blocked, deleted, no timezone).
    """
    for kind in Kind:
        if kind is Kind.AGAIN and next_due(person, Kind.MORNING, now) is not None:
            continue
        due = next_due(person, kind, now, spread_minutes=spread_minutes)
        await repo.set_schedule(person.id, kind.value, due)
