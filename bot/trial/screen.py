"""What the person at the keyboard sees: the bot's messages drawn as a phone would show them."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any, TextIO

from bot.core.clock import Clock
from bot.localapi import BotMessage, ChatEvent, ChatEventKind, LocalBotApi, UploadedFile
from bot.texts import trial as texts

INDENT = "  "
CLEAR_LINE = "\r\x1b[K"


class Screen:
    """The terminal: prints blocks of lines, keeping the prompt last when someone is typing."""

    def __init__(self, out: TextIO, *, interactive: bool) -> None:
        self._out = out
        self._interactive = interactive
        self._prompting = False
        self._held: list[str] | None = None

    def show(self, text: str) -> None:
        """Print a block of lines (above the prompt, if it is showing)."""
        if self._held is not None:
            self._held.append(text)
            return
        self._out.write((CLEAR_LINE if self._prompting else "") + text + "\n")
        if self._prompting:
            self._out.write(texts.PROMPT)
        self._out.flush()

    def hold(self) -> None:
        """Keep what is shown from now on until `release`."""
        self._held = []

    def release(self, first: str | None = None) -> None:
        """Show `first`, then everything held back."""
        held, self._held = self._held or [], None
        for text in ([first] if first is not None else []) + held:
            self.show(text)

    def prompt(self) -> None:
        """Ask for the next line (only when a person is typing)."""
        if self._interactive and not self._prompting:
            self._out.write(texts.PROMPT)
            self._out.flush()
            self._prompting = True

    def line_taken(self) -> None:
        """The person pressed Enter: the cursor is on a fresh line."""
        self._prompting = False


@dataclass(frozen=True)
class Button:
    """One inline button as the terminal numbers it."""

    number: int
    label: str
    data: str | None
    url: str | None


def buttons_of(message: BotMessage) -> list[list[Button]]:
    """The message's inline keyboard, rows kept, buttons numbered from 1."""
    rows: list[list[Button]] = []
    number = 0
    for row in (message.reply_markup or {}).get("inline_keyboard", []):
        shown: list[Button] = []
        for raw in row:
            number += 1
            shown.append(_button(number, raw))
        rows.append(shown)
    return rows


def _button(number: int, raw: dict[str, Any]) -> Button:
    """A numbered button from its JSON."""
    data, url = raw.get("callback_data"), raw.get("url")
    return Button(
        number, str(raw.get("text", "")), str(data) if data else None, str(url) if url else None
    )


def with_links(text: str, entities: list[dict[str, Any]]) -> str:
    """Plain text with each link's address written after its words."""
    units = text.encode("utf-16-le")
    links = [e for e in entities if e.get("type") == "text_link" and e.get("url")]
    for link in sorted(links, key=lambda e: int(e["offset"]) + int(e["length"]), reverse=True):
        start, end = 2 * int(link["offset"]), 2 * (int(link["offset"]) + int(link["length"]))
        words = units[start:end].decode("utf-16-le", errors="replace")
        if words.strip() == str(link["url"]).strip():
            continue
        shown = texts.LINK.format(text=words, url=link["url"])
        units = units[:start] + shown.encode("utf-16-le") + units[end:]
    return units.decode("utf-16-le", errors="replace")


