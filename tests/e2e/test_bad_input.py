"""Odd and hostile input never breaks the bot, never shows a traceback, and changes nothing."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.texts.common import COMMAND_MENU
from storage.models import Note, Person
from tests.e2e.conftest import FakeClock, RunningBot, onboard
from tests.fakeapi import FakeBotApi, ScriptedPerson

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
