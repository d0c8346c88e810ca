"""The tests' Bot API before faults: the bundled server with every method and rule tests reach.

`bot.localapi` answers only what the bot calls in `smallsteps try`. The tests also need what
Telegram does around it: the chats of `testkit.chats`, webhooks and allowed_updates, the
methods the bot never calls (deleting, getFile and downloads, getChat, command menus), and
Telegram's rules for buttons, commands and link previews (`testkit.rules`).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from aiohttp import web

from bot.localapi import BotMessage, UploadedFile
from bot.localapi.errors import ApiError, as_int, bad_request
from bot.localapi.methods import Handler
from bot.localapi.records import CallbackQueryRecord, ChatEvent, ChatEventKind, JsonDict
from testkit import rules
from testkit.chats import TelegramChats, update_type

# Bots download files of up to 20 MB (Bot API, getFile); a larger one is "file is too big".
BOT_DOWNLOAD_LIMIT = 20 * 1024 * 1024


class FullBotApi(TelegramChats):
    """The local Bot API with the rest of Telegram's methods and rules that tests use."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.answered_callbacks: list[CallbackQueryRecord] = []
        self.left_chats: list[int] = []
        self.chat_actions: list[tuple[int, str]] = []
        self.commands: dict[tuple[str, str], list[JsonDict]] = {}
        self.bot_settings: dict[str, JsonDict] = {}
        # (field, language code or "" for the default) to the text set.
        self.descriptions: dict[tuple[str, str], str] = {}
        self.webhook_url = ""
        self.delivered_update_ids: set[int] = set()
        self.dropped_updates: list[JsonDict] = []
        self._allowed_updates: list[str] | None = None

    def _build_handlers(self) -> dict[str, Handler]:
        """The bundled server's methods and the rest the tests call."""
        handlers: dict[str, Handler] = {
            **super()._build_handlers(),
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "logOut": self._return_true,
            "close": self._return_true,
            "sendChatAction": self._send_chat_action,
            "editMessageCaption": self._edit_message_caption,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "leaveChat": self._leave_chat,
            "getChat": self._get_chat,
            "getFile": self._get_file,
        }
        # setChatMenuButton is the bundled server's own (checked, kept in `menu_buttons`).
        handlers["setMyName"] = self._setting_handler("setMyName")
        handlers["setMyDescription"] = self._description_handler("description", 512)
        handlers["setMyShortDescription"] = self._description_handler("short_description", 120)
        return handlers

    def _description_handler(self, field: str, limit: int) -> Handler:
        """setMyDescription or setMyShortDescription, kept per language, checked as Telegram
        checks them."""

        async def store(params: JsonDict, token: str) -> bool:
            """Keep the text for its language ("" for the default), within Telegram's limit."""
            text = params.get(field) or ""
            if not isinstance(text, str) or len(text) > limit:
                raise bad_request(f"{field} must be at most {limit} characters")
            language = params.get("language_code") or ""
            if language and not (isinstance(language, str) and len(language) == 2):
                raise bad_request("language_code must be a two-letter ISO 639-1 code")
            self.descriptions[field, str(language)] = text
            return True

        return store

    def _setting_handler(self, name: str) -> Handler:
        """A handler storing bot profile settings (description, name, menu button)."""

        async def store(params: JsonDict, token: str) -> bool:
            """Remember the parameters of the last call."""
            self.bot_settings[name] = dict(params)
            return True

        return store

    def _add_routes(self, router: web.UrlDispatcher) -> None:
        """The methods, and file downloads at ``base_file_url``."""
        super()._add_routes(router)
        router.add_get("/file/bot{token}/{path:.+}", self._download)

    # ------------------------------------------------------------------ Telegram's rules

    def _markup(self, markup: Any) -> tuple[JsonDict | None, JsonDict | None]:
        """reply_markup, its inline keyboard checked button by button."""
        inline, other = super()._markup(markup)
        if inline is not None:
            rules.check_inline_keyboard(inline)
        return inline, other

    async def _send_message(self, params: JsonDict, token: str) -> JsonDict:
        """sendMessage, with link_preview_options checked as Telegram does."""
        rules.check_link_preview_options(params)
        return await super()._send_message(params, token)

    async def _edit_message_text(self, params: JsonDict, token: str) -> JsonDict:
        """editMessageText, with link_preview_options checked as Telegram does."""
        rules.check_link_preview_options(params)
        return await super()._edit_message_text(params, token)

    def _new_bot_message(
        self, chat: JsonDict, token: str, params: JsonDict, **fields: Any
    ) -> BotMessage:
        """A bot message, replying to another if asked (which must exist, unless allowed)."""
        reply_to = self._reply_target(chat, params)
        return super()._new_bot_message(chat, token, params, reply_to_message=reply_to, **fields)

    def _reply_target(self, chat: JsonDict, params: JsonDict) -> JsonDict | None:
        """The message being replied to, or 400 when it does not exist."""
        reply = params.get("reply_parameters")
        options = reply if isinstance(reply, dict) else {}
        target = options.get("message_id", params.get("reply_to_message_id"))
        if target is None:
            return None
        chat_id, message_id = int(chat["id"]), as_int(target, "message_id")
        bot_message = self.message(chat_id, message_id)
        if bot_message is not None and not bot_message.deleted:
            return bot_message.to_dict()
        if (found := self._user_messages.get((chat_id, message_id))) is not None:
            return copy.deepcopy(found)
        allow = options.get(
            "allow_sending_without_reply", params.get("allow_sending_without_reply")
        )
        if allow:
            return None
        raise bad_request("message to be replied not found")

    def _media_file(self, value: Any, kind: str) -> UploadedFile:
        """An upload, a known file_id, or a file by URL."""
        is_url = isinstance(value, str) and value.startswith(("http://", "https://"))
        if is_url and value not in self.files:
            return self._new_file(b"", value.rsplit("/", 1)[-1] or "file", "")
        return super()._media_file(value, kind)

    # ------------------------------------------------------------------ getUpdates and webhooks

    async def _get_updates(self, params: JsonDict, token: str) -> list[JsonDict]:
        """getUpdates: refused while a webhook is set; honours allowed_updates."""
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(kind) for kind in allowed] or None
        batch = await super()._get_updates(params, token)
        self.delivered_update_ids.update(int(u["update_id"]) for u in batch)
        return batch

    def _deliverable(self) -> list[JsonDict]:
        """Pending updates the bot may receive; others are dropped like Telegram does."""
        allowed = self._allowed_updates
        keep: list[JsonDict] = []
        for update in self._updates:
            kind = update_type(update)
            wanted = kind in allowed if allowed else kind not in rules.DEFAULT_EXCLUDED_UPDATES
            (keep if wanted else self.dropped_updates).append(update)
        self._updates = keep
        return keep

    @property
    def pending_updates(self) -> list[JsonDict]:
        """Updates not yet confirmed by the bot."""
        return list(self._updates)

    async def _set_webhook(self, params: JsonDict, token: str) -> bool:
        """setWebhook (stored; getUpdates then answers 409 like Telegram)."""
        self.webhook_url = str(params.get("url") or "")
        if params.get("drop_pending_updates"):
            self._drop_pending()
        return True

    async def _delete_webhook(self, params: JsonDict, token: str) -> bool:
        """deleteWebhook, honouring drop_pending_updates."""
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self._drop_pending()
        return True

    def _drop_pending(self) -> None:
        """Drop all queued updates."""
        self.dropped_updates.extend(self._updates)
        self._updates = []

    async def _get_webhook_info(self, params: JsonDict, token: str) -> JsonDict:
        """getWebhookInfo."""
        info: JsonDict = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self._allowed_updates:
            info["allowed_updates"] = list(self._allowed_updates)
        return info

    # ------------------------------------------------------------------ the other methods

    async def _send_chat_action(self, params: JsonDict, token: str) -> bool:
        """sendChatAction."""
        chat = self._sendable_chat(params)
        action = params.get("action")
        if action not in rules.CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.chat_actions.append((int(chat["id"]), str(action)))
        return True

    async def _edit_message_caption(self, params: JsonDict, token: str) -> JsonDict:
        """editMessageCaption."""
        message = self._editable(params)
        if not message.has_media:
            raise bad_request("there is no caption in the message to edit")
        caption = str(params.get("caption") or "")
        entities = self._entities(params, "caption_entities") if caption else []
        markup = self._inline_only(params.get("reply_markup"))
        return self._apply_edit(message, caption, entities, markup)

    async def _delete_message(self, params: JsonDict, token: str) -> bool:
        """deleteMessage."""
        chat_id = int(self._chat(params)["id"])
        if not self._delete(chat_id, as_int(params.get("message_id"), "message_id")):
            raise bad_request("message to delete not found")
        return True

    async def _delete_messages(self, params: JsonDict, token: str) -> bool:
        """deleteMessages (missing ones are skipped)."""
        chat_id = int(self._chat(params)["id"])
        ids = params.get("message_ids")
        for message_id in ids if isinstance(ids, list) else []:
            self._delete(chat_id, as_int(message_id, "message_ids"))
        return True

    def _delete(self, chat_id: int, message_id: int) -> bool:
        """Delete a bot or user message; False if there is none."""
        message = self.message(chat_id, message_id)
        if message is not None and not message.deleted:
            message.deleted = True
            self._tell(ChatEvent(ChatEventKind.DELETED, chat_id, message))
            return True
        if (chat_id, message_id) in self._user_messages:
            del self._user_messages[(chat_id, message_id)]
            self.note(chat_id, f"(bot deleted user message #{message_id})")
            return True
        return False

    async def _answer_callback_query(self, params: JsonDict, token: str) -> bool:
        """answerCallbackQuery, each answer kept in ``answered_callbacks``."""
        answered = await super()._answer_callback_query(params, token)
        self.answered_callbacks.append(self.callback_queries[str(params["callback_query_id"])])
        return answered

    @staticmethod
    def _commands_key(scope: Any, language_code: Any) -> tuple[str, str]:
        """Storage key for a command scope and language."""
        scope_dict = scope if isinstance(scope, dict) and scope else {"type": "default"}
        return json.dumps(scope_dict, sort_keys=True), str(language_code or "")

    async def _set_my_commands(self, params: JsonDict, token: str) -> bool:
        """setMyCommands with Telegram's validation of names and descriptions."""
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("commands must be an array of at most 100 BotCommand")
        for command in commands:
            rules.check_command(command)
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        self.commands[key] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    async def _get_my_commands(self, params: JsonDict, token: str) -> list[JsonDict]:
        """getMyCommands."""
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        return copy.deepcopy(self.commands.get(key, []))

    async def _delete_my_commands(self, params: JsonDict, token: str) -> bool:
        """deleteMyCommands."""
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        self.commands.pop(key, None)
        return True

    @property
    def my_commands(self) -> list[JsonDict]:
        """Commands set for the default scope and no language."""
        return self.commands_for()

    def commands_for(
        self, scope: JsonDict | None = None, language_code: str = ""
    ) -> list[JsonDict]:
        """Commands set for a scope/language pair."""
        return list(self.commands.get(self._commands_key(scope, language_code), []))

    async def _leave_chat(self, params: JsonDict, token: str) -> bool:
        """leaveChat (not possible in private chats)."""
        chat = self._chat(params)
        if chat["type"] == "private":
            raise bad_request("chat member status can't be changed in private chats")
        self._absent.add(int(chat["id"]))
        self.left_chats.append(int(chat["id"]))
        self.note(int(chat["id"]), "(bot left the chat)")
        return True

    async def _get_chat(self, params: JsonDict, token: str) -> JsonDict:
        """getChat, returning a minimal valid ChatFullInfo."""
        info = copy.deepcopy(self._chat(params))
        info.update(
            accent_color_id=0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
            },
        )
        return info

    async def _get_file(self, params: JsonDict, token: str) -> JsonDict:
        """getFile for files the bot uploaded or people sent."""
        upload = self.files.get(str(params.get("file_id") or ""))
        if upload is None:
            raise bad_request("invalid file_id")
        if upload.size > BOT_DOWNLOAD_LIMIT:
            # As Telegram answers: bots download files of up to 20 MB (Bot API, getFile).
            raise bad_request("file is too big")
        return {
            "file_id": upload.file_id,
            "file_unique_id": upload.file_unique_id,
            "file_size": upload.size,
            "file_path": self._file_path(upload),
        }

    async def _download(self, request: web.Request) -> web.StreamResponse:
        """Serve file content for ``base_file_url`` downloads."""
        path = request.match_info["path"]
        found = next((f for f in self.files.values() if self._file_path(f) == path), None)
        if found is None:
            return ApiError(404, "Not Found").response()
        return web.Response(body=found.data, content_type=found.mime_type)

    @staticmethod
    def _file_path(upload: UploadedFile) -> str:
        """The ``file_path`` getFile reports for a file."""
        return f"documents/{upload.file_unique_id}_{upload.filename}"
