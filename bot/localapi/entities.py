"""How Telegram measures text: offsets in UTF-16 units, and the entity of a typed /command."""

from __future__ import annotations

from bot.localapi.records import JsonDict


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit Telegram uses for offsets."""
    return len(text.encode("utf-16-le")) // 2


def command_entities(text: str) -> list[JsonDict]:
    """The ``bot_command`` entity Telegram attaches to a leading ``/command``."""
    if not text.startswith("/"):
        return []
    word = text.split(maxsplit=1)[0]
    name = word[1:].split("@", 1)[0]
    if not name or len(name) > 32 or not all(c.isalnum() or c == "_" for c in name):
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(word)}]
