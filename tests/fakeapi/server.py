"""The test harness's Bot API: the bundled local server plus scripted people and groups.

The server itself lives in `bot.localapi.server` (it ships with the package for
`smallsteps try`); this subclass adds the factories that hand out test helpers.
"""

from __future__ import annotations

from typing import Any

from telegram.request import HTTPXRequest

from bot.localapi.records import BotMessage, JsonDict
from bot.localapi.server import (
    CHAT_ACTIONS,
    CONFLICT_POLL,
    DEFAULT_EXCLUDED_UPDATES,
    INLINE_BUTTON_ACTIONS,
    NOT_MODIFIED,
    QUERY_TOO_OLD,
    RAW_STRING_FIELDS,
    SEND_METHODS,
    ApiError,
    ChatListener,
    Handler,
    LocalBotApi,
    LogEntry,
    as_int,
    bad_request,
    decode_field,
    default_description,
    now_unix,
    update_type,
)
from tests.fakeapi.person import GroupChat, ScriptedPerson

__all__ = [
    "CHAT_ACTIONS",
    "CONFLICT_POLL",
    "DEFAULT_EXCLUDED_UPDATES",
    "INLINE_BUTTON_ACTIONS",
    "LINK_PREVIEW_FLAGS",
    "MAX_COPY_TEXT",
    "NOT_MODIFIED",
    "QUERY_TOO_OLD",
    "RAW_STRING_FIELDS",
    "SEND_METHODS",
    "ApiError",
    "ChatListener",
    "FakeBotApi",
    "Handler",
    "LocalBotApi",
    "LogEntry",
    "as_int",
    "bad_request",
    "copied_texts",
    "decode_field",
    "default_description",
    "now_unix",
    "stock_request",
    "update_type",
]


MAX_COPY_TEXT = 256
"""CopyTextButton.text is 1-256 characters (Bot API)."""
LINK_PREVIEW_FLAGS = ("is_disabled", "prefer_small_media", "prefer_large_media", "show_above_text")
"""LinkPreviewOptions' optional Boolean fields; its only other field is the String url."""
_BUTTON = "can't parse inline keyboard button: "


def copied_texts(message: BotMessage) -> list[str]:
    """What the message's copy buttons copy, row by row (a tap copies; nothing reaches the bot)."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return [b["copy_text"]["text"] for row in rows for b in row if "copy_text" in b]


def stock_request(connections: int = 256) -> HTTPXRequest:
    """python-telegram-bot's own transport (httpx), reaching the local server directly.

    As shipped, httpx sends even loopback calls through any proxy the environment names (the
    suite names a dead one); told to ignore the environment, it talks straight to loopback.
    256 connections are what ApplicationBuilder gives it by default (1 for getUpdates).
    """
    return HTTPXRequest(connection_pool_size=connections, httpx_kwargs={"trust_env": False})


class FakeBotApi(LocalBotApi):
    """The local Bot API with scriptable people and group chats for tests."""

    def person(
        self,
        user_id: int = 1001,
        first_name: str = "Sam",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        started: bool = False,
    ) -> ScriptedPerson:
        """A scripted user with a private chat (chat id = user id)."""
        user, chat = self.add_private_chat(
            user_id,
            first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
            started=started,
        )
        return ScriptedPerson(self, user, chat)

    def group(
        self, chat_id: int = -100123, title: str = "Friends", chat_type: str | None = None
    ) -> GroupChat:
        """A group chat handle; ids starting with -100 are supergroups by default."""
        return GroupChat(self, self.add_group(chat_id, title, chat_type))

    # Telegram's rules the bundled server leaves out: copy buttons and link preview options.

    @staticmethod
    def _check_button(button: Any) -> None:
        """One inline button as Telegram takes it: exactly one kind, and copy_text's limits.

        The Bot API documents that exactly one optional field gives a button its kind; the real
        server silently keeps the first kind it knows of, which would hide a bot's mistake, so
        this one refuses a button of two kinds.
        """
        LocalBotApi._check_button(button)
        kinds = [key for key in INLINE_BUTTON_ACTIONS if key in button]
        if len(kinds) > 1:
            raise bad_request(
                f"{_BUTTON}a button must have exactly one of its optional fields; it has "
                + " and ".join(kinds)
            )
        if "copy_text" in button:
            _check_copy_text(button["copy_text"])

    async def _send_message(self, params: JsonDict, token: str) -> JsonDict:
        """sendMessage, with link_preview_options checked as Telegram does."""
        _check_link_preview_options(params)
        return await super()._send_message(params, token)

    async def _edit_message_text(self, params: JsonDict, token: str) -> JsonDict:
        """editMessageText, with link_preview_options checked as Telegram does."""
        _check_link_preview_options(params)
        return await super()._edit_message_text(params, token)


def _check_copy_text(copy_text: Any) -> None:
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


def _check_link_preview_options(params: JsonDict) -> None:
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
