"""A chat that forgives (#19): /cancel, pauses that say their range and their end, and an
evening question that always comes after the check-in. Through the local Bot API."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.core.conversation import Kind
from bot.localapi import BotMessage
from bot.texts import checkin as checkin_texts
from bot.texts import common as common_texts
from bot.texts import export as export_texts
from bot.texts import settings as settings_texts
from scheduler.sending import SendStatus
from storage.models import Checkin, Note
from storage.repositories.deliveries import SKIPPED
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from testkit.fullapi import BOT_DOWNLOAD_LIMIT
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.e2e.conftest import RunningBot, onboard
from tests.e2e.test_crisis_care import CRISIS
from tests.e2e.test_daily_loop import (
    MONDAY_NUDGE,
    MOOD_BUTTON,
    expect_nudge,
    nudge_arrives,
    nudges_to,
)
from tests.e2e.test_setters import checkin_words, notes_kept, settings_line


@pytest.mark.parametrize("days", ["0", "100000", "366", "53 weeks"])
async def test_a_pause_outside_the_range_says_the_range_and_changes_nothing(
    bot: RunningBot, sam: ScriptedPerson, days: str
) -> None:
    await onboard(sam)
    await sam.command(f"/pause {days}")
    reply = await sam.next_message()

    assert reply.text == en(checkin_texts.PAUSE_OUT_OF_RANGE).format(most=365)
    assert await settings_line(sam, "Nudges:") == "Nudges: on"


async def test_a_pause_names_the_day_the_next_check_in_comes(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    # Monday 23 November, 07:00 in Berlin, check-ins at 07:45: three days' pause ends Thursday at
    # 07:00, before that day's check-in, so Thursday's is the first.
    await onboard(sam)
    await sam.command("/pause 3")
    reply = await sam.next_message()

    assert reply.text == en(checkin_texts.PAUSED_NEXT).format(day="Thursday 26 November")


async def test_cancel_with_nothing_waiting_says_so(bot: RunningBot, sam: ScriptedPerson) -> None:
    await onboard(sam)
    await sam.command("/cancel")
    reply = await sam.next_message()
    assert reply.text == en(common_texts.CANCELLED[Kind.NOTHING])


async def test_cancel_mid_check_in_keeps_the_mood_and_checkin_carries_on(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    await (await sam.press("In between", nudge)).wait_answered()
    await sam.expect_text("three words")

    await sam.command("/cancel")
    await sam.expect_text(en(common_texts.CANCELLED[Kind.CHECKIN]))
    await sam.send("just a thought")
    await sam.next_message()  # kept as a note
    assert await notes_kept(bot) == ["just a thought"]
    assert await checkin_words(bot) is None

    await sam.command("/checkin")
    await sam.expect_text("three words")
    await sam.send("tired calm okay")
    await sam.expect_text("•")
    assert await checkin_words(bot) == "tired calm okay"


async def test_cancel_during_setup_leaves_it_for_start(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await sam.command("/start")
    await sam.expect_text("where in the world")
    await sam.command("/cancel")
    await sam.expect_text(en(common_texts.CANCELLED[Kind.SETUP]))
    await sam.send("berlin")
    await sam.next_message()
    assert await settings_line(sam, "Timezone:") == "Timezone: " + en(settings_texts.NOT_SET)

    await sam.command("/start")
    await sam.expect_text("where in the world")


async def test_an_evening_before_the_check_in_is_explained_with_an_example(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)  # check-ins at 07:45
    await sam.command("/evening 21:15")
    await sam.expect_text("Evening question saved: 21:15")

    await sam.command("/evening 7:00")
    reply = await sam.next_message()

    assert reply.text == " ".join(
        (
            en(settings_texts.EVENING_NOT_AFTER_CHECKIN).format(checkin="07:45"),
            en(settings_texts.EVENING_EXAMPLE).format(example="19:45"),
        )
    )
    assert await settings_line(sam, "Evening question:") == "Evening question: 21:15"


async def test_a_check_in_after_the_evening_is_explained_with_an_example(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/evening 20:00")
    await sam.expect_text("Evening question saved: 20:00")

    await sam.command("/time 21:00")
    reply = await sam.next_message()

    assert reply.text == " ".join(
        (
            en(settings_texts.CHECKIN_NOT_BEFORE_EVENING).format(evening="20:00"),
            en(settings_texts.CHECKIN_EXAMPLE).format(example="08:00"),
        )
    )
    assert await settings_line(sam, "Daily check-in:") == "Daily check-in: 07:45"


async def test_later_brings_the_nudge_back_once_at_the_chosen_time(
    bot: RunningBot, api: FakeBotApi, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)  # Monday 07:45 in Berlin
    await (await sam.press("⏰ Later", nudge)).wait_answered()
    await sam.wait_until(lambda: "In an hour" in shown(api, sam, nudge).button_texts)
    assert shown(api, sam, nudge).button_texts[-4:] == [
        "In an hour",
        "In 3 hours",
        "This evening",
        "Not now",
    ]

    await (await sam.press("In an hour", nudge)).wait_answered()
    reply = await sam.next_message()
    assert "08:45" in reply.text
    assert shown(api, sam, nudge).button_texts == []

    clock.set(MONDAY_NUDGE + timedelta(minutes=59))
    await bot.deliver_due()
    assert len(nudges_to(api, sam)) == 1
    clock.set(MONDAY_NUDGE + timedelta(hours=1))
    await bot.deliver_due()
    again = await expect_nudge(sam)
    assert "⏰ Later" not in again.button_texts  # once a day is enough
    clock.advance(minutes=5)
    await bot.deliver_due()
    assert len(nudges_to(api, sam)) == 2

    await (await sam.press(MOOD_BUTTON, again)).wait_answered()
    await sam.expect_text("three words")


async def test_not_now_after_later_means_not_today(
    bot: RunningBot, api: FakeBotApi, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    await (await sam.press("⏰ Later", nudge)).wait_answered()
    await sam.wait_until(lambda: "This evening" in shown(api, sam, nudge).button_texts)
    await (await sam.press("This evening", nudge)).wait_answered()
    assert "19:00" in (await sam.next_message()).text

    await sam.command("/checkin")
    prompt = await expect_nudge(sam)
    await (await sam.press("Not now", prompt)).wait_answered()
    clock.set(datetime(2026, 11, 23, 18, 0, tzinfo=UTC))  # 19:00 in Berlin
    await bot.deliver_due()
    clock.advance(minutes=1)
    await bot.deliver_due()
    assert len(nudges_to(api, sam)) == 2  # the nudge and /checkin's, no third


async def test_later_offers_only_times_left_in_the_day(
    bot: RunningBot, api: FakeBotApi, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam, at="21:30")
    nudge = await nudge_arrives(bot, clock, sam, datetime(2026, 11, 23, 20, 30, tzinfo=UTC))
    await (await sam.press("⏰ Later", nudge)).wait_answered()
    await sam.wait_until(lambda: "In an hour" in shown(api, sam, nudge).button_texts)
    assert "In 3 hours" not in shown(api, sam, nudge).button_texts  # past midnight
    assert "This evening" not in shown(api, sam, nudge).button_texts  # 19:00 has passed


def ticked(
    api: FakeBotApi, person: ScriptedPerson, message: BotMessage, feeling: str
) -> Callable[[], bool]:
    """Whether the message now shows this feeling word ticked."""
    return lambda: f"✓ {feeling}" in shown(api, person, message).button_texts


def shown(api: FakeBotApi, person: ScriptedPerson, message: BotMessage) -> BotMessage:
    """The message as the person's screen shows it now."""
    current = api.message(person.chat_id, message.message_id)
    assert current is not None
    return current


