"""Helpers shared by the service tests."""

from __future__ import annotations

from bot.services.people import Identity
from storage.db import SessionFactory
from storage.repositories.people import PeopleRepository


async def notes_of(sessions: SessionFactory, who: Identity) -> list[str]:
    """Everything kept as a note for this person, oldest first."""
    async with sessions() as session:
        repo = PeopleRepository(session)
        person = await repo.by_user_id(who.user_id)
        assert person is not None
        return [note.text for note in await repo.notes_of(person)]
