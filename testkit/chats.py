"""The chats around the bot as tests need them, beyond the one person of `smallsteps try`.

People who start, block and unblock the bot, groups it is added to and removed from, updates
of any kind pushed raw, and a readable transcript of each chat.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from bot.localapi import BotMessage, LocalBotApi, UploadedFile
from bot.localapi.errors import ApiError, bad_request
from bot.localapi.records import CallbackQueryRecord, ChatEvent, ChatEventKind, JsonDict
from bot.localapi.state import now_unix

LogEntry = str | BotMessage


def update_type(update: JsonDict) -> str:
    """The kind of an update (``message``, ``callback_query``...)."""
    return next((key for key in update if key != "update_id"), "")


def shown(message: BotMessage) -> str:
    """One bot message as a transcript shows it: flags, media, text and buttons."""
    flags = " (edited)" if message.edited else ""
    flags += " (deleted)" if message.deleted else ""
    media = ""
    if message.photo is not None:
        media = f"[photo {message.photo.filename}, {message.photo.size} bytes] "
    if message.document is not None:
        media = f"[document {message.document.filename}, {message.document.size} bytes] "
    lines = [f"bot #{message.message_id}{flags}: {media}{message.text}"]
    lines += ["    " + " ".join(f"[{label}]" for label, _ in row) for row in message.buttons]
    if message.keyboard_texts:
        lines.append("    keyboard: " + " | ".join(message.keyboard_texts))
    return "\n".join(lines)


class TelegramChats(LocalBotApi):
    """The local Bot API with Telegram's people and groups, raw updates and transcripts."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.tokens: list[str] = []
        self._blocked: set[int] = set()
        self._started: set[int] = set()
        self._absent: set[int] = set()
        self._chat_logs: defaultdict[int, list[LogEntry]] = defaultdict(list)

    async def _call(self, method: str, params: JsonDict, token: str) -> Any:
        """Note the token, then answer."""
        if token not in self.tokens:
            self.tokens.append(token)
        return await super()._call(method, params, token)

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
        """A person and their private chat; the bot may write first only once ``started``."""
        found = super().add_private_chat(
            user_id,
            first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
        )
        if started:
            self._started.add(user_id)
        return found

    def add_group(
        self, chat_id: int = -100123, title: str = "Friends", chat_type: str | None = None
    ) -> JsonDict:
        """Register a group chat; ids starting with -100 are supergroups by default."""
        kind = chat_type or ("supergroup" if str(chat_id).startswith("-100") else "group")
        chat: JsonDict = {"id": chat_id, "type": kind, "title": title}
        self.chats[chat_id] = chat
        return chat

    def block(self, user_id: int, *, notify: bool = False) -> None:
        """The person blocks the bot: sends to them get 403 (optionally push my_chat_member)."""
        self._blocked.add(user_id)
        if notify:
            self._push_my_chat_member(user_id, "member", "kicked")

    def unblock(self, user_id: int, *, notify: bool = False) -> None:
        """The person unblocks the bot (optionally push my_chat_member)."""
        self._blocked.discard(user_id)
        if notify:
            self._push_my_chat_member(user_id, "kicked", "member")

    def is_blocked(self, user_id: int) -> bool:
        """Whether the person currently blocks the bot."""
        return user_id in self._blocked

    def set_membership(self, chat_id: int, present: bool, by_user: int) -> None:
        """Add the bot to / remove it from a group, pushing my_chat_member."""
        if present:
            self._absent.discard(chat_id)
        else:
            self._absent.add(chat_id)
        old, new = ("left", "member") if present else ("member", "left")
        self._push_my_chat_member(chat_id, old, new, by_user)

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

    @property
    def bot_user(self) -> JsonDict:
        """The bot as a ``User`` dict (for the first token seen)."""
        return self._bot_user(self.tokens[0] if self.tokens else "")

    # ------------------------------------------------------------------ what people do

    def user_message(
        self, chat_id: int, user_id: int, fields: JsonDict, *, log: str | None = None
    ) -> JsonDict:
        """Push a person's ``message`` (writing to a blocked bot unblocks it, like the apps)."""
        if chat_id == user_id and user_id in self._blocked:
            self.unblock(user_id, notify=True)
        message = super().user_message(chat_id, user_id, fields)
        name = self.users[user_id]["first_name"]
        said = log or message.get("text") or f"[{next(iter(fields), 'message')}]"
        self.note(chat_id, f"{name} #{message['message_id']}: {said}")
        return message

    def user_message_by_id(self, chat_id: int, message_id: int) -> JsonDict | None:
        """A message a person sent, by id."""
        return self._user_messages.get((chat_id, message_id))

    def edit_user_message(self, chat_id: int, message_id: int, text: str) -> JsonDict:
        """Push an ``edited_message`` update for a person's own text message."""
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
        """Push a ``callback_query`` update as if the person tapped an inline button.

        ``age`` seconds pretend the tap happened that long ago (on the server's monotonic clock),
        so a query older than ``callback_query_timeout`` is refused without the test sleeping.
        """
        record = super().press_button(user_id, message, data, label)
        record.pressed_at -= age
        who = self.users[user_id]["first_name"]
        self.note(message.chat_id, f"{who} pressed [{label or data}] on #{message.message_id}")
        return record

    def register_file(self, data: bytes, filename: str, mime_type: str = "") -> UploadedFile:
        """Make content downloadable via getFile (used for files people send)."""
        return self._new_file(data, filename, mime_type)

    def push_update(self, update: JsonDict) -> int:
        """Queue a raw update (update_id is assigned); returns the update_id."""
        return self._queue_update(copy.deepcopy(update))

    def _queue_update(self, update: JsonDict) -> int:
        """Learn the chats, people and messages in an update, then queue it."""
        body = update.get(update_type(update))
        if isinstance(body, dict):
            message = body.get("message") if "chat_instance" in body else body
            for holder in (body, message):
                if isinstance(holder, dict):
                    self._learn(holder)
            if update_type(update) in ("message", "edited_message") and isinstance(message, dict):
                chat_id, message_id = message["chat"]["id"], int(message["message_id"])
                self._user_messages[(chat_id, message_id)] = message
                self._message_ids[chat_id] = max(self._message_ids[chat_id], message_id)
        return super()._queue_update(update)

    def _learn(self, holder: JsonDict) -> None:
        """Register the ``chat``/``from`` objects found in an update body."""
        chat, sender = holder.get("chat"), holder.get("from")
        if isinstance(chat, dict) and "id" in chat:
            self.chats.setdefault(int(chat["id"]), chat)
            if chat.get("type") == "private":
                self._started.add(int(chat["id"]))
        if isinstance(sender, dict) and "id" in sender and not sender.get("is_bot"):
            self.users.setdefault(int(sender["id"]), sender)

    # ------------------------------------------------------------------ transcripts

    def _tell(self, event: ChatEvent) -> None:
        """Write each change into the chat's transcript, then tell the listeners."""
        if event.kind is ChatEventKind.SENT and event.message is not None:
            self._chat_logs[event.chat_id].append(event.message)
        elif event.kind is ChatEventKind.EDITED and event.message is not None:
            self.note(event.chat_id, f"(bot edited #{event.message.message_id})")
        elif event.kind is ChatEventKind.DELETED and event.message is not None:
            self.note(event.chat_id, f"(bot deleted its message #{event.message.message_id})")
        elif event.kind is ChatEventKind.ANSWERED:
            style = "alert" if event.show_alert else "toast"
            self.note(event.chat_id, f"({style}: {event.text})")
        super()._tell(event)

    def restore_messages(
        self, chat_id: int, messages: Sequence[BotMessage], last_message_id: int = 0
    ) -> None:
        """Carry on a kept chat, its messages in the transcript too."""
        super().restore_messages(chat_id, messages, last_message_id)
        self._chat_logs[chat_id].extend(messages)

    def note(self, chat_id: int, line: str) -> None:
        """Add a free-form line to a chat transcript."""
        self._chat_logs[chat_id].append(line)

    def chat_log(self, chat_id: int) -> list[LogEntry]:
        """Raw transcript entries of a chat."""
        return list(self._chat_logs.get(chat_id, []))

    def transcript(self, chat_id: int) -> str:
        """A readable log of the chat: people's messages, taps, bot messages as displayed."""
        chat = self.chats.get(chat_id, {})
        title = chat.get("title") or chat.get("first_name", "?")
        lines = [f"--- chat {chat_id} ({title}) ---"]
        lines += [e if isinstance(e, str) else shown(e) for e in self._chat_logs.get(chat_id, [])]
        return "\n".join(lines) if len(lines) > 1 else lines[0] + "\n(empty)"

    # ------------------------------------------------------------------ who the bot may reach

    def _find_chat(self, value: Any) -> JsonDict | None:
        """A chat by id, or by @username."""
        if isinstance(value, str) and value.startswith("@"):
            return next((c for c in self.chats.values() if c.get("username") == value[1:]), None)
        return super()._find_chat(value)

    def _sendable_chat(self, params: JsonDict) -> JsonDict:
        """A chat the bot may currently post to, else the matching 403."""
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

    def _editable(self, params: JsonDict) -> BotMessage:
        """An edit's message; none by inline_message_id, and none in a chat that blocked the bot."""
        if params.get("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        chat = self._chat(params)
        if chat["type"] == "private" and int(chat["id"]) in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return super()._editable(params)
