"""A Telegram Bot API server on loopback: `smallsteps try` runs the real bot against it.

It speaks the real HTTP contract (long polling, messages, edits, inline buttons, files) for the
methods the bot calls, so python-telegram-bot cannot tell it from Telegram. `routing` reads the
HTTP calls, `methods` answers them, `state` keeps the chats and `records` holds what they show.
The tests' fuller fake (`testkit.fakeapi`) builds on it.
"""

from bot.localapi.records import (
    BotMessage,
    CallbackQueryRecord,
    ChatEvent,
    ChatEventKind,
    UploadedFile,
)
from bot.localapi.routing import LocalBotApi
from bot.localapi.state import ChatListener

__all__ = [
    "BotMessage",
    "CallbackQueryRecord",
    "ChatEvent",
    "ChatEventKind",
    "ChatListener",
    "LocalBotApi",
    "UploadedFile",
]
