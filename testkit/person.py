# ruff: noqa: ASYNC109  (the helpers' public contract is an explicit `timeout=` keyword)
"""Scripted humans: send messages, tap inline buttons and read the chat like a phone would."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.localapi.entities import command_entities
from bot.localapi.records import (
    BotMessage,
    Button,
    CallbackQueryRecord,
    JsonDict,
    photo_sizes,
)

if TYPE_CHECKING:
    from testkit.fakeapi import FakeBotApi

TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
"""A valid 1x1 PNG, the default content of photos people send."""

# How long a person waits for the bot by default: as soon as it answers, the test goes on, so
# only a loaded machine (CI with other work running) ever comes near it.
REPLY_SECONDS = 30.0


class PressedButton:
    """A tap on an inline button; await ``wait_answered()`` for the bot's answer."""

    def __init__(self, api: FakeBotApi, record: CallbackQueryRecord) -> None:
        self.api = api
        self.record = record

    @property
    def query_id(self) -> str:
        """The callback query id the bot has to answer."""
        return self.record.query_id

    @property
    def data(self) -> str | None:
        """The callback data that was sent."""
        return self.record.data

    @property
    def answered(self) -> bool:
        """Whether the bot called answerCallbackQuery for this tap."""
        return self.record.answered

    async def wait_answered(self, timeout: float = REPLY_SECONDS) -> CallbackQueryRecord:
        """Wait for answerCallbackQuery and return the answer (text, show_alert...)."""
        if not await self.api.wait_until(lambda: self.record.answered, timeout):
            chat = self.record.chat_id
            transcript = self.api.transcript(chat) if chat is not None else ""
            raise AssertionError(
                f"callback {self.record.label or self.record.data!r} was not answered within "
                f"{timeout}s\n{transcript}"
            )
        return self.record


