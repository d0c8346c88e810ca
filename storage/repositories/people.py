"""SQL for people and their notes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Note, Person


class PeopleRepository:
    """Reads and writes people and notes inside the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def by_user_id(self, telegram_user_id: int) -> Person | None:
        """The person with this Telegram user id, if they have talked to us."""
        statement = select(Person).where(Person.telegram_user_id == telegram_user_id)
        return (await self._session.scalars(statement)).one_or_none()

    async def add(self, telegram_user_id: int, chat_id: int, now: datetime) -> Person:
        """Create a person with default settings."""
        person = Person(
            telegram_user_id=telegram_user_id, chat_id=chat_id, created_at=now, updated_at=now
        )
        self._session.add(person)
        await self._session.flush()
        return person

    async def add_note(self, person: Person, text: str, local_date: date, now: datetime) -> Note:
        """Keep something the person wrote."""
        note = Note(person_id=person.id, text=text, local_date=local_date, created_at=now)
        self._session.add(note)
        await self._session.flush()
        return note

    async def notes_of(self, person: Person) -> list[Note]:
        """Every note of a person, oldest first."""
        statement = select(Note).where(Note.person_id == person.id).order_by(Note.id)
        return list((await self._session.scalars(statement)).all())

    async def latest_note(self, person: Person) -> Note | None:
        """The person's most recent note."""
        statement = (
            select(Note).where(Note.person_id == person.id).order_by(Note.id.desc()).limit(1)
        )
        return (await self._session.scalars(statement)).one_or_none()
