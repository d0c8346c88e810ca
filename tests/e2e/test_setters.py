"""The direct setters with good and bad input; bad input explains itself and changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.core.zones import COMMON_ZONES
from bot.texts import settings as settings_words
from storage.models import Checkin, Note, Reflection
from testkit.clock import FakeClock
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.e2e.conftest import RunningBot, onboard
from tests.e2e.test_daily_loop import nudge_arrives

SETTINGS_LINES = {
    "/time": "Daily check-in:",
    "/timezone": "Timezone:",
    "/evening": "Evening question:",
    "/weekly": "Weekly summary:",
}


async def settings_line(person: ScriptedPerson, label: str) -> str:
    await person.command("/settings")
    shown = await person.expect_text("your settings")
    return next(line for line in shown.text.splitlines() if line.startswith(label))


@pytest.mark.parametrize(
    ("command", "confirmation"),
    [
        ("/time 7:45", "Daily check-in saved: 07:45, Europe/Berlin"),
        ("/time 8.30", "Daily check-in saved: 08:30, Europe/Berlin"),
        ("/time 8 am", "Daily check-in saved: 08:00, Europe/Berlin"),
        ("/time 20h30", "Daily check-in saved: 20:30, Europe/Berlin"),
        ("/timezone Asia/Kolkata", "Timezone saved: Asia/Kolkata"),
        ("/timezone new york", "Timezone saved: America/New_York"),
        ("/timezone UTC+2", "Timezone saved: UTC+02:00"),
        ("/timezone +05:30", "Timezone saved: UTC+05:30"),
        ("/evening 21:15", "Evening question saved: 21:15, Europe/Berlin"),
        ("/evening off", "No evening question"),
        ("/weekly fri 17:00", "Weekly summary saved: Friday 17:00, Europe/Berlin"),
        ("/weekly off", "No weekly summary"),
    ],
)
async def test_a_setter_confirms_naming_the_value(
    bot: RunningBot, sam: ScriptedPerson, command: str, confirmation: str
) -> None:
    await onboard(sam)
    await sam.command(command)
    reply = await sam.next_message()
    assert confirmation in reply.text


@pytest.mark.parametrize(
    ("command", "example"),
    [
        ("/time 25:00", "/time 7:45"),
        ("/time soon", "/time 7:45"),
        ("/timezone narnia", "/timezone Berlin"),
        ("/timezone UTC+25", "/timezone Berlin"),
        ("/evening later", "/evening 20:30"),
        ("/weekly someday", "/weekly sun 18:00"),
        ("/weekly sun 25:00", "/weekly sun 18:00"),
    ],
)
async def test_a_setter_that_cannot_understand_says_why_and_changes_nothing(
    bot: RunningBot, sam: ScriptedPerson, command: str, example: str
) -> None:
    await onboard(sam)
    label = SETTINGS_LINES[command.split()[0]]
    before = await settings_line(sam, label)

    await sam.command(command)
    reply = await sam.next_message()

    assert "nothing changed" in reply.text
    assert example in reply.text
    assert await settings_line(sam, label) == before


async def test_a_setter_without_argument_asks_with_buttons(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/weekly")
    question = await sam.expect_text("weekly summary")
    assert question.button_texts == ["Sun 18:00", "Fri 17:00", "Mon 08:00", "Off"]
    await (await sam.press("Off")).wait_answered()
    await sam.expect_text("No weekly summary")
    assert await settings_line(sam, "Weekly summary:") == "Weekly summary: off"


async def test_a_forged_settings_button_changes_nothing(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    message_id = sam.last_message.message_id  # type: ignore[union-attr]

    # The timezone choice after the last of the common zones (the data of no button).
    tap = await sam.press_data(f"v:t:{len(COMMON_ZONES)}", message_id)
    answer = await tap.wait_answered()

    assert answer.text == en(settings_words.STALE_BUTTON)
    assert "nothing changed" in (answer.text or "")
    assert await settings_line(sam, "Timezone:") == "Timezone: Europe/Berlin (UTC+01:00)"


async def test_a_setter_mid_check_in_lets_the_check_in_carry_on(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    await (await sam.press("In between", nudge)).wait_answered()
    await sam.expect_text("three words")

    await sam.command("/time 9")
    await sam.expect_text("Daily check-in saved: 09:00")
    await sam.send("tired calm okay")
    steps = await sam.expect_text("•")

    assert "✏️ My own step" in steps.button_texts
    assert await checkin_words(bot) == "tired calm okay"
    assert await notes_kept(bot) == []


async def test_a_settings_answer_mid_check_in_lets_the_check_in_carry_on(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/checkin")
    nudge = await sam.next_message()
    await (await sam.press("Steady", nudge)).wait_answered()
    await sam.expect_text("three words")
    await sam.command("/evening")
    await sam.expect_text("evening question about your step")
    await sam.send("20:30")
    await sam.expect_text("Evening question saved: 20:30")

    await sam.send("slow but here")
    await sam.expect_text("•")
    assert await checkin_words(bot) == "slow but here"


async def test_a_setter_mid_reflection_keeps_the_answer_open(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/reflect")
    await sam.next_message()
    await sam.command("/weekly fri 17:00")
    await sam.expect_text("Weekly summary saved")
    await sam.send("mostly some quiet")
    await sam.next_message()

    async with bot.services.sessions() as session:
        answers = list(await session.scalars(select(Reflection.text)))
    assert answers == ["mostly some quiet"]
    assert await notes_kept(bot) == []


async def test_start_mid_check_in_lets_the_check_in_carry_on(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    await (await sam.press("Low", nudge)).wait_answered()
    await sam.expect_text("three words")
    await sam.command("/start")
    await sam.expect_text("your settings")

    await sam.send("foggy, slow, okay")
    await sam.expect_text("•")
    assert await checkin_words(bot) == "foggy, slow, okay"


async def test_a_setter_as_first_contact_keeps_it_and_begins_onboarding(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await sam.command("/time 8")
    saved = await sam.expect_text("Daily check-in saved: 08:00")
    welcome = await sam.expect_text("welcome")
    await sam.expect_text("where in the world")

    assert "UTC" not in saved.text
    assert "not a therapist" in welcome.text
    await sam.send("Berlin")
    done = await sam.expect_text("all set")
    assert "08:00, Europe/Berlin" in done.text


async def test_start_after_a_setter_greets_as_new_and_carries_on_onboarding(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await sam.command("/evening 20:00")
    await sam.expect_text("where in the world")
    await sam.command("/start")
    welcome = await sam.next_message()
    await sam.expect_text("where in the world")

    assert "Hello, and welcome" in welcome.text
    assert "welcome back" not in sam.transcript().casefold()


async def test_a_bare_setter_as_first_contact_begins_onboarding(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await sam.command("/timezone")
    welcome = await sam.expect_text("welcome")
    await sam.expect_text("where in the world")
    assert "not a therapist" in welcome.text


async def test_resume_when_not_paused_says_check_ins_were_already_on(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/resume")
    reply = await sam.next_message()
    assert "already on" in reply.text
    assert "welcome back" not in reply.text.casefold()


async def checkin_words(bot: RunningBot) -> str | None:
    async with bot.services.sessions() as session:
        return await session.scalar(select(Checkin.words))


async def notes_kept(bot: RunningBot) -> list[str]:
    async with bot.services.sessions() as session:
        return list(await session.scalars(select(Note.text)))
