"""Texts that arrive together: one transaction, each person answered in their own terms."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.services.conversation import ConversationService
from bot.services.people import Identity, NoteKept, PeopleService, SettingChanged
from bot.texts.reflect import question_words
from storage.db import SessionFactory
from tests.bot.conftest import counted_statements, notes_of

NOW = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


def person(n: int) -> Identity:
    return Identity(user_id=5000 + n, chat_id=5000 + n)


async def onboard(sessions: SessionFactory, who: Identity) -> None:
    """Someone who has finished onboarding (timezone and check-in time set)."""
    people = PeopleService(sessions, clock=lambda: NOW)
    conversation = ConversationService(sessions, clock=lambda: NOW, question_words=question_words)
    await people.start(who)
    await conversation.receive_text(who, "berlin")
    await conversation.receive_text(who, "7:30")


async def test_texts_arriving_together_are_each_kept_for_their_own_person(
    sessions: SessionFactory,
) -> None:
    for n in range(6):
        await onboard(sessions, person(n))
    conversation = ConversationService(sessions, clock=lambda: NOW, question_words=question_words)

    outcomes = await asyncio.gather(
        *(conversation.receive_text(person(n), f"tea with friend {n}") for n in range(6))
    )

    assert all(isinstance(outcome, NoteKept) for outcome in outcomes)
    actual = [await notes_of(sessions, person(n)) for n in range(6)]
    assert actual == [[f"tea with friend {n}"] for n in range(6)]


async def test_many_texts_together_cost_the_same_statements_as_one(
    engine: AsyncEngine, sessions: SessionFactory
) -> None:
    for n in range(12):
        await onboard(sessions, person(n))
    conversation = ConversationService(sessions, clock=lambda: NOW, question_words=question_words)

    with counted_statements(engine) as alone:
        await conversation.receive_text(person(0), "just me")
    with counted_statements(engine) as together:
        await asyncio.gather(
            *(conversation.receive_text(person(n), "all of us") for n in range(1, 12))
        )

    assert len(together) == len(alone)


async def test_an_answer_and_notes_in_one_batch_each_get_their_own_outcome(
    sessions: SessionFactory,
) -> None:
    for n in (1, 2):
        await onboard(sessions, person(n))
    await PeopleService(sessions, clock=lambda: NOW).start(person(0))  # asked for a timezone
    conversation = ConversationService(sessions, clock=lambda: NOW, question_words=question_words)

    newcomer, first, second = await asyncio.gather(
        conversation.receive_text(person(0), "tokyo"),
        conversation.receive_text(person(1), "slept badly"),
        conversation.receive_text(person(2), "coffee first"),
    )

    assert isinstance(newcomer, SettingChanged)
    assert newcomer.settings.timezone == "Asia/Tokyo"
    assert (isinstance(first, NoteKept), isinstance(second, NoteKept)) == (True, True)
    actual = [await notes_of(sessions, person(n)) for n in (0, 1, 2)]
    assert actual == [[], ["slept badly"], ["coffee first"]]


async def test_a_first_contact_in_a_batch_creates_that_person_once(
    sessions: SessionFactory,
) -> None:
    await onboard(sessions, person(1))
    conversation = ConversationService(sessions, clock=lambda: NOW, question_words=question_words)

    await asyncio.gather(
        conversation.receive_text(person(9), "hello?"),
        conversation.receive_text(person(1), "morning"),
    )

    assert await notes_of(sessions, person(9)) == ["hello?"]
    assert await notes_of(sessions, person(1)) == ["morning"]
