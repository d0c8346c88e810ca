"""The check-in repository's set-based statements, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from storage.db import SessionFactory
from storage.models import Checkin
from storage.repositories.checkins import CheckinRepository
from storage.repositories.people import PeopleRepository

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
DAY = date(2026, 12, 7)


async def seeded(sessions: SessionFactory) -> list[int]:
    """One person's three check-ins: two with buttons on a message, one without."""
    async with sessions.begin() as session:
        person = await PeopleRepository(session).add(1001, 1001, NOW)
        checkins = [
            Checkin(person_id=person.id, local_date=date(2026, 12, day), stage="mood", message_id=m)
            for day, m in ((5, 50), (6, 60), (7, None))
        ]
        session.add_all(checkins)
        await session.flush()
        return [checkin.id for checkin in checkins]


async def test_moving_buttons_says_where_they_were_and_moves_only_those_named(
    sessions: SessionFactory,
) -> None:
    first, second, third = await seeded(sessions)
    async with sessions.begin() as session:
        before = await CheckinRepository(session).move_messages({first: 51, third: 71, 999: 9})
    async with sessions() as session:
        rows = (await session.execute(select(Checkin.id, Checkin.message_id))).all()
    assert before == {first: 50, third: None}
    assert sorted(tuple(row) for row in rows) == [(first, 51), (second, 60), (third, 71)]


async def test_moving_nothing_touches_nothing(sessions: SessionFactory) -> None:
    await seeded(sessions)
    async with sessions.begin() as session:
        actual = await CheckinRepository(session).move_messages({})
    assert actual == {}


async def test_a_years_moods_are_the_days_between_oldest_first(sessions: SessionFactory) -> None:
    _, second, third = await seeded(sessions)
    async with sessions.begin() as session:
        for checkin in await session.scalars(select(Checkin)):
            checkin.mood, checkin.rest = checkin.local_date.day - 4, checkin.id == second
        (await session.get(Checkin, third)).source = "later"  # type: ignore[union-attr]
    async with sessions() as session:
        actual = await CheckinRepository(session).moods_since(1, date(2026, 12, 6), DAY)
    assert actual == [
        (date(2026, 12, 6), 2, None, True, None),
        (date(2026, 12, 7), 3, None, False, "later"),
    ]