def wrapped(text: str, width: int, indent: str = INDENT) -> list[str]:
    """The text indented and wrapped to the terminal, blank lines kept."""
    lines: list[str] = []
    for line in text.splitlines() or [""]:
        lines += textwrap.wrap(
            line,
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [""]
    return lines


def keyboard_lines(message: BotMessage) -> list[str]:
    """The buttons as numbered choices, one line per row."""
    return [
        INDENT + "   ".join(f"[{button.number}] {button.label}" for button in row)
        for row in buttons_of(message)
        if row
    ]


class ChatRenderer:
    """Listens to the local server and draws every change in the person's chat."""

    def __init__(
        self,
        api: LocalBotApi,
        chat_id: int,
        screen: Screen,
        files_dir: Path,
        clock: Clock,
        width: int = 78,
    ) -> None:
        self._api = api
        self._chat_id = chat_id
        self._screen = screen
        self._files_dir = files_dir
        self._clock = clock
        self._width = width
        self._shown_keyboard: int | None = None
        self.zone: tzinfo = UTC

    def on_event(self, event: ChatEvent) -> None:
        """Draw one change in the chat (called by the server as it happens)."""
        if event.chat_id != self._chat_id:
            return
        draw: dict[ChatEventKind, Callable[[ChatEvent], None]] = {
            ChatEventKind.SENT: self._sent,
            ChatEventKind.EDITED: self._edited,
            ChatEventKind.DELETED: self._deleted,
            ChatEventKind.ANSWERED: self._answered,
        }
        draw[event.kind](event)

    def note(self, text: str) -> None:
        """A line from the terminal itself, not from the bot."""
        self._screen.show(self.as_note(text))

    def as_note(self, text: str) -> str:
        """How a line from the terminal is shown: after a blank line, wrapped, not indented."""
        # Not indented at all, so it never reads as the bot's words (those are indented).
        return "\n" + "\n".join(wrapped(text, self._width, indent=""))

    def show_again(self, message: BotMessage) -> None:
        """A message kept from the last trial whose buttons are still open."""
        self._draw(message, texts.KEPT_HEADER.format(bot=texts.BOT))

    def keyboard_message(self) -> BotMessage | None:
        """The newest message on screen with buttons: the one typed numbers press."""
        displayed = self._api.displayed(self._chat_id)
        return next((m for m in reversed(displayed) if m.buttons), None)

    def button(self, number: int) -> tuple[BotMessage, Button] | None:
        """The button a typed number presses, if there is one on screen."""
        message = self.keyboard_message()
        if message is None:
            return None
        found = [b for row in buttons_of(message) for b in row if b.number == number]
        return (message, found[0]) if found else None

    def remind_keyboard(self) -> None:
        """After an answer: if numbers now press an earlier message's buttons, show them."""
        message = self.keyboard_message()
        current = message.message_id if message is not None else None
        if current == self._shown_keyboard:
            return
        self._shown_keyboard = current
        if message is not None:
            lines = ["", texts.BUTTONS_STILL_OPEN, *keyboard_lines(message)]
            self._screen.show("\n".join(lines))

    def _sent(self, event: ChatEvent) -> None:
        """A new message from the bot."""
        assert event.message is not None
        when = self._clock().astimezone(self.zone).strftime(texts.TIME_FORMAT)
        self._draw(event.message, texts.HEADER.format(bot=texts.BOT, when=when))

    def _edited(self, event: ChatEvent) -> None:
        """The bot edited a message: show it as it looks now."""
        assert event.message is not None
        self._draw(event.message, texts.EDITED_HEADER.format(bot=texts.BOT))

    def _deleted(self, event: ChatEvent) -> None:
        """The bot removed a message."""
        self._screen.show(INDENT + texts.MESSAGE_REMOVED)

    def _answered(self, event: ChatEvent) -> None:
        """A tap answered with a short notice (a toast, or an alert)."""
        words = texts.ALERT if event.show_alert else texts.TOAST
        self._screen.show(INDENT + words.format(text=event.text or ""))

    def _draw(self, message: BotMessage, header: str) -> None:
        """Header, saved files, text and numbered buttons."""
        lines = ["", header]
        if message.photo is not None:
            path = self._save(message, message.photo)
            lines.append(INDENT + texts.PHOTO_SAVED.format(path=path))
        if message.document is not None:
            path = self._save(message, message.document)
            lines.append(INDENT + texts.DOCUMENT_SAVED.format(path=path))
        if message.text or not message.has_media:
            lines += wrapped(with_links(message.text, message.entities), self._width)
        lines += keyboard_lines(message)
        if message.keyboard_texts:
            labels = " | ".join(message.keyboard_texts)
            lines.append(INDENT + texts.REPLY_KEYBOARD.format(labels=labels))
        if message.buttons:
            self._shown_keyboard = message.message_id
        self._screen.show("\n".join(lines))

    def _save(self, message: BotMessage, upload: UploadedFile) -> Path:
        """Write a photo or document the bot sent to the files folder."""
        name = Path(upload.filename).name or "file"
        path = self._files_dir / f"{message.message_id}-{name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(upload.data)
        return path
