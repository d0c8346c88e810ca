"""The pieces of `smallsteps try` that need no bot: its clock and how the chat is drawn."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl

from bot.core.launch_data import signed_launch, verified
from bot.localapi import BotMessage, ChatEvent, ChatEventKind, LocalBotApi, UploadedFile
from bot.texts import trial as texts
from bot.trial.clock import TrialClock, load_start, save
from bot.trial.kept import restore_chat, save_chat
from bot.trial.screen import ChatRenderer, Screen, buttons_of, with_links
from bot.trial.year import launch_address
from testkit.clock import FakeClock

START = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
CHAT_ID = 1001


def test_the_clock_holds_still_until_it_runs_then_runs_at_its_speed() -> None:
    ticks = FakeClock(seconds=100.0)
    clock = TrialClock(START, speed=60, ticks=ticks.monotonic)
    ticks.advance(seconds=5)
    assert clock() == START

    clock.run()
    ticks.advance(seconds=2)

    assert clock() == START + timedelta(minutes=2)


def test_the_clock_jumps_forward_and_never_back() -> None:
    ticks = FakeClock(seconds=100.0)
    clock = TrialClock(START, speed=1, ticks=ticks.monotonic)
    clock.run()

    clock.jump_to(START + timedelta(hours=3))
    ticks.advance(seconds=10)
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


def message(message_id: int = 7, **fields: object) -> BotMessage:
    chat = {"id": CHAT_ID, "type": "private", "first_name": "You"}
    sender = {"id": 1, "is_bot": True, "first_name": "Small Steps"}
    return BotMessage(message_id=message_id, chat=chat, sender=sender, date=0, **fields)  # type: ignore[arg-type]


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


def test_a_note_wraps_every_line_alike_and_within_the_width(tmp_path: Path) -> None:
    out = io.StringIO()
    draw = ChatRenderer(
        LocalBotApi(), CHAT_ID, Screen(out, interactive=False), tmp_path, lambda: START, 40
    )

    draw.note(texts.NEXT_NOTHING_SCHEDULED)

    lines = out.getvalue().splitlines()
    assert lines[0] == "" and len(lines) > 2
    assert all(line == line.lstrip() and len(line) <= 40 for line in lines[1:]), lines
    assert " ".join(lines[1:]) == texts.NEXT_NOTHING_SCHEDULED


def test_open_buttons_are_kept_for_the_next_trial_and_message_ids_carry_on(
    tmp_path: Path,
) -> None:
    path = tmp_path / "try-chat.json"
    before = LocalBotApi()
    chart = UploadedFile(b"\x89PNG", "week.png", "image/png", "F1", "U1")
    entities = [{"type": "bold", "offset": 0, "length": 3}]
    shown = [
        message(3, text="Done?", reply_markup=MARKUP),
        message(5, text="How are you?", entities=entities, reply_markup=MARKUP),
        message(6, text="Your week", photo=chart),
        message(8, text="Kept: calm."),
    ]
    before.restore_messages(CHAT_ID, shown, last_message_id=9)
    save_chat(path, before, CHAT_ID)

    after = LocalBotApi()
    kept = restore_chat(path, after, CHAT_ID)

    assert [m.message_id for m in kept] == [3, 5]
    assert [m.message_id for m in after.displayed(CHAT_ID)] == [3, 5]
    again = after.message(CHAT_ID, 5)
    assert again is not None and again.text == "How are you?" and again.entities == entities
    assert again.reply_markup == MARKUP and again.to_dict() == shown[1].to_dict()
    assert after.next_message_id(CHAT_ID) == 10


def test_nothing_is_restored_from_a_missing_or_broken_file(tmp_path: Path) -> None:
    api = LocalBotApi()
    broken = tmp_path / "broken.json"
    broken.write_text('{"last_message_id": 4, "messages": [{"text": "no id"}]}')

    assert restore_chat(tmp_path / "missing.json", api, CHAT_ID) == []
    assert restore_chat(broken, api, CHAT_ID) == []
    assert api.displayed(CHAT_ID) == [] and api.next_message_id(CHAT_ID) == 1


def test_a_kept_message_is_shown_again_with_its_numbered_buttons(tmp_path: Path) -> None:
    draw, out = renderer(tmp_path)

    draw.show_again(message(text="How are you?", reply_markup=MARKUP))

    assert out.getvalue() == (
        "\nsmallsteps · from last time, still open\n  How are you?\n"
        "  [1] Heavy   [2] Low\n  [3] Helplines\n"
    )


def test_a_launch_address_carries_the_signed_data_exactly_in_its_fragment() -> None:
    token = "1:smallsteps-try"
    signed = signed_launch(CHAT_ID, "pt", token, START)

    address = launch_address("http://127.0.0.1:8099/app", signed)

    page, fragment = address.split("#", 1)
    assert page == "http://127.0.0.1:8099/app"
    assert "+" not in fragment and " " not in fragment  # '+' in the data is escaped, as %2B
    parameters = dict(parse_qsl(fragment, strict_parsing=True))
    assert parameters == {
        "tgWebAppData": signed,
        "tgWebAppVersion": "8.0",
        "tgWebAppPlatform": "web",
    }
    launch = verified(parameters["tgWebAppData"], token, START)
    assert (launch.user_id, launch.language_code, launch.signed_at) == (CHAT_ID, "pt", START)
