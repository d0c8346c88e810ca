"""The daily loop over real HTTP: nudge, mood, three words, one small step, evening, history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.core.steps import STEPS, Energy
from bot.handlers.callbacks import Mood
from bot.localapi import BotMessage
from bot.texts.checkin import EVENING_AFTER_REST, EVENING_GREETINGS, NIGHT_GREETINGS
from bot.texts.steps import label_of, text_of
from storage.models import Checkin, Delivery, Note, Person
from testkit.app import stop_application
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from testkit.words import en, en_all
from tests.e2e.conftest import RunningBot, StartBot, onboard

# Sam lives in Berlin (UTC+1 in November) and chose 07:45: due at 06:45 UTC.
MONDAY_NUDGE = datetime(2026, 11, 23, 6, 45, tzinfo=UTC)
TINY_LABELS = {en(label_of(step.key)) for step in STEPS if step.energy is Energy.TINY}
MOOD_BUTTON = "🌤 Steady"


async def expect_nudge(person: ScriptedPerson) -> BotMessage:
    """The next message that carries the mood scale."""
    while True:
        message = await person.next_message()
        if MOOD_BUTTON in message.button_texts:
            return message


def nudges_to(api: FakeBotApi, person: ScriptedPerson) -> list[BotMessage]:
    """Bot messages carrying the mood scale."""
    return [
        m
        for m in api.sent_to(person.chat_id)
        if (m.history and "Steady" in str(m.history)) or "🌤 Steady" in m.button_texts
    ]


async def nudge_arrives(
    bot: RunningBot, clock: FakeClock, person: ScriptedPerson, at: datetime = MONDAY_NUDGE
) -> BotMessage:
    """Move the clock to `at`, run the minute's job, and return the nudge the person sees."""
    clock.set(at)
    await bot.deliver_due()
    return await expect_nudge(person)


