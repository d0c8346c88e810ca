"""`copy_data`: a bot's whole history moves from SQLite into an empty database, as stored."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import Table, Text, func, insert, select, type_coerce

import storage.copy
from bot.services.checkins import CheckinService, Tap
from bot.services.conversation import ConversationService
from bot.services.deliveries import DeliveryService
from bot.services.people import Identity, PeopleService, Setting
from bot.services.reflections import ReflectionService
from bot.services.safety_plans import SafetyPlanService
from bot.texts.reflect import question_words
from scheduler.sending import SendResult, SendStatus
from storage.copy import Copied, CopyRefusedError, check_source, copy_data, same_database
from storage.crypto import PREFIX, EncryptedText
from storage.db import create_engine, create_session_factory
from storage.migrate import upgrade_to_head
from storage.models import Base, Note, Person, SendBudget
from storage.repositories.people import PeopleRepository
from testkit.clock import FakeClock

# Monday 23 November 2026; Berlin is UTC+1, so a 07:45 check-in is due at 06:45 UTC.
NUDGE = datetime(2026, 11, 23, 6, 45, tzinfo=UTC)
SAM = Identity(1001, 1001)
ALEX = Identity(2002, 2002)
NEWCOMER = Identity(3003, 3003)
WORDS = "slow, grey, okay"
OWN_STEP = "water the plants"
NOTE = "the quiet before everyone wakes, before the kettle"
REFLECTION = "I was kinder to myself than last week"
FREE_REFLECTION = "a long walk helped more than I expected"
TABLES = [table.name for table in Base.metadata.sorted_tables]


async def seed(url: str, key: str | None = None) -> None:
    """Two people's settings, schedules, a delivery, a check-in, notes, reflections, a plan."""
    engine = create_engine(url, key)
    try:
        await upgrade_to_head(engine)
        sessions = create_session_factory(engine)
        clock = FakeClock(NUDGE - timedelta(hours=1))
        people = PeopleService(sessions, clock)
        for who in (SAM, ALEX):
            await people.start(who)
            await people.change(who, Setting.TIMEZONE, "Europe/Berlin")
            await people.change(who, Setting.CHECKIN_TIME, "07:45")
        await people.change(ALEX, Setting.EVENING, "21:00")

        deliveries = DeliveryService(sessions, clock, grace=timedelta(hours=2))
        for claimed in await deliveries.claim_due(NUDGE):
            await deliveries.finish(claimed, SendResult(SendStatus.SENT, message_id=9))

        clock.now = NUDGE + timedelta(minutes=5)
        checkins = CheckinService(sessions, clock)
        conversation = ConversationService(sessions, clock, question_words)
        day = (await checkins.open_today(SAM)).day.checkin_id
        await checkins.attach_message(day, 77)
        await checkins.take_mood(Tap(SAM, day, 77), 2)
        await conversation.receive_text(SAM, WORDS)
        await checkins.take_step(Tap(SAM, day, 77), "own")
        await conversation.receive_text(SAM, OWN_STEP)
        await conversation.receive_text(SAM, NOTE)

        reflections = ReflectionService(sessions, clock)
        await reflections.ask(SAM)
        await conversation.receive_text(SAM, REFLECTION)
        await reflections.finish(SAM)
        await conversation.receive_reflection(ALEX, FREE_REFLECTION)
        await SafetyPlanService(sessions, clock).start(ALEX)
        await conversation.receive_text(ALEX, "a hot shower and my playlist")
        await people.pause(ALEX, 3)
        # The fleet's send budget, as several senders on PostgreSQL leave it.
        async with engine.begin() as connection:
            budget = {"id": 1, "tokens": 2.5, "refreshed_at": NUDGE}
            await connection.execute(insert(SendBudget), [budget])
    finally:
        await engine.dispose()


