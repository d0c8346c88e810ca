"""Helpers shared by the service tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

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


@contextmanager
def counted_statements(engine: AsyncEngine) -> Iterator[list[str]]:
    """Every SQL statement sent while the block runs."""
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(args[2])

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)
