"""The pieces of `smallsteps try` that need no bot: its clock and how the chat is drawn."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.localapi import BotMessage, ChatEvent, ChatEventKind, LocalBotApi, UploadedFile
from bot.trial.clock import TrialClock, load_start, save
from bot.trial.screen import ChatRenderer, Screen, buttons_of, with_links

START = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
CHAT_ID = 1001


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_clock_holds_still_until_it_runs_then_runs_at_its_speed() -> None:
    ticks = Ticks()
    clock = TrialClock(START, speed=60, ticks=ticks)
    ticks.now += 5
    assert clock() == START

    clock.run()
    ticks.now += 2

    assert clock() == START + timedelta(minutes=2)


def test_the_clock_jumps_forward_and_never_back() -> None:
    ticks = Ticks()
    clock = TrialClock(START, speed=1, ticks=ticks)
    clock.run()

    clock.jump_to(START + timedelta(hours=3))
    ticks.now += 10
    clock.jump_to(START)

    assert clock() == START + timedelta(hours=3, seconds=10)


def test_the_clock_carries_on_where_it_stopped_but_never_before_real_time(tmp_path: Path) -> None:
    path = tmp_path / "try-clock.txt"
    save(path, START + timedelta(days=2))

    assert load_start(path, START) == START + timedelta(days=2)
    assert load_start(path, START + timedelta(days=3)) == START + timedelta(days=3)
    path.write_text("not a time")
    assert load_start(path, START) == START
    assert load_start(tmp_path / "missing.txt", START) == START


def test_links_are_written_out_after_their_words_with_utf16_offsets() -> None:
    text = "🌿 Find help at findahelpline"
    link = {"type": "text_link", "offset": 15, "length": 14, "url": "https://findahelpline.com"}

    assert with_links(text, [link]) == ("🌿 Find help at findahelpline (https://findahelpline.com)")


def message(**fields: object) -> BotMessage:
    chat = {"id": CHAT_ID, "type": "private", "first_name": "You"}
    sender = {"id": 1, "is_bot": True, "first_name": "Small Steps"}
    return BotMessage(message_id=7, chat=chat, sender=sender, date=0, **fields)  # type: ignore[arg-type]


MARKUP = {
    "inline_keyboard": [
        [{"text": "Heavy", "callback_data": "m:1"}, {"text": "Low", "callback_data": "m:2"}],
        [{"text": "Helplines", "url": "https://findahelpline.com"}],
    ]
}


def test_buttons_are_numbered_across_rows_with_links_kept() -> None:
    rows = buttons_of(message(text="How are you?", reply_markup=MARKUP))

    assert [[(b.number, b.label) for b in row] for row in rows] == [
        [(1, "Heavy"), (2, "Low")],
        [(3, "Helplines")],
    ]
    assert rows[1][0].url == "https://findahelpline.com" and rows[1][0].data is None


def renderer(tmp_path: Path) -> tuple[ChatRenderer, io.StringIO]:
    out = io.StringIO()
    screen = Screen(out, interactive=False)
    return ChatRenderer(LocalBotApi(), CHAT_ID, screen, tmp_path / "files", lambda: START), out


def test_a_message_is_drawn_with_its_time_text_and_numbered_buttons(tmp_path: Path) -> None:
    draw, out = renderer(tmp_path)

    draw.on_event(
        ChatEvent(ChatEventKind.SENT, CHAT_ID, message(text="How are you?", reply_markup=MARKUP))
    )

    assert out.getvalue() == (
        "\nsmallsteps · Mon 23 Nov, 06:00\n  How are you?\n  [1] Heavy   [2] Low\n  [3] Helplines\n"
    )


def test_a_photo_is_saved_and_its_path_shown(tmp_path: Path) -> None:
    draw, out = renderer(tmp_path)
    chart = UploadedFile(b"\x89PNG", "week.png", "image/png", "F1", "U1")

    draw.on_event(ChatEvent(ChatEventKind.SENT, CHAT_ID, message(text="Your week", photo=chart)))

    saved = tmp_path / "files" / "7-week.png"
    assert saved.read_bytes() == b"\x89PNG"
    assert f"photo saved to {saved}" in out.getvalue()
    assert "  Your week" in out.getvalue()


def test_edits_toasts_and_other_chats(tmp_path: Path) -> None:
    draw, out = renderer(tmp_path)

    draw.on_event(ChatEvent(ChatEventKind.EDITED, CHAT_ID, message(text="How? → Low")))
    draw.on_event(ChatEvent(ChatEventKind.ANSWERED, CHAT_ID, text="Noted"))
    draw.on_event(ChatEvent(ChatEventKind.SENT, 42, message(text="someone else")))

    assert out.getvalue() == "\nsmallsteps · edited\n  How? → Low\n  (Noted)\n"


def test_what_is_shown_while_held_comes_after_the_first_line() -> None:
    out = io.StringIO()
    screen = Screen(out, interactive=False)

    screen.hold()
    screen.show("the nudge")
    screen.release("the clock moved")

    assert out.getvalue() == "the clock moved\nthe nudge\n"