async def stored_rows(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, encrypted columns exactly as stored."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return {
                table.name: [
                    dict(row._mapping) for row in await connection.execute(stored_select(table))
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        await engine.dispose()


def stored_select(table: Table) -> Any:
    """SELECT * in primary-key order, reading encrypted columns as plain text."""
    columns = [
        type_coerce(column, Text()).label(column.name)
        if isinstance(column.type, EncryptedText)
        else column
        for column in table.columns
    ]
    return select(*columns).order_by(*table.primary_key.columns)


async def copy(source_url: str, target_url: str, key: str | None = None) -> Copied:
    source, target = create_engine(source_url, key), create_engine(target_url, key)
    try:
        return await copy_data(source, target)
    finally:
        await source.dispose()
        await target.dispose()


async def count_people(url: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return int(await connection.scalar(select(func.count()).select_from(Person)) or 0)
    finally:
        await engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path}/smallsteps.db"


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two rows per insert, so every table with more than two rows takes several chunks."""
    monkeypatch.setattr(storage.copy, "CHUNK_ROWS", 2)


@pytest.mark.usefixtures("small_chunks")
async def test_sqlite_to_postgresql_copies_every_row_of_every_table(
    sqlite_url: str, postgres_url: str
) -> None:
    await seed(sqlite_url)
    before = await stored_rows(sqlite_url)
    assert all(before[name] for name in TABLES), {name: len(rows) for name, rows in before.items()}

    copied = await copy(sqlite_url, postgres_url)

    assert await stored_rows(postgres_url) == before
    assert copied.rows == {name: len(before[name]) for name in TABLES}
    assert copied.summary().startswith(f"copied people {len(before['people'])}, ")


async def test_new_rows_after_a_copy_to_postgresql_get_fresh_ids(
    sqlite_url: str, postgres_url: str
) -> None:
    await seed(sqlite_url)
    await copy(sqlite_url, postgres_url)
    before = await stored_rows(postgres_url)
    engine = create_engine(postgres_url)
    try:
        sessions = create_session_factory(engine)
        clock = FakeClock(NUDGE + timedelta(days=1))
        await PeopleService(sessions, clock).start(NEWCOMER)
        await ConversationService(sessions, clock, question_words).receive_text(
            SAM, "one more note"
        )
        async with sessions() as session:
            newcomer = await PeopleRepository(session).by_user_id(NEWCOMER.user_id)
            newest_note = await session.scalar(select(func.max(Note.id)))
    finally:
        await engine.dispose()

    assert newcomer is not None
    assert newcomer.id == max(row["id"] for row in before["people"]) + 1
    assert newest_note == max(row["id"] for row in before["notes"]) + 1


async def test_encrypted_words_arrive_byte_identical_and_readable_with_the_key(
    sqlite_url: str, database_url: str
) -> None:
    # database_url is an empty SQLite or PostgreSQL database (tests/conftest.py).
    target_url = database_url
    key = Fernet.generate_key().decode()
    await seed(sqlite_url, key)
    before = await stored_rows(sqlite_url)

    # Engines holding the key must still neither decrypt nor encrypt a second time.
    await copy(sqlite_url, target_url, key)

    after = await stored_rows(target_url)
    assert after == before
    assert all(row["text"].startswith(PREFIX) for row in after["notes"])
    assert NOTE not in str(after)
    engine = create_engine(target_url, key)
    try:
        async with create_session_factory(engine)() as session:
            sam = await PeopleRepository(session).by_user_id(SAM.user_id)
            assert sam is not None
            notes = [note.text for note in await PeopleRepository(session).notes_of(sam)]
    finally:
        await engine.dispose()
    assert NOTE in notes


async def test_a_second_copy_into_the_filled_target_is_refused_and_changes_nothing(
    sqlite_url: str, postgres_url: str
) -> None:
    await seed(sqlite_url)
    await copy(sqlite_url, postgres_url)
    before = await stored_rows(postgres_url)

    with pytest.raises(CopyRefusedError, match="already holds people"):
        await copy(sqlite_url, postgres_url)

    assert await stored_rows(postgres_url) == before


@pytest.mark.usefixtures("small_chunks")
async def test_sqlite_to_sqlite_copies_everything(sqlite_url: str, tmp_path: Path) -> None:
    target_url = f"sqlite+aiosqlite:///{tmp_path}/copy/smallsteps.db"
    await seed(sqlite_url)

    await copy(sqlite_url, target_url)

    assert await stored_rows(target_url) == await stored_rows(sqlite_url)
    with pytest.raises(CopyRefusedError):
        await copy(sqlite_url, target_url)


async def test_a_failure_part_way_leaves_the_target_empty(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target_url = f"sqlite+aiosqlite:///{tmp_path}/target.db"
    await seed(sqlite_url)
    real_copy_table = storage.copy._copy_table

    async def copy_then_fail(source: Any, target: Any, table: Table) -> int:
        if table.name == "reflections":
            raise RuntimeError("the disk is full")
        return await real_copy_table(source, target, table)

    monkeypatch.setattr(storage.copy, "_copy_table", copy_then_fail)

    with pytest.raises(RuntimeError):
        await copy(sqlite_url, target_url)

    assert await count_people(target_url) == 0
    assert all(not rows for rows in (await stored_rows(target_url)).values())


async def test_an_unmigrated_source_is_brought_up_to_date_first(
    tmp_path: Path, sqlite_url: str
) -> None:
    old = tmp_path / "old.db"
    sqlite3.connect(old).close()

    copied = await copy(f"sqlite+aiosqlite:///{old}", sqlite_url)

    assert copied.rows == dict.fromkeys(TABLES, 0)


async def test_the_same_database_is_refused(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/smallsteps.db"
    await seed(url)
    spelled_differently = f"sqlite+aiosqlite:///{tmp_path}/./smallsteps.db"

    with pytest.raises(CopyRefusedError, match="same database"):
        await copy(url, spelled_differently)
    with pytest.raises(CopyRefusedError, match="same database"):
        check_source(url, spelled_differently)


def test_same_database_compares_where_the_data_is_not_how_the_url_is_spelled() -> None:
    assert same_database("postgresql+asyncpg://a@db/bot", "postgresql://b:pw@db:5432/bot")
    assert not same_database("postgresql+asyncpg://db/bot", "postgresql+asyncpg://db/other")
    assert not same_database("sqlite+aiosqlite:///bot.db", "postgresql+asyncpg://db/bot")
    assert not same_database("sqlite+aiosqlite://", "sqlite+aiosqlite://")


def test_a_missing_sqlite_file_is_refused_rather_than_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "smallsteps.db"

    with pytest.raises(CopyRefusedError, match="no SQLite file"):
        check_source(f"sqlite+aiosqlite:///{missing}", "postgresql+asyncpg://db/bot")

    assert not missing.parent.exists()
