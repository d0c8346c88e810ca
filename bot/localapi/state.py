"""What the local Bot API holds: people, chats, messages, files and the updates to deliver."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from bot.localapi.entities import command_entities
from bot.localapi.records import (
    BotMessage,
    CallbackQueryRecord,
    ChatEvent,
    ChatEventKind,
    JsonDict,
    UploadedFile,
)

log = logging.getLogger("smallsteps.localapi")

ChatListener = Callable[[ChatEvent], None]


def now_unix() -> int:
    """Current unix time in whole seconds (Telegram's ``date``)."""
    return int(time.time())


class ChatState:
    """The server's memory, and the moves a person makes in a chat (typing, tapping)."""

    def __init__(self, *, bot_username: str, bot_first_name: str, default_bot_id: int) -> None:
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.default_bot_id = default_bot_id
        self.listeners: list[ChatListener] = []
        self.chats: dict[int, JsonDict] = {}
        self.users: dict[int, JsonDict] = {}
        self.files: dict[str, UploadedFile] = {}
        self.callback_queries: dict[str, CallbackQueryRecord] = {}
        # setChatMenuButton's buttons: the default one under None, else by chat id.
        self.menu_buttons: dict[int | None, JsonDict] = {}
        self._changed = asyncio.Event()
        self._closing = False
        self._updates: list[JsonDict] = []
        self._last_update_id = 0
        self._poll_generation = 0
        self._bot_messages: defaultdict[int, list[BotMessage]] = defaultdict(list)
        self._user_messages: dict[tuple[int, int], JsonDict] = {}
        self._message_ids: defaultdict[int, int] = defaultdict(int)
        self._counter = itertools.count(1)

    # ------------------------------------------------------------------ telling what changed

    def _notify(self) -> None:
        """Wake everybody waiting for a state change."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_change(self, seconds: float) -> None:
        """Wait until the next state change or for ``seconds``."""
        event = self._changed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), seconds)

    def _tell(self, event: ChatEvent) -> None:
        """Tell every listener what just happened; a failing listener never fails the call."""
        for listener in list(self.listeners):
            try:
                listener(event)
            except Exception as error:
                self._internal_error(error)

    def _internal_error(self, error: Exception) -> None:
        """A fault of this server (or a listener), not of the bot: logged, never answered."""
        log.error("the local Bot API failed: %r", error, exc_info=error)

    # ------------------------------------------------------------------ what the chat shows

    def sent_to(self, chat_id: int) -> list[BotMessage]:
        """All bot messages sent to the chat, in order (including later deleted ones)."""
        return list(self._bot_messages.get(chat_id, []))

    def displayed(self, chat_id: int) -> list[BotMessage]:
        """Bot messages currently visible in the chat."""
        return [m for m in self._bot_messages.get(chat_id, []) if not m.deleted]

    def message(self, chat_id: int, message_id: int) -> BotMessage | None:
        """The bot message with this id in the chat, if any."""
        return next((m for m in self.sent_to(chat_id) if m.message_id == message_id), None)

    def last_message_id(self, chat_id: int) -> int:
        """The newest message id used in the chat so far (0 before the first)."""
        return self._message_ids.get(chat_id, 0)

    def next_message_id(self, chat_id: int) -> int:
        """Allocate the next message id of a chat (shared by people and the bot)."""
        self._message_ids[chat_id] += 1
        return self._message_ids[chat_id]

    @property
    def last_update_id(self) -> int:
        """The id of the newest update queued so far (0 before the first)."""
        return self._last_update_id

    def restore_messages(
        self, chat_id: int, messages: Sequence[BotMessage], last_message_id: int = 0
    ) -> None:
        """Carry on a chat kept from an earlier run: its messages are there again, unannounced.

        New message ids continue after `last_message_id`, so an id the bot kept from before
        never names a different message.
        """
        self._bot_messages[chat_id].extend(messages)
        newest = max([last_message_id, *(message.message_id for message in messages)])
        self._message_ids[chat_id] = max(self._message_ids[chat_id], newest)

    # ------------------------------------------------------------------ what a person does

    def add_private_chat(
        self,
        user_id: int = 1001,
        first_name: str = "Sam",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> tuple[JsonDict, JsonDict]:
        """Register a person and their private chat (chat id = user id); returns (user, chat)."""
        user: JsonDict = {"id": user_id, "is_bot": False, "first_name": first_name}
        optional = {"last_name": last_name, "username": username, "language_code": language_code}
        user.update({k: v for k, v in optional.items() if v is not None})
        chat: JsonDict = {"id": user_id, "type": "private", "first_name": first_name}
        chat.update({k: v for k, v in optional.items() if v is not None and k != "language_code"})
        self.users[user_id] = user
        self.chats[user_id] = chat
        return user, chat

    def user_text(self, chat_id: int, user_id: int, text: str) -> JsonDict:
        """A person types text; a leading /command gets its entity, as the apps give it."""
        fields: JsonDict = {"text": text}
        if entities := command_entities(text):
            fields["entities"] = entities
        return self.user_message(chat_id, user_id, fields)

    def user_message(self, chat_id: int, user_id: int, fields: JsonDict) -> JsonDict:
        """Queue a ``message`` update from a person with these fields (text, photo...)."""
        message: JsonDict = {
            "message_id": self.next_message_id(chat_id),
            "from": copy.deepcopy(self.users[user_id]),
            "chat": copy.deepcopy(self.chats[chat_id]),
            "date": now_unix(),
        }
        message.update(copy.deepcopy(fields))
        self._user_messages[(chat_id, int(message["message_id"]))] = copy.deepcopy(message)
        self._queue_update({"message": copy.deepcopy(message)})
        return message

    def press_button(
        self, user_id: int, message: BotMessage, data: str | None, label: str | None
    ) -> CallbackQueryRecord:
        """Queue a ``callback_query`` update: the person tapped an inline button."""
        query_id = str(4_000_000_000_000_000_000 + next(self._counter))
        record = CallbackQueryRecord(
            query_id, user_id, message.chat_id, message.message_id, data, label
        )
        self.callback_queries[query_id] = record
        query: JsonDict = {
            "id": query_id,
            "from": copy.deepcopy(self.users[user_id]),
            "message": message.to_dict(),
            "chat_instance": str(-(abs(message.chat_id) * 7_919_000_003 % 10**18)),
        }
        if data is not None:
            query["data"] = data
        self._queue_update({"callback_query": query})
        return record

    def _queue_update(self, update: JsonDict) -> int:
        """Queue an update for getUpdates, numbered after every earlier one; returns its id."""
        update_id = max(self._last_update_id + 1, int(update.get("update_id") or 0))
        self._last_update_id = update_id
        update["update_id"] = update_id
        self._updates.append(update)
        self._notify()
        return update_id

    # ------------------------------------------------------------------ what the bot makes

    def _bot_user(self, token: str, *, full: bool = False) -> JsonDict:
        """The bot's ``User`` dict for a token (id taken from the token prefix)."""
        prefix = token.split(":", 1)[0]
        bot_id = int(prefix) if prefix.isdigit() else self.default_bot_id
        user: JsonDict = {
            "id": bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }
        if full:
            user.update(
                can_join_groups=True,
                can_read_all_group_messages=False,
                supports_inline_queries=False,
            )
        return user

    def _new_file(self, data: bytes, filename: str, mime: str) -> UploadedFile:
        """Keep file content under fresh file ids."""
        number = next(self._counter)
        upload = UploadedFile(
            data=data,
            filename=filename,
            mime_type=mime or "application/octet-stream",
            file_id=f"FAKEFILE{number:08d}AgACAgIAAxkBAAI",
            file_unique_id=f"AQAD{number:06d}",
        )
        self.files[upload.file_id] = upload
        return upload

    def _new_bot_message(
        self, chat: JsonDict, token: str, params: JsonDict, **fields: Any
    ) -> BotMessage:
        """Create, keep and announce a message from the bot."""
        chat_id = int(chat["id"])
        message = BotMessage(
            message_id=self.next_message_id(chat_id),
            chat=copy.deepcopy(chat),
            sender=self._bot_user(token),
            date=now_unix(),
            send_params=params,
            **fields,
        )
        self._bot_messages[chat_id].append(message)
        self._tell(ChatEvent(ChatEventKind.SENT, chat_id, message))
        return message
