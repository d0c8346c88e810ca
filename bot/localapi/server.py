# ruff: noqa: ASYNC109  (the helpers' public contract is an explicit `timeout=` keyword)
"""A local Telegram Bot API server speaking the real HTTP contract over loopback.

Point a real python-telegram-bot ``Application`` at it with
``ApplicationBuilder().token(...).base_url(api.base_url).base_file_url(api.base_file_url)``.
`smallsteps try` chats through it, and the end-to-end tests script people on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import json
import mimetypes
import re
import time
from collections import Counter, defaultdict, deque
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from bot.localapi.formatting import (
    ParseError,
    Rendered,
    UnsupportedParseModeError,
    command_entities,
    render,
    utf16_len,
)
from bot.localapi.records import (
    ApiCall,
    BotMessage,
    CallbackQueryRecord,
    ChatEvent,
    ChatEventKind,
    FailureRule,
    JsonDict,
    Stats,
    UploadedFile,
)

Handler = Callable[[JsonDict, str], Awaitable[Any]]
LogEntry = str | BotMessage
ChatListener = Callable[[ChatEvent], None]

SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})
"""Methods that post a message; these are the ones the rate limiter counts."""

DEFAULT_EXCLUDED_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
"""Update types Telegram only delivers when explicitly listed in ``allowed_updates``."""

RAW_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "description",
        "short_description",
        "name",
        "title",
        "url",
        "action",
        "language_code",
        "photo",
        "document",
        "file_id",
        "secret_token",
        "ip_address",
        "business_connection_id",
        "message_effect_id",
    }
)
"""Form fields always kept as strings (python-telegram-bot sends str values unencoded)."""

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

_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")

QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
CALLBACK_QUERY_TIMEOUT = 15.0
"""Seconds Telegram waits for answerCallbackQuery; a later answer is refused as too old."""
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)


class ApiError(Exception):
    """An error answer of the Bot API (``ok: false``)."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def response(self) -> web.Response:
        """The HTTP response Telegram would give for this error."""
        if self.status == 502:
            body = "<html><head><title>502 Bad Gateway</title></head></html>"
            return web.Response(status=502, text=body, content_type="text/html")
        payload: JsonDict = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            payload["parameters"] = {"retry_after": self.retry_after}
        return web.json_response(payload, status=self.status)


def bad_request(detail: str) -> ApiError:
    """A 400 error with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {detail}")


def default_description(status: int, retry_after: int | None) -> str:
    """Telegram's usual description for an HTTP status."""
    return {
        400: "Bad Request: injected failure",
        401: "Unauthorized",
        403: "Forbidden: bot was blocked by the user",
        404: "Not Found",
        409: CONFLICT_POLL,
        429: f"Too Many Requests: retry after {retry_after}",
        500: "Internal Server Error",
        502: "Bad Gateway",
    }.get(status, f"Error {status}")


