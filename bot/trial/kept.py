"""The trial chat's open buttons, kept next to its database so a restarted trial carries on.

The bundled Bot API server holds messages in memory only. Telegram keeps them, so a person
coming back can still tap a button sent yesterday; this file gives the trial the same memory.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.localapi import BotMessage, LocalBotApi

# Typed numbers press the newest message with buttons; a few more are kept for when it closes.
KEPT_MESSAGES = 5


def save_chat(path: Path, api: LocalBotApi, chat_id: int) -> None:
    """Remember the chat's newest message id and the messages whose buttons are still open."""
    shown = api.displayed(chat_id)
    # Photos and files never carry buttons here; keeping their bytes is not worth it.
    open_ = [message for message in shown if message.buttons and not message.has_media]
    kept = {
        "last_message_id": api.last_message_id(chat_id),
        "messages": [_as_json(message) for message in open_[-KEPT_MESSAGES:]],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(kept, ensure_ascii=False) + "\n", encoding="utf-8")


def restore_chat(path: Path, api: LocalBotApi, chat_id: int) -> list[BotMessage]:
    """Put the kept messages back on the server; returns them (none if nothing usable is kept)."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        last_message_id = int(kept["last_message_id"])
        messages = [_from_json(raw) for raw in kept["messages"]]
        messages = [message for message in messages if message.chat_id == chat_id]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []
    api.restore_messages(chat_id, messages, last_message_id)
    return messages


def _as_json(message: BotMessage) -> dict[str, Any]:
    """What a text message with buttons needs to be shown and pressed again."""
    return {
        "message_id": message.message_id,
        "chat": message.chat,
        "from": message.sender,
        "date": message.date,
        "text": message.text,
        "entities": message.entities,
        "reply_markup": message.reply_markup,
        "edit_date": message.edit_date,
    }


def _from_json(raw: dict[str, Any]) -> BotMessage:
    """A kept message as the server holds it."""
    edit_date = raw.get("edit_date")
    return BotMessage(
        message_id=int(raw["message_id"]),
        chat=dict(raw["chat"]),
        sender=dict(raw["from"]),
        date=int(raw["date"]),
        text=str(raw.get("text") or ""),
        entities=list(raw.get("entities") or []),
        reply_markup=dict(raw["reply_markup"]),
        edited=edit_date is not None,
        edit_date=int(edit_date) if edit_date is not None else None,
    )
