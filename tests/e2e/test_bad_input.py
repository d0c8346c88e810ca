"""Odd and hostile input never breaks the bot, never shows a traceback, and changes nothing."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.texts.common import COMMAND_MENU
from scheduler.sending import SendResult, SendStatus
from storage.models import Checkin, Note, Person
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from tests.e2e.conftest import RunningBot, StartBot, onboard

COMMANDS = [f"/{name}" for name, _ in COMMAND_MENU if name not in ("delete", "export")]
SQL_LOOKING = "Robert'); DROP TABLE people;--"
RIGHT_TO_LEFT = "אני עייף היום، ولكنني هنا"


async def settings_snapshot(bot: RunningBot) -> tuple[object, ...]:
    async with bot.services.sessions() as session:
        person = await session.scalar(select(Person))
        assert person is not None
        return (person.timezone, person.checkin_time, person.evening_time, person.weekly_day)


async def settle(person: ScriptedPerson) -> None:
    """Updates are handled in order, so an answered /help means everything before it was too."""
    person.skip_pending()
    await person.command("/help")
    await person.expect_text("here's what i can do", timeout=10)


def failures(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def test_every_kind_of_odd_input_gets_a_kind_answer_and_changes_nothing(
    bot: RunningBot,
    clock: FakeClock,
    api: FakeBotApi,
    sam: ScriptedPerson,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await onboard(sam)
    await sam.command("/checkin")
    old_nudge = await sam.next_message()
    before = await settings_snapshot(bot)

    await sam.send_sticker()
    await sam.send_photo()
    await sam.send_voice()
    sam.push_raw({"document": {"file_id": "doc", "file_unique_id": "doc-u", "file_name": "x.pdf"}})
    await sam.share_location(51.5, -0.12)
    typed = await sam.send("first words")
    await sam.edit(typed, "edited words")
    sam.push_raw(
        {
            "text": "passed along",
            "forward_origin": {"type": "hidden_user", "sender_user_name": "Someone", "date": 1},
        }
    )
    await sam.send("x" * 4096)
    await sam.send("🌿🌧☀️")
    await sam.send(RIGHT_TO_LEFT)
    await sam.send(SQL_LOOKING)
    await sam.command("/definitely_not_a_command")
    await sam.command("/time")
    clock.advance(days=3)
    for _ in range(2):
        await sam.press_data(old_nudge.buttons[0][0][1], old_nudge.message_id)
    await sam.press_data("m:1:1'; DROP TABLE checkins;--", old_nudge.message_id)
    await sam.press_data("v:w:6:9999", old_nudge.message_id)
    # An older release's data, reaching no handler's kind.
    await sam.press_data("mood:1:1'; DROP TABLE checkins;--", old_nudge.message_id)
    await sam.press_data("set:weekly:sun 99:99", old_nudge.message_id)
    await sam.press_data("", old_nudge.message_id)
    await settle(sam)

    answered = {q.query_id for q in api.answered_callbacks}
    assert all(q in answered for q in api.callback_queries)
    assert failures(caplog) == []
    assert all("Traceback" not in m.text for m in api.sent_to(sam.chat_id))
    assert await settings_snapshot(bot) == before
    async with bot.services.sessions() as session:
        kept = set((await session.scalars(select(Note.text))).all())
    assert {"first words", "edited words", "passed along", RIGHT_TO_LEFT, SQL_LOOKING} <= kept


update_actions = st.one_of(
    st.tuples(st.just("text"), st.text(max_size=300)),
    st.tuples(st.just("long"), st.integers(min_value=3000, max_value=4096)),
    st.tuples(st.just("command"), st.sampled_from(COMMANDS), st.text(max_size=20)),
    st.tuples(st.just("tap"), st.text(max_size=64)),
    st.tuples(st.just("sticker")),
    st.tuples(st.just("location"), st.floats(-90, 90), st.floats(-180, 180)),
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(actions=st.lists(update_actions, min_size=1, max_size=12))
async def test_random_updates_never_break_the_bot(
    bot: RunningBot,
    api: FakeBotApi,
    sam: ScriptedPerson,
    caplog: pytest.LogCaptureFixture,
    actions: list[tuple[object, ...]],
) -> None:
    for action in actions:
        await perform(sam, action)
    await settle(sam)

    assert failures(caplog) == []
    assert all("Traceback" not in m.text for m in api.sent_to(sam.chat_id))


async def perform(person: ScriptedPerson, action: tuple[object, ...]) -> None:
    """Turn one generated action into an update from the person."""
    kind = action[0]
    if kind == "text" and str(action[1]).strip():
        await person.send(str(action[1]))
    elif kind == "long":
        await person.send("a" * int(action[1]))  # type: ignore[call-overload]
    elif kind == "command":
        await person.command(f"{action[1]} {action[2]}".strip())
    elif kind == "tap" and person.last_message is not None:
        await person.press_data(str(action[1]), person.last_message.message_id)
    elif kind == "sticker":
        await person.send_sticker()
    elif kind == "location":
        await person.share_location(float(action[1]), float(action[2]))  # type: ignore[arg-type]


# --- a person's words of any length are kept whole and shown back within Telegram's limits -----

TELEGRAM_TEXT_LIMIT = 4096
LONG_WORDS = ("tired but here, and honestly a little hopeful " * 100)[:4096]
# 4096 UTF-16 units, the most Telegram lets anyone send (the herb counts twice).
LONG_STEP = "call my sister 🌿 " * 227 + "call my si"


def utf16_length(text: str) -> int:
    """Text length as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


async def test_long_answers_are_kept_whole_and_shown_back_shortened(
    start_bot: StartBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    bot = await start_bot()
    await onboard(sam)
    await sam.command("/evening 20:00")
    await sam.expect_text("Evening question saved")
    await sam.command("/checkin")
    await (await sam.press("Steady", await sam.next_message())).wait_answered()
    await sam.expect_text("three words")

    await sam.send(LONG_WORDS)
    kept = await sam.expect_text("tired but here")
    steps = await sam.expect_text("•")
    await (await sam.press("My own step", steps)).wait_answered()
    await sam.expect_text("your small step for today")
    await sam.send(LONG_STEP)
    chosen = await sam.expect_text("call my sister")
    await sam.command("/step")
    step = await sam.expect_text("call my sister")
    await sam.command("/history")
    history = await sam.expect_text("your recent days")
    clock.set(datetime(2026, 11, 23, 19, 0, tzinfo=UTC))
    sent = await bot.deliver_due()
    evening = await sam.expect_text("call my sister")

    assert sent == [SendResult(SendStatus.SENT, evening.message_id)]
    for shown in (kept, chosen, step, history, evening):
        assert "…" in shown.text
        assert utf16_length(shown.text) <= TELEGRAM_TEXT_LIMIT
    assert evening.button_texts == ["✅ Done", "🌗 Partly", "🌙 Not today"]
    assert all(len(data.encode()) <= 64 for row in step.buttons for _, data in row if data)
    assert all("went wrong" not in m.text for m in api.sent_to(sam.chat_id))
    async with bot.services.sessions() as session:
        checkin = await session.scalar(select(Checkin))
    assert checkin is not None
    assert (checkin.words, checkin.step_text) == (LONG_WORDS, LONG_STEP)
