"""The local Bot API's records, now bundled as `bot.localapi.records`."""

from bot.localapi.records import (
    ApiCall,
    BotMessage,
    Button,
    CallbackQueryRecord,
    ChatEvent,
    ChatEventKind,
    FailureRule,
    JsonDict,
    MessageVersion,
    Stats,
    UploadedFile,
    document_dict,
    image_size,
    photo_sizes,
)

__all__ = [
    "ApiCall",
    "BotMessage",
    "Button",
    "CallbackQueryRecord",
    "ChatEvent",
    "ChatEventKind",
    "FailureRule",
    "JsonDict",
    "MessageVersion",
    "Stats",
    "UploadedFile",
    "document_dict",
    "image_size",
    "photo_sizes",
]
