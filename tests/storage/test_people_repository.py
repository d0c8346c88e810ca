from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from storage.db import SessionFactory
from storage.models import Note, Person
from storage.repositories.people import NewNote, PeopleRepository

NOW = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)


async def test_a_new_person_has_gentle_defaults(sessions: SessionFactory) -> None:
    async with sessions.begin() as session:
        await PeopleRepository(session).add(1001, 1001, NOW)
    async with sessions() as session:
        person = await PeopleRepository(session).by_user_id(1001)
    assert person is not None
    actual = (
        person.timezone,
        person.checkin_time,
        person.evening_time,
        person.weekly_enabled,
        person.weekly_day,
        person.weekly_time,
        person.paused,
        person.active,
    )
    assert actual == (None, None, None, True, 6, time(18, 0), False, True)


async def test_unknown_person_is_none(sessions: SessionFactory) -> None:
    async with sessions() as session:
        actual = await PeopleRepository(session).by_user_id(42)
    assert actual is None


async def test_a_user_id_is_unique(sessions: SessionFactory) -> None:
    async with sessions.begin() as session:
        await PeopleRepository(session).add(7, 7, NOW)
    with pytest.raises(IntegrityError):
        async with sessions.begin() as session:
            await PeopleRepository(session).add(7, 7, NOW)


async def test_big_telegram_ids_fit(sessions: SessionFactory) -> None:
    big = 8_000_000_000
    async with sessions.begin() as session:
        await PeopleRepository(session).add(big, big, NOW)
    async with sessions() as session:
        person = await PeopleRepository(session).by_user_id(big)
    assert person is not None and person.chat_id == big


async def test_timestamps_come_back_aware_in_utc(sessions: SessionFactory) -> None:
    berlin_evening = datetime(2026, 11, 21, 23, 30, tzinfo=timezone(timedelta(hours=1)))
    async with sessions.begin() as session:
        person = await PeopleRepository(session).add(5, 5, NOW)
        person.paused_until = berlin_evening
    async with sessions() as session:
        reloaded = await PeopleRepository(session).by_user_id(5)
    assert reloaded is not None
    assert reloaded.paused_until == datetime(2026, 11, 21, 22, 30, tzinfo=UTC)
    assert reloaded.paused_until is not None and reloaded.paused_until.tzinfo == UTC


async def test_naive_timestamps_are_refused(sessions: SessionFactory) -> None:
    with pytest.raises(Exception, match="naive"):
        async with sessions.begin() as session:
            person = await PeopleRepository(session).add(6, 6, NOW)
            person.paused_until = datetime(2026, 1, 1)  # noqa: DTZ001 - the point of the test
            await session.flush()


async def test_notes_are_kept_in_order_and_go_with_their_person(sessions: SessionFactory) -> None:
    async with sessions.begin() as session:
        repo = PeopleRepository(session)
        person = await repo.add(9, 9, NOW)
        repo.add_note(person, "first", date(2026, 11, 21), NOW)
        repo.add_note(person, "second 🌿", date(2026, 11, 21), NOW + timedelta(minutes=1))
    assert await note_texts(sessions, 9) == ["first", "second 🌿"]

    async with sessions.begin() as session:
        await session.execute(delete(Person).where(Person.telegram_user_id == 9))
    async with sessions() as session:
        remaining = await session.scalar(select(func.count()).select_from(Note))
    assert remaining == 0


async def test_several_notes_go_in_together_and_a_nul_does_not_lose_one(
    sessions: SessionFactory,
) -> None:
    async with sessions.begin() as session:
        repo = PeopleRepository(session)
        person = await repo.add(10, 10, NOW)
        day = date(2026, 11, 21)
        await repo.add_notes(
            [NewNote(person.id, day, "plain", NOW), NewNote(person.id, day, "a\x00b", NOW)]
        )
    assert await note_texts(sessions, 10) == ["plain", "ab"]


async def note_texts(sessions: SessionFactory, user_id: int) -> list[str]:
    """A person's notes, oldest first."""
    async with sessions() as session:
        repo = PeopleRepository(session)
        person = await repo.by_user_id(user_id)
        assert person is not None
        return [note.text for note in await repo.notes_of(person)]
