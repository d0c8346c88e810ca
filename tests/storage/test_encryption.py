from __future__ import annotations

from datetime import UTC, date, datetime

from cryptography.fernet import Fernet
from sqlalchemy import text

from storage.crypto import UNREADABLE
from storage.db import create_engine, create_session_factory
from storage.migrate import upgrade_to_head
from storage.repositories.people import PeopleRepository

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
WORDS = "the quiet before everyone wakes"


async def write_note(url: str, key: str | None, words: str) -> None:
    engine = create_engine(url, key)
    try:
        await upgrade_to_head(engine)
        async with create_session_factory(engine).begin() as session:
            repo = PeopleRepository(session)
            person = await repo.by_user_id(1) or await repo.add(1, 1, NOW)
            repo.add_note(person, words, date(2026, 11, 21), NOW)
    finally:
        await engine.dispose()


async def read_notes(url: str, key: str | None) -> tuple[list[str], list[str]]:
    """What the application reads, and what is actually stored."""
    engine = create_engine(url, key)
    try:
        async with create_session_factory(engine)() as session:
            person = await PeopleRepository(session).by_user_id(1)
            assert person is not None
            shown = [n.text for n in await PeopleRepository(session).notes_of(person)]
            raw = list((await session.scalars(text("SELECT text FROM notes ORDER BY id"))).all())
        return shown, raw
    finally:
        await engine.dispose()


async def test_with_a_key_words_are_stored_encrypted_and_read_back(database_url: str) -> None:
    key = Fernet.generate_key().decode()
    await write_note(database_url, key, WORDS)

    shown, raw = await read_notes(database_url, key)

    assert shown == [WORDS]
    assert raw[0].startswith("fernet:") and WORDS not in raw[0]


async def test_without_the_key_encrypted_words_are_not_shown_as_noise(database_url: str) -> None:
    await write_note(database_url, Fernet.generate_key().decode(), WORDS)

    shown, _ = await read_notes(database_url, None)
    wrong_key, _ = await read_notes(database_url, Fernet.generate_key().decode())

    assert shown == [UNREADABLE]
    assert wrong_key == [UNREADABLE]


async def test_words_kept_before_a_key_was_set_stay_readable(database_url: str) -> None:
    key = Fernet.generate_key().decode()
    await write_note(database_url, None, "before")
    await write_note(database_url, key, "after")

    shown, raw = await read_notes(database_url, key)

    assert shown == ["before", "after"]
    assert raw[0] == "before"