async def test_the_nudge_arrives_at_the_chosen_minute_in_their_timezone(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Europe/Berlin", "7:45")
    clock.set(MONDAY_NUDGE - timedelta(minutes=1))
    early = await bot.deliver_due()

    nudge = await nudge_arrives(bot, clock, sam)

    assert early == []
    assert nudge.button_texts == [
        "🌧 Heavy",
        "☁️ Low",
        "🌥 In between",
        "🌤 Steady",
        "☀️ Bright",
        "Not now",
        "⏰ Later",
    ]


async def test_a_whole_check_in_by_buttons(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)

    await (await sam.press("Steady", nudge)).wait_answered()
    words_question = await sam.expect_text("three words")
    shown = sam.api.message(sam.chat_id, nudge.message_id)
    assert shown is not None and shown.text.endswith("→ 🌤 Steady") and shown.buttons == []

    await (await sam.press("Skip", words_question)).wait_answered()
    steps = await sam.expect_text("•")
    assert len(steps.button_texts) == 5
    assert steps.button_texts[-2:] == ["✏️ My own step", "🌿 Rest today"]

    first_label = steps.button_texts[0]
    await (await sam.press(first_label, steps)).wait_answered()
    chosen = await sam.next_message()
    step_text = next(en(text_of(s.key)) for s in STEPS if en(label_of(s.key)) == first_label)
    assert step_text in chosen.text
    assert sam.api.message(sam.chat_id, steps.message_id).buttons == []  # type: ignore[union-attr]


async def test_a_whole_check_in_by_typing_with_a_low_mood_and_my_own_step(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)

    await sam.send("rough night")
    kept = await sam.next_message()
    assert "kept" in kept.text.lower() and "buttons above" in kept.text

    await (await sam.press("Heavy", nudge)).wait_answered()
    ack = await sam.expect_text("three words")
    assert "/sos" in ack.text
    await sam.send("tired, foggy, here")
    await sam.expect_text("tired, foggy, here")
    steps = await sam.expect_text("•")
    assert set(steps.button_texts[:3]) <= TINY_LABELS

    await (await sam.press("My own step", steps)).wait_answered()
    await sam.expect_text("your small step for today")
    await sam.send("call my sister")
    await sam.expect_text("call my sister")

    await sam.command("/history")
    history = await sam.next_message()
    assert "Mon 23 Nov · 🌧 · tired, foggy, here · call my sister" in history.text


async def test_rest_is_a_real_answer(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await nudge_arrives(bot, clock, sam)
    await (await sam.press("In between")).wait_answered()
    await (await sam.press("Skip", await sam.expect_text("three words"))).wait_answered()
    await sam.expect_text("•")
    await (await sam.press("Rest today")).wait_answered()
    rest = await sam.next_message()

    assert "rest" in rest.text.lower()
    assert "fail" not in rest.text.lower()


async def test_not_now_and_checkin_later_the_same_day(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    await (await sam.press("Not now", nudge)).wait_answered()
    await sam.expect_text("/checkin")

    clock.advance(hours=6)
    await sam.command("/checkin")
    again = await expect_nudge(sam)
    await (await sam.press("Bright", again)).wait_answered()
    await sam.expect_text("three words")


async def test_answering_the_nudge_hours_later_completes_that_day(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    clock.advance(hours=18)  # 01:45 on Tuesday in Berlin.

    await (await sam.press("Low", nudge)).wait_answered()
    await sam.expect_text("three words")
    await sam.send("late, quiet, okay")
    await sam.expect_text("•")
    await sam.command("/history")

    history = await sam.next_message()
    assert "Mon 23 Nov · ☁️ · late, quiet, okay" in history.text


async def test_old_and_doubled_taps_change_nothing(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    heavy_data = nudge.buttons[0][0][1]
    await (await sam.press("Steady", nudge)).wait_answered()
    await sam.expect_text("three words")

    doubled = await sam.press_data(heavy_data, nudge.message_id)
    forged = await sam.press_data(Mood(999_999, 1).encode(), nudge.message_id)
    garbage = await sam.press_data("m:abc", nudge.message_id)
    older = await sam.press_data("mood:999999:1", nudge.message_id)  # an older release's data

    for tap in (doubled, forged, garbage, older):
        answer = await tap.wait_answered()
        assert "nothing changed" in (answer.text or "")
    await sam.command("/history")
    assert "🌤" in (await sam.next_message()).text


async def finish_morning_with_a_step(bot: RunningBot, clock: FakeClock, sam: ScriptedPerson) -> str:
    """Nudge, mood, skip words, first step; returns the chosen step's label."""
    nudge = await nudge_arrives(bot, clock, sam)
    await (await sam.press("Steady", nudge)).wait_answered()
    await (await sam.press("Skip", await sam.expect_text("three words"))).wait_answered()
    steps = await sam.expect_text("•")
    label = steps.button_texts[0]
    await (await sam.press(label, steps)).wait_answered()
    await sam.next_message()
    return label


async def test_evening_follow_up_honours_not_today(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/evening 20:00")
    await sam.expect_text("Evening question saved: 20:00, Europe/Berlin")
    label = await finish_morning_with_a_step(bot, clock, sam)

    clock.set(datetime(2026, 11, 23, 19, 0, tzinfo=UTC))
    await bot.deliver_due()
    evening = await sam.expect_text("how did it go")
    assert evening.button_texts == ["✅ Done", "🌗 Partly", "🌙 Not today"]

    await (await sam.press("Not today", evening)).wait_answered()
    kind = await sam.next_message()
    for guilt in ("should", "missed", "fail", "again"):
        assert guilt not in kind.text.lower()
    await sam.command("/history")
    step_text = next(en(text_of(s.key)) for s in STEPS if en(label_of(s.key)) == label)
    assert f"{step_text} 🌙" in (await sam.next_message()).text


async def test_no_evening_question_without_a_step_or_without_the_setting(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/evening 20:00")
    await sam.next_message()
    clock.set(datetime(2026, 11, 23, 19, 0, tzinfo=UTC))

    await bot.deliver_due()
    await sam.command("/help")
    await sam.expect_text("here's what i can do")

    assert all("how did it go" not in m.text.lower() for m in api.sent_to(sam.chat_id))


async def test_step_shows_todays_step_and_marks_it(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/step")
    assert "no step chosen" in (await sam.next_message()).text.lower()
    await finish_morning_with_a_step(bot, clock, sam)

    await sam.command("/step")
    step = await sam.next_message()
    await (await sam.press("Done", step)).wait_answered()
    done = await sam.next_message()

    assert done.text  # a kind word
    await sam.command("/history")
    assert "✅" in (await sam.next_message()).text


async def test_pause_and_resume(bot: RunningBot, clock: FakeClock, sam: ScriptedPerson) -> None:
    await onboard(sam)
    await sam.command("/pause")
    await sam.expect_text("paused")
    clock.set(MONDAY_NUDGE)
    await bot.deliver_due()
    await sam.command("/resume")
    await sam.expect_text("welcome back")

    nudge = await nudge_arrives(bot, clock, sam, MONDAY_NUDGE + timedelta(days=1))

    greetings = [m for m in sam.api.sent_to(sam.chat_id) if "🌤 Steady" in m.button_texts]
    assert greetings == [nudge]


async def test_pause_for_some_days_ends_by_itself(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/pause 2")
    paused = await sam.expect_text("The next one comes on")
    assert "Wednesday 25 November" in paused.text
    for day in range(2):
        clock.set(MONDAY_NUDGE + timedelta(days=day))
        await bot.deliver_due()

    nudge = await nudge_arrives(bot, clock, sam, MONDAY_NUDGE + timedelta(days=2))

    greetings = [m for m in sam.api.sent_to(sam.chat_id) if "🌤 Steady" in m.button_texts]
    assert greetings == [nudge]


async def test_bad_pause_changes_nothing(bot: RunningBot, sam: ScriptedPerson) -> None:
    await onboard(sam)
    await sam.command("/pause forever and ever")
    assert "nothing changed" in (await sam.next_message()).text
    await sam.command("/settings")
    assert "Nudges: on" in (await sam.expect_text("your settings")).text


async def test_a_429_is_waited_out_and_the_nudge_sent_once(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    api.fail_next("sendMessage", status=429, retry_after=1)

    await nudge_arrives(bot, clock, sam)

    greetings = [m for m in api.sent_to(sam.chat_id) if "🌤 Steady" in m.button_texts]
    assert len(greetings) == 1
    assert api.stats.injected_failures == 1


async def test_a_server_error_is_retried_and_the_nudge_sent_once(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    api.fail_next("sendMessage", status=502, count=2)

    await nudge_arrives(bot, clock, sam)

    greetings = [m for m in api.sent_to(sam.chat_id) if "🌤 Steady" in m.button_texts]
    assert len(greetings) == 1


async def test_a_block_stops_nudges_until_they_start_again(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    api.block(sam.user_id)
    clock.set(MONDAY_NUDGE)
    await bot.deliver_due()
    tuesday = MONDAY_NUDGE + timedelta(days=1)
    clock.set(tuesday)
    calls_before = len(api.calls_to("sendMessage"))
    await bot.deliver_due()
    assert len(api.calls_to("sendMessage")) == calls_before

    await sam.command("/start")
    await sam.expect_text("welcome back")
    nudge = await nudge_arrives(bot, clock, sam, tuesday + timedelta(days=1))
    assert "🌤 Steady" in nudge.button_texts


async def test_a_restart_mid_check_in_carries_on(
    start_bot: StartBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    first = await start_bot()
    await onboard(sam)
    await (await sam.press("Steady", await nudge_arrives(first, clock, sam))).wait_answered()
    await sam.expect_text("three words")
    await stop_application(first.app)

    await start_bot()
    await sam.send("calm, tired, okay")

    await sam.expect_text("calm, tired, okay")
    await sam.expect_text("•")


async def test_a_restart_right_after_a_nudge_sends_no_duplicate(
    start_bot: StartBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    first = await start_bot()
    await onboard(sam)
    await nudge_arrives(first, clock, sam)
    await stop_application(first.app)

    second = await start_bot()
    clock.advance(minutes=1)
    await second.deliver_due()
    await sam.command("/help")
    await sam.expect_text("here's what i can do")

    greetings = [m for m in api.sent_to(sam.chat_id) if "🌤 Steady" in m.button_texts]
    assert len(greetings) == 1


async def test_a_nudge_missed_while_down_is_sent_on_start_within_grace_only(
    start_bot: StartBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    first = await start_bot()
    await onboard(sam)
    await stop_application(first.app)

    clock.set(MONDAY_NUDGE + timedelta(minutes=90))
    await start_bot()  # The scheduler runs once at start.
    await expect_nudge(sam)

    await stop_application((await start_bot()).app)
    clock.set(MONDAY_NUDGE + timedelta(days=1, hours=3))
    late = await start_bot()
    await late.deliver_due()
    await sam.command("/help")
    await sam.expect_text("here's what i can do")

    greetings = [m for m in api.sent_to(sam.chat_id) if "🌤 Steady" in m.button_texts]
    assert len(greetings) == 1
    async with late.services.sessions() as session:
        deliveries = (await session.scalars(select(Delivery))).all()
        notes = (await session.scalars(select(Note))).all()
    assert [(d.kind, d.status) for d in deliveries] == [("morning", "sent")]
    assert notes == []


# --- no stale buttons linger --------------------------------------------------------------------

EVENING = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)  # 20:00 in Berlin.


def shown(person: ScriptedPerson, message_id: int) -> BotMessage:
    """A message as the phone shows it now, after any edits."""
    message = person.api.message(person.chat_id, message_id)
    assert message is not None
    return message


async def test_after_the_evening_answer_an_earlier_step_message_keeps_no_buttons(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/evening 20:00")
    await sam.expect_text("Evening question saved")
    await finish_morning_with_a_step(bot, clock, sam)
    await sam.command("/step")
    step = await sam.next_message()
    done_data = step.buttons[0][0][1]

    clock.set(EVENING)
    await bot.deliver_due()
    evening = await sam.expect_text("how did it go")
    await (await sam.press("Not today", evening)).wait_answered()
    await sam.next_message()
    old_tap = await (await sam.press_data(done_data, step.message_id)).wait_answered()
    await sam.command("/history")
    history = await sam.expect_text("your recent days")

    assert shown(sam, step.message_id).buttons == []
    assert "nothing changed" in (old_tap.text or "")
    assert "🌙" in history.text and "✅" not in history.text


async def test_a_later_step_message_takes_the_buttons_from_the_evening_question(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/evening 20:00")
    await sam.expect_text("Evening question saved")
    await finish_morning_with_a_step(bot, clock, sam)
    clock.set(EVENING)
    await bot.deliver_due()
    evening = await sam.expect_text("how did it go")

    await sam.command("/step")
    step = await sam.next_message()
    await (await sam.press("Partly", step)).wait_answered()
    await sam.next_message()

    assert shown(sam, evening.message_id).buttons == []
    assert shown(sam, step.message_id).text.endswith("→ 🌗 Partly")


async def test_the_next_days_nudge_takes_the_buttons_from_an_unanswered_one(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    monday = await nudge_arrives(bot, clock, sam)
    heavy_data = monday.buttons[0][0][1]

    tuesday = await nudge_arrives(bot, clock, sam, MONDAY_NUDGE + timedelta(days=1))
    old_tap = await (await sam.press_data(heavy_data, monday.message_id)).wait_answered()
    await (await sam.press("Bright", tuesday)).wait_answered()
    await sam.expect_text("three words")
    await sam.command("/history")
    history = await sam.expect_text("your recent days")

    assert shown(sam, monday.message_id).buttons == []
    assert "nothing changed" in (old_tap.text or "")
    assert "Tue 24 Nov · ☀️" in history.text and "🌧" not in history.text


async def test_checkin_on_a_new_day_takes_the_buttons_from_yesterdays_prompt(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    monday = await nudge_arrives(bot, clock, sam)
    await (await sam.press("Low", monday)).wait_answered()
    words = await sam.expect_text("three words")

    clock.advance(days=1)
    await sam.command("/checkin")
    await expect_nudge(sam)

    assert shown(sam, words.message_id).buttons == []


async def test_a_tap_after_delete_is_answered_kindly_and_keeps_nothing(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await (await sam.press("Steady", await nudge_arrives(bot, clock, sam))).wait_answered()
    await (await sam.press("Skip", await sam.expect_text("three words"))).wait_answered()
    steps = await sam.expect_text("•")
    await sam.command("/delete")
    question = await sam.next_message()
    await (await sam.press("Delete everything", question)).wait_answered()
    await sam.wait_until(lambda: "erased" in shown(sam, question.message_id).text)

    tap = await (await sam.press(steps.button_texts[0], steps)).wait_answered()
    await sam.command("/step")
    await sam.expect_text("no step chosen")
    await sam.command("/history")
    await sam.expect_text("nothing here yet")

    assert "nothing changed" in (tap.text or "")
    assert shown(sam, steps.message_id).buttons == []
    async with bot.services.sessions() as session:
        people = (await session.scalars(select(Person))).all()
        checkins = (await session.scalars(select(Checkin))).all()
    assert (people, checkins) == ([], [])


# --- a rest day, and greetings that fit the hour --------------------------------------------------


async def test_a_rest_day_gets_a_quiet_good_night_and_no_question(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/evening 20:00")
    await sam.expect_text("Evening question saved")
    await (await sam.press("Low", await nudge_arrives(bot, clock, sam))).wait_answered()
    await (await sam.press("Skip", await sam.expect_text("three words"))).wait_answered()
    await (await sam.press("Rest today", await sam.expect_text("•"))).wait_answered()
    await sam.next_message()

    clock.set(EVENING)
    await bot.deliver_due()
    good_night = await sam.next_message()

    assert good_night.text in en_all(EVENING_AFTER_REST)
    assert good_night.buttons == []


async def test_checkin_in_the_evening_is_greeted_for_the_evening(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    clock.set(datetime(2026, 11, 23, 20, 13, tzinfo=UTC))  # 21:13 in Berlin.

    await sam.command("/checkin")
    greeting = await expect_nudge(sam)

    assert greeting.text in en_all(EVENING_GREETINGS)


async def test_a_late_check_in_time_is_greeted_for_the_night(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam, "Europe/Berlin", "23:30")

    nudge = await nudge_arrives(bot, clock, sam, datetime(2026, 11, 23, 22, 30, tzinfo=UTC))

    assert nudge.text in en_all(NIGHT_GREETINGS)
