"""/export, /delete and /import: a person's data is theirs, to take away, erase or bring in.

The service gathers, erases and brings in; the file a person receives is made in
`bot/exports.py`, and a Daylio export is read in `bot/core/daylio.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.core.clock import Clock
from bot.core.conversation import Event, Kind, Topic, Waiting
from bot.core.daylio import DaylioDay
from bot.core.stages import Stage
from bot.services.checkins import DayView
from bot.services.people import Identity, get_or_create, local_date_for
from bot.services.waiting import move, waiting_of
from storage.db import SessionFactory
from storage.models import Checkin, Person
from storage.repositories.checkins import CheckinRepository
from storage.repositories.people import NewNote, PeopleRepository
from storage.repositories.personal_data import PersonalData, PersonalDataRepository

# Checkin.source of a day brought in from Daylio.
FROM_DAYLIO = "daylio"


@dataclass(frozen=True)
class Imported:
    """Days brought in, and days left as they were (already answered here, or not yet over)."""

    added: int
    kept: int


@dataclass(frozen=True)
class Gathered:
    """Everything kept about a person, and when it was gathered."""

    data: PersonalData
    at: datetime


class PersonalDataService:
    """Exports or erases everything kept about a person, in one transaction each."""

    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    async def export(self, who: Identity) -> Gathered | None:
        """Everything kept about the person, or None when nothing is kept."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return None
            data = await PersonalDataRepository(session).everything_about(person)
            return Gathered(data, self._clock())

    async def erase(self, who: Identity) -> bool:
        """Delete every row about the person; False when nothing was kept."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return False
            await PersonalDataRepository(session).erase(person)
            return True

    async def ask_import(self, who: Identity) -> None:
        """/import: the next document is the file to bring in."""
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, self._clock())
            person.import_file = None
            move(person, Event.IMPORT_ASKED, Waiting(Topic.IMPORT))

    async def expects_import(self, who: Identity) -> bool:
        """Whether /import asked for a file that has not come yet."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            return person is not None and waiting_of(person).kind is Kind.IMPORT

    async def hold_import(self, who: Identity, file_id: str) -> None:
        """A readable export came and its preview is shown: remember Telegram's id for it."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is not None:
                person.import_file = file_id
                move(person, Event.IMPORT_DONE)

    async def held_import(self, who: Identity) -> str | None:
        """Telegram's id for the export whose preview waits for a yes, if one does."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            return person.import_file if person is not None else None

    async def let_import_go(self, who: Identity) -> bool:
        """'Not now' under the preview: nothing comes in; False if nothing was waiting."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None or person.import_file is None:
                return False
            person.import_file = None
            return True

    async def bring_in(self, who: Identity, days: Sequence[DaylioDay]) -> Imported | None:
        """Bring the days in, all in one transaction; None when no preview waited for it.

        A day already answered here stays exactly as it was, so sending the same file twice
        brings nothing in twice; today and later are left to the day's own check-in.
        """
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None or person.import_file is None:
                return None
            person.import_file = None
            now = self._clock()
            today = local_date_for(person.timezone, now)
            past = [day for day in days if day.local_date < today]
            added = await _add_days(CheckinRepository(session), person, past)
            notes = [
                NewNote(person.id, day.local_date, note, now)
                for day in past
                if day.local_date in added
                for note in day.notes
            ]
            await PeopleRepository(session).add_notes(notes)
            return Imported(added=len(added), kept=len(days) - len(added))


async def _add_days(
    repo: CheckinRepository, person: Person, days: Sequence[DaylioDay]
) -> set[date]:
    """Keep each day not already answered here as a closed check-in; the dates added."""
    if not days:
        return set()
    existing = {c.local_date: c for c in await repo.since(person.id, days[0].local_date)}
    wanted = [
        day
        for day in days
        if (day.mood is not None or day.activities or day.notes)
        and not _already_here(existing.get(day.local_date))
    ]
    new = {day.local_date for day in wanted} - set(existing)
    existing.update((c.local_date, c) for c in await repo.add_many(person.id, new, Stage.CLOSED))
    for day in wanted:
        checkin = existing[day.local_date]
        checkin.stage, checkin.source = Stage.CLOSED, FROM_DAYLIO
        checkin.mood = day.mood
        checkin.words = ", ".join(day.activities) or None
    return {day.local_date for day in wanted}


def _already_here(checkin: Checkin | None) -> bool:
    """Whether a day already holds answers given here, or was brought in before."""
    return checkin is not None and (checkin.source == FROM_DAYLIO or DayView.of(checkin).answered)
