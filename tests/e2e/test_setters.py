"""The direct setters with good and bad input; bad input explains itself and changes nothing."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import RunningBot, onboard
from tests.fakeapi import ScriptedPerson

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

    tap = await sam.press_data("set:timezone:Mars/Olympus_Mons", message_id)
    answer = await tap.wait_answered()

    assert "nothing changed" in (answer.text or "")
    assert await settings_line(sam, "Timezone:") == "Timezone: Europe/Berlin (UTC+01:00)"
