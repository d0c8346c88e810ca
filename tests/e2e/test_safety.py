"""Crisis language is answered at once with people to reach; /sos any time; nothing is lost."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import Note
from testkit.person import ScriptedPerson
from tests.e2e.conftest import RunningBot, onboard


async def notes(bot: RunningBot) -> list[str]:
    async with bot.services.sessions() as session:
        return list((await session.scalars(select(Note.text).order_by(Note.id))).all())


async def test_crisis_words_get_helplines_at_once_and_are_kept(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "America/New_York", "8")
    await sam.send("honestly I can't do this anymore")

    answer = await sam.next_message()

    assert "988" in answer.text and "findahelpline.com" in answer.text
    assert "bot" in answer.text.lower()
    # Copy buttons for the numbers and the safety plan; nothing that leads into a small step.
    assert answer.button_texts == ["📋 Copy 988", "📋 Copy 741741", "📝 My safety plan"]
    assert await notes(bot) == ["honestly I can't do this anymore"]


async def test_crisis_words_in_the_check_in_do_not_lead_into_a_small_step(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Europe/London", "8")
    await sam.command("/checkin")
    nudge = await sam.next_message()
    await (await sam.press("Heavy", nudge)).wait_answered()
    await sam.expect_text("three words")

    await sam.send("everyone would be better off without me")
    answer = await sam.next_message()
    await sam.expect_silence(0.5)

    assert "116 123" in answer.text
    assert all("🌿 Rest today" not in message.button_texts for message in sam.chat)


async def test_crisis_words_in_a_reflection_are_kept_and_answered(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Australia/Sydney", "8")
    await sam.command("/reflect I want to die")
    answer = await sam.next_message()
    assert "13 11 14" in answer.text


async def test_everyday_figures_of_speech_are_just_notes(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.send("this headache is killing me")
    reply = await sam.next_message()
    assert "kept" in reply.text.lower()
    assert "findahelpline" not in reply.text


async def test_sos_any_time_and_without_a_known_country(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await sam.command("/sos")
    unknown = await sam.next_message()
    await onboard(sam, "Europe/Berlin", "8")
    await sam.command("/sos")
    germany = await sam.next_message()

    assert "findahelpline.com" in unknown.text
    assert "0800 111 0 111" in germany.text and "112" in germany.text


async def test_the_lowest_mood_gets_a_gentle_word_and_the_sos_offer(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/checkin")
    await (await sam.press("Heavy", await sam.next_message())).wait_answered()
    ack = await sam.expect_text("three words")
    assert "/sos" in ack.text
    assert "findahelpline" not in ack.text


async def test_crisis_words_added_in_an_edit_are_answered_and_kept(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Europe/Dublin", "8")
    typed = await sam.send("a long day")
    await sam.next_message()

    await sam.edit(typed, "a long day and I want to end it all")
    answer = await sam.next_message()

    assert "116 123" in answer.text and "findahelpline.com" in answer.text
    assert await notes(bot) == ["a long day", "a long day and I want to end it all"]


async def test_an_edit_without_crisis_words_is_kept_quietly(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    typed = await sam.send("this headache")
    await sam.next_message()

    await sam.edit(typed, "this headache is killing me")
    await sam.command("/help")  # updates are handled in order: this answer comes next

    assert "here's what i can do" in (await sam.next_message()).text.lower()
    assert await notes(bot) == ["this headache", "this headache is killing me"]


async def test_crisis_words_in_a_photo_caption_are_answered(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam, "America/Toronto", "8")
    await sam.send_photo(caption="i dont want to be here anymore")
    answer = await sam.next_message()

    assert "988" in answer.text and "findahelpline.com" in answer.text
    assert "glad you're here" not in answer.text
