"""A person meets the bot: /start, timezone and time by buttons or typing, kept on restart."""

from __future__ import annotations

from testkit.app import stop_application
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from tests.e2e.conftest import RunningBot, StartBot, onboard


async def test_start_greets_and_says_what_the_bot_is_not(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await sam.command("/start")

    welcome = await sam.next_message()
    assert "not a therapist" in welcome.text
    assert "crisis" in welcome.text


async def test_onboarding_by_buttons(bot: RunningBot, sam: ScriptedPerson) -> None:
    await sam.command("/start")
    await sam.expect_text("welcome")
    zone_question = await sam.expect_text("where in the world")

    tap = await sam.press("Berlin")
    await tap.wait_answered()
    await sam.wait_until(lambda: _edited(sam, zone_question.message_id))
    edited = sam.api.message(sam.chat_id, zone_question.message_id)
    assert edited is not None
    assert (edited.text, edited.buttons) == ("Timezone: Europe/Berlin ✓", [])

    await sam.expect_text("Timezone saved: Europe/Berlin")
    await sam.expect_text("when would you like")
    await (await sam.press("08:00")).wait_answered()
    done = await sam.expect_text("all set")
    assert "08:00, Europe/Berlin" in done.text


async def test_onboarding_by_typing(bot: RunningBot, sam: ScriptedPerson) -> None:
    await sam.command("/start")
    question = await sam.expect_text("where in the world")
    await sam.send("new york")
    await sam.expect_text("Timezone saved: America/New_York")
    # Typing an answer takes the buttons off the question, so no stale choices linger.
    await sam.wait_until(
        lambda: sam.api.message(sam.chat_id, question.message_id).buttons == []  # type: ignore[union-attr]
    )
    await sam.expect_text("when would you like")
    await sam.send("8:30pm")
    done = await sam.expect_text("all set")
    assert "20:30, America/New_York" in done.text


async def test_location_sets_the_timezone(bot: RunningBot, sam: ScriptedPerson) -> None:
    await sam.command("/start")
    await sam.expect_text("where in the world")
    await sam.share_location(48.8566, 2.3522)
    await sam.expect_text("Timezone saved: Europe/Paris")


async def test_settings_show_everything_and_buttons_change_it(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/settings")
    shown = await sam.expect_text("your settings")
    for line in (
        "Timezone: Europe/Berlin",
        "Daily check-in: 07:45",
        "Evening question: off",
        "Weekly summary: Sunday 18:00",
        "Nudges: on",
    ):
        assert line in shown.text

    await (await sam.press("Evening question", shown)).wait_answered()
    await sam.expect_text("evening question about your step")
    await (await sam.press("21:00")).wait_answered()
    await sam.expect_text("Evening question saved: 21:00, Europe/Berlin")


async def test_start_again_keeps_settings(bot: RunningBot, sam: ScriptedPerson) -> None:
    await onboard(sam, "Asia/Kolkata", "6:15")
    await sam.command("/start")
    await sam.expect_text("welcome back")
    shown = await sam.expect_text("your settings")
    assert "Daily check-in: 06:15" in shown.text
    assert "Asia/Kolkata" in shown.text


async def test_settings_survive_a_restart(
    start_bot: StartBot, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    first = await start_bot()
    await onboard(sam, "Australia/Lord_Howe", "9")
    await stop_application(first.app)

    await start_bot()
    await sam.command("/settings")
    shown = await sam.expect_text("your settings")
    assert "Timezone: Australia/Lord_Howe" in shown.text
    assert "Daily check-in: 09:00" in shown.text


async def test_command_menu_is_published(bot: RunningBot, api: FakeBotApi) -> None:
    names = {command["command"] for command in api.my_commands}
    expected = {
        "start",
        "help",
        "checkin",
        "step",
        "reflect",
        "summary",
        "history",
        "yesterday",
        "settings",
        "pause",
        "resume",
        "cancel",
        "export",
        "import",
        "delete",
        "privacy",
        "sos",
        "safetyplan",
        "time",
        "evening",
        "weekly",
        "timezone",
    }
    assert names == expected


async def test_help_and_privacy(bot: RunningBot, sam: ScriptedPerson) -> None:
    await sam.command("/help")
    help_text = (await sam.next_message()).text
    await sam.command("/privacy")
    privacy = (await sam.next_message()).text
    assert "/timezone" in help_text and "not a therapist" in help_text
    assert "/export" in privacy and "/delete" in privacy


async def test_start_again_says_what_the_bot_is_not_and_offers_the_settings_buttons(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/start")
    welcome = await sam.expect_text("welcome back")
    shown = await sam.expect_text("your settings")

    assert "not a therapist" in welcome.text
    assert shown.button_texts == [
        "🌍 Timezone",
        "☀️ Check-in time",
        "🌙 Evening question",
        "📅 Weekly summary",
    ]


async def test_a_settings_tap_is_answered_and_shows_the_choice(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/settings")
    shown = await sam.expect_text("your settings")

    await (await sam.press("Timezone", shown)).wait_answered()
    await sam.expect_text("where in the world")

    edited = sam.api.message(sam.chat_id, shown.message_id)
    assert edited is not None
    assert (edited.text, edited.buttons) == ("Changing your timezone ↓", [])


async def test_onboarding_answers_that_cannot_be_read_vary_and_show_plain_examples(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await sam.command("/start")
    await sam.expect_text("where in the world")
    replies = []
    for attempt in ("Mars/Olympus", "atlantis", "UTC+15"):
        await sam.send(attempt)
        replies.append((await sam.next_message()).text)

    assert len(set(replies)) == 3
    assert all("/timezone" not in text for text in replies)
    assert all("Berlin" in text for text in replies)
    await sam.send("Berlin")
    await sam.expect_text("when would you like")
    await sam.send("25:99")
    time_reply = (await sam.next_message()).text
    assert "/time" not in time_reply and "7:45" in time_reply


def _edited(person: ScriptedPerson, message_id: int) -> bool:
    """Whether a message of the person's chat has been edited."""
    message = person.api.message(person.chat_id, message_id)
    return message is not None and message.edited
