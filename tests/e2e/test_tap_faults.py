"""Taps when Telegram says no: late answers, refused edits, edits that change nothing, odd data."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from bot.localapi.errors import QUERY_TOO_OLD
from bot.texts.checkin import STALE_BUTTON
from bot.texts.common import SOMETHING_WENT_WRONG, UNKNOWN_BUTTON
from bot.transport import AiohttpRequest
from storage.models import Checkin
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.e2e.conftest import TOKEN, RunningBot, onboard
from tests.e2e.test_daily_loop import nudge_arrives

MESSAGE_GONE = "Bad Request: message to edit not found"
CHOICE_SHOWN = "→ 🌤 Steady"
STEADY = 4


async def stored_moods(bot: RunningBot) -> list[int | None]:
    """The mood of every check-in kept so far."""
    async with bot.services.sessions() as session:
        return list((await session.scalars(select(Checkin.mood))).all())


def apologies(api: FakeBotApi, person: ScriptedPerson) -> list[str]:
    """Every "something went wrong" the person was sent."""
    return [m.text for m in api.sent_to(person.chat_id) if m.text == en(SOMETHING_WENT_WRONG)]


def edits_changing_nothing(api: FakeBotApi) -> list[str]:
    """Edits the server refused as "message is not modified"."""
    return [
        call.method
        for call in api.calls
        if call.method.startswith("editMessage")
        and call.status == 400
        and "not modified" in (call.description or "")
    ]


async def test_the_server_refuses_to_answer_a_query_past_its_timeout() -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="yes")]])
    async with FakeBotApi(callback_query_timeout=5.0) as api:
        sam = api.person(started=True)
        async with Bot(TOKEN, base_url=api.base_url, request=AiohttpRequest(1)) as bot:
            await bot.send_message(sam.chat_id, "pick", reply_markup=markup)
            fresh = await sam.press("Yes", age=4.0)
            old = await sam.press("Yes", age=6.0)

            assert await bot.answer_callback_query(fresh.query_id) is True
            with pytest.raises(BadRequest, match=r"(?i)query is too old"):
                await bot.answer_callback_query(old.query_id)
    assert (fresh.answered, old.answered) == (True, False)


async def test_a_mood_tap_too_old_to_answer_still_moves_the_check_in_on(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)

    tap = await sam.press("Steady", nudge, age=60.0)
    await sam.expect_text("three words")

    refused = [c.description for c in api.calls_to("answerCallbackQuery")]
    shown = api.message(sam.chat_id, nudge.message_id)
    assert refused == [QUERY_TOO_OLD]
    assert tap.answered is False
    assert await stored_moods(bot) == [STEADY]
    assert shown is not None and shown.text.endswith(CHOICE_SHOWN) and shown.buttons == []
    assert apologies(api, sam) == []


async def test_double_taps_and_a_setting_tap_that_changes_nothing_send_no_idle_edit(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    steady = sam.find_button("Steady", nudge)[1][1]
    first = await sam.press("Steady", nudge)
    again = await sam.press_data(steady, nudge.message_id)
    await sam.expect_text("three words")
    assert (await again.wait_answered()).text == en(STALE_BUTTON)
    await first.wait_answered()
    await sam.command("/settings")
    settings = await sam.expect_text("Timezone:")
    evening = sam.find_button("Evening question", settings)[1][1]
    await sam.press("Evening question", settings)
    await sam.press_data(evening, settings.message_id)
    question = await sam.expect_text("evening question")
    await sam.expect_text("evening question")  # the doubled tap asks once more
    await (await sam.press("Off", question)).wait_answered()
    await sam.expect_text("No evening question")
    await bot.settled()

    assert edits_changing_nothing(api) == []
    assert await stored_moods(bot) == [STEADY]
    assert apologies(api, sam) == []


async def test_an_edit_of_a_message_telegram_cannot_find_arrives_as_a_new_message(
    bot: RunningBot, clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)
    api.fail_next("editMessageText", 400, description=MESSAGE_GONE)

    await (await sam.press("Steady", nudge)).wait_answered()
    afresh = await sam.next_message()
    await sam.expect_text("three words")

    assert afresh.text == f"{nudge.text}\n\n{CHOICE_SHOWN}"
    assert afresh.buttons == []
    assert await stored_moods(bot) == [STEADY]
    assert apologies(api, sam) == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (f"m:{'9' * 30}:1", en(STALE_BUTTON)),
        ("m:x", en(STALE_BUTTON)),
        ("m:1:1:1", en(STALE_BUTTON)),
        ("m:²:1", en(STALE_BUTTON)),
        ("m:01:1", en(STALE_BUTTON)),
        ("mood:1:1", en(UNKNOWN_BUTTON)),  # an older release's data
        ("nonsense", en(UNKNOWN_BUTTON)),
    ],
)
async def test_button_data_that_does_not_parse_is_answered_as_a_stale_button(
    bot: RunningBot,
    clock: FakeClock,
    api: FakeBotApi,
    sam: ScriptedPerson,
    data: str,
    expected: str,
) -> None:
    await onboard(sam)
    nudge = await nudge_arrives(bot, clock, sam)

    answer = await (await sam.press_data(data, nudge.message_id)).wait_answered()
    await bot.settled()

    shown = api.message(sam.chat_id, nudge.message_id)
    assert answer.text == expected
    assert await stored_moods(bot) == [None]
    assert shown is not None and shown.buttons == nudge.buttons
    assert apologies(api, sam) == []
