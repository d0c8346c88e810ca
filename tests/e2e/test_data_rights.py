"""Data rights with someone else using the bot too: /delete erases one person only, /export
holds everything kept about them, and nobody's taps can reach another person's check-in."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, select

from bot.handlers.callbacks import EveningMood, Outcome, SkipWords, StepChoice
from bot.localapi import BotMessage
from bot.services.checkins import REST_CHOICE, StepOutcome
from bot.texts import checkin as checkin_words
from storage.models import Base, Checkin, Person, SendBudget
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.e2e.conftest import RunningBot, onboard

# Onboarded on Monday for 7:45 in Berlin, the first nudge is due at 06:45 UTC.
MONDAY_NUDGE = datetime(2026, 11, 23, 6, 45, tzinfo=UTC)
MOOD_BUTTON = "🌤 Steady"

Rows = dict[str, list[tuple[Any, ...]]]
# Tables that hold nobody's data: the fleet's send budget is one number for all senders.
NOBODYS = {SendBudget.__tablename__}


def owner_column(table_name: str) -> Column[Any]:
    """The column that says whose a row is; every table must have one."""
    table = Base.metadata.tables[table_name]
    column = table.c.id if table_name == Person.__tablename__ else table.c.get("person_id")
    assert column is not None, f"{table_name} has no person_id: /delete could miss its rows"
    return column


async def rows_of(bot: RunningBot, person_id: int) -> Rows:
    """Every row of every table in the metadata that belongs to one person."""
    rows: Rows = {}
    async with bot.services.sessions() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in NOBODYS:
                continue
            found = await session.execute(
                select(table).where(owner_column(table.name) == person_id)
            )
            rows[table.name] = sorted((tuple(row) for row in found.all()), key=repr)
    return rows


async def person_id_of(bot: RunningBot, person: ScriptedPerson) -> int:
    async with bot.services.sessions() as session:
        found = await session.scalar(
            select(Person.id).where(Person.telegram_user_id == person.user_id)
        )
    assert found is not None
    return found


def shown(person: ScriptedPerson, message_id: int) -> str:
    """The text a message shows now, after any edits."""
    message = person.api.message(person.chat_id, message_id)
    return message.text if message else ""


async def expect_nudge(person: ScriptedPerson) -> BotMessage:
    """The next message that carries the mood scale."""
    while True:
        message = await person.next_message()
        if MOOD_BUTTON in message.button_texts:
            return message


async def note_and_reflect(person: ScriptedPerson, note: str, reflection: str) -> None:
    """A note, an answer to a guided /reflect question, and a first line of a safety plan."""
    await person.send(note)
    await person.next_message()
    await person.command("/reflect")
    asked = await person.next_message()
    await person.send(reflection)
    await person.next_message()
    await (await person.press("Done for now", asked)).wait_answered()
    await person.next_message()
    await person.command("/safetyplan")
    offer = await person.next_message()
    await (await person.press("Write my plan", offer)).wait_answered()
    await person.next_message()
    await person.send(f"{reflection} and a long walk")
    await person.next_message()


async def check_in(person: ScriptedPerson, nudge: BotMessage, words: str) -> None:
    """Answer the nudge all the way through: mood, three words, rest."""
    await (await person.press("Steady", nudge)).wait_answered()
    await person.expect_text("three words")
    await person.send(words)
    steps = await person.expect_text("•")
    await (await person.press("Rest today", steps)).wait_answered()
    await person.next_message()


async def two_people_with_a_day_of_everything(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson, alex: ScriptedPerson
) -> None:
    """Both onboard, write a note and a reflection, get the nudge and check in."""
    for person in (sam, alex):
        await onboard(person)
        name = person.first_name.lower()
        await note_and_reflect(person, f"{name}'s note about the rain", f"{name} needs sleep")
    clock.set(MONDAY_NUDGE)
    await bot.deliver_due()
    for person in (sam, alex):
        await check_in(person, await expect_nudge(person), f"{person.first_name} calm okay")


async def test_delete_erases_every_row_of_one_person_and_none_of_another(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    alex = api.person(user_id=1002, first_name="Alex")
    await two_people_with_a_day_of_everything(bot, clock, sam, alex)
    sam_id, alex_id = await person_id_of(bot, sam), await person_id_of(bot, alex)
    alex_before = await rows_of(bot, alex_id)
    sam_before = await rows_of(bot, sam_id)
    assert all(sam_before.values()), f"a table without Sam's rows: {sam_before}"
    assert all(alex_before.values()), f"a table without Alex's rows: {alex_before}"

    await sam.command("/delete")
    question = await sam.next_message()
    await (await sam.press("Delete everything", question)).wait_answered()
    await sam.wait_until(lambda: "erased" in shown(sam, question.message_id))

    assert await rows_of(bot, sam_id) == {name: [] for name in sam_before}
    assert await rows_of(bot, alex_id) == alex_before
    async with bot.services.sessions() as session:
        people = (await session.scalars(select(Person.telegram_user_id))).all()
    assert people == [alex.user_id]


async def test_export_holds_reflections_and_deliveries_and_nobody_else(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    alex = api.person(user_id=1002, first_name="Alex")
    await two_people_with_a_day_of_everything(bot, clock, sam, alex)

    await sam.command("/export")
    message = await sam.next_message()

    assert message.document is not None
    archive = zipfile.ZipFile(io.BytesIO(message.document.data))
    data = json.loads(archive.read("data.json"))
    journal = archive.read("journal.md").decode()
    assert [r["text"] for r in data["reflections"]] == ["sam needs sleep"]
    assert data["reflection_prompts"] != []
    assert [(d["kind"], d["status"]) for d in data["deliveries"]] == [("morning", "sent")]
    assert "sam needs sleep" in journal
    everything = archive.read("data.json").decode() + journal
    assert all(word not in everything for word in ("alex", "Alex"))


async def test_a_forged_tap_on_someone_elses_checkin_changes_nothing_and_is_answered_kindly(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    alex = api.person(user_id=1002, first_name="Alex")
    for person in (sam, alex):
        await onboard(person)
    clock.set(MONDAY_NUDGE)
    await bot.deliver_due()
    sam_nudge, alex_nudge = await expect_nudge(sam), await expect_nudge(alex)
    sam_id = await person_id_of(bot, sam)
    sam_before = await rows_of(bot, sam_id)
    sams_buttons = [data for row in sam_nudge.buttons for _, data in row if data]
    async with bot.services.sessions() as session:
        sam_checkin = await session.scalar(select(Checkin.id).where(Checkin.person_id == sam_id))
    assert sam_checkin is not None
    # Every step of Sam's check-in, as Alex could forge it: taps, words, steps, evening.
    forged = [
        *sams_buttons,
        SkipWords(sam_checkin).encode(),
        StepChoice(sam_checkin, REST_CHOICE).encode(),
        Outcome(sam_checkin, StepOutcome.DONE).encode(),
        EveningMood(sam_checkin, 4).encode(),
    ]

    answers = []
    for data in forged:
        for message_id in (alex_nudge.message_id, sam_nudge.message_id):
            answers.append(await (await alex.press_data(data, message_id)).wait_answered())
    await alex.command("/help")
    await alex.expect_text("here's what i can do")

    assert {answer.text for answer in answers} == {en(checkin_words.STALE_BUTTON)}
    assert not any(answer.show_alert for answer in answers)
    assert await rows_of(bot, sam_id) == sam_before
    assert shown(sam, sam_nudge.message_id) == sam_nudge.text
    assert [m.message_id for m in api.sent_to(sam.chat_id)][-1] == sam_nudge.message_id
    # Sam's own buttons still work: nothing of theirs was used up.
    await (await sam.press("Steady", sam_nudge)).wait_answered()
    await sam.expect_text("three words")
