"""The local Bot API's Telegram-like rendering, now bundled as `bot.localapi.formatting`."""

from bot.localapi.formatting import (
    MDV2_RESERVED,
    JsonDict,
    ParseError,
    Rendered,
    UnsupportedParseModeError,
    byte_offset,
    command_entities,
    render,
    utf16_len,
)

__all__ = [
    "MDV2_RESERVED",
    "JsonDict",
    "ParseError",
    "Rendered",
    "UnsupportedParseModeError",
    "byte_offset",
    "command_entities",
    "render",
    "utf16_len",
]