def decode_field(name: str, value: str) -> Any:
    """Decode a form field the way Telegram does: JSON-looking values become JSON."""
    if name in RAW_STRING_FIELDS or not value:
        return value
    if value[0] in '{["-0123456789' or value in ("true", "false", "null"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def now_unix() -> int:
    """Current unix time in whole seconds (Telegram's ``date``)."""
    return int(time.time())


def as_int(value: Any, field: str) -> int:
    """Coerce a parameter to int or fail with a Telegram-like 400."""
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request(f"invalid {field} specified") from None


def update_type(update: JsonDict) -> str:
    """The kind of an update (``message``, ``callback_query``...)."""
    return next((key for key in update if key != "update_id"), "")


class LocalBotApi:
    """An in-process Telegram Bot API server with scriptable users and fault injection."""

    def __init__(
        self,
        *,
        bot_username: str = "smallsteps_test_bot",
        bot_first_name: str = "Small Steps",
        default_bot_id: int = 123456,
        host: str = "127.0.0.1",
        port: int = 0,
        shutdown_timeout: float = 0.5,
        callback_query_timeout: float = CALLBACK_QUERY_TIMEOUT,
    ) -> None:
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.default_bot_id = default_bot_id
        self.host = host
        self.port = port
        self._shutdown_timeout = shutdown_timeout
        self.callback_query_timeout = callback_query_timeout
        self._runner: web.AppRunner | None = None
        self._changed = asyncio.Event()
        self._closing = False
        self.listeners: list[ChatListener] = []
        self._init_state()
        self._handlers = self._build_handlers()
        self._canonical = {name.lower(): name for name in self._handlers}

    def _init_state(self) -> None:
        """Create the empty server state."""
        self.tokens: list[str] = []
        self.calls: list[ApiCall] = []
        self.internal_errors: list[Exception] = []
        self.stats = Stats()
        self.chats: dict[int, JsonDict] = {}
        self.users: dict[int, JsonDict] = {}
        self.files: dict[str, UploadedFile] = {}
        self.answered_callbacks: list[CallbackQueryRecord] = []
        self.callback_queries: dict[str, CallbackQueryRecord] = {}
        self.left_chats: list[int] = []
        self.chat_actions: list[tuple[int, str]] = []
        self.commands: dict[tuple[str, str], list[JsonDict]] = {}
        self.bot_settings: dict[str, JsonDict] = {}
        self.webhook_url = ""
        self.delivered_update_ids: set[int] = set()
        self.dropped_updates: list[JsonDict] = []
        self._updates: list[JsonDict] = []
        self._update_ids = itertools.count(1)
        self._last_update_id = 0
        self._allowed_updates: list[str] | None = None
        self._poll_generation = 0
        self._bot_messages: defaultdict[int, list[BotMessage]] = defaultdict(list)
        self._user_messages: dict[tuple[int, int], JsonDict] = {}
        self._message_ids: defaultdict[int, int] = defaultdict(int)
        self._chat_logs: defaultdict[int, list[LogEntry]] = defaultdict(list)
        self._blocked: set[int] = set()
        self._started: set[int] = set()
        self._absent: set[int] = set()
        self._failures: defaultdict[str, deque[FailureRule]] = defaultdict(deque)
        self._delays: dict[str, float] = {}
        self._rate_per_second: int | None = None
        self._rate_per_chat: int | None = None
        self._rate_window: deque[float] = deque()
        self._chat_windows: defaultdict[int, deque[float]] = defaultdict(deque)
        self._send_times: list[float] = []
        self._counter = itertools.count(1)

    def _build_handlers(self) -> dict[str, Handler]:
        """Map canonical Bot API method names to handlers."""
        handlers: dict[str, Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "logOut": self._return_true,
            "close": self._return_true,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "sendChatAction": self._send_chat_action,
            "editMessageText": self._edit_message_text,
            "editMessageCaption": self._edit_message_caption,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "leaveChat": self._leave_chat,
            "getChat": self._get_chat,
            "getFile": self._get_file,
        }
        for name in ("setMyDescription", "setMyShortDescription", "setMyName", "setChatMenuButton"):
            handlers[name] = self._setting_handler(name)
        return handlers

    def _setting_handler(self, name: str) -> Handler:
        """A handler storing bot profile settings (description, name, menu button)."""

        async def store(params: JsonDict, token: str) -> bool:
            """Remember the parameters of the last call."""
            self.bot_settings[name] = dict(params)
            return True

        return store

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> Self:
        """Bind to a free loopback port and start serving."""
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=self._shutdown_timeout)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        """Wake pending long polls and shut the server down."""
        self._closing = True
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """Value for ``ApplicationBuilder.base_url`` (PTB appends ``<token>/<method>``)."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for ``ApplicationBuilder.base_file_url``."""
        return f"http://{self.host}:{self.port}/file/bot"

    # ------------------------------------------------------------------ change notification

    def _notify(self) -> None:
        """Wake everybody waiting for a state change."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_change(self, seconds: float) -> None:
        """Wait until the next state change or for ``seconds``."""
        event = self._changed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), seconds)

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Wait until ``predicate()`` is true (re-checked on every state change)."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            event = self._changed
            if predicate():
                return True
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[ApiCall], bool] | None = None,
        timeout: float = 5.0,
        since: int = 0,
    ) -> ApiCall:
        """Wait for a finished call of ``method`` (index >= ``since`` in ``calls``)."""
        name = self._canonical.get(method.lower(), method)

        def find() -> ApiCall | None:
            """The first matching finished call, if any."""
            for call in self.calls[since:]:
                finished = call.method == name and call.status is not None
                if finished and (predicate is None or predicate(call)):
                    return call
            return None

        if not await self.wait_until(lambda: find() is not None, timeout):
            raise AssertionError(f"no {name} call within {timeout}s; calls: {self.method_log()}")
        found = find()
        assert found is not None
        return found

    async def wait_delivered(self, update_id: int, timeout: float = 5.0) -> None:
        """Wait until the bot has fetched the update with getUpdates."""
        if not await self.wait_until(lambda: update_id in self.delivered_update_ids, timeout):
            raise AssertionError(f"update {update_id} was not fetched within {timeout}s")

    # ------------------------------------------------------------------ fault injection

    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int = 2,
        count: int = 1,
        description: str | None = None,
    ) -> None:
        """Make the next ``count`` calls of ``method`` (or ``"*"``) fail with ``status``."""
        name = "*" if method == "*" else self._canonical.get(method.lower(), method)
        after = retry_after if status == 429 else None
        text = description or default_description(status, after)
        self._failures[name].append(FailureRule(status, text, after, count))

    def block(self, user_id: int, *, notify: bool = False) -> None:
        """The user blocks the bot: sends to them get 403 (optionally push my_chat_member)."""
        self._blocked.add(user_id)
        if notify:
            self._push_my_chat_member(user_id, "member", "kicked")

    def unblock(self, user_id: int, *, notify: bool = False) -> None:
        """The user unblocks the bot (optionally push my_chat_member)."""
        self._blocked.discard(user_id)
        if notify:
            self._push_my_chat_member(user_id, "kicked", "member")

    def is_blocked(self, user_id: int) -> bool:
        """Whether the user currently blocks the bot."""
        return user_id in self._blocked

    def rate_limit(self, per_second: int | None = 30, *, per_chat: int | None = None) -> None:
        """Enforce a sliding one-second window over send methods (None disables)."""
        self._rate_per_second = per_second
        self._rate_per_chat = per_chat
        self._rate_window.clear()
        self._chat_windows.clear()

    def delay(self, method: str, seconds: float | None) -> None:
        """Answer ``method`` only after ``seconds`` (None or 0 removes the delay)."""
        name = self._canonical.get(method.lower(), method)
        if seconds:
            self._delays[name] = seconds
        else:
            self._delays.pop(name, None)

    # ------------------------------------------------------------------ observation

    def sent_to(self, chat_id: int) -> list[BotMessage]:
        """All bot messages sent to the chat, in order (including later deleted ones)."""
        return list(self._bot_messages.get(chat_id, []))

    def displayed(self, chat_id: int) -> list[BotMessage]:
        """Bot messages currently visible in the chat."""
        return [m for m in self._bot_messages.get(chat_id, []) if not m.deleted]

    def message(self, chat_id: int, message_id: int) -> BotMessage | None:
        """The bot message with this id in the chat, if any."""
        return next((m for m in self.sent_to(chat_id) if m.message_id == message_id), None)

    def calls_to(self, method: str) -> list[ApiCall]:
        """All recorded calls of one method (case-insensitive name)."""
        name = self._canonical.get(method.lower(), method)
        return [call for call in self.calls if call.method == name]

    def method_log(self) -> list[str]:
        """Compact list of ``method -> status`` strings, for assertion messages."""
        return [f"{call.method}->{call.status}" for call in self.calls]

    @property
    def my_commands(self) -> list[JsonDict]:
        """Commands set for the default scope and no language."""
        return self.commands_for()

    def commands_for(
        self, scope: JsonDict | None = None, language_code: str = ""
    ) -> list[JsonDict]:
        """Commands set for a scope/language pair."""
        return list(self.commands.get(self._commands_key(scope, language_code), []))

    @property
    def last_update_id(self) -> int:
        """The id of the newest update pushed so far (0 before the first)."""
        return self._last_update_id

    @property
    def pending_updates(self) -> list[JsonDict]:
        """Updates not yet confirmed by the bot."""
        return list(self._updates)

    def peak_sends_per_second(self) -> int:
        """The largest number of successful sends within any one-second window."""
        times, peak, start = self._send_times, 0, 0
        for end, stamp in enumerate(times):
            while stamp - times[start] >= 1.0:
                start += 1
            peak = max(peak, end - start + 1)
        return peak

    def sends_per_second(self) -> dict[int, int]:
        """Histogram of successful sends per whole second since the first send."""
        if not self._send_times:
            return {}
        first = self._send_times[0]
        return dict(sorted(Counter(int(t - first) for t in self._send_times).items()))

    @property
    def bot_user(self) -> JsonDict:
        """The bot as a ``User`` dict (for the first token seen)."""
        return self._bot_user(self.tokens[0] if self.tokens else "")

    def transcript(self, chat_id: int) -> str:
        """A readable log of the chat: user messages, presses, bot messages as displayed."""
        title = self.chats.get(chat_id, {}).get("title") or self.chats.get(chat_id, {}).get(
            "first_name", "?"
        )
        lines = [f"--- chat {chat_id} ({title}) ---"]
        lines += [str(entry) for entry in self._chat_logs.get(chat_id, [])]
        return "\n".join(lines) if len(lines) > 1 else lines[0] + "\n(empty)"

    # ------------------------------------------------------------------ people and chats

    def add_private_chat(
        self,
        user_id: int = 1001,
        first_name: str = "Sam",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        started: bool = False,
    ) -> tuple[JsonDict, JsonDict]:
        """Register a user and their private chat (chat id = user id); returns (user, chat)."""
        user: JsonDict = {"id": user_id, "is_bot": False, "first_name": first_name}
        optional = {"last_name": last_name, "username": username, "language_code": language_code}
        user.update({k: v for k, v in optional.items() if v is not None})
        chat: JsonDict = {"id": user_id, "type": "private", "first_name": first_name}
        chat.update({k: v for k, v in optional.items() if v is not None and k != "language_code"})
        self.users[user_id] = user
        self.chats[user_id] = chat
        if started:
            self._started.add(user_id)
        return user, chat

    def add_group(
        self, chat_id: int = -100123, title: str = "Friends", chat_type: str | None = None
    ) -> JsonDict:
        """Register a group chat; ids starting with -100 are supergroups by default."""
        kind = chat_type or ("supergroup" if str(chat_id).startswith("-100") else "group")
        chat: JsonDict = {"id": chat_id, "type": kind, "title": title}
        self.chats[chat_id] = chat
        return chat

    def user_text(self, chat_id: int, user_id: int, text: str) -> JsonDict:
        """Push typed text from a user; a leading /command gets its entity, like the apps."""
        fields: JsonDict = {"text": text}
        if entities := command_entities(text):
            fields["entities"] = entities
        return self.user_message(chat_id, user_id, fields)

    def _tell(self, event: ChatEvent) -> None:
        """Tell every listener what just happened; a failing listener never fails the call."""
        for listener in list(self.listeners):
            try:
                listener(event)
            except Exception as exc:
                self.internal_errors.append(exc)

    def chat_log(self, chat_id: int) -> list[LogEntry]:
        """Raw transcript entries of a chat."""
        return list(self._chat_logs.get(chat_id, []))

    def note(self, chat_id: int, line: str) -> None:
        """Add a free-form line to a chat transcript."""
        self._chat_logs[chat_id].append(line)

    def last_message_id(self, chat_id: int) -> int:
        """The newest message id used in the chat so far (0 before the first)."""
        return self._message_ids.get(chat_id, 0)

    def restore_messages(
        self, chat_id: int, messages: Sequence[BotMessage], last_message_id: int = 0
    ) -> None:
        """Carry on a chat kept from an earlier run: its messages are there again, unannounced.

        New message ids continue after `last_message_id`, so an id the bot kept from before
        never names a different message.
        """
        self._bot_messages[chat_id].extend(messages)
        self._chat_logs[chat_id].extend(messages)
        newest = max([last_message_id, *(message.message_id for message in messages)])
        self._message_ids[chat_id] = max(self._message_ids[chat_id], newest)

    def next_message_id(self, chat_id: int) -> int:
        """Allocate the next message id of a chat (shared by users and the bot)."""
        self._message_ids[chat_id] += 1
        return self._message_ids[chat_id]

    def user_message(
        self, chat_id: int, user_id: int, fields: JsonDict, *, log: str | None = None
    ) -> JsonDict:
        """Push a user's ``message`` update (writing to a blocked bot unblocks it, like apps)."""
        if chat_id == user_id and user_id in self._blocked:
            self.unblock(user_id, notify=True)
        message: JsonDict = {
            "message_id": self.next_message_id(chat_id),
            "from": copy.deepcopy(self.users[user_id]),
            "chat": copy.deepcopy(self.chats[chat_id]),
            "date": now_unix(),
        }
        message.update(copy.deepcopy(fields))
        name = self.users[user_id]["first_name"]
        shown = log or message.get("text") or f"[{next(iter(fields), 'message')}]"
        self.note(chat_id, f"{name} #{message['message_id']}: {shown}")
        self.push_update({"message": message})
        return message

    def user_message_by_id(self, chat_id: int, message_id: int) -> JsonDict | None:
        """A message a user sent, by id."""
        return self._user_messages.get((chat_id, message_id))

    def edit_user_message(self, chat_id: int, message_id: int, text: str) -> JsonDict:
        """Push an ``edited_message`` update for a user's own text message."""
        original = self._user_messages.get((chat_id, message_id))
        if original is None:
            raise AssertionError(f"no user message {message_id} in chat {chat_id}")
        edited = copy.deepcopy(original)
        edited.update({"text": text, "edit_date": now_unix()})
        edited.pop("entities", None)
        self.note(chat_id, f"{edited['from']['first_name']} edited #{message_id}: {text}")
        self.push_update({"edited_message": edited})
        return edited

    def press_button(
        self,
        user_id: int,
        message: BotMessage,
        data: str | None,
        label: str | None,
        *,
        age: float = 0.0,
    ) -> CallbackQueryRecord:
        """Push a ``callback_query`` update as if the user tapped an inline button.

        ``age`` seconds pretend the tap happened that long ago (on the server's monotonic clock),
        so a query older than ``callback_query_timeout`` is refused without the test sleeping.
        """
        query_id = str(4_000_000_000_000_000_000 + next(self._counter))
        record = CallbackQueryRecord(
            query_id, user_id, message.chat_id, message.message_id, data, label
        )
        record.pressed_at = time.monotonic() - age
        self.callback_queries[query_id] = record
        query: JsonDict = {
            "id": query_id,
            "from": copy.deepcopy(self.users[user_id]),
            "message": message.to_dict(),
            "chat_instance": str(-(abs(message.chat_id) * 7_919_000_003 % 10**18)),
        }
        if data is not None:
            query["data"] = data
        who = self.users[user_id]["first_name"]
        self.note(message.chat_id, f"{who} pressed [{label or data}] on #{message.message_id}")
        self.push_update({"callback_query": query})
        return record

    def push_update(self, update: JsonDict) -> int:
        """Queue a raw update (update_id is assigned); returns the update_id."""
        update = copy.deepcopy(update)
        update_id = max(next(self._update_ids), int(update.get("update_id") or 0))
        self._last_update_id = max(self._last_update_id, update_id)
        self._update_ids = itertools.count(self._last_update_id + 1)
        update["update_id"] = update_id
        self._register_update(update)
        self._updates.append(update)
        self._notify()
        return update_id

    def _register_update(self, update: JsonDict) -> None:
        """Learn chats, users and user messages contained in a pushed update."""
        body = update.get(update_type(update))
        if not isinstance(body, dict):
            return
        message = body.get("message") if "chat_instance" in body else body
        for holder in (body, message):
            if isinstance(holder, dict):
                self._learn(holder)
        if update_type(update) in ("message", "edited_message") and isinstance(message, dict):
            chat_id, message_id = message["chat"]["id"], int(message["message_id"])
            self._user_messages[(chat_id, message_id)] = message
            self._message_ids[chat_id] = max(self._message_ids[chat_id], message_id)

    def _learn(self, holder: JsonDict) -> None:
        """Register the ``chat``/``from`` objects found in an update body."""
        chat, sender = holder.get("chat"), holder.get("from")
        if isinstance(chat, dict) and "id" in chat:
            self.chats.setdefault(int(chat["id"]), chat)
            if chat.get("type") == "private":
                self._started.add(int(chat["id"]))
        if isinstance(sender, dict) and "id" in sender and not sender.get("is_bot"):
            self.users.setdefault(int(sender["id"]), sender)

    def _push_my_chat_member(
        self, chat_id: int, old: str, new: str, by_user: int | None = None
    ) -> None:
        """Push a ``my_chat_member`` update about the bot's status in a chat."""
        user = self.users[by_user if by_user is not None else chat_id]

        def member(status: str) -> JsonDict:
            """A ChatMember dict for the bot (banned members need until_date)."""
            found: JsonDict = {"user": self.bot_user, "status": status}
            return found | {"until_date": 0} if status == "kicked" else found

        body: JsonDict = {
            "chat": copy.deepcopy(self.chats[chat_id]),
            "from": copy.deepcopy(user),
            "date": now_unix(),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
        self.push_update({"my_chat_member": body})

    def set_membership(self, chat_id: int, present: bool, by_user: int) -> None:
        """Add the bot to / remove it from a group, pushing my_chat_member."""
        if present:
            self._absent.discard(chat_id)
        else:
            self._absent.add(chat_id)
        old, new = ("left", "member") if present else ("member", "left")
        self._push_my_chat_member(chat_id, old, new, by_user)

    # ------------------------------------------------------------------ HTTP plumbing

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        """Serve one Bot API call."""
        token = request.match_info["token"]
        if token not in self.tokens:
            self.tokens.append(token)
        raw = request.match_info["method"]
        method = self._canonical.get(raw.lower(), raw)
        call = ApiCall(method, {}, time.monotonic(), token)
        self.calls.append(call)
        self.stats.calls_by_method[method] += 1
        self._notify()  # a call on its way is news too (a test may act while it is held)
        try:
            call.params = await self._read_params(request)
            call.chat_id = self._chat_id_of(call.params)
            result = await self._dispatch(method, call.params, token)
        except ApiError as exc:
            self._finish(call, exc.status, exc.description, None)
            return exc.response()
        except ConnectionResetError:
            self._finish(call, 499, "client closed the connection", None)
            raise
        except Exception as exc:
            self.internal_errors.append(exc)
            error = ApiError(500, f"Internal Server Error: local API bug: {exc!r}")
            self._finish(call, 500, error.description, None)
            return error.response()
        self._finish(call, 200, None, result)
        return web.json_response({"ok": True, "result": result})

    async def _dispatch(self, method: str, params: JsonDict, token: str) -> Any:
        """Apply delays, injected faults and rate limits, then run the handler."""
        if (seconds := self._delays.get(method)) is not None:
            await asyncio.sleep(seconds)
        self._check_injected(method)
        self._check_rate(method, params)
        handler = self._handlers.get(method)
        if handler is None:
            raise ApiError(404, "Not Found")
        result = await handler(params, token)
        if method in SEND_METHODS:
            self._record_send(params)
        return result

    def _finish(self, call: ApiCall, status: int, description: str | None, result: Any) -> None:
        """Complete a call record and wake waiters."""
        call.status, call.description, call.result = status, description, result
        if status != 200:
            self.stats.errors_by_status[status] += 1
        self._notify()

    @staticmethod
    def _chat_id_of(params: JsonDict) -> int | str | None:
        """The chat_id parameter of a call, as int when numeric."""
        value = params.get("chat_id")
        if isinstance(value, str) and value.lstrip("-").isdigit():
            return int(value)
        return value if isinstance(value, int | str) else None

    async def _read_params(self, request: web.Request) -> JsonDict:
        """Decode query string, urlencoded, multipart or JSON parameters."""
        params: JsonDict = {k: decode_field(k, v) for k, v in request.query.items()}
        if not request.body_exists:
            return params
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON encoded request body") from None
            if not isinstance(body, dict):
                raise bad_request("JSON object expected")
            params.update(body)
            return params
        files: dict[str, UploadedFile] = {}
        for key, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                files[key] = self._upload(value)
            elif isinstance(value, str):
                params[key] = decode_field(key, value)
        params.update(files)
        return self._resolve_attachments(params, files)

    @staticmethod
    def _resolve_attachments(params: JsonDict, files: dict[str, UploadedFile]) -> JsonDict:
        """Replace ``attach://name`` strings by the uploaded file."""
        for key, value in list(params.items()):
            if isinstance(value, str) and value.startswith("attach://"):
                params[key] = files.get(value.removeprefix("attach://"), value)
        return params

    def _upload(self, field: web.FileField) -> UploadedFile:
        """Store an uploaded multipart file."""
        data = field.file.read()
        mime = field.content_type or mimetypes.guess_type(field.filename)[0] or ""
        return self._new_file(data, field.filename or field.name, mime)

    def _new_file(self, data: bytes, filename: str, mime: str) -> UploadedFile:
        """Register file content under fresh file ids."""
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

    def _check_injected(self, method: str) -> None:
        """Raise the next injected failure for this method, if any."""
        rules = self._failures.get(method) or self._failures.get("*")
        if not rules:
            return
        rule = rules[0]
        rule.remaining -= 1
        if rule.remaining <= 0:
            rules.popleft()
        self.stats.injected_failures += 1
        raise ApiError(rule.status, rule.description, rule.retry_after)

    def _check_rate(self, method: str, params: JsonDict) -> None:
        """Answer 429 when a send would exceed the configured per-second limits."""
        if method not in SEND_METHODS:
            return
        now = time.monotonic()
        chat_id = self._chat_id_of(params)
        windows: list[tuple[deque[float], int | None]] = [
            (self._rate_window, self._rate_per_second)
        ]
        if isinstance(chat_id, int):
            windows.append((self._chat_windows[chat_id], self._rate_per_chat))
        for window, limit in windows:
            while window and now - window[0] >= 1.0:
                window.popleft()
            if limit is not None and len(window) >= limit:
                self.stats.rate_limited += 1
                raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)

    def _record_send(self, params: JsonDict) -> None:
        """Count a successful send for rate limiting and statistics."""
        now = time.monotonic()
        self._send_times.append(now)
        self._rate_window.append(now)
        chat_id = self._chat_id_of(params)
        if isinstance(chat_id, int):
            self._chat_windows[chat_id].append(now)
        self.stats.sends += 1

    # ------------------------------------------------------------------ chats and messages

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

    def _chat(self, params: JsonDict) -> JsonDict:
        """Resolve ``chat_id`` (number or @username) to a known chat or 400."""
        value = params.get("chat_id")
        if value is None or value == "":
            raise bad_request("chat_id is empty")
        if isinstance(value, str) and value.startswith("@"):
            found = next((c for c in self.chats.values() if c.get("username") == value[1:]), None)
        else:
            found = self.chats.get(as_int(value, "chat_id"))
        if found is None:
            raise bad_request("chat not found")
        return found

    def _sendable_chat(self, params: JsonDict) -> JsonDict:
        """A chat the bot may currently post to, else the matching 400/403."""
        chat = self._chat(params)
        chat_id = int(chat["id"])
        if chat["type"] == "private":
            if chat_id in self._blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if chat_id not in self._started:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        elif chat_id in self._absent:
            raise ApiError(403, f"Forbidden: bot is not a member of the {chat['type']} chat")
        return chat

    def _render(self, text: str, params: JsonDict, entities_key: str = "entities") -> Rendered:
        """Render text per parse_mode (or explicit entities) with Telegram's errors."""
        parse_mode = params.get("parse_mode")
        if parse_mode:
            try:
                return render(text, str(parse_mode))
            except UnsupportedParseModeError:
                raise bad_request("unsupported parse_mode") from None
            except ParseError as exc:
                raise bad_request(f"can't parse entities: {exc}") from None
        entities = params.get(entities_key)
        return Rendered(text, list(entities) if isinstance(entities, list) else [])

    def _markup(self, markup: Any) -> tuple[JsonDict | None, JsonDict | None]:
        """Split reply_markup into (inline keyboard, other keyboard) after validation."""
        if markup is None or markup == "":
            return None, None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None, markup
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array'
            )
        for button in (button for row in rows for button in row):
            self._check_button(button)
        return markup, None

    @staticmethod
    def _check_button(button: Any) -> None:
        """Validate one inline keyboard button like Telegram does."""
        if not isinstance(button, dict) or not button.get("text"):
            raise bad_request("can't parse inline keyboard button: Text must be non-empty")
        if not any(key in button for key in INLINE_BUTTON_ACTIONS):
            raise bad_request(
                "can't parse inline keyboard button: Text buttons are unallowed in the inline "
                "keyboard"
            )
        data = button.get("callback_data")
        if "callback_data" in button and (
            not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64
        ):
            raise bad_request("BUTTON_DATA_INVALID")

    def _inline_only(self, markup: Any) -> JsonDict | None:
        """Validate a reply_markup that must be an inline keyboard (edits)."""
        inline, other = self._markup(markup)
        if other is not None:
            raise bad_request("inline keyboard expected")
        return inline

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

    def _new_bot_message(
        self, chat: JsonDict, token: str, params: JsonDict, **fields: Any
    ) -> BotMessage:
        """Create, store and announce a bot message."""
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
        self._chat_logs[chat_id].append(message)
        self._tell(ChatEvent(ChatEventKind.SENT, chat_id, message))
        return message

    def _editable(self, params: JsonDict) -> BotMessage:
        """The bot message addressed by chat_id/message_id of an edit call."""
        if params.get("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        chat = self._chat(params)
        chat_id = int(chat["id"])
        if chat["type"] == "private" and chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        message_id = as_int(params.get("message_id"), "message_id")
        message = self.message(chat_id, message_id)
        if message is not None and not message.deleted:
            return message
        if (chat_id, message_id) in self._user_messages:
            raise bad_request("message can't be edited")
        raise bad_request("message to edit not found")

    def _apply_edit(
        self,
        message: BotMessage,
        rendered: Rendered,
        raw: str,
        params: JsonDict,
        markup: JsonDict | None,
    ) -> JsonDict:
        """Edit a message in place, refusing no-op edits like Telegram."""

        def normalized(value: JsonDict | None) -> Any:
            """Markup with empty keyboards treated as no keyboard."""
            return value if value and value.get("inline_keyboard") else None

        same_text = (rendered.text, rendered.entities) == (message.text, message.entities)
        if same_text and normalized(markup) == normalized(message.reply_markup):
            raise bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        message.history.append(message.snapshot())
        message.text, message.entities, message.raw_text = rendered.text, rendered.entities, raw
        message.parse_mode = params.get("parse_mode")
        message.reply_markup = normalized(markup)
        message.edited, message.edit_date = True, now_unix()
        self.note(message.chat_id, f"(bot edited #{message.message_id})")
        self._tell(ChatEvent(ChatEventKind.EDITED, message.chat_id, message))
        return message.to_dict()

    # ------------------------------------------------------------------ method handlers

    async def _return_true(self, params: JsonDict, token: str) -> bool:
        """Methods that simply succeed (logOut, close)."""
        return True

    async def _get_me(self, params: JsonDict, token: str) -> JsonDict:
        """getMe."""
        return self._bot_user(token, full=True)

    async def _get_updates(self, params: JsonDict, token: str) -> list[JsonDict]:
        """getUpdates with real long polling."""
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        limit = min(max(as_int(params.get("limit") or 100, "limit"), 1), 100)
        timeout = max(0.0, float(params.get("timeout") or 0))
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(kind) for kind in allowed] or None
        self._confirm(as_int(params.get("offset") or 0, "offset"))
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()
        await self._long_poll(generation, timeout)
        batch = self._deliverable()[:limit]
        self.delivered_update_ids.update(int(u["update_id"]) for u in batch)
        return copy.deepcopy(batch)

    async def _long_poll(self, generation: int, timeout: float) -> None:
        """Wait until updates are available, the timeout passes or a newer poll arrives."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
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
        """Pending updates the bot may receive; others are dropped like Telegram does."""
        allowed = self._allowed_updates
        keep: list[JsonDict] = []
        for update in self._updates:
            kind = update_type(update)
            wanted = kind in allowed if allowed else kind not in DEFAULT_EXCLUDED_UPDATES
            (keep if wanted else self.dropped_updates).append(update)
        self._updates = keep
        return keep

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

    async def _send_message(self, params: JsonDict, token: str) -> JsonDict:
        """sendMessage."""
        chat = self._sendable_chat(params)
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise bad_request("message text is empty")
        rendered = self._render(text, params)
        if not rendered.text.strip():
            raise bad_request("message text is empty")
        if utf16_len(rendered.text) > 4096:
            raise bad_request("message is too long")
        inline, keyboard = self._markup(params.get("reply_markup"))
        message = self._new_bot_message(
            chat,
            token,
            params,
            text=rendered.text,
            raw_text=text,
            parse_mode=params.get("parse_mode"),
            entities=rendered.entities,
            reply_markup=inline,
            reply_keyboard=keyboard,
            reply_to_message=self._reply_target(chat, params),
        )
        return message.to_dict()

    async def _send_photo(self, params: JsonDict, token: str) -> JsonDict:
        """sendPhoto."""
        return self._send_media(params, token, "photo")

    async def _send_document(self, params: JsonDict, token: str) -> JsonDict:
        """sendDocument."""
        return self._send_media(params, token, "document")

    def _send_media(self, params: JsonDict, token: str, kind: str) -> JsonDict:
        """Shared implementation of sendPhoto/sendDocument."""
        chat = self._sendable_chat(params)
        upload = self._media_file(params.get(kind), kind)
        caption = params.get("caption")
        rendered = (
            self._render(str(caption), params, "caption_entities") if caption else Rendered("")
        )
        if utf16_len(rendered.text) > 1024:
            raise bad_request("message caption is too long")
        inline, keyboard = self._markup(params.get("reply_markup"))
        message = self._new_bot_message(
            chat,
            token,
            params,
            text=rendered.text,
            raw_text=str(caption or ""),
            parse_mode=params.get("parse_mode"),
            entities=rendered.entities,
            reply_markup=inline,
            reply_keyboard=keyboard,
            reply_to_message=self._reply_target(chat, params),
            **{kind: upload},
        )
        if kind == "photo":
            self.files[upload.file_id + "_s"] = upload
        return message.to_dict()

    def _media_file(self, value: Any, kind: str) -> UploadedFile:
        """Resolve an uploaded file, a known file_id or a URL."""
        if isinstance(value, UploadedFile):
            if not value.data:
                raise bad_request("file must be non-empty")
            return value
        if isinstance(value, str) and value in self.files:
            return self.files[value]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return self._new_file(b"", value.rsplit("/", 1)[-1] or "file", "")
        if value:
            raise bad_request("wrong file identifier/HTTP URL specified")
        raise bad_request(f"there is no {kind} in the request")

    async def _send_chat_action(self, params: JsonDict, token: str) -> bool:
        """sendChatAction."""
        chat = self._sendable_chat(params)
        action = params.get("action")
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.chat_actions.append((int(chat["id"]), str(action)))
        return True

    async def _edit_message_text(self, params: JsonDict, token: str) -> JsonDict:
        """editMessageText (omitting reply_markup removes the keyboard, like Telegram)."""
        message = self._editable(params)
        if message.has_media:
            raise bad_request("there is no text in the message to edit")
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise bad_request("message text is empty")
        rendered = self._render(text, params)
        if utf16_len(rendered.text) > 4096:
            raise bad_request("MESSAGE_TOO_LONG")
        markup = self._inline_only(params.get("reply_markup"))
        return self._apply_edit(message, rendered, text, params, markup)

    async def _edit_message_caption(self, params: JsonDict, token: str) -> JsonDict:
        """editMessageCaption."""
        message = self._editable(params)
        if not message.has_media:
            raise bad_request("there is no caption in the message to edit")
        caption = str(params.get("caption") or "")
        rendered = self._render(caption, params, "caption_entities") if caption else Rendered("")
        markup = self._inline_only(params.get("reply_markup"))
        return self._apply_edit(message, rendered, caption, params, markup)

    async def _edit_message_reply_markup(self, params: JsonDict, token: str) -> JsonDict:
        """editMessageReplyMarkup."""
        message = self._editable(params)
        markup = self._inline_only(params.get("reply_markup"))
        rendered = Rendered(message.text, message.entities)
        keep = {"parse_mode": message.parse_mode}
        return self._apply_edit(message, rendered, message.raw_text, keep, markup)

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
            self.note(chat_id, f"(bot deleted its message #{message_id})")
            self._tell(ChatEvent(ChatEventKind.DELETED, chat_id, message))
            return True
        if (chat_id, message_id) in self._user_messages:
            del self._user_messages[(chat_id, message_id)]
            self.note(chat_id, f"(bot deleted user message #{message_id})")
            return True
        return False

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
        self.answered_callbacks.append(record)
        if record.text and record.chat_id is not None:
            style = "alert" if record.show_alert else "toast"
            self.note(record.chat_id, f"({style}: {record.text})")
            kind, shown = ChatEventKind.ANSWERED, record.text
            self._tell(ChatEvent(kind, record.chat_id, text=shown, show_alert=record.show_alert))
        return True

    def _too_old(self, record: CallbackQueryRecord) -> bool:
        """Whether Telegram would no longer accept an answer to this query."""
        return time.monotonic() - record.pressed_at > self.callback_query_timeout

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
            self._check_command(command)
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        self.commands[key] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    @staticmethod
    def _check_command(command: Any) -> None:
        """Validate one BotCommand."""
        if not isinstance(command, dict) or not _COMMAND_RE.match(str(command.get("command"))):
            raise bad_request("BOT_COMMAND_INVALID")
        description = command.get("description")
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")

    async def _get_my_commands(self, params: JsonDict, token: str) -> list[JsonDict]:
        """getMyCommands."""
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        return copy.deepcopy(self.commands.get(key, []))

    async def _delete_my_commands(self, params: JsonDict, token: str) -> bool:
        """deleteMyCommands."""
        self.commands.pop(
            self._commands_key(params.get("scope"), params.get("language_code")), None
        )
        return True

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
        """getFile for files the bot uploaded or users sent."""
        upload = self.files.get(str(params.get("file_id") or ""))
        if upload is None:
            raise bad_request("invalid file_id")
        return {
            "file_id": upload.file_id,
            "file_unique_id": upload.file_unique_id,
            "file_size": upload.size,
            "file_path": self._file_path(upload),
        }

    def register_file(self, data: bytes, filename: str, mime_type: str = "") -> UploadedFile:
        """Make content downloadable via getFile (used for files users send)."""
        return self._new_file(data, filename, mime_type)
