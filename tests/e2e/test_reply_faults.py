"""Replies when Telegram answers as it really does on a bad day: 429, 5xx, timeouts, a block.

Each fault is injected in the local Bot API with Telegram's own status, description and
`parameters.retry_after` (a 502 comes as a proxy's HTML page), for each kind of reply the bot
makes. What is checked is what the person sees and what the operator's log says.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from bot.localapi import BotMessage
from bot.texts.common import SOMETHING_WENT_WRONG
from storage.models import Note, Person, Schedule
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.e2e.conftest import RunningBot, StartBot, onboard
from tests.e2e.test_daily_loop import nudge_arrives
from tests.e2e.test_tap_faults import STEADY, stored_moods

CRISIS = "honestly I can't do this anymore"
# Sent by a person to the bot: a canary for the log (no logger may ever write it).
CANARY_NOTE = "a note about the canary-7f3a rain"


@dataclass(frozen=True)
class Fault:
    """One answer Telegram gives instead of success."""

    status: int
    retry_after: int = 1


FAULTS = {"429": Fault(429, retry_after=1), "500": Fault(500), "502-from-a-proxy": Fault(502)}

Prompt = Callable[[RunningBot, ScriptedPerson], Awaitable[BotMessage]]


async def text_answer(bot: RunningBot, sam: ScriptedPerson) -> BotMessage:
    """A note typed in: kept, and acknowledged."""
    await sam.send(CANARY_NOTE)
    return await sam.next_message()


async def onboarding_question(bot: RunningBot, sam: ScriptedPerson) -> BotMessage:
    """/settings, whose answer is a message with buttons."""
    await sam.command("/settings")
    return await sam.next_message()


async def photo(bot: RunningBot, sam: ScriptedPerson) -> BotMessage:
    """/summary after a check-in: a chart."""
    await sam.command("/summary")
    return await sam.next_message()


async def document(bot: RunningBot, sam: ScriptedPerson) -> BotMessage:
    """/export: a zip."""
    await sam.command("/export")
    return await sam.next_message()


# (what the person does, the Bot API method the fault hits)
REPLIES: dict[str, tuple[Prompt, str]] = {
    "text-answer": (text_answer, "sendMessage"),
    "question": (onboarding_question, "sendMessage"),
    "photo": (photo, "sendPhoto"),
    "document": (document, "sendDocument"),
}


def apologies(api: FakeBotApi, person: ScriptedPerson) -> list[str]:
    """Every "something went wrong" the person was sent."""
    return [m.text for m in api.sent_to(person.chat_id) if m.text == en(SOMETHING_WENT_WRONG)]


async def checked_in(bot: RunningBot, sam: ScriptedPerson) -> BotMessage:
    """Onboard, and answer the first nudge's mood: the tapped nudge is returned."""
    await onboard(sam)
    nudge = await nudge_arrives(bot, bot.clock, sam)
    await (await sam.press("🌤 Steady", nudge)).wait_answered()
    await sam.next_message()
    return nudge


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
@pytest.mark.parametrize("kind", REPLIES, ids=REPLIES.keys())
async def test_a_reply_hit_by_a_passing_fault_still_arrives_and_nobody_apologises(
    bot: RunningBot, api: FakeBotApi, sam: ScriptedPerson, fault: Fault, kind: str
) -> None:
    await checked_in(bot, sam)
    prompt, method = REPLIES[kind]
    api.fail_next(method, fault.status, retry_after=fault.retry_after)

    answer = await prompt(bot, sam)

    assert answer.text != en(SOMETHING_WENT_WRONG)
    assert [call.status for call in api.calls_to(method)][-2:] == [fault.status, 200]
    await bot.settled()
    assert apologies(api, sam) == []


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
async def test_an_edit_and_a_tap_answer_hit_by_a_fault_still_happen(
    bot: RunningBot, api: FakeBotApi, sam: ScriptedPerson, fault: Fault
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, bot.clock, sam)
    api.fail_next("editMessageText", fault.status, retry_after=fault.retry_after)
    api.fail_next("answerCallbackQuery", fault.status, retry_after=fault.retry_after)

    pressed = await (await sam.press("🌤 Steady", nudge)).wait_answered()
    following = await sam.next_message()

    assert pressed.answered
    assert [c.status for c in api.calls_to("answerCallbackQuery")] == [fault.status, 200]
    assert await stored_moods(bot) == [STEADY]
    shown = api.message(sam.chat_id, nudge.message_id)
    assert shown is not None and "→ 🌤 Steady" in shown.text and shown.buttons == []
    assert following.text != en(SOMETHING_WENT_WRONG)
    await bot.settled()
    assert apologies(api, sam) == []


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_a_reply_that_timed_out_but_arrived_is_not_sent_again_nor_apologised_for(
    bot: RunningBot, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    before = len(api.calls_to("sendMessage"))
    api.delay("sendMessage", 6.0)  # past the transport's 5 s read timeout; it still lands

    await sam.send(CANARY_NOTE)
    await sam.next_message(timeout=30)
    api.delay("sendMessage", None)
    await bot.settled()

    assert len(api.calls_to("sendMessage")) == before + 1
    assert apologies(api, sam) == []
    assert CANARY_NOTE in await notes(bot)


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_a_reply_beyond_the_flood_limit_is_dropped_with_a_warning_not_an_apology(
    bot: RunningBot, api: FakeBotApi, sam: ScriptedPerson, caplog: pytest.LogCaptureFixture
) -> None:
    await onboard(sam)
    before = len(api.calls_to("sendMessage"))
    api.fail_next("sendMessage", 429, retry_after=3600)

    with caplog.at_level(logging.INFO):
        await sam.send(CANARY_NOTE)
        await api.wait_delivered(api.last_update_id)
        await bot.settled()

    assert len(api.calls_to("sendMessage")) == before + 1  # no apology after the 429
    assert apologies(api, sam) == []
    assert CANARY_NOTE in await notes(bot)  # the words are kept all the same
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert [w for w in warnings if "a reply was not sent" in w] == [
        f"a reply was not sent update_id={api.last_update_id} error=RetryAfter"
    ]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not any(CANARY_NOTE in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_a_person_who_blocked_the_bot_gets_no_second_send_and_no_more_nudges(
    bot: RunningBot, api: FakeBotApi, sam: ScriptedPerson, caplog: pytest.LogCaptureFixture
) -> None:
    await onboard(sam)
    # They block the bot while their message is on its way: the reply meets Telegram's 403.
    api.fail_next("sendMessage", 403)
    before = len(api.calls_to("sendMessage"))

    with caplog.at_level(logging.INFO):
        await sam.send(CANARY_NOTE)
        await api.wait_delivered(api.last_update_id)
        await bot.settled()

    assert len(api.calls_to("sendMessage")) == before + 1
    assert [call.status for call in api.calls_to("sendMessage")][-1] == 403
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert await active_and_due(bot) == (False, [])

    await sam.command("/start")
    await sam.next_message()
    active, due = await active_and_due(bot)
    assert active and due


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_the_crisis_answer_survives_two_failures_in_a_row(
    bot: RunningBot, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam, "America/New_York", "8")
    api.fail_next("sendMessage", 500)
    api.fail_next("sendMessage", 502)

    await sam.send(CRISIS)
    answer = await sam.next_message(timeout=60)

    assert "988" in answer.text and "findahelpline.com" in answer.text
    await bot.settled()
    assert apologies(api, sam) == []


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_sos_waits_out_a_429(bot: RunningBot, api: FakeBotApi, sam: ScriptedPerson) -> None:
    await onboard(sam, "America/New_York", "8")
    api.fail_next("sendMessage", 429, retry_after=1)

    await sam.command("/sos")
    answer = await sam.next_message()

    assert "988" in answer.text
    assert apologies(api, sam) == []


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_a_burst_of_replies_in_one_chat_keeps_to_telegrams_per_chat_pace(
    start_bot: StartBot, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await start_bot(chat_messages_per_second=1.0)  # the default of `smallsteps run`
    await onboard(sam)
    # Telegram allows a short burst in one chat, then about a message a second.
    api.rate_limit(None, per_chat=3)
    notes_sent = [f"note {n}" for n in range(6)]

    for text in notes_sent:
        await sam.send(text)
    for _ in notes_sent:
        await sam.next_message(timeout=30)

    assert [call.status for call in api.calls_to("sendMessage")].count(429) == 0


async def notes(bot: RunningBot) -> list[str]:
    """Every note kept, oldest first."""
    async with bot.services.sessions() as session:
        return list((await session.scalars(select(Note.text).order_by(Note.id))).all())


async def active_and_due(bot: RunningBot) -> tuple[bool, list[str]]:
    """Whether the person is active, and the kinds of nudge scheduled for them."""
    async with bot.services.sessions() as session:
        active = await session.scalar(select(Person.active))
        due = await session.scalars(select(Schedule.kind).where(Schedule.next_due_at.is_not(None)))
        return bool(active), sorted(due.all())
