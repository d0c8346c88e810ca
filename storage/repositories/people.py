"""SQL for people and their notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Note, Person


@dataclass(frozen=True)
class NewNote:
    """A note to be written, dated in the person's own day."""

    person_id: int
    local_date: date
    text: str
    created_at: datetime
    # The crisis screen caught it: kept, and never quoted back.
    flagged: bool = False


class PeopleRepository:
    """Reads and writes people and notes inside the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def by_user_id(self, telegram_user_id: int) -> Person | None:
        """The person with this Telegram user id, if they have talked to us."""
        statement = select(Person).where(Person.telegram_user_id == telegram_user_id)
        return (await self._session.scalars(statement)).one_or_none()

    async def language_of(self, telegram_user_id: int) -> str | None:
        """The stored language of the person with this Telegram user id, if there is one."""
        statement = select(Person.language).where(Person.telegram_user_id == telegram_user_id)
        return (await self._session.scalars(statement)).one_or_none()

    async def by_user_ids(self, telegram_user_ids: set[int]) -> dict[int, Person]:
        """The people among these Telegram user ids who have talked to us, by user id."""
        statement = select(Person).where(Person.telegram_user_id.in_(telegram_user_ids))
        people = (await self._session.scalars(statement)).all()
        return {person.telegram_user_id: person for person in people}

    async def by_ids(self, person_ids: set[int]) -> dict[int, Person]:
        """Several people by id, in one query."""
        statement = select(Person).where(Person.id.in_(person_ids))
        return {person.id: person for person in await self._session.scalars(statement)}

    async def add(
        self, telegram_user_id: int, chat_id: int, now: datetime, language: str = "en"
    ) -> Person:
        """Create a person with default settings, speaking `language`."""
        person = Person(
            telegram_user_id=telegram_user_id,
            chat_id=chat_id,
            language=language,
            created_at=now,
            updated_at=now,
        )
        self._session.add(person)
        await self._session.flush()
        return person

    def add_note(
        self, person: Person, text: str, local_date: date, now: datetime, *, flagged: bool = False
    ) -> Note:
        """Keep something the person wrote; flagged notes are never quoted back."""
        note = Note(
            person_id=person.id, text=text, local_date=local_date, created_at=now, flagged=flagged
        )
        self._session.add(note)
        return note

    async def add_notes(self, notes: list[NewNote]) -> None:
        """Keep several notes in one statement (no ids come back, so none are waited for)."""
        if notes:
            rows = [
                {
                    "person_id": note.person_id,
                    "local_date": note.local_date,
                    "text": note.text,
                    "flagged": note.flagged,
                    "created_at": note.created_at,
                }
                for note in notes
            ]
            await self._session.execute(insert(Note), rows)

    async def notes_of(self, person: Person) -> list[Note]:
        """Every note of a person, oldest first."""
        statement = select(Note).where(Note.person_id == person.id).order_by(Note.id)
        return list((await self._session.scalars(statement)).all())

    async def notes_on(self, person_id: int, local_date: date) -> list[Note]:
        """The person's notes of one day, oldest first."""
        statement = (
            select(Note)
            .where(Note.person_id == person_id, Note.local_date == local_date)
            .order_by(Note.id)
        )
        return list((await self._session.scalars(statement)).all())

    async def latest_note(self, person: Person) -> Note | None:
        """The person's most recent note."""
        statement = (
            select(Note).where(Note.person_id == person.id).order_by(Note.id.desc()).limit(1)
        )
        return (await self._session.scalars(statement)).one_or_none()
