"""Filling in a past day (#19): /yesterday, "Add yesterday" on the morning nudge, any of the last
seven days, a note for that day, and the mark in the export. Through the local Bot API."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from bot.handlers import callbacks
from bot.localapi import BotMessage
from bot.texts import checkin as checkin_texts
from bot.texts import export as export_texts
from storage.models import Checkin, Note
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.e2e.conftest import RunningBot, onboard
from tests.e2e.test_daily_loop import MONDAY_NUDGE, MOOD_BUTTON, expect_nudge, nudge_arrives
from tests.e2e.test_forgiving import exported, shown

MONDAY = date(2026, 11, 23)
ADD_YESTERDAY = en(checkin_texts.ADD_YESTERDAY)


async def day_on(bot: RunningBot, local_date: date) -> Checkin | None:
    """The check-in kept for one local date, if any."""
    async with bot.services.sessions() as session:
        found: Checkin | None = await session.scalar(
            select(Checkin).where(Checkin.local_date == local_date)
        )
        return found


async def fill_in_monday(sam: ScriptedPerson) -> BotMessage:
    """/yesterday on Tuesday: Steady, three words, an own step partly done; the thanks."""
    await sam.command("/yesterday")
    scale = await sam.expect_text("Looking back at Monday 23 November")
    await (await sam.press(MOOD_BUTTON, scale)).wait_answered()
    await sam.expect_text(en(checkin_texts.PAST_WORDS_PROMPT))
    await sam.send("slow but okay")
    steps = await sam.expect_text(en(checkin_texts.PAST_STEP_PROMPT))
    assert steps.button_texts == ["✏️ My own step", en(checkin_texts.PAST_REST)]
    await (await sam.press("✏️ My own step", steps)).wait_answered()
    await sam.expect_text(en(checkin_texts.PAST_OWN_STEP_ASK))
    await sam.send("walked to the shop")
    how = await sam.expect_text(en(checkin_texts.PAST_OUTCOME_QUESTION))
    assert "🌙 " + en(checkin_texts.PAST_NOT_TODAY) in how.button_texts
    await (await sam.press("🌗 Partly", how)).wait_answered()
    return await sam.expect_text("Monday 23 November is filled in")


async def test_yesterday_fills_in_an_empty_day_and_marks_it(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    clock.advance(hours=24)

    await fill_in_monday(sam)

    monday = await day_on(bot, MONDAY)
    assert monday is not None
    assert (monday.mood, monday.words, monday.step_text, monday.outcome, monday.source) == (
        4,
        "slow but okay",
        "walked to the shop",
        "partly",
        "later",
    )
    assert monday.suggested == ""  # no steps suggested for a day already over


async def test_a_note_is_kept_with_the_day_it_was_added_to(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    clock.advance(hours=24)
    kept = await fill_in_monday(sam)

    await (await sam.press(en(checkin_texts.ADD_NOTE), kept)).wait_answered()
    await sam.expect_text(en(checkin_texts.DAY_NOTE_ASK).format(day="Monday 23 November"))
    await sam.send("it rained all day, the shop was warm")
    await sam.expect_text(en(checkin_texts.DAY_NOTE_KEPT).format(day="Monday 23 November"))
    await sam.send("and today is tuesday")
    await sam.next_message()

    async with bot.services.sessions() as session:
        notes = [
            (n.local_date, n.text) for n in await session.scalars(select(Note).order_by(Note.id))
        ]
    assert notes == [
        (MONDAY, "it rained all day, the shop was warm"),
        (MONDAY + timedelta(days=1), "and today is tuesday"),
    ]


async def test_the_export_marks_a_day_filled_in_later(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    clock.advance(hours=24)
    await fill_in_monday(sam)

    journal = (await exported(sam)).read("journal.md").decode()

    monday = journal.split("## Monday 2026-11-23")[1].split("##")[0]
    assert "- Small step: walked to the shop (partly done)" in monday
    assert f"- _{en(export_texts.SOURCE_LINES['later'])}_" in monday


async def test_the_morning_nudge_offers_an_empty_yesterday_once(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    monday_nudge = await nudge_arrives(bot, clock, sam)
    # Monday is the day Sam arrived: nothing before it to offer.
    assert ADD_YESTERDAY not in monday_nudge.button_texts

    tuesday_nudge = await nudge_arrives(bot, clock, sam, MONDAY_NUDGE + timedelta(days=1))
    assert tuesday_nudge.button_texts[-1] == ADD_YESTERDAY
    await (await sam.press(ADD_YESTERDAY, tuesday_nudge)).wait_answered()
    monday = await sam.expect_text("Looking back at Monday 23 November")

    # Tuesday's own check-in still waits on its nudge, and Monday on its own message.
    await (await sam.press("🌥 In between", tuesday_nudge)).wait_answered()
    await sam.expect_text("three words")
    await (await sam.press(MOOD_BUTTON, monday)).wait_answered()
    await sam.expect_text(en(checkin_texts.PAST_WORDS_PROMPT))
    tuesday, monday_day = await day_on(bot, MONDAY + timedelta(days=1)), await day_on(bot, MONDAY)
    assert tuesday is not None and monday_day is not None
    assert (tuesday.mood, tuesday.source, monday_day.mood, monday_day.source) == (
        3,
        None,
        4,
        "later",
    )


async def test_later_brings_the_nudge_back_without_offering_yesterday_again(
    bot: RunningBot, api: FakeBotApi, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await nudge_arrives(bot, clock, sam)  # Monday's, left unanswered
    tuesday_nudge = await nudge_arrives(bot, clock, sam, MONDAY_NUDGE + timedelta(days=1))
    assert ADD_YESTERDAY in tuesday_nudge.button_texts
    await (await sam.press("⏰ Later", tuesday_nudge)).wait_answered()
    await sam.wait_until(lambda: "In an hour" in shown(api, sam, tuesday_nudge).button_texts)
    await (await sam.press("In an hour", tuesday_nudge)).wait_answered()
    await sam.next_message()

    clock.advance(hours=1)
    await bot.deliver_due()
    again = await expect_nudge(sam)

    assert ADD_YESTERDAY not in again.button_texts


async def test_an_answered_yesterday_is_not_offered(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await nudge_arrives(bot, clock, sam)  # Monday's, left unanswered
    clock.set(MONDAY_NUDGE + timedelta(hours=23))
    await fill_in_monday(sam)

    tuesday_nudge = await nudge_arrives(bot, clock, sam, MONDAY_NUDGE + timedelta(days=1))
    assert ADD_YESTERDAY not in tuesday_nudge.button_texts


async def test_words_typed_for_a_past_day_go_to_that_day_not_today(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await nudge_arrives(bot, clock, sam)  # Monday's, left unanswered
    tuesday_nudge = await nudge_arrives(bot, clock, sam, MONDAY_NUDGE + timedelta(days=1))
    await (await sam.press("🌥 In between", tuesday_nudge)).wait_answered()
    await sam.expect_text("three words")

    await sam.command("/yesterday")
    monday = await sam.expect_text("Looking back at Monday")
    await (await sam.press(MOOD_BUTTON, monday)).wait_answered()
    await sam.expect_text(en(checkin_texts.PAST_WORDS_PROMPT))
    await sam.send("monday was quiet")
    await sam.expect_text(en(checkin_texts.PAST_STEP_PROMPT))

    await sam.command("/checkin")
    await sam.expect_text("three words")
    await sam.send("tuesday feels brighter")
    await sam.expect_text("•")

    tuesday, monday_day = await day_on(bot, MONDAY + timedelta(days=1)), await day_on(bot, MONDAY)
    assert tuesday is not None and monday_day is not None
    assert (monday_day.words, tuesday.words) == ("monday was quiet", "tuesday feels brighter")


async def test_another_day_lists_the_last_seven_and_opens_the_one_chosen(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    clock.advance(days=8)  # Tuesday 1 December

    await sam.command("/yesterday")
    monday = await sam.expect_text("Looking back at Monday 30 November")
    await (await sam.press(en(checkin_texts.ANOTHER_DAY), monday)).wait_answered()
    days = await sam.expect_text(en(checkin_texts.PICK_DAY))

    assert days.button_texts == [
        "Mon 30 Nov",
        "Sun 29 Nov",
        "Sat 28 Nov",
        "Fri 27 Nov",
        "Thu 26 Nov",
        "Wed 25 Nov",
        "Tue 24 Nov",
    ]
    await (await sam.press("Thu 26 Nov", days)).wait_answered()
    thursday = await sam.expect_text("Looking back at Thursday 26 November")
    await (await sam.press("🌥 In between", thursday)).wait_answered()
    await sam.expect_text(en(checkin_texts.PAST_WORDS_PROMPT))
    chosen = await day_on(bot, date(2026, 11, 26))
    assert chosen is not None and (chosen.mood, chosen.source) == (3, "later")


async def test_a_day_more_than_seven_days_back_cannot_be_opened(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    clock.advance(days=9)
    await sam.command("/help")
    help_message = await sam.next_message()

    old_day = callbacks.PastDay(MONDAY).encode()
    answer = await (await sam.press_data(old_day, help_message.message_id)).wait_answered()

    assert answer.text == en(checkin_texts.STALE_BUTTON)
    assert await day_on(bot, MONDAY) is None


async def test_a_filled_in_day_shows_its_answers_to_change(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    clock.advance(hours=24)
    await fill_in_monday(sam)

    await sam.command("/yesterday")
    so_far = await sam.expect_text(en(checkin_texts.PAST_SO_FAR).format(day="Monday 23 November"))
    assert "slow but okay" in so_far.text and en(checkin_texts.PAST_CHANGE_HINT) in so_far.text
    await (await sam.press("Change mood", so_far)).wait_answered()
    scale = await sam.expect_text("Looking back at Monday")
    await (await sam.press("☁️ Low", scale)).wait_answered()
    again = await sam.expect_text(en(checkin_texts.PAST_SO_FAR).format(day="Monday 23 November"))

    assert "☁️ Low" in again.text
    monday = await day_on(bot, MONDAY)
    assert monday is not None and (monday.mood, monday.words) == (2, "slow but okay")


async def test_a_rest_day_can_be_filled_in(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    clock.advance(hours=24)
    await sam.command("/yesterday")
    scale = await sam.expect_text("Looking back at Monday")
    await (await sam.press("🌥 In between", scale)).wait_answered()
    words = await sam.expect_text(en(checkin_texts.PAST_WORDS_PROMPT))
    await (await sam.press("Skip", words)).wait_answered()
    steps = await sam.expect_text(en(checkin_texts.PAST_STEP_PROMPT))
    await (await sam.press(en(checkin_texts.PAST_REST), steps)).wait_answered()
    await sam.expect_text("Monday 23 November is filled in")

    monday = await day_on(bot, MONDAY)
    assert monday is not None and (monday.rest, monday.stage, monday.source) == (
        True,
        "chosen",
        "later",
    )
