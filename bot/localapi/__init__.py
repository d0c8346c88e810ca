"""A Telegram Bot API server on loopback: `smallsteps try` runs the real bot against it.

It speaks the real HTTP contract (long polling, messages, edits, inline buttons, files), so
python-telegram-bot cannot tell it from Telegram. The end-to-end tests use it too.
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
from bot.localapi.server import ChatListener, LocalBotApi

__all__ = [
    "ApiCall",
    "BotMessage",
    "CallbackQueryRecord",
    "ChatEvent",
    "ChatEventKind",
    "ChatListener",
    "LocalBotApi",
    "MessageVersion",
    "Stats",
    "UploadedFile",
]
