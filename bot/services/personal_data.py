"""/export and /delete: a person's data is theirs, to take away or to erase.

The service gathers and erases; the file a person receives is made in `bot/exports.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.clock import Clock
from bot.services.people import Identity
from storage.db import SessionFactory
from storage.repositories.people import PeopleRepository
from storage.repositories.personal_data import PersonalData, PersonalDataRepository


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
