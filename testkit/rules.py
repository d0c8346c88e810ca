"""Telegram's documented rules for what a bot sends, with the errors Telegram gives.

The bundled server (`bot.localapi`) takes what the bot sends as it is; the tests' fake Bot API
checks it against these rules too, so a bot that breaks one fails in the tests as it would in
Telegram.
"""

from __future__ import annotations

import re
from typing import Any

from bot.localapi import BotMessage
from bot.localapi.errors import bad_request
from bot.localapi.records import JsonDict

INLINE_BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
"""The optional fields of an InlineKeyboardButton, exactly one of which gives it its kind."""
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
DEFAULT_EXCLUDED_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
"""Update types Telegram only delivers when explicitly listed in ``allowed_updates``."""
MAX_COPY_TEXT = 256
"""CopyTextButton.text is 1-256 characters (Bot API)."""
LINK_PREVIEW_FLAGS = ("is_disabled", "prefer_small_media", "prefer_large_media", "show_above_text")
"""LinkPreviewOptions' optional Boolean fields; its only other field is the String url."""
_BUTTON = "can't parse inline keyboard button: "
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")


def copied_texts(message: BotMessage) -> list[str]:
    """What the message's copy buttons copy, row by row (a tap copies; nothing reaches the bot)."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return [b["copy_text"]["text"] for row in rows for b in row if "copy_text" in b]


def check_inline_keyboard(markup: JsonDict) -> None:
    """An InlineKeyboardMarkup: an array of rows of valid buttons."""
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    for button in (button for row in rows for button in row):
        check_button(button)


def check_button(button: Any) -> None:
    """One inline button as Telegram takes it: a label, exactly one kind, and that kind's limits.

    The Bot API documents that exactly one optional field gives a button its kind; the real
    server silently keeps the first kind it knows of, which would hide a bot's mistake, so
    this one refuses a button of two kinds.
    """
    if not isinstance(button, dict) or not button.get("text"):
        raise bad_request(f"{_BUTTON}Text must be non-empty")
    kinds = [key for key in INLINE_BUTTON_ACTIONS if key in button]
    if not kinds:
        raise bad_request(f"{_BUTTON}Text buttons are unallowed in the inline keyboard")
    data = button.get("callback_data")
    if "callback_data" in button and (
        not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64
    ):
        raise bad_request("BUTTON_DATA_INVALID")
    if len(kinds) > 1:
        raise bad_request(
            f"{_BUTTON}a button must have exactly one of its optional fields; it has "
            + " and ".join(kinds)
        )
    if "copy_text" in button:
        check_copy_text(button["copy_text"])


def check_copy_text(copy_text: Any) -> None:
    """A CopyTextButton: an object whose text is a String of 1-256 characters."""
    if not isinstance(copy_text, dict):
        raise bad_request(f'{_BUTTON}Field "copy_text" must be of type Object')
    if "text" not in copy_text:
        raise bad_request(f'{_BUTTON}Can\'t find field "text"')
    text = copy_text["text"]
    if not isinstance(text, str):
        raise bad_request(f'{_BUTTON}Field "text" must be of type String')
    if not 1 <= len(text) <= MAX_COPY_TEXT:
        raise bad_request("BUTTON_COPY_TEXT_INVALID")


def check_link_preview_options(params: JsonDict) -> None:
    """link_preview_options, when given: a LinkPreviewOptions object with fields of its types."""
    options = params.get("link_preview_options")
    if options is None or options == "":
        return
    if isinstance(options, str):  # Form fields that were not JSON stay strings.
        raise bad_request("can't parse link preview options JSON object")
    if not isinstance(options, dict):
        raise bad_request("object expected as link preview options")
    for flag in LINK_PREVIEW_FLAGS:
        if flag in options and not isinstance(options[flag], bool):
            raise bad_request(f'field "{flag}" must be of type Boolean')
    if "url" in options and not isinstance(options["url"], str):
        raise bad_request('field "url" must be of type String')


def check_command(command: Any) -> None:
    """One BotCommand: a lowercase name of up to 32 characters and a 1-256 character description."""
    if not isinstance(command, dict) or not _COMMAND_RE.match(str(command.get("command"))):
        raise bad_request("BOT_COMMAND_INVALID")
    description = command.get("description")
    if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
        raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
