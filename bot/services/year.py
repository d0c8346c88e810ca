"""A person's last twelve months, a fact a day: what the Mini App's year calendar shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bot.core.clock import Clock
from bot.core.languages import Language, language_of
from bot.services.people import local_date_for
from storage.db import SessionFactory
from storage.repositories.checkins import CheckinRepository
from storage.repositories.people import PeopleRepository

# Today and the 364 days before it: every day of the last twelve months.
YEAR_DAYS = 365


@dataclass(frozen=True)
class YearDay:
    """One kept day: its moods, whether it was a rest day, and whether it was filled in later."""

    local_date: date
    mood: int | None
    evening_mood: int | None
    rest: bool
    filled_in_later: bool


@dataclass(frozen=True)
class Year:
    """The days a person kept in the year up to their own today; days not kept are gaps."""

    language: Language
    first: date
    today: date
    days: tuple[YearDay, ...]


class YearService:
    """Reads a person's year for the calendar."""

    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    async def year_of(self, telegram_user_id: int) -> Year | None:
        """The person's last twelve months, oldest first; None for someone the bot does not know."""
        async with self._sessions() as session:
            person = await PeopleRepository(session).by_user_id(telegram_user_id)
            if person is None:
                return None
            today = local_date_for(person.timezone, self._clock())
            first = today - timedelta(days=YEAR_DAYS - 1)
            kept = await CheckinRepository(session).moods_since(person.id, first, today)
        days = tuple(
            YearDay(day, mood, evening, rest, source is not None)
            for day, mood, evening, rest, source in kept
        )
        return Year(language_of(person.language), first, today, days)