class ChatView:
    """What a chat looks like on the phone, plus waiting helpers."""

    def __init__(self, api: FakeBotApi, chat: JsonDict) -> None:
        self.api = api
        self.chat_info = chat
        self.chat_id = int(chat["id"])
        self._cursor = 0

    @property
    def chat(self) -> list[BotMessage]:
        """The bot's messages as currently displayed (edits applied, deletions hidden)."""
        return self.api.displayed(self.chat_id)

    @property
    def last_message(self) -> BotMessage | None:
        """The newest displayed bot message."""
        shown = self.chat
        return shown[-1] if shown else None

    def transcript(self) -> str:
        """The chat as readable text, for assertion messages."""
        return self.api.transcript(self.chat_id)

    def skip_pending(self) -> None:
        """Treat every bot message sent so far as already read."""
        self._cursor = len(self.api.sent_to(self.chat_id))

    async def wait_until(
        self, predicate: Callable[[], bool], timeout: float = REPLY_SECONDS
    ) -> None:
        """Wait until ``predicate()`` holds, re-checking on every server state change."""
        if not await self.api.wait_until(predicate, timeout):
            raise AssertionError(f"condition not met within {timeout}s\n{self.transcript()}")

    async def next_message(self, timeout: float = REPLY_SECONDS) -> BotMessage:
        """The next bot message after the last one consumed."""
        cursor = self._cursor
        if not await self.api.wait_until(
            lambda: len(self.api.sent_to(self.chat_id)) > cursor, timeout
        ):
            raise AssertionError(
                f"no new bot message in chat {self.chat_id} within {timeout}s\n{self.transcript()}"
            )
        self._cursor = cursor + 1
        return self.api.sent_to(self.chat_id)[cursor]

    async def expect_text(self, substring: str, timeout: float = REPLY_SECONDS) -> BotMessage:
        """Wait for a new bot message containing ``substring`` (case-insensitive)."""
        needle = substring.casefold()

        def position() -> int | None:
            """Index of the first unread message containing the text."""
            sent = self.api.sent_to(self.chat_id)
            return next(
                (i for i in range(self._cursor, len(sent)) if needle in sent[i].text.casefold()),
                None,
            )

        if not await self.api.wait_until(lambda: position() is not None, timeout):
            raise AssertionError(
                f"no new bot message containing {substring!r} within {timeout}s\n"
                f"{self.transcript()}"
            )
        index = position()
        assert index is not None
        self._cursor = index + 1
        return self.api.sent_to(self.chat_id)[index]

    async def expect_silence(self, within: float = 0.3) -> None:
        """Assert that the bot sends nothing new to this chat for ``within`` seconds."""
        cursor = self._cursor
        if await self.api.wait_until(lambda: len(self.api.sent_to(self.chat_id)) > cursor, within):
            raise AssertionError(f"unexpected bot message\n{self.transcript()}")

    def find_button(
        self, label: str, message: BotMessage | int | None = None
    ) -> tuple[BotMessage, Button]:
        """Locate a button: exact label first, then case-insensitive substring."""
        candidates = self._button_candidates(message)
        for exact in (True, False):
            for candidate in candidates:
                hits = [b for row in candidate.buttons for b in row if _matches(b[0], label, exact)]
                if len({hit[0] for hit in hits}) > 1:
                    raise AssertionError(f"button {label!r} is ambiguous: {hits}")
                if hits:
                    return candidate, hits[0]
        raise AssertionError(f"no button {label!r} on screen\n{self.transcript()}")

    def _button_candidates(self, message: BotMessage | int | None) -> list[BotMessage]:
        """Messages to search for a button, newest first."""
        if message is None:
            return list(reversed(self.chat))
        found = self.api.message(self.chat_id, message) if isinstance(message, int) else message
        if found is None or found.deleted:
            raise AssertionError(f"message {message!r} is not on screen\n{self.transcript()}")
        return [found]

    def _press(
        self, user_id: int, label: str, message: BotMessage | int | None, age: float = 0.0
    ) -> PressedButton:
        """Tap a callback button as ``user_id`` (``age`` seconds ago)."""
        target, (text, data) = self.find_button(label, message)
        if data is None:
            raise AssertionError(f"button {text!r} is not a callback button")
        return PressedButton(self.api, self.api.press_button(user_id, target, data, text, age=age))

    def _forge_press(self, user_id: int, data: str | None, message_id: int) -> PressedButton:
        """Send arbitrary callback data as if it came from a button on ``message_id``."""
        target = self.api.message(self.chat_id, message_id) or BotMessage(
            message_id=message_id,
            chat=dict(self.chat_info),
            sender=self.api.bot_user,
            date=0,
            text="",
        )
        return PressedButton(self.api, self.api.press_button(user_id, target, data, None))


def _matches(text: str, label: str, exact: bool) -> bool:
    """Button label comparison: exact, or case-insensitive substring."""
    return text == label if exact else label.casefold() in text.casefold()


