"""The week's figures come from a fixed handful of SQL aggregates, plain or encrypted."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.steps import STEPS
from bot.core.week import TakenStep, week_figures
from bot.services.weekly import week_data
from storage.db import SessionFactory, create_engine, create_session_factory
from storage.migrate import upgrade_to_head
from storage.models import Checkin, Note, Person, Reflection
from storage.repositories.weeks import StepRow, WeekRepository, WeekRows

MONDAY = date(2026, 11, 23)
SUNDAY = MONDAY + timedelta(days=6)
AT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
STEP = STEPS[0]


@pytest.fixture(params=["plain", "encrypted"])
async def keyed_sessions(
    request: pytest.FixtureRequest, database_url: str
) -> AsyncIterator[SessionFactory]:
    """Sessions on a migrated database, with free text stored plain or encrypted."""
    key = Fernet.generate_key().decode() if request.param == "encrypted" else None
    engine = create_engine(database_url, key)
    await upgrade_to_head(engine)
    try:
        yield create_session_factory(engine)
    finally:
        await engine.dispose()


def on(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


async def add_person(sessions: SessionFactory, user: int) -> int:
    async with sessions.begin() as session:
        person = Person(telegram_user_id=user, chat_id=user, timezone="Europe/Berlin")
        session.add(person)
        await session.flush()
        return person.id


def checkin(person_id: int, local_date: date, **fields: Any) -> Checkin:
    return Checkin(person_id=person_id, local_date=local_date, stage="closed", **fields)


async def add_rows(sessions: SessionFactory, rows: list[Checkin | Note | Reflection]) -> None:
    async with sessions.begin() as session:
        session.add_all(rows)


def reflection(person_id: int, local_date: date, text: str) -> Reflection:
    return Reflection(
        person_id=person_id,
        local_date=local_date,
        question_key="need",
        question_text="What do I need right now?",
        text=text,
        created_at=AT,
    )


def note(person_id: int, local_date: date, text: str) -> Note:
    return Note(person_id=person_id, local_date=local_date, text=text, created_at=AT)


async def read_week(sessions: SessionFactory, person_id: int) -> WeekRows:
    async with sessions.begin() as session:
        return await WeekRepository(session).week(person_id, MONDAY, SUNDAY)


async def a_mixed_week(sessions: SessionFactory) -> int:
    """Sam's week, with an unanswered nudge, a rest day, and other people's rows around it."""
    sam = await add_person(sessions, 1)
    other = await add_person(sessions, 2)
    own = "Drink water first"
    await add_rows(
        sessions,
        [
            checkin(sam, on(-3), step_key=STEP.key, outcome="done"),  # before: counted in total
            checkin(sam, on(-2), step_text=own, outcome="partly"),
            checkin(sam, on(-1), step_text=own, outcome="not_today"),
            checkin(
                sam,
                on(0),
                mood=2,
                evening_mood=3,
                words="tired, hopeful",
                step_key=STEP.key,
                outcome="done",
            ),
            checkin(sam, on(1)),  # the nudge came, nothing was answered
            checkin(sam, on(2), mood=4, words="calm, tired", step_text=own, outcome="done"),
            checkin(sam, on(3), mood=3, step_text=own, outcome="partly"),
            checkin(sam, on(4), mood=1, rest=True),
            checkin(sam, on(5), mood=3, step_text="Call Jo", outcome="not_today"),
            checkin(sam, on(7), mood=5, words="next week", step_key=STEP.key, outcome="done"),
            checkin(other, on(0), mood=5, words="not sam", step_key=STEP.key, outcome="done"),
            reflection(sam, on(0), "I am still here, slowly."),
            reflection(sam, on(6), "A quiet Sunday with the window open."),
            reflection(sam, on(-1), "Last week's words."),
            note(sam, on(6), "The tea was warm."),
            note(other, on(6), "Someone else's note."),
        ],
    )
    return sam


async def test_a_week_reads_as_aggregates_per_day(keyed_sessions: SessionFactory) -> None:
    sam = await a_mixed_week(keyed_sessions)

    rows = await read_week(keyed_sessions, sam)

    assert [(d.local_date, d.mood, d.evening_mood, d.rest, d.chose_step) for d in rows.days] == [
        (on(0), 2, 3, False, True),
        (on(1), None, None, False, False),
        (on(2), 4, None, False, True),
        (on(3), 3, None, False, True),
        (on(4), 1, None, True, False),
        (on(5), 3, None, False, True),
        (on(6), None, None, False, False),
    ]
    assert [(d.wrote, d.reflections) for d in rows.days] == [
        (True, 1), (False, 0), (True, 0), (False, 0), (False, 0), (False, 0), (True, 1),
    ]  # fmt: skip
    assert rows.words == ["tired, hopeful", "calm, tired"]
    assert rows.reflections == ["I am still here, slowly.", "A quiet Sunday with the window open."]
    assert rows.notes == ["The tea was warm."]
    assert rows.steps_since_start == 5
    assert sum(step.times for step in rows.steps) == 3
    assert rows.steps[0] == StepRow(STEP.key, None, 1, on(0))


async def test_the_figures_are_the_same_plain_or_encrypted(keyed_sessions: SessionFactory) -> None:
    sam = await a_mixed_week(keyed_sessions)

    figures = week_figures(week_data(await read_week(keyed_sessions, sam), MONDAY))

    assert figures.days_showed_up == 6  # Tuesday's unanswered nudge is not counted
    assert figures.morning_moods == (2, None, 4, 3, 1, 3, None)
    assert figures.evening_moods == (3, None, None, None, None, None, None)
    assert figures.top_words == ("tired",)  # the only word used more than once
    assert figures.steps_taken == (
        (TakenStep(own_words="Drink water first"), 2),
        (TakenStep(key=STEP.key), 1),
    )
    assert figures.rest_days == 1
    assert figures.reflections == 2
    assert figures.steps_since_start == 5


async def test_an_answer_over_several_messages_is_one_reflection(
    sessions: SessionFactory,
) -> None:
    sam = await add_person(sessions, 1)
    parts = ["Mostly I need sleep.", "And someone to sit with.", "Maybe a walk."]
    other = reflection(sam, on(0), "Something else entirely.")
    other.question_key = "proud"
    await add_rows(sessions, [*(reflection(sam, on(0), part) for part in parts), other])

    rows = await read_week(sessions, sam)

    assert [d.reflections for d in rows.days] == [2]
    assert week_figures(week_data(rows, MONDAY)).reflections == 2


async def test_a_week_of_unanswered_nudges_holds_nothing(sessions: SessionFactory) -> None:
    sam = await add_person(sessions, 1)
    await add_rows(sessions, [checkin(sam, on(offset)) for offset in range(7)])

    figures = week_figures(week_data(await read_week(sessions, sam), MONDAY))

    assert not figures.has_data
    assert figures.days_showed_up == 0


async def test_an_empty_week_is_one_statement(
    engine: AsyncEngine, sessions: SessionFactory
) -> None:
    sam = await add_person(sessions, 1)
    with statements(engine) as issued:
        rows = await read_week(sessions, sam)
    assert rows.days == []
    assert len(issued) == 1


@contextmanager
def statements(engine: AsyncEngine) -> Iterator[list[str]]:
    """Every query the engine sends while the block runs (transaction control left out)."""
    issued: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            issued.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield issued
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


async def fill_week(sessions: SessionFactory, person_id: int, days: int, items: int) -> None:
    """`days` days of full check-ins, each with `items` reflections and notes."""
    rows: list[Checkin | Note | Reflection] = []
    for offset in range(days):
        rows.append(
            checkin(
                person_id,
                on(offset),
                mood=3,
                evening_mood=4,
                words="calm, okay",
                step_text=f"own step {offset}",
                outcome="done",
            )
        )
        for item in range(items):
            rows.append(reflection(person_id, on(offset), f"Reflection {item} of the day."))
            rows.append(note(person_id, on(offset), f"Note {item} of the day."))
    await add_rows(sessions, rows)


async def test_statements_do_not_grow_with_days_or_items(
    engine: AsyncEngine, sessions: SessionFactory
) -> None:
    small, large = await add_person(sessions, 1), await add_person(sessions, 2)
    await fill_week(sessions, small, days=1, items=1)
    await fill_week(sessions, large, days=7, items=12)

    with statements(engine) as for_small:
        small_rows = await read_week(sessions, small)
    with statements(engine) as for_large:
        large_rows = await read_week(sessions, large)

    assert (len(small_rows.days), len(large_rows.days), len(large_rows.notes)) == (1, 7, 84)
    assert len(for_small) == len(for_large) <= 4, for_large


async def test_the_days_before_the_week_give_the_weeks_in_a_row(sessions: SessionFactory) -> None:
    sam = await add_person(sessions, 1)
    await add_rows(
        sessions,
        [
            checkin(sam, on(0), mood=3),
            checkin(sam, on(-1), mood=2),  # last Sunday
            checkin(sam, on(-8)),  # an unanswered nudge two weeks back: not showing up
            note(sam, on(-10), "a note the week before last"),
            reflection(sam, on(-400), "too long ago to count"),
        ],
    )

    rows = await read_week(sessions, sam)

    assert rows.earlier_days == [on(-10), on(-1)]
    assert week_figures(week_data(rows, MONDAY)).weeks_in_a_row == 3
