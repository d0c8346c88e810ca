from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError

from storage.db import SessionFactory, create_engine, create_session_factory
from storage.migrate import upgrade_to_head
from storage.models import Person, SafetyPlanPart
from storage.repositories.people import PeopleRepository
from storage.repositories.safety_plans import SafetyPlanRepository

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


async def add_person(sessions: SessionFactory, user_id: int) -> int:
    async with sessions.begin() as session:
        return (await PeopleRepository(session).add(user_id, user_id, NOW)).id


async def test_a_new_person_has_an_empty_plan(sessions: SessionFactory) -> None:
    person_id = await add_person(sessions, 1)
    async with sessions() as session:
        assert await SafetyPlanRepository(session).parts_of(person_id) == {}


async def test_parts_are_kept_and_a_part_written_again_replaces_what_it_said(
    sessions: SessionFactory,
) -> None:
    person_id = await add_person(sessions, 1)
    async with sessions.begin() as session:
        repo = SafetyPlanRepository(session)
        await repo.put(person_id, "warning_signs", "I stop sleeping", NOW)
        await repo.put(person_id, "keeps_me_going", "my cat", NOW)
    later = NOW + timedelta(days=2)
    async with sessions.begin() as session:
        await SafetyPlanRepository(session).put(person_id, "warning_signs", "I go quiet", later)
    async with sessions() as session:
        repo = SafetyPlanRepository(session)
        parts = await repo.parts_of(person_id)
        changed = await repo.part_of(person_id, "warning_signs")
        rows = await session.scalar(select(func.count()).select_from(SafetyPlanPart))
    assert parts == {"warning_signs": "I go quiet", "keeps_me_going": "my cat"}
    assert changed is not None and changed.updated_at == later
    assert rows == 2


async def test_each_person_has_their_own_plan(sessions: SessionFactory) -> None:
    sam, alex = await add_person(sessions, 1), await add_person(sessions, 2)
    async with sessions.begin() as session:
        await SafetyPlanRepository(session).put(sam, "on_my_own", "a walk", NOW)
        await SafetyPlanRepository(session).put(alex, "on_my_own", "a bath", NOW)
    async with sessions() as session:
        repo = SafetyPlanRepository(session)
        actual = (await repo.parts_of(sam), await repo.parts_of(alex))
    assert actual == ({"on_my_own": "a walk"}, {"on_my_own": "a bath"})


async def test_a_part_is_one_row_per_person(sessions: SessionFactory) -> None:
    person_id = await add_person(sessions, 1)
    with pytest.raises(IntegrityError):
        async with sessions.begin() as session:
            for words in ("one", "two"):
                session.add(
                    SafetyPlanPart(
                        person_id=person_id, part="on_my_own", text=words, updated_at=NOW
                    )
                )
                await session.flush()


async def test_the_plan_goes_with_its_person_in_the_database_too(sessions: SessionFactory) -> None:
    person_id = await add_person(sessions, 1)
    async with sessions.begin() as session:
        await SafetyPlanRepository(session).put(person_id, "on_my_own", "a walk", NOW)
    async with sessions.begin() as session:
        # Plain SQL, past the ORM: the foreign key's ON DELETE CASCADE does it.
        await session.execute(delete(Person).where(Person.id == person_id))
    async with sessions() as session:
        left = await session.scalar(select(func.count()).select_from(SafetyPlanPart))
    assert left == 0


async def test_with_a_key_the_plan_is_stored_encrypted_and_read_back(database_url: str) -> None:
    engine = create_engine(database_url, Fernet.generate_key().decode())
    try:
        await upgrade_to_head(engine)
        sessions = create_session_factory(engine)
        person_id = await add_person(sessions, 1)
        async with sessions.begin() as session:
            await SafetyPlanRepository(session).put(person_id, "keeps_me_going", "the sea", NOW)
        async with sessions() as session:
            shown = await SafetyPlanRepository(session).parts_of(person_id)
            raw = await session.scalar(text("SELECT text FROM safety_plan_parts"))
    finally:
        await engine.dispose()
    assert shown == {"keeps_me_going": "the sea"}
    assert raw is not None and raw.startswith("fernet:") and "the sea" not in raw
