"""Plain records kept by the local Bot API: messages, files, taps and what changed in a chat."""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

JsonDict = dict[str, Any]
Button = tuple[str, str | None]
"""One inline button as the phone shows it: ``(label, callback_data or None for URL buttons)``."""


@dataclass
class UploadedFile:
    """A file the bot uploaded (or referenced by file_id) with its content."""

    data: bytes
    filename: str
    mime_type: str
    file_id: str
    file_unique_id: str

    @property
    def size(self) -> int:
        """Size of the content in bytes."""
        return len(self.data)


@dataclass(frozen=True)
class MessageVersion:
    """What a bot message looked like before an edit."""

    text: str
    buttons: list[list[Button]]
    edit_date: int | None


@dataclass
class BotMessage:
    """A message sent by the bot, kept up to date with later edits and deletion."""

    message_id: int
    chat: JsonDict
    sender: JsonDict
    date: int
    text: str = ""
    entities: list[JsonDict] = field(default_factory=list)
    reply_markup: JsonDict | None = None
    reply_keyboard: JsonDict | None = None
    photo: UploadedFile | None = None
    document: UploadedFile | None = None
    reply_to_message: JsonDict | None = None
    edited: bool = False
    edit_date: int | None = None
    deleted: bool = False
    history: list[MessageVersion] = field(default_factory=list)
    send_params: JsonDict = field(default_factory=dict)

    @property
    def chat_id(self) -> int:
        """Id of the chat the message lives in."""
        return int(self.chat["id"])

    @property
    def has_media(self) -> bool:
        """Whether this is a photo/document message (text is then the caption)."""
        return self.photo is not None or self.document is not None

    @property
    def caption(self) -> str | None:
        """Caption of a media message, else None."""
        return self.text if self.has_media else None

    @property
    def buttons(self) -> list[list[Button]]:
        """Inline keyboard rows as ``(label, callback_data)`` tuples."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [[(b.get("text", ""), b.get("callback_data")) for b in row] for row in rows]

    @property
    def button_texts(self) -> list[str]:
        """All inline button labels, row by row."""
        return [label for row in self.buttons for label, _ in row]

    @property
    def keyboard_texts(self) -> list[str]:
        """Labels of a reply keyboard (ReplyKeyboardMarkup) attached to the message."""
        rows = (self.reply_keyboard or {}).get("keyboard", [])
        return [b if isinstance(b, str) else b.get("text", "") for row in rows for b in row]

    def snapshot(self) -> MessageVersion:
        """The current text and buttons, for the edit history."""
        return MessageVersion(self.text, self.buttons, self.edit_date)

    def to_dict(self) -> JsonDict:
        """The Telegram ``Message`` JSON for the message as currently displayed."""
        data: JsonDict = {
            "message_id": self.message_id,
            "from": copy.deepcopy(self.sender),
            "chat": copy.deepcopy(self.chat),
            "date": self.date,
        }
        text_key, entities_key = (
            ("caption", "caption_entities")
            if self.has_media
            else (
                "text",
                "entities",
            )
        )
        if self.text or not self.has_media:
            data[text_key] = self.text
        if self.entities:
            data[entities_key] = copy.deepcopy(self.entities)
        if self.photo is not None:
            data["photo"] = photo_sizes(self.photo)
        if self.document is not None:
            data["document"] = document_dict(self.document)
        if self.reply_markup and self.reply_markup.get("inline_keyboard"):
            data["reply_markup"] = copy.deepcopy(self.reply_markup)
        if self.edit_date is not None:
            data["edit_date"] = self.edit_date
        if self.reply_to_message is not None:
            data["reply_to_message"] = copy.deepcopy(self.reply_to_message)
        return data


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG/GIF/JPEG image, or a plausible default."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
    return _jpeg_size(data) or (640, 480)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a JPEG SOF marker, if it can be found."""
    if data[:2] != b"\xff\xd8":
        return None
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker, length = data[i + 1], int.from_bytes(data[i + 2 : i + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height = int.from_bytes(data[i + 5 : i + 7], "big")
            return int.from_bytes(data[i + 7 : i + 9], "big"), height
        i += 2 + length
    return None


def photo_sizes(photo: UploadedFile) -> list[JsonDict]:
    """A ``list[PhotoSize]``: a thumbnail and the full size, like Telegram returns."""
    width, height = image_size(photo.data)
    scale = min(1.0, 90 / max(width, height, 1))
    thumb = {
        "file_id": photo.file_id + "_s",
        "file_unique_id": photo.file_unique_id + "s",
        "width": max(1, round(width * scale)),
        "height": max(1, round(height * scale)),
        "file_size": min(photo.size, 2048),
    }
    full = {
        "file_id": photo.file_id,
        "file_unique_id": photo.file_unique_id,
        "width": width,
        "height": height,
        "file_size": photo.size,
    }
    return [thumb, full]


def document_dict(document: UploadedFile) -> JsonDict:
    """A ``Document`` JSON object for an uploaded file."""
    return {
        "file_id": document.file_id,
        "file_unique_id": document.file_unique_id,
        "file_name": document.filename,
        "mime_type": document.mime_type,
        "file_size": document.size,
    }


@dataclass
class CallbackQueryRecord:
    """A callback query pushed by a person, and how the bot answered it."""

    query_id: str
    user_id: int
    chat_id: int | None
    message_id: int | None
    data: str | None
    label: str | None
    answered: bool = False
    text: str | None = None
    show_alert: bool = False
    url: str | None = None
    cache_time: int | None = None
    answered_at: float | None = None
    pressed_at: float = field(default_factory=time.monotonic)
    """When the tap happened, on the server's monotonic clock (answers expire after it)."""


class ChatEventKind(StrEnum):
    """What just happened in a chat, as a phone would show it."""

    SENT = "sent"
    EDITED = "edited"
    DELETED = "deleted"
    ANSWERED = "answered"


@dataclass(frozen=True)
class ChatEvent:
    """One change in a chat, told to listeners the moment the bot makes it."""

    kind: ChatEventKind
    chat_id: int
    message: BotMessage | None = None
    text: str | None = None
    show_alert: bool = False
