"""The test harness's Bot API: the bundled local server plus scripted people and groups.

The server itself lives in `bot.localapi.server` (it ships with the package for
`smallsteps try`); this subclass adds the factories that hand out test helpers.
"""

from __future__ import annotations

from telegram.request import HTTPXRequest

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
    "decode_field",
    "default_description",
    "now_unix",
    "stock_request",
    "update_type",
]


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