class ScriptedPerson(ChatView):
    """A user in a private chat with the bot (chat id = user id)."""

    def __init__(self, api: FakeBotApi, user: JsonDict, chat: JsonDict) -> None:
        super().__init__(api, chat)
        self.user = user
        self.user_id = int(user["id"])
        self.first_name = str(user["first_name"])

    def push_raw(self, fields: JsonDict) -> int:
        """Send a message with arbitrary fields (merged over id/from/chat/date)."""
        return int(self.api.user_message(self.chat_id, self.user_id, fields)["message_id"])

    async def send(self, text: str, *, reply_to: int | None = None) -> int:
        """Type and send a text message; a leading /command gets its entity."""
        return self.push_raw(_text_fields(self.api, self.chat_id, text, reply_to))

    async def command(self, text: str) -> int:
        """Send a /command (with arguments)."""
        assert text.startswith("/"), f"commands start with '/': {text!r}"
        return await self.send(text)

    async def share_location(self, latitude: float, longitude: float) -> int:
        """Share a location pin."""
        return self.push_raw({"location": {"latitude": latitude, "longitude": longitude}})

    async def send_sticker(self, emoji: str = "👍") -> int:
        """Send a sticker."""
        upload = self.api.register_file(b"RIFF-sticker", "sticker.webp", "image/webp")
        sticker: JsonDict = {
            "file_id": upload.file_id,
            "file_unique_id": upload.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self.push_raw({"sticker": sticker})

    async def send_photo(self, data: bytes = TINY_PNG, caption: str | None = None) -> int:
        """Send a photo (downloadable by the bot through getFile)."""
        upload = self.api.register_file(data, "photo.png", "image/png")
        fields: JsonDict = {"photo": photo_sizes(upload)}
        if caption:
            fields["caption"] = caption
        return self.push_raw(fields)

    async def send_voice(self, duration: int = 3) -> int:
        """Send a voice note."""
        upload = self.api.register_file(b"OggS-voice", "voice.ogg", "audio/ogg")
        voice: JsonDict = {
            "file_id": upload.file_id,
            "file_unique_id": upload.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": upload.size,
        }
        return self.push_raw({"voice": voice})

    async def send_document(
        self, data: bytes, filename: str, caption: str | None = None, mime_type: str = ""
    ) -> int:
        """Send a file as a document (downloadable by the bot through getFile, up to 20 MB)."""
        upload = self.api.register_file(data, filename, mime_type)
        document: JsonDict = {
            "file_id": upload.file_id,
            "file_unique_id": upload.file_unique_id,
            "file_name": filename,
            "file_size": upload.size,
        }
        if mime_type:
            document["mime_type"] = mime_type
        fields: JsonDict = {"document": document}
        if caption:
            fields["caption"] = caption
        return self.push_raw(fields)

    async def edit(self, message_id: int, text: str) -> None:
        """Edit one of this person's own text messages (edited_message update)."""
        self.api.edit_user_message(self.chat_id, message_id, text)

    async def press(
        self, label: str, message: BotMessage | int | None = None, *, age: float = 0.0
    ) -> PressedButton:
        """Tap the inline button labelled ``label`` (exact, else case-insensitive substring).

        ``age`` makes the tap that many seconds old, so its query may be too old to answer.
        """
        return self._press(self.user_id, label, message, age)

    async def press_data(self, callback_data: str | None, message_id: int) -> PressedButton:
        """Send arbitrary (possibly forged) callback data for a message."""
        return self._forge_press(self.user_id, callback_data, message_id)

    def block_bot(self, *, notify: bool = True) -> None:
        """Block the bot (sends to this chat then fail with 403)."""
        self.api.block(self.user_id, notify=notify)

    def unblock_bot(self, *, notify: bool = True) -> None:
        """Unblock the bot."""
        self.api.unblock(self.user_id, notify=notify)


def _text_fields(api: FakeBotApi, chat_id: int, text: str, reply_to: int | None) -> JsonDict:
    """Message fields for typed text, with command entity and optional reply."""
    fields: JsonDict = {"text": text}
    if entities := command_entities(text):
        fields["entities"] = entities
    if reply_to is not None:
        replied = api.message(chat_id, reply_to)
        original = replied.to_dict() if replied else api.user_message_by_id(chat_id, reply_to)
        if original is None:
            raise AssertionError(f"cannot reply to unknown message {reply_to}")
        fields["reply_to_message"] = original
    return fields


class GroupChat(ChatView):
    """A group chat where scripted people talk to the bot."""

    @property
    def title(self) -> str:
        """The group's title."""
        return str(self.chat_info.get("title", ""))

    async def say(self, person: ScriptedPerson, text: str, *, reply_to: int | None = None) -> int:
        """``person`` posts ``text`` in the group."""
        fields = _text_fields(self.api, self.chat_id, text, reply_to)
        return int(self.api.user_message(self.chat_id, person.user_id, fields)["message_id"])

    async def command(self, person: ScriptedPerson, text: str) -> int:
        """``person`` posts a /command in the group (e.g. ``/start@botname``)."""
        assert text.startswith("/"), f"commands start with '/': {text!r}"
        return await self.say(person, text)

    async def press(
        self, person: ScriptedPerson, label: str, message: BotMessage | int | None = None
    ) -> PressedButton:
        """``person`` taps an inline button on a bot message in the group."""
        return self._press(person.user_id, label, message)

    def add_bot(self, by: ScriptedPerson) -> None:
        """``by`` adds the bot to the group (my_chat_member update)."""
        self.api.set_membership(self.chat_id, True, by.user_id)

    def remove_bot(self, by: ScriptedPerson) -> None:
        """``by`` removes the bot from the group (my_chat_member update)."""
        self.api.set_membership(self.chat_id, False, by.user_id)
