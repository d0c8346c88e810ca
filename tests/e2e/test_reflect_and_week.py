"""/reflect, /summary and the weekly summary at its minute, over real HTTP."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.core.languages import Language
from bot.core.reflect import QUESTIONS
from bot.localapi import BotMessage
from bot.texts.reflect import question_words
from storage.models import Reflection
from testkit.app import stop_application
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from tests.e2e.conftest import RunningBot, StartBot, onboard

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
QUESTION_TEXTS = {question_words(question.key, Language.EN) for question in QUESTIONS}


def question_in(message: BotMessage) -> str:
    """The guided question shown in a /reflect message."""
    return next(text for text in QUESTION_TEXTS if text in message.text)


async def reflections(bot: RunningBot) -> list[tuple[str, str]]:
    async with bot.services.sessions() as session:
        rows = await session.execute(
            select(Reflection.question_text, Reflection.text).order_by(Reflection.id)
        )
        return [(row[0], row[1]) for row in rows.all()]


async def test_reflect_keeps_a_multi_message_answer_with_its_question(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/reflect")
    asked = await sam.next_message()
    question = question_in(asked)
    assert asked.button_texts == ["Another question", "Done for now"]

    await sam.send("Mostly I need sleep.")
    await sam.next_message()
    await sam.send("And someone to sit with.")
    await sam.next_message()
    await (await sam.press("Another question", asked)).wait_answered()
    second = await sam.next_message()
    await (await sam.press("Done for now", second)).wait_answered()
    await sam.next_message()
    await sam.send("this is a note now")
    await sam.next_message()

    assert question_in(second) != question
    assert await reflections(bot) == [
        (question, "Mostly I need sleep."),
        (question, "And someone to sit with."),
    ]


async def test_reflect_with_text_keeps_it_at_once(bot: RunningBot, sam: ScriptedPerson) -> None:
    await onboard(sam)
    await sam.command("/reflect the light on the wall this morning")
    await sam.next_message()
    await sam.command("/history")
    history = await sam.expect_text("recent days")

    assert await reflections(bot) == [("(free reflection)", "the light on the wall this morning")]
    assert history.text.splitlines()[-1].endswith(" · 📝 a reflection")


async def test_questions_do_not_repeat_within_a_week(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    asked: list[str] = []
    for _ in range(7):
        await sam.command("/reflect")
        asked.append(question_in(await sam.next_message()))
        clock.advance(days=1)
    assert len(set(asked)) == 7


async def a_few_days(bot: RunningBot, clock: FakeClock, sam: ScriptedPerson) -> None:
    """Monday and Tuesday check-ins with moods, words and a rest day."""
    for mood, words in (("Low", "tired, slow, okay"), ("Bright", "calm, hopeful, okay")):
        await sam.command("/checkin")
        nudge = await sam.next_message()
        await (await sam.press(mood, nudge)).wait_answered()
        await sam.expect_text("three words")
        await sam.send(words)
        steps = await sam.expect_text("•")
        await (await sam.press("Rest today", steps)).wait_answered()
        await sam.next_message()
        clock.advance(days=1)


async def test_summary_sends_words_and_a_chart(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await a_few_days(bot, clock, sam)

    await sam.command("/summary")
    summary = await sam.next_message()

    assert summary.photo is not None and summary.photo.data.startswith(PNG_SIGNATURE)
    assert "okay" in summary.text and "2 days" in summary.text
    assert "missed" not in summary.text


async def test_summary_of_an_empty_week_is_short_and_has_no_chart(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/summary last")
    summary = await sam.next_message()
    assert summary.photo is None
    assert len(summary.text) < 400


async def test_the_weekly_summary_arrives_at_its_minute_and_not_twice_after_a_restart(
    start_bot: StartBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    first = await start_bot()
    await onboard(sam)
    await a_few_days(first, clock, sam)
    # Sunday 29 November, 18:00 in Berlin is 17:00 UTC.
    sunday = datetime(2026, 11, 29, 17, 0, tzinfo=UTC)
    clock.set(sunday - timedelta(minutes=1))
    await first.deliver_due()
    photos_before = [m for m in api.sent_to(sam.chat_id) if m.photo is not None]

    clock.set(sunday)
    await first.deliver_due()
    await sam.wait_until(lambda: any(m.photo is not None for m in api.sent_to(sam.chat_id)))
    await stop_application(first.app)
    second = await start_bot()
    clock.advance(minutes=1)
    await second.deliver_due()
    await sam.command("/help")
    await sam.expect_text("here's what i can do")

    photos = [m for m in api.sent_to(sam.chat_id) if m.photo is not None]
    assert (photos_before, len(photos)) == ([], 1)
    assert "The week of 23 November" in photos[0].text


async def a_week_answered_only_on_wednesday(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    """Every morning's nudge arrives at 7:45 in Berlin; only Wednesday's is answered."""
    for offset in range(7):
        clock.set(datetime(2026, 11, 23, 6, 45, tzinfo=UTC) + timedelta(days=offset))
        await bot.deliver_due()
        nudge = await sam.next_message()
        assert "🌤 Steady" in nudge.button_texts
        if offset == 2:
            await (await sam.press("Steady", nudge)).wait_answered()
            await (await sam.press("Skip", await sam.expect_text("three words"))).wait_answered()
            await (await sam.press("Rest today", await sam.expect_text("•"))).wait_answered()
            await sam.next_message()


async def test_unanswered_nudges_are_not_counted_as_showing_up(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await a_week_answered_only_on_wednesday(bot, clock, sam)

    clock.set(datetime(2026, 11, 29, 10, 0, tzinfo=UTC))
    await sam.command("/summary")
    summary = await sam.next_message()

    assert re.search(r"\b1 day\b", summary.text), summary.text
    assert not re.search(r"\b[2-7] days\b", summary.text.split("\n\n")[1]), summary.text
    assert "rest" in summary.text.lower()


async def test_moving_the_weekly_day_to_monday_does_not_summarise_the_week_again(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await a_week_answered_only_on_wednesday(bot, clock, sam)
    # Sunday 29 November, 18:00 in Berlin (the default) is 17:00 UTC.
    clock.set(datetime(2026, 11, 29, 17, 0, tzinfo=UTC))
    await bot.deliver_due()
    await sam.wait_until(lambda: summaries(api, sam) != [])
    await sam.command("/weekly mon 18:00")
    await sam.next_message()

    clock.set(datetime(2026, 11, 30, 6, 45, tzinfo=UTC))
    await bot.deliver_due()
    await sam.next_message()
    clock.set(datetime(2026, 11, 30, 17, 0, tzinfo=UTC))
    await bot.deliver_due()
    await sam.command("/help")
    await sam.expect_text("here's what i can do")

    [sunday] = summaries(api, sam)
    assert "The week of 23 November" in sunday.text
    assert not any("Last week" in m.text for m in api.sent_to(sam.chat_id))


def summaries(api: FakeBotApi, sam: ScriptedPerson) -> list[BotMessage]:
    """The weekly summaries sent to a person (a photo captioned with the week)."""
    return [m for m in api.sent_to(sam.chat_id) if m.photo is not None]