async def test_reflect_twice_closes_the_first_questions_buttons(
    bot: RunningBot, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/reflect")
    first = await sam.next_message()
    await sam.command("/reflect")
    second = await sam.next_message()

    await sam.wait_until(lambda: shown(api, sam, first).button_texts == [])
    assert shown(api, sam, second).button_texts == ["Another question", "Done for now"]


async def test_crisis_words_during_a_reflection_close_its_buttons(
    bot: RunningBot, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/reflect")
    asked = await sam.next_message()
    await sam.send(CRISIS)
    await sam.expect_text("findahelpline.com")

    assert shown(api, sam, asked).button_texts == []


async def test_crisis_words_during_a_check_in_close_its_buttons(
    bot: RunningBot, api: FakeBotApi, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    await sam.send(CRISIS)
    await sam.expect_text("findahelpline.com")

    assert shown(api, sam, nudge).button_texts == []


async def kept_media(bot: RunningBot) -> list[tuple[str | None, str, int | None, str | None]]:
    async with bot.services.sessions() as session:
        rows = await session.execute(
            select(Note.media, Note.text, Note.duration, Note.file_name).order_by(Note.id)
        )
        return [(media, text, duration, name) for media, text, duration, name in rows.all()]


async def exported(person: ScriptedPerson) -> zipfile.ZipFile:
    await person.command("/export")
    message = await person.next_message()
    assert message.document is not None
    return zipfile.ZipFile(io.BytesIO(message.document.data))


async def test_voice_notes_photos_and_files_are_kept_and_exported(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.send_voice(duration=75)
    assert (await sam.next_message()).text == en(common_texts.MEDIA_KEPT["voice"])
    await sam.send_photo(caption="the sea this morning")
    assert (await sam.next_message()).text == en(common_texts.MEDIA_KEPT["photo"])
    await sam.send_document(b"%PDF-1.4 plan", "my plan.pdf", mime_type="application/pdf")
    assert (await sam.next_message()).text == en(common_texts.MEDIA_KEPT["document"])

    assert await kept_media(bot) == [
        ("voice", "", 75, None),
        ("photo", "the sea this morning", None, None),
        ("document", "", None, "my plan.pdf"),
    ]
    archive = await exported(sam)
    names = sorted(n for n in archive.namelist() if n.startswith("files/"))
    assert sorted(name.rsplit("-", 1)[1] for name in names) == [
        "document.pdf",
        "photo.jpg",
        "voice.ogg",
    ]
    voice = next(n for n in names if n.endswith("voice.ogg"))
    assert archive.read(voice) == b"OggS-voice"
    journal = archive.read("journal.md").decode()
    assert f"- Voice note (1:15): [{voice}]({voice})" in journal
    assert "the sea this morning" in journal


async def test_a_file_too_big_for_bots_is_named_in_the_journal_not_lost(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.send_document(b"\0" * (BOT_DOWNLOAD_LIMIT + 1), "long.mp3", caption="a long talk")
    await sam.next_message()

    archive = await exported(sam)

    assert [n for n in archive.namelist() if n.startswith("files/")] == []
    journal = archive.read("journal.md").decode()
    assert f"- File: {en(export_texts.MEDIA_NOT_FETCHED)} a long talk" in journal
    data = json.loads(archive.read("data.json"))
    assert [n["file_name"] for n in data["notes"]] == ["long.mp3"]


async def test_a_crisis_caption_is_answered_and_the_photo_kept(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.send_photo(caption=CRISIS)
    await sam.expect_text("findahelpline.com")
    assert await kept_media(bot) == [("photo", CRISIS, None, None)]


async def the_checkin(bot: RunningBot) -> Checkin:
    async with bot.services.sessions() as session:
        checkin: Checkin | None = await session.scalar(select(Checkin))
        assert checkin is not None
        return checkin


async def a_finished_day(bot: RunningBot, clock: FakeClock, sam: ScriptedPerson) -> BotMessage:
    """Onboard, check in (In between, three words, the first suggestion), and /checkin again."""
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    await (await sam.press("In between", nudge)).wait_answered()
    await sam.expect_text("three words")
    await sam.send("tired calm okay")
    steps = await sam.expect_text("•")
    await (await sam.press(steps.button_texts[0], steps)).wait_answered()
    await sam.next_message()
    await sam.command("/checkin")
    return await sam.expect_text(en(checkin_texts.TODAY_SO_FAR))


async def test_checkin_on_a_finished_day_shows_its_answers_to_change(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    today = await a_finished_day(bot, clock, sam)

    assert "Mood: " in today.text and "In between" in today.text
    assert "Three words: tired calm okay" in today.text
    assert today.button_texts == [en(label) for label in checkin_texts.CHANGE_LABELS.values()]


async def test_changing_the_mood_keeps_everything_else(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    today = await a_finished_day(bot, clock, sam)
    before = await the_checkin(bot)

    await (await sam.press("Change mood", today)).wait_answered()
    scale = await expect_nudge(sam)
    await (await sam.press(MOOD_BUTTON, scale)).wait_answered()
    again = await sam.expect_text(en(checkin_texts.TODAY_SO_FAR))

    assert "🌤 Steady" in again.text
    after = await the_checkin(bot)
    assert (after.mood, after.words, after.step_key, after.stage) == (
        4,
        before.words,
        before.step_key,
        before.stage,
    )


async def test_changing_the_words_by_typing(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    today = await a_finished_day(bot, clock, sam)

    await (await sam.press("Change words", today)).wait_answered()
    await sam.expect_text("three words")
    await sam.send("lighter, slow, okay")
    again = await sam.expect_text(en(checkin_texts.TODAY_SO_FAR))

    assert "lighter, slow, okay" in again.text
    assert (await the_checkin(bot)).words == "lighter, slow, okay"
    assert await notes_kept(bot) == []


async def test_a_step_can_become_rest_and_rest_a_step_of_ones_own(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    today = await a_finished_day(bot, clock, sam)

    await (await sam.press("Change step or rest", today)).wait_answered()
    steps = await sam.expect_text("•")
    await (await sam.press("🌿 Rest today", steps)).wait_answered()
    kind = await sam.next_message()
    assert kind.text in {en(text) for text in checkin_texts.REST_CHOSEN}
    today = await sam.expect_text(en(checkin_texts.TODAY_SO_FAR))
    assert en(checkin_texts.TODAY_REST) in today.text
    rested = await the_checkin(bot)
    assert (rested.rest, rested.step_key, rested.step_text) == (True, None, None)

    await (await sam.press("Change step or rest", today)).wait_answered()
    steps = await sam.expect_text("•")
    await (await sam.press("✏️ My own step", steps)).wait_answered()
    await sam.next_message()
    await sam.send("call my sister")
    today = await sam.expect_text(en(checkin_texts.TODAY_SO_FAR))
    assert "call my sister" in today.text
    stepped = await the_checkin(bot)
    assert (stepped.rest, stepped.step_text, stepped.stage) == (False, "call my sister", "chosen")


async def test_yesterdays_buttons_change_it_as_a_day_filled_in_later(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    today = await a_finished_day(bot, clock, sam)
    clock.advance(hours=24)

    await (await sam.press("Change mood", today)).wait_answered()
    scale = await sam.expect_text("Looking back at Monday 23 November")
    await (await sam.press(MOOD_BUTTON, scale)).wait_answered()
    await sam.expect_text(en(checkin_texts.PAST_SO_FAR).format(day="Monday 23 November"))

    monday = await the_checkin(bot)
    assert (monday.mood, monday.words, monday.source) == (4, "tired calm okay", "later")


async def test_a_days_buttons_change_nothing_after_a_week(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    today = await a_finished_day(bot, clock, sam)
    clock.advance(days=8)

    answer = await (await sam.press("Change mood", today)).wait_answered()

    assert answer.text == en(checkin_texts.STALE_BUTTON)
    assert ((await the_checkin(bot)).mood, (await the_checkin(bot)).source) == (3, None)


async def test_feelings_to_tap_after_the_mood_up_to_three(
    bot: RunningBot, api: FakeBotApi, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    await (await sam.press("In between", nudge)).wait_answered()
    words = await sam.expect_text("three words")
    assert words.button_texts == [
        "okay",
        "tired",
        "restless",
        "calm",
        "unsure",
        "distracted",
        en(checkin_texts.OWN_WORDS),
        en(checkin_texts.SKIP),
    ]

    for feeling in ("calm", "tired", "okay"):
        await (await sam.press(feeling, words)).wait_answered()
        await sam.wait_until(ticked(api, sam, words, feeling))
    too_many = await (await sam.press("restless", words)).wait_answered()
    assert too_many.text == en(checkin_texts.TOO_MANY_FEELINGS)
    await (await sam.press("✓ okay", words)).wait_answered()
    await sam.wait_until(lambda: "okay" in shown(api, sam, words).button_texts)
    own = await (await sam.press(en(checkin_texts.OWN_WORDS), words)).wait_answered()
    assert own.text == en(checkin_texts.OWN_WORDS_HINT)

    await (await sam.press(en(checkin_texts.FEELINGS_DONE), words)).wait_answered()
    await sam.expect_text("•")
    assert (await the_checkin(bot)).words == "calm, tired"
    assert shown(api, sam, words).text.endswith("→ calm, tired")


async def test_typed_words_still_work_after_tapping(
    bot: RunningBot, api: FakeBotApi, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    await (await sam.press("Steady", nudge)).wait_answered()
    words = await sam.expect_text("three words")
    await (await sam.press("hopeful", words)).wait_answered()
    await sam.wait_until(lambda: "✓ hopeful" in shown(api, sam, words).button_texts)

    await sam.send("quiet, slow, fine")
    await sam.expect_text("•")

    assert (await the_checkin(bot)).words == "quiet, slow, fine"


async def test_moving_the_evening_later_the_same_day_still_asks_it(
    bot: RunningBot, api: FakeBotApi, clock: FakeClock, sam: ScriptedPerson
) -> None:
    assert SendStatus.SKIPPED.value == SKIPPED  # storage's name for it is the scheduler's
    await onboard(sam)
    await sam.command("/evening 20:00")
    await sam.next_message()
    clock.set(datetime(2026, 11, 23, 19, 0, tzinfo=UTC))  # 20:00 in Berlin: no step yet
    await bot.deliver_due()
    await sam.command("/checkin")
    scale = await expect_nudge(sam)
    await (await sam.press(MOOD_BUTTON, scale)).wait_answered()
    words = await sam.expect_text("three words")
    await (await sam.press("Skip", words)).wait_answered()
    steps = await sam.expect_text("•")
    await (await sam.press(steps.button_texts[0], steps)).wait_answered()
    await sam.next_message()

    await sam.command("/evening 21:00")
    await sam.expect_text("Evening question saved: 21:00")
    clock.set(datetime(2026, 11, 23, 20, 0, tzinfo=UTC))
    await bot.deliver_due()
    question = await sam.next_message()

    assert question.button_texts[:3] == ["✅ Done", "🌗 Partly", "🌙 Not today"]
    clock.advance(minutes=1)
    await bot.deliver_due()
    await sam.expect_silence()
