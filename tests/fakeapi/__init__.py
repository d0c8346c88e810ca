"""The local Telegram Bot API server (bundled in `bot.localapi`) and scripted people for tests.

Typical use::

    async with FakeBotApi() as api:
        app = (
            ApplicationBuilder().token("123456:TEST").base_url(api.base_url)
            .base_file_url(api.base_file_url).request(stock_request())
            .get_updates_request(stock_request(1)).job_queue(None).build()
        )
        ...  # initialize, start, app.updater.start_polling(poll_interval=0, timeout=1)
        sam = api.person(user_id=1001, first_name="Sam")
        await sam.command("/start")
        welcome = await sam.expect_text("welcome")
        answer = await (await sam.press("Yes")).wait_answered()
"""

from bot.localapi.records import (
    ApiCall,
    BotMessage,
    CallbackQueryRecord,
    ChatEvent,
    ChatEventKind,
    MessageVersion,
    Stats,
    UploadedFile,
)
from bot.localapi.server import LocalBotApi
from tests.fakeapi.person import GroupChat, PressedButton, ScriptedPerson
from tests.fakeapi.server import FakeBotApi, stock_request

__all__ = [
    "ApiCall",
    "BotMessage",
    "CallbackQueryRecord",
    "ChatEvent",
    "ChatEventKind",
    "FakeBotApi",
    "GroupChat",
    "LocalBotApi",
    "MessageVersion",
    "PressedButton",
    "ScriptedPerson",
    "Stats",
    "UploadedFile",
    "stock_request",
]
