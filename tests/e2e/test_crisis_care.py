"""Around a crisis message, over real HTTP: the gentle check, shorter repeats, copy buttons,
a setup that waits, a gentler next morning, and nothing distressing quoted back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.core.safety import Level, screen
from bot.core.steps import STEPS, Energy
from bot.localapi import BotMessage
from bot.texts import safety as safety_words
from bot.texts.checkin import GENTLE_GREETINGS
from bot.texts.steps import text_of
from storage.models import Note
from testkit.clock import FakeClock
from testkit.person import ScriptedPerson
from testkit.rules import copied_texts
from testkit.words import en, en_all
from tests.e2e.conftest import RunningBot, onboard
from tests.e2e.test_daily_loop import finish_morning_with_a_step, nudge_arrives

# Words that might be crisis language: asked about first. Crisis words: answered in full.
MIGHT_BE = "im so tired of fighting"
# Words that are asked about only on a wary day (after the lowest mood, or crisis words today).
WARY_ONLY = "why do i even bother"
CRISIS = "I want to kill myself"
PLAN_BUTTON = "📝 My safety plan"
TINY_STEPS = {en(text_of(step.key)) for step in STEPS if step.energy == Energy.TINY}


def test_the_messages_used_here_screen_as_they_should() -> None:
    assert (screen(MIGHT_BE).level, screen(CRISIS).level) == (Level.CHECK, Level.CRISIS)
    assert (screen(WARY_ONLY).level, screen(WARY_ONLY, wary=True).level) == (
        Level.NONE,
        Level.CHECK,
    )


async def notes(bot: RunningBot) -> list[tuple[str, bool]]:
    async with bot.services.sessions() as session:
        rows = await session.execute(select(Note.text, Note.flagged).order_by(Note.id))
        return [(text, flagged) for text, flagged in rows.all()]


async def ask_in_the_check_in(sam: ScriptedPerson) -> BotMessage:
    """/checkin, the lowest mood, then words that might be crisis language: the check."""
    await sam.command("/checkin")
    await (await sam.press("Heavy", await sam.next_message())).wait_answered()
    await sam.expect_text("three words")
    await sam.send(MIGHT_BE)
    return await sam.expect_text(en(safety_words.CHECK_QUESTION))


async def test_might_be_words_get_the_direct_question_with_three_answers(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Europe/London", "8")
    await sam.send(MIGHT_BE)

    check = await sam.next_message()

    assert check.text == en(safety_words.CHECK_QUESTION)
    assert check.button_texts == ["Yes", "I'm not sure", "No, I'm okay"]
    assert "findahelpline" not in check.text
    assert await notes(bot) == [(MIGHT_BE, True)]


async def test_yes_and_not_sure_lead_to_the_full_crisis_answer(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Europe/London", "8")
    for answer in ("Yes", "I'm not sure"):
        await sam.send(MIGHT_BE)
        check = await sam.expect_text(en(safety_words.CHECK_QUESTION))
        await (await sam.press(answer, check)).wait_answered()
        full = await sam.expect_text("116 123")

        assert "findahelpline.com" in full.text
        assert PLAN_BUTTON in full.button_texts
        assert (check.text.endswith(f"→ {answer}"), check.button_texts) == (True, [])


async def test_no_carries_on_gently_with_the_check_in_where_it_was(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Europe/London", "8")
    check = await ask_in_the_check_in(sam)

    await (await sam.press("No, I'm okay", check)).wait_answered()
    await sam.expect_text("carry on gently")
    steps = await sam.expect_text("•")

    assert "Rest today" in " ".join(steps.button_texts)
    assert all("116 123" not in message.text for message in sam.chat)
    # Nothing lost: the words were taken as the day's three words.
    await sam.command("/history")
    assert "pain" not in (await sam.next_message()).text  # kept, but never shown back


async def test_typing_instead_of_tapping_is_screened_as_usual(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Europe/London", "8")
    await sam.send(MIGHT_BE)
    await sam.expect_text(en(safety_words.CHECK_QUESTION))

    await sam.send("yes. I want to kill myself")
    full = await sam.next_message()

    assert "116 123" in full.text


async def test_a_second_crisis_message_soon_after_gets_a_shorter_answer(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam, "America/New_York", "8")
    await sam.send(CRISIS)
    first = await sam.next_message()
    clock.advance(minutes=10)
    await sam.send("i really do want to die")
    second = await sam.next_message()
    clock.advance(hours=2)
    await sam.send(CRISIS)
    later = await sam.next_message()

    assert len(second.text) < len(first.text) / 2
    assert "/sos" in second.text
    assert (PLAN_BUTTON in second.button_texts, "988" in copied_texts(second)) == (True, True)
    assert later.text == first.text


async def test_the_crisis_answer_has_copy_buttons_and_no_link_previews(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "America/New_York", "8")
    await sam.send(CRISIS)
    answer = await sam.next_message()
    await sam.command("/sos")
    sos = await sam.next_message()

    for message in (answer, sos):
        assert copied_texts(message) == ["988", "741741"]
        assert message.send_params.get("link_preview_options") == {"is_disabled": True}
        assert PLAN_BUTTON in message.button_texts


async def test_crisis_words_during_setup_do_not_end_it(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await sam.command("/start")
    await sam.expect_text("where in the world")
    await sam.send(CRISIS)
    await sam.expect_text("findahelpline.com")

    await sam.send("Europe/Berlin")
    await sam.expect_text("when would you like")
    await sam.send("7:45")
    await sam.expect_text("all set")


async def test_the_morning_after_a_crisis_message_is_gentler(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    clock.set(datetime(2026, 11, 22, 18, 0, tzinfo=UTC))
    await onboard(sam, "Europe/Berlin", "7:45")
    await sam.send(CRISIS)
    await sam.expect_text("findahelpline.com")

    nudge = await nudge_arrives(bot, clock, sam, datetime(2026, 11, 23, 6, 45, tzinfo=UTC))
    assert nudge.text in en_all(GENTLE_GREETINGS)
    await (await sam.press("Bright", nudge)).wait_answered()
    await sam.expect_text("three words")
    await sam.send("calm, tired")
    steps = await sam.expect_text("•")

    offered = [line.removeprefix("• ") for line in steps.text.splitlines() if line[:1] == "•"]
    assert offered and set(offered) <= TINY_STEPS
    assert "🌿 Rest today" in steps.button_texts


async def test_a_heavy_evening_gets_the_gentle_word_and_sos(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/evening 20:00")
    await sam.expect_text("Evening question saved")
    await finish_morning_with_a_step(bot, clock, sam)
    clock.set(datetime(2026, 11, 23, 19, 0, tzinfo=UTC))
    await bot.deliver_due()
    evening = await sam.expect_text("how did it go")
    await (await sam.press("Done", evening)).wait_answered()
    mood = await sam.expect_text("this evening")

    await (await sam.press("Heavy", mood)).wait_answered()
    word = await sam.expect_text("/sos")

    assert "findahelpline" not in word.text


async def test_flagged_words_are_never_quoted_back(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.send("nobody would even notice if I was gone, I have made my peace")
    await sam.expect_text("findahelpline.com")
    await sam.send("The tea was warm and the light was soft.")
    await sam.next_message()

    await sam.command("/summary")
    summary = await sam.next_message()

    assert "made my peace" not in summary.text
    assert "The tea was warm" in summary.text


async def test_after_the_lowest_mood_the_check_comes_sooner(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Europe/London", "8")
    await sam.send(WARY_ONLY)
    assert en(safety_words.CHECK_QUESTION) not in (await sam.next_message()).text

    await sam.command("/checkin")
    await (await sam.press("Heavy", await sam.next_message())).wait_answered()
    await sam.expect_text("three words")
    await sam.send(WARY_ONLY)

    assert (await sam.next_message()).text == en(safety_words.CHECK_QUESTION)


async def test_after_crisis_words_the_check_comes_sooner_that_day(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Europe/London", "8")
    await sam.send(CRISIS)
    await sam.expect_text("findahelpline.com")
    clock.advance(hours=3)
    await sam.send(WARY_ONLY)

    assert (await sam.next_message()).text == en(safety_words.CHECK_QUESTION)


async def test_edits_captions_and_reflections_get_the_check_too(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Europe/London", "8")
    typed = await sam.send("a long day")
    await sam.next_message()
    await sam.edit(typed, f"a long day. {MIGHT_BE}")
    edited = await sam.next_message()
    await sam.send_photo(caption=MIGHT_BE)
    captioned = await sam.next_message()
    await sam.command(f"/reflect {MIGHT_BE}")
    reflected = await sam.next_message()

    assert [edited.text, captioned.text, reflected.text] == [en(safety_words.CHECK_QUESTION)] * 3
    assert await notes(bot) == [
        ("a long day", False),
        (f"a long day. {MIGHT_BE}", True),
        (MIGHT_BE, True),  # the photo, kept with its caption
    ]


async def open_the_plan_from(sam: ScriptedPerson, where: str) -> BotMessage:
    """Reach a message with the plan button: the crisis answer, the check's yes, or /sos."""
    if where == "crisis answer":
        await sam.send(CRISIS)
    elif where == "check's yes":
        await sam.send(MIGHT_BE)
        check = await sam.expect_text(en(safety_words.CHECK_QUESTION))
        await (await sam.press("Yes", check)).wait_answered()
    else:
        await sam.command("/sos")
    return await sam.expect_text("116 123")


