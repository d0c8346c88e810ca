"""The fake Bot API against the real python-telegram-bot: Bot, Application and polling."""

from __future__ import annotations

import asyncio
import datetime as dtm
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import aiohttp
import pytest
from telegram import (
    Bot,
    BotCommand,
    CopyTextButton,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    MessageEntity,
    Update,
)
from telegram.error import (
    BadRequest,
    EndPointNotFound,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from testkit.app import stock_request
from testkit.fakeapi import FakeBotApi
from testkit.person import TINY_PNG, ScriptedPerson
from testkit.rules import copied_texts

TOKEN = "123456:TEST"
BOLD_WELCOME = MessageEntity(MessageEntity.BOLD, 0, 8)
CHOICES = InlineKeyboardMarkup(
    [
        [InlineKeyboardButton("Yes, please", callback_data="yes")],
        [
            InlineKeyboardButton("No", callback_data="no"),
            InlineKeyboardButton("Docs", url="https://example.org"),
        ],
    ]
)


@dataclass
class Running:
    """A started Application wired to the fake API, plus every update it saw."""

    api: FakeBotApi
    app: Application  # type: ignore[type-arg]
    updates: list[Update] = field(default_factory=list)


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(
        "Welcome! Want a small step?", entities=[BOLD_WELCOME], reply_markup=CHOICES
    )


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(f"echo: {update.effective_message.text}")


async def _choice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer(f"got {query.data}")
    await query.edit_message_text(f"You chose {query.data}")


@pytest.fixture(autouse=True)
def _timedelta_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to PTB's timedelta periods so RetryAfter does not warn."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server
        assert server.internal_errors == []


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(
        TOKEN,
        base_url=api.base_url,
        base_file_url=api.base_file_url,
        request=stock_request(),
        get_updates_request=stock_request(1),
    ) as client:
        yield client


@pytest.fixture
async def running(api: FakeBotApi) -> AsyncIterator[Running]:
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .request(stock_request())
        .get_updates_request(stock_request(1))
        .job_queue(None)
        .build()
    )
    state = Running(api, app)

    async def record(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        state.updates.append(update)

    app.add_handler(TypeHandler(Update, record), group=-1)
    app.add_handler(CommandHandler("start", _start))
    app.add_handler(
        MessageHandler(filters.TEXT & ~filters.COMMAND & ~filters.UpdateType.EDITED, _echo)
    )
    app.add_handler(CallbackQueryHandler(_choice, pattern="^(yes|no)$"))
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    yield state
    await app.updater.stop()
    await app.stop()
    await app.shutdown()


async def test_get_me_and_tokens(bot: Bot, api: FakeBotApi) -> None:
    me = await bot.get_me()
    assert me.id == 123456
    assert me.is_bot
    assert me.username == api.bot_username
    assert api.tokens == [TOKEN]
    assert api.calls_to("getMe")[0].ok


async def test_message_reaches_handler_and_reply_is_seen(running: Running) -> None:
    sam = running.api.person(1001, "Sam")
    await sam.command("/start")
    welcome = await sam.next_message()
    assert welcome.text == "Welcome! Want a small step?"
    assert welcome.entities == [{"type": "bold", "offset": 0, "length": 8}]
    assert welcome.button_texts == ["Yes, please", "No", "Docs"]
    assert welcome.buttons[1] == [("No", "no"), ("Docs", None)]
    await sam.send("hello there")
    assert (await sam.expect_text("ECHO: hello")).text == "echo: hello there"
    assert running.api.calls_to("deleteWebhook"), "start_polling deletes the webhook first"


async def test_press_edits_message_and_answers_callback(running: Running) -> None:
    sam = running.api.person()
    await sam.command("/start")
    welcome = await sam.next_message()
    pressed = await sam.press("yes")  # case-insensitive substring of "Yes, please"
    answer = await pressed.wait_answered()
    assert answer.text == "got yes"
    assert not answer.show_alert
    await sam.wait_until(lambda: welcome.edited)
    assert welcome.text == "You chose yes"
    assert welcome.buttons == [], "editMessageText without reply_markup drops the keyboard"
    assert welcome.history[0].buttons[0] == [("Yes, please", "yes")]
    assert running.api.answered_callbacks == [answer]
    with pytest.raises(AssertionError, match="no button"):
        await sam.press("Yes, please")


async def test_updates_of_every_kind_parse_in_ptb(running: Running) -> None:
    sam = running.api.person(1002, "Ana", username="ana")
    first = await sam.send("typo hre")
    await sam.edit(first, "typo here")
    await sam.share_location(52.37, 4.89)
    await sam.send_sticker()
    await sam.send_photo(caption="look")
    await sam.send_voice(duration=4)
    forged = await sam.press_data("x" * 10, message_id=999)
    await sam.expect_text("echo: typo hre")
    running.api.block(sam.user_id, notify=True)
    await sam.wait_until(lambda: len(running.updates) == 8)
    kinds = [
        u.effective_message and u.effective_message.effective_attachment for u in running.updates
    ]
    assert running.updates[1].edited_message is not None
    assert running.updates[1].edited_message.text == "typo here"
    assert [type(k).__name__ for k in kinds[2:6]] == ["Location", "Sticker", "tuple", "Voice"]
    assert running.updates[6].callback_query is not None
    assert running.updates[6].callback_query.data == "xxxxxxxxxx"
    assert running.updates[7].my_chat_member is not None
    assert running.updates[7].my_chat_member.new_chat_member.status == "kicked"
    assert not forged.answered


async def test_group_messages_and_leave_chat(running: Running, bot: Bot) -> None:
    api = running.api
    sam, ana = api.person(1001, "Sam"), api.person(1002, "Ana")
    friends = api.group(-100123, "Friends")
    await friends.command(sam, f"/start@{api.bot_username}")
    welcome = await friends.next_message()
    assert welcome.chat["type"] == "supergroup"
    pressed = await friends.press(ana, "No")
    assert (await pressed.wait_answered()).text == "got no"
    await friends.say(ana, "hi all")
    await friends.expect_text("echo: hi all")
    assert await bot.leave_chat(friends.chat_id)
    assert api.left_chats == [friends.chat_id]
    with pytest.raises(Forbidden, match=r"(?i)not a member"):
        await bot.send_message(friends.chat_id, "still here?")
    assert sam.chat == []


async def test_retry_after_and_recovery(bot: Bot, api: FakeBotApi) -> None:
    sam = api.person(started=True)
    api.fail_next("sendMessage", status=429, retry_after=2)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(sam.chat_id, "hi")
    assert caught.value.retry_after == dtm.timedelta(seconds=2)
    await bot.send_message(sam.chat_id, "hi again")
    assert [m.text for m in sam.chat] == ["hi again"]
    assert api.stats.injected_failures == 1
    assert api.stats.too_many_requests == 1


async def test_injected_server_errors(bot: Bot, api: FakeBotApi) -> None:
    sam = api.person(started=True)
    api.fail_next("sendMessage", status=400, description="Bad Request: custom")
    with pytest.raises(BadRequest, match=r"(?i)custom"):
        await bot.send_message(sam.chat_id, "x")
    api.fail_next("*", status=502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.get_me()


async def test_blocked_user_gets_forbidden(bot: Bot, api: FakeBotApi) -> None:
    sam = api.person(started=True)
    stranger = api.person(2002, "Stranger")
    api.block(sam.user_id)
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await bot.send_message(sam.chat_id, "ping")
    with pytest.raises(Forbidden, match=r"(?i)can't initiate conversation"):
        await bot.send_message(stranger.chat_id, "ping")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(424242, "ping")
    api.unblock(sam.user_id)
    assert (await bot.send_message(sam.chat_id, "ping")).text == "ping"


async def test_rate_limit_answers_429(bot: Bot, api: FakeBotApi) -> None:
    sam = api.person(started=True)
    api.rate_limit(per_second=3)
    for n in range(3):
        await bot.send_message(sam.chat_id, f"n{n}")
    with pytest.raises(RetryAfter):
        await bot.send_message(sam.chat_id, "too many")
    assert api.stats.rate_limited == 1
    assert api.peak_sends_per_second() == 3
    assert sum(api.sends_per_second().values()) == 3
    api.rate_limit(None)
    await bot.send_message(sam.chat_id, "fine now")


async def test_edit_and_callback_errors(bot: Bot, api: FakeBotApi) -> None:
    sam = api.person(started=True)
    sent = await bot.send_message(sam.chat_id, "pick", reply_markup=CHOICES)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("pick", sam.chat_id, sent.message_id, reply_markup=CHOICES)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_reply_markup(sam.chat_id, 777, reply_markup=CHOICES)
    await bot.edit_message_reply_markup(sam.chat_id, sent.message_id, reply_markup=None)
    assert sam.chat[0].buttons == []
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("123")
    for mode in ("HTML", "MarkdownV2"):
        with pytest.raises(BadRequest, match=r"(?i)unsupported parse_mode"):
            await bot.send_message(sam.chat_id, "<b>1 < 2</b>", parse_mode=mode)
    assert await bot.delete_message(sam.chat_id, sent.message_id)
    assert sam.chat == [] and api.sent_to(sam.chat_id)[0].deleted


async def test_commands_are_recorded(bot: Bot, api: FakeBotApi) -> None:
    await bot.set_my_commands([BotCommand("start", "Begin"), ("time", "Set reminder time")])
    assert api.my_commands == [
        {"command": "start", "description": "Begin"},
        {"command": "time", "description": "Set reminder time"},
    ]
    assert [c.command for c in await bot.get_my_commands()] == ["start", "time"]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Bad-Name", "x")])
    assert await bot.delete_my_commands()
    assert api.my_commands == []


async def test_photo_and_document_uploads_are_stored(bot: Bot, api: FakeBotApi) -> None:
    sam = api.person(started=True)
    italic = MessageEntity(MessageEntity.ITALIC, 0, 5)
    photo = await bot.send_photo(sam.chat_id, TINY_PNG, caption="chart", caption_entities=[italic])
    assert (photo.photo[-1].width, photo.photo[-1].height) == (1, 1)
    assert photo.caption == "chart" and photo.caption_entities == (italic,)
    doc = await bot.send_document(sam.chat_id, b"a,b\n1,2\n", filename="notes.csv")
    assert doc.document is not None and doc.document.file_name == "notes.csv"
    shown_photo, shown_doc = sam.chat
    assert shown_photo.photo is not None and shown_photo.photo.data == TINY_PNG
    assert shown_photo.caption == "chart"
    assert shown_doc.document is not None and shown_doc.document.data == b"a,b\n1,2\n"
    again = await bot.send_photo(sam.chat_id, photo.photo[-1].file_id)
    assert again.photo[-1].file_id == photo.photo[-1].file_id
    downloaded = await (await bot.get_file(doc.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == b"a,b\n1,2\n"


async def test_long_poll_returns_promptly_on_push(bot: Bot, api: FakeBotApi) -> None:
    sam = api.person()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await api.wait_until(lambda: any(c.method == "getUpdates" for c in api.calls))
    started = time.monotonic()
    await sam.send("wake up")
    updates = await asyncio.wait_for(poll, 2)
    assert time.monotonic() - started < 1.0
    assert [u.message.text for u in updates if u.message] == ["wake up"]
    assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == ()
    assert api.pending_updates == []


async def test_long_poll_times_out_empty(bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=dtm.timedelta(milliseconds=300)) == ()
    assert 0.25 < time.monotonic() - started < 2


async def test_delay_causes_client_timeout_but_message_lands(bot: Bot, api: FakeBotApi) -> None:
    sam = api.person(started=True)
    api.delay("sendMessage", 0.4)
    with pytest.raises(TimedOut):
        await bot.send_message(sam.chat_id, "slow", read_timeout=0.1)
    await sam.wait_until(lambda: len(sam.chat) == 1)
    assert sam.chat[0].text == "slow"


async def test_raw_http_contract(api: FakeBotApi, bot: Bot) -> None:
    sam = api.person(started=True)
    async with aiohttp.ClientSession() as session:
        url = f"{api.base_url}{TOKEN}"
        async with session.post(f"{url}/noSuchMethod") as resp:
            assert resp.status == 404
            assert await resp.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        payload = {"chat_id": sam.chat_id, "text": "json body", "reply_markup": CHOICES.to_dict()}
        async with session.post(f"{url}/sendMessage", json=payload) as resp:
            body = await resp.json()
    assert body["ok"] and body["result"]["reply_markup"] == CHOICES.to_dict()
    assert sam.chat[0].text == "json body"
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")


async def test_scripted_person_waiting_helpers(api: FakeBotApi, bot: Bot) -> None:
    sam: ScriptedPerson = api.person(started=True)
    with pytest.raises(AssertionError, match="no new bot message"):
        await sam.next_message(timeout=0.05)
    await bot.send_message(sam.chat_id, "one")
    await bot.send_message(sam.chat_id, "two", reply_markup=CHOICES)
    assert (await sam.expect_text("TWO")).text == "two"
    await sam.expect_silence(within=0.05)
    assert "bot #2: two" in sam.transcript()
    assert "[Yes, please]" in sam.transcript()


async def test_writing_to_a_blocked_bot_unblocks_it(running: Running) -> None:
    sam = running.api.person()
    sam.block_bot()
    update_id = running.api.push_update(
        {
            "message": {
                "message_id": 50,
                "date": 0,
                "chat": {"id": -5, "type": "group", "title": "Raw"},
                "from": sam.user,
                "text": "raw hi",
            }
        }
    )
    await running.api.wait_delivered(update_id)
    await sam.command("/start")
    assert (await sam.next_message()).text.startswith("Welcome")
    statuses = [
        u.my_chat_member.new_chat_member.status for u in running.updates if u.my_chat_member
    ]
    assert statuses == ["kicked", "member"]
    assert await running.api.wait_until(lambda: len(running.api.sent_to(-5)) == 1)
    assert running.api.sent_to(-5)[0].text == "echo: raw hi"


def _copy(number: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(f"📋 Copy {number}", copy_text=CopyTextButton(number))]]
    )


async def test_copy_buttons_and_link_preview_options_are_taken_and_recorded(
    bot: Bot, api: FakeBotApi
) -> None:
    sam = api.person(started=True)
    no_previews = LinkPreviewOptions(is_disabled=True)

    sent = await bot.send_message(
        sam.chat_id,
        "Samaritans: call 116 123 · findahelpline.com",
        reply_markup=_copy("116 123"),
        link_preview_options=no_previews,
    )
    await bot.edit_message_text(
        "Shout: text SHOUT to 85258",
        sam.chat_id,
        sent.message_id,
        reply_markup=_copy("85258"),
        link_preview_options=no_previews,
    )

    assert sent.reply_markup is not None
    (button,) = sent.reply_markup.inline_keyboard[0]
    assert button.copy_text == CopyTextButton("116 123") and button.callback_data is None
    message = api.sent_to(sam.chat_id)[0]
    assert copied_texts(message) == ["85258"]
    assert message.history[0].buttons == [[("📋 Copy 116 123", None)]]
    calls = [*api.calls_to("sendMessage"), *api.calls_to("editMessageText")]
    assert [c.params["link_preview_options"] for c in calls] == [
        {"is_disabled": True},
        {"is_disabled": True},
    ]
    assert "[📋 Copy 85258]" in sam.transcript()


async def test_copy_text_is_refused_outside_telegrams_limits(bot: Bot, api: FakeBotApi) -> None:
    sam = api.person(started=True)

    await bot.send_message(sam.chat_id, "longest", reply_markup=_copy("9" * 256))
    for refused in ("", "9" * 257):
        with pytest.raises(BadRequest, match=r"(?i)BUTTON_COPY_TEXT_INVALID"):
            await bot.send_message(sam.chat_id, "x", reply_markup=_copy(refused))

    assert copied_texts(api.sent_to(sam.chat_id)[0]) == ["9" * 256]
    assert len(api.sent_to(sam.chat_id)) == 1


async def test_a_button_of_two_kinds_is_refused(bot: Bot, api: FakeBotApi) -> None:
    sam = api.person(started=True)
    both = InlineKeyboardButton("x", callback_data="x", copy_text=CopyTextButton("988"))

    with pytest.raises(BadRequest, match="exactly one of its optional fields; it has callback_"):
        await bot.send_message(sam.chat_id, "x", reply_markup=InlineKeyboardMarkup([[both]]))
    sent = await bot.send_message(sam.chat_id, "fine", reply_markup=_copy("988"))
    with pytest.raises(BadRequest, match="exactly one"):
        await bot.edit_message_reply_markup(
            sam.chat_id, sent.message_id, reply_markup=InlineKeyboardMarkup([[both]])
        )
    assert api.sent_to(sam.chat_id)[0].buttons == [[("📋 Copy 988", None)]]


@pytest.mark.parametrize(
    ("params", "says"),
    [
        (
            {"reply_markup": {"inline_keyboard": [[{"text": "x", "copy_text": "988"}]]}},
            "Bad Request: can't parse inline keyboard button: "
            'Field "copy_text" must be of type Object',
        ),
        (
            {"reply_markup": {"inline_keyboard": [[{"text": "x", "copy_text": {}}]]}},
            "Bad Request: can't parse inline keyboard button: Can't find field \"text\"",
        ),
        (
            {"reply_markup": {"inline_keyboard": [[{"text": "x", "copy_text": {"text": 988}}]]}},
            'Bad Request: can\'t parse inline keyboard button: Field "text" must be of type String',
        ),
        (
            {"link_preview_options": "no previews"},
            "Bad Request: can't parse link preview options JSON object",
        ),
        ({"link_preview_options": []}, "Bad Request: object expected as link preview options"),
        (
            {"link_preview_options": {"is_disabled": "yes"}},
            'Bad Request: field "is_disabled" must be of type Boolean',
        ),
        ({"link_preview_options": {"url": 5}}, 'Bad Request: field "url" must be of type String'),
    ],
    ids=[
        "copy-text-string",
        "copy-text-empty",
        "copy-text-number",
        "options-text",
        "options-array",
        "options-flag",
        "options-url",
    ],
)
async def test_raw_copy_buttons_and_preview_options_are_refused_as_telegram_does(
    api: FakeBotApi, params: dict[str, object], says: str
) -> None:
    sam = api.person(started=True)
    payload = {"chat_id": sam.chat_id, "text": "x", **params}
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{api.base_url}{TOKEN}/sendMessage", json=payload) as resp,
    ):
        body = await resp.json()

    assert (resp.status, body["description"]) == (400, says)
    assert api.sent_to(sam.chat_id) == []


async def test_preview_options_given_as_a_form_field_are_read_as_json(api: FakeBotApi) -> None:
    sam = api.person(started=True)
    form = {
        "chat_id": str(sam.chat_id),
        "text": "see findahelpline.com",
        "link_preview_options": '{"is_disabled": true, "url": "https://findahelpline.com"}',
    }
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{api.base_url}{TOKEN}/sendMessage", data=form) as resp,
    ):
        assert resp.status == 200

    assert api.sent_to(sam.chat_id)[0].send_params["link_preview_options"] == {
        "is_disabled": True,
        "url": "https://findahelpline.com",
    }
