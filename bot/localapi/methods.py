"""The Bot API methods the bot calls, answered as Telegram answers them, errors included.

The bot never sends a ``parse_mode`` (its formatting, if any, goes as entities), so this server
knows none: a call with one is refused, as Telegram refuses a parse mode it does not know.
"""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bot.localapi.entities import utf16_len
from bot.localapi.errors import (
    CONFLICT_POLL,
    NOT_MODIFIED,
    QUERY_TOO_OLD,
    ApiError,
    as_int,
    bad_request,
)
from bot.localapi.records import (
    BotMessage,
    CallbackQueryRecord,
    ChatEvent,
    ChatEventKind,
    JsonDict,
    UploadedFile,
)
from bot.localapi.state import ChatState, now_unix

Handler = Callable[[JsonDict, str], Awaitable[Any]]

CALLBACK_QUERY_TIMEOUT = 15.0
"""Seconds Telegram waits for answerCallbackQuery; a later answer is refused as too old."""
MAX_TEXT = 4096
MAX_CAPTION = 1024


def shown_markup(markup: JsonDict | None) -> JsonDict | None:
    """An inline keyboard as the message shows it: an empty one is none at all."""
    return markup if markup and markup.get("inline_keyboard") else None


class BotMethods(ChatState):
    """Handlers for the Bot API methods, by their canonical names."""

    callback_query_timeout: float = CALLBACK_QUERY_TIMEOUT

    def _build_handlers(self) -> dict[str, Handler]:
        """Map canonical Bot API method names to handlers."""
        return {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "deleteWebhook": self._return_true,
            "setMyCommands": self._return_true,
            "setMyDescription": self._return_true,
            "setMyShortDescription": self._return_true,
            "setChatMenuButton": self._set_chat_menu_button,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
        }

    async def _return_true(self, params: JsonDict, token: str) -> bool:
        """Methods that change nothing a chat shows (no webhook here; commands are not shown)."""
        return True

    async def _set_chat_menu_button(self, params: JsonDict, token: str) -> bool:
        """setChatMenuButton: the bot's default menu button, or one chat's; kept to be seen."""
        button = params.get("menu_button", {"type": "default"})
        if not isinstance(button, dict):
            raise bad_request("can't parse menu button: MenuButton must be an Object")
        kind = button.get("type")
        if kind not in ("commands", "web_app", "default"):
            raise bad_request("can't parse menu button: unsupported menu button type")
        if kind == "web_app":
            url = str((button.get("web_app") or {}).get("url", ""))
            if not url.startswith("https://"):
                raise bad_request(
                    f"menu button Web App URL '{url}' is invalid: Only HTTPS links are allowed"
                )
        chat = params.get("chat_id")
        self.menu_buttons[None if chat is None else as_int(chat, "chat_id")] = button
        return True

    async def _get_me(self, params: JsonDict, token: str) -> JsonDict:
        """getMe."""
        return self._bot_user(token, full=True)

    # ------------------------------------------------------------------ getUpdates

    async def _get_updates(self, params: JsonDict, token: str) -> list[JsonDict]:
        """getUpdates with real long polling (a newer poll ends an older one with 409)."""
        limit = min(max(as_int(params.get("limit") or 100, "limit"), 1), 100)
        timeout = max(0.0, float(params.get("timeout") or 0))
        self._confirm(as_int(params.get("offset") or 0, "offset"))
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()
        await self._long_poll(generation, timeout)
        return copy.deepcopy(self._deliverable()[:limit])

    async def _long_poll(self, generation: int, seconds: float) -> None:
        """Wait until updates are available, ``seconds`` pass or a newer poll arrives."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while not self._deliverable() and not self._closing:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return
            await self._wait_change(remaining)
            if generation != self._poll_generation:
                raise ApiError(409, CONFLICT_POLL)

    def _confirm(self, offset: int) -> None:
        """Forget updates confirmed by ``offset`` (negative: keep only the last -offset)."""
        before = len(self._updates)
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:
            self._updates = self._updates[offset:]
        if len(self._updates) != before:
            self._notify()

    def _deliverable(self) -> list[JsonDict]:
        """The pending updates the bot may receive."""
        return self._updates

    # ------------------------------------------------------------------ sending

    async def _send_message(self, params: JsonDict, token: str) -> JsonDict:
        """sendMessage."""
        chat = self._sendable_chat(params)
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise bad_request("message text is empty")
        entities = self._entities(params, "entities")
        if utf16_len(text) > MAX_TEXT:
            raise bad_request("message is too long")
        inline, keyboard = self._markup(params.get("reply_markup"))
        message = self._new_bot_message(
            chat,
            token,
            params,
            text=text,
            entities=entities,
            reply_markup=inline,
            reply_keyboard=keyboard,
        )
        return message.to_dict()

    async def _send_photo(self, params: JsonDict, token: str) -> JsonDict:
        """sendPhoto."""
        return self._send_media(params, token, "photo")

    async def _send_document(self, params: JsonDict, token: str) -> JsonDict:
        """sendDocument."""
        return self._send_media(params, token, "document")

    def _send_media(self, params: JsonDict, token: str, kind: str) -> JsonDict:
        """sendPhoto and sendDocument: a file, with a caption if given."""
        chat = self._sendable_chat(params)
        upload = self._media_file(params.get(kind), kind)
        caption = str(params.get("caption") or "")
        entities = self._entities(params, "caption_entities") if caption else []
        if utf16_len(caption) > MAX_CAPTION:
            raise bad_request("message caption is too long")
        inline, keyboard = self._markup(params.get("reply_markup"))
        message = self._new_bot_message(
            chat,
            token,
            params,
            text=caption,
            entities=entities,
            reply_markup=inline,
            reply_keyboard=keyboard,
            **{kind: upload},
        )
        if kind == "photo":
            self.files[upload.file_id + "_s"] = upload
        return message.to_dict()

    def _media_file(self, value: Any, kind: str) -> UploadedFile:
        """An uploaded file, or one sent before by its file_id."""
        if isinstance(value, UploadedFile):
            if not value.data:
                raise bad_request("file must be non-empty")
            return value
        if isinstance(value, str) and value in self.files:
            return self.files[value]
        if value:
            raise bad_request("wrong file identifier/HTTP URL specified")
        raise bad_request(f"there is no {kind} in the request")

    # ------------------------------------------------------------------ editing

    async def _edit_message_text(self, params: JsonDict, token: str) -> JsonDict:
        """editMessageText (omitting reply_markup removes the keyboard, like Telegram)."""
        message = self._editable(params)
        if message.has_media:
            raise bad_request("there is no text in the message to edit")
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise bad_request("message text is empty")
        entities = self._entities(params, "entities")
        if utf16_len(text) > MAX_TEXT:
            raise bad_request("MESSAGE_TOO_LONG")
        markup = self._inline_only(params.get("reply_markup"))
        return self._apply_edit(message, text, entities, markup)

    async def _edit_message_reply_markup(self, params: JsonDict, token: str) -> JsonDict:
        """editMessageReplyMarkup."""
        message = self._editable(params)
        markup = self._inline_only(params.get("reply_markup"))
        return self._apply_edit(message, message.text, message.entities, markup)

    def _editable(self, params: JsonDict) -> BotMessage:
        """The bot message addressed by chat_id/message_id of an edit call."""
        chat_id = int(self._chat(params)["id"])
        message_id = as_int(params.get("message_id"), "message_id")
        message = self.message(chat_id, message_id)
        if message is not None and not message.deleted:
            return message
        if (chat_id, message_id) in self._user_messages:
            raise bad_request("message can't be edited")
        raise bad_request("message to edit not found")

    def _apply_edit(
        self, message: BotMessage, text: str, entities: list[JsonDict], markup: JsonDict | None
    ) -> JsonDict:
        """Edit a message in place, refusing an edit that changes nothing, like Telegram."""
        same_text = (text, entities) == (message.text, message.entities)
        if same_text and shown_markup(markup) == shown_markup(message.reply_markup):
            raise bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        message.history.append(message.snapshot())
        message.text, message.entities = text, entities
        message.reply_markup = shown_markup(markup)
        message.edited, message.edit_date = True, now_unix()
        self._tell(ChatEvent(ChatEventKind.EDITED, message.chat_id, message))
        return message.to_dict()

    # ------------------------------------------------------------------ answering taps

    async def _answer_callback_query(self, params: JsonDict, token: str) -> bool:
        """answerCallbackQuery; a second, late or unknown-id answer is 400 like Telegram."""
        record = self.callback_queries.get(str(params.get("callback_query_id") or ""))
        if record is None or record.answered or self._too_old(record):
            raise bad_request(QUERY_TOO_OLD.removeprefix("Bad Request: "))
        record.answered, record.answered_at = True, time.monotonic()
        record.text = params.get("text") or None
        record.show_alert = bool(params.get("show_alert"))
        record.url = params.get("url") or None
        cache_time = params.get("cache_time")
        record.cache_time = int(cache_time) if cache_time is not None else None
        if record.text and record.chat_id is not None:
            kind, shown = ChatEventKind.ANSWERED, record.text
            self._tell(ChatEvent(kind, record.chat_id, text=shown, show_alert=record.show_alert))
        return True

    def _too_old(self, record: CallbackQueryRecord) -> bool:
        """Whether Telegram would no longer accept an answer to this query."""
        return time.monotonic() - record.pressed_at > self.callback_query_timeout

    # ------------------------------------------------------------------ parameters

    def _chat(self, params: JsonDict) -> JsonDict:
        """The known chat ``chat_id`` names, else 400."""
        value = params.get("chat_id")
        if value is None or value == "":
            raise bad_request("chat_id is empty")
        found = self._find_chat(value)
        if found is None:
            raise bad_request("chat not found")
        return found

    def _find_chat(self, value: Any) -> JsonDict | None:
        """The chat a non-empty ``chat_id`` names, if known."""
        return self.chats.get(as_int(value, "chat_id"))

    def _sendable_chat(self, params: JsonDict) -> JsonDict:
        """A chat the bot may post to."""
        return self._chat(params)

    @staticmethod
    def _entities(params: JsonDict, key: str) -> list[JsonDict]:
        """The text's entities as given (no parse_mode: the bot never sends one)."""
        if params.get("parse_mode"):
            raise bad_request("unsupported parse_mode")
        entities = params.get(key)
        return list(entities) if isinstance(entities, list) else []

    def _markup(self, markup: Any) -> tuple[JsonDict | None, JsonDict | None]:
        """reply_markup as (inline keyboard, other keyboard)."""
        if markup is None or markup == "":
            return None, None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        return (markup, None) if "inline_keyboard" in markup else (None, markup)

    def _inline_only(self, markup: Any) -> JsonDict | None:
        """A reply_markup that must be an inline keyboard (edits)."""
        inline, other = self._markup(markup)
        if other is not None:
            raise bad_request("inline keyboard expected")
        return inline