@pytest.mark.parametrize("where", ["crisis answer", "check's yes", "/sos"])
async def test_the_plan_is_written_from_every_way_in(
    bot: RunningBot, sam: ScriptedPerson, where: str
) -> None:
    await onboard(sam, "Europe/London", "8")
    answer = await open_the_plan_from(sam, where)

    await (await sam.press(PLAN_BUTTON, answer)).wait_answered()
    offer = await sam.next_message()
    await (await sam.press("Write my plan", offer)).wait_answered()
    await sam.expect_text("hard time might be on its way")
    await sam.send("I stop answering messages")
    await sam.expect_text("by yourself")

    await sam.command("/safetyplan")
    assert "I stop answering messages" in (await sam.next_message()).text


async def test_distress_words_are_never_named_as_the_week_s_words(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    for words in ("worthless, calm, slow", "worthless, calm"):
        await sam.command("/checkin")
        await (await sam.press("In between", await sam.next_message())).wait_answered()
        await sam.expect_text("three words")
        await sam.send(words)
        steps = await sam.expect_text("•")
        await (await sam.press("Rest today", steps)).wait_answered()
        await sam.next_message()
        clock.advance(days=1)

    await sam.command("/summary")
    summary = await sam.next_message()

    assert ("calm" in summary.text, "worthless" in summary.text, "slow" in summary.text) == (
        True,
        False,
        False,  # used once: not "most often"
    )
