"""`smallsteps try` as a newcomer uses it: a terminal (a pseudo-terminal here) or a script."""

from __future__ import annotations

import asyncio
import json
import os
import re
import select
import socket
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest

from bot.texts.checkin import (
    EVENING_QUESTION,
    STEP_CHOSEN,
    STEP_PROMPT,
    THREE_WORDS_ACK,
    THREE_WORDS_PROMPT,
)
from bot.texts.reflect import ANSWER_ACK, REFLECT_CLOSING
from bot.texts.weekly import QUESTION_INTRO
from testkit.words import en_all
from tests.e2e.browser import opened
from tests.e2e.test_cli import clean_environment, smallsteps_command

# Generous, for a loaded machine: a test goes on as soon as the trial shows what it waits for.
ANSWER_SECONDS = 120.0
EXIT_SECONDS = 60.0
SCRIPT_SECONDS = 300.0
MOOD_SCALE = "[1] 🌧 Heavy   [2] ☁️ Low   [3] 🌥 In between"
STEP_CHOICES = "[4] ✏️ My own step   [5] 🌿 Rest today"
EVENING_CHOICES = "[1] ✅ Done   [2] 🌗 Partly   [3] 🌙 Not today"
REFLECT_CHOICES = "[1] Another question   [2] Done for now"
FEELING_WORDS = "quiet, tired, hopeful"
REFLECTION = ("I need some rest.", "And a walk outside.")
# From a check-in's day, the weekly summary (Sunday 23:00) is at most six mornings away.
MAX_NEXTS = 8
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Every trial here starts its clock at a set moment, never today's: the bot picks its wording
# by the day, and a test that read the real calendar would pass on some days only.
START = datetime(2027, 3, 10, 7, 0, tzinfo=UTC)  # A Wednesday, 08:00 in Berlin.
# The bot says these one of several ways, picked by the day; the tests accept every one.
WORDS_KEPT = tuple(ack.format(words=FEELING_WORDS) for ack in en_all(THREE_WORDS_ACK))


def first_lines(variants: Sequence[str]) -> tuple[str, ...]:
    """Each variant's first line: what the screen shows of it, whatever fills its fields."""
    return tuple(variant.split("\n", 1)[0] for variant in variants)


STEP_CHOSEN_SHOWN = first_lines(en_all(STEP_CHOSEN))
EVENING_QUESTION_SHOWN = first_lines(en_all(EVENING_QUESTION))
WEEK_AHEAD_SHOWN = first_lines(en_all(QUESTION_INTRO))


def first_span(screen: str, texts: Sequence[str], start: int = 0) -> tuple[int, int] | None:
    """Where the earliest of `texts` at or after `start` begins and ends, if any is there."""
    spans = [(at, at + len(text)) for text in texts if (at := screen.find(text, start)) >= 0]
    return min(spans, default=None)


def after_one_of(shown: str, texts: Sequence[str]) -> str:
    """What was shown after the first of `texts` that it holds."""
    span = first_span(shown, texts)
    assert span is not None, f"none of {texts!r} in:\n{shown}"
    return shown[span[1] :]


def try_command(*args: str, start: datetime = START) -> list[str]:
    """`smallsteps try` with its clock set to `start`."""
    return [*smallsteps_command(), "try", "--start", start.isoformat(), *args]


def environment(tmp_path: Path, **settings: str) -> dict[str, str]:
    """A real database (and any other `settings`) configured for `run`, which `try` must leave
    alone."""
    real = f"sqlite+aiosqlite:///{tmp_path / 'real.db'}"
    return clean_environment(SMALLSTEPS_DATABASE_URL=real, COLUMNS="100", **settings)


def run_script(
    tmp_path: Path, script: str, *args: str, start: datetime = START, **settings: str
) -> subprocess.CompletedProcess[str]:
    """Pipe lines into `smallsteps try`, as a script would."""
    return subprocess.run(
        try_command(*args, start=start),
        input=script,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=environment(tmp_path, **settings),
        timeout=SCRIPT_SECONDS,
    )


def after(output: str, marker: str) -> str:
    """What the output shows after the last line the person typed as `marker`."""
    assert f"you › {marker}\n" in output, output
    return output.rsplit(f"you › {marker}\n", 1)[1]


def exchanges(output: str) -> list[tuple[str, str]]:
    """Each line the person typed, with everything shown after it until the next one."""
    parts = re.split(r"^you › (.*)\n", output, flags=re.MULTILINE)
    return list(zip(parts[1::2], parts[2::2], strict=True))


def first_button(shown: str) -> str:
    """The label of button [1] in what was shown."""
    found = re.search(r"\[1\] (.+?)\s*(?:\[2\]|\r?\n)", shown)
    assert found is not None, shown
    return found.group(1)


def assert_weekly_summary(summary: str, tmp_path: Path, step: str) -> None:
    """The weekly summary as shown: its chart saved as a PNG, and the week in its words."""
    saved = re.search(r"photo saved to (\S+\.png)", summary)
    assert saved is not None, summary
    chart = tmp_path / saved.group(1)
    assert chart.is_file() and chart.read_bytes().startswith(PNG_SIGNATURE), chart
    assert FEELING_WORDS in summary and step in summary
    assert any(f"“{line}”" in summary for line in REFLECTION), summary


class Terminal:
    """The other end of a pseudo-terminal: type keys, read the screen."""

    def __init__(self, tmp_path: Path, *args: str, start: datetime = START) -> None:
        self.master, slave = os.openpty()
        self.process = subprocess.Popen(
            try_command(*args, start=start),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=tmp_path,
            env=environment(tmp_path),
            start_new_session=True,
        )
        os.close(slave)
        self.screen = ""
        self.cursor = 0

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def expect(self, text: str, timeout: float = ANSWER_SECONDS) -> str:
        """Wait until `text` appears after what was already read; return the screen up to it."""
        return self.expect_one_of((text,), timeout)

    def expect_one_of(self, texts: Sequence[str], timeout: float = ANSWER_SECONDS) -> str:
        """Wait until any of `texts` appears after what was already read; the screen up to it."""
        deadline = time.monotonic() + timeout
        while (found := first_span(self.screen, texts, self.cursor)) is None:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"none of {texts!r} shown within {timeout}s:\n{self.screen}"
            if not self._read(remaining):
                raise AssertionError(f"the trial ended before showing {texts!r}:\n{self.screen}")
        start, end = found
        shown, self.cursor = self.screen[self.cursor : start], end
        return shown

    def _read(self, timeout: float) -> bool:
        """Read what the terminal shows; False once the other side has gone."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.master, 65536)
        except OSError:
            return False
        self.screen += chunk.decode("utf-8", errors="replace")
        return bool(chunk)

    def wait(self, timeout: float = EXIT_SECONDS) -> int:
        """The exit code, reading the screen meanwhile so the trial is never blocked writing."""
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            self._read(min(0.2, max(deadline - time.monotonic(), 0)))
        return self.process.wait(timeout=1)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self.master)


def test_a_person_at_a_terminal_checks_in_by_numbers_and_leaves_with_ctrl_d(
    tmp_path: Path,
) -> None:
    terminal = Terminal(tmp_path)
    try:
        terminal.expect(os.path.join("data", "try.db"))
        terminal.expect("› ")
        terminal.type("/start\n")
        terminal.expect("Hello, and welcome")
        terminal.expect("where in the world")
        terminal.expect("[2] Berlin")
        terminal.type("2\n")
        terminal.expect("Timezone saved: Europe/Berlin")
        terminal.expect("[1] 07:00   [2] 08:00   [3] 09:00")
        terminal.type("3\n")
        edited = terminal.expect("All set: 09:00")
        assert "smallsteps · edited" in edited and "Daily check-in: 09:00" in edited
        terminal.type("/weekly off\n")  # So the next thing due is a morning, whatever the day.
        terminal.expect("No weekly summary")

        terminal.type("/next\n")
        terminal.expect("your morning check-in")
        terminal.expect(MOOD_SCALE)
        terminal.type("4\n")
        assert "smallsteps · edited" in terminal.expect("→ 🌤 Steady")
        terminal.expect("[8] Skip")

        terminal.type("\x04")  # Ctrl-D
        terminal.expect("Bye for now")
        assert terminal.wait() == 0
    finally:
        terminal.close()
    assert (tmp_path / "data" / "try.db").exists()
    assert not (tmp_path / "real.db").exists()


def test_a_scripted_chat_answers_each_line_in_order_and_saves_files(tmp_path: Path) -> None:
    script = "\n".join(
        [
            "/next",
            "/start",
            "Europe/Lisbon",
            "2",
            "/weekly off",
            "/checkin",
            "5",
            "calm, slow, here",
            "/summary",
            "/export",
            "/next",
            "/quit",
            "this line is never read",
        ]
    )
    result = run_script(tmp_path, script + "\n")
    out = result.stdout

    assert result.returncode == 0, result.stderr
    before_start = out.split("you › /next\n", 1)[1].split("you › ")[0]
    assert "Nothing is scheduled yet" in before_start
    assert "Hello, and welcome" in after(out, "/start")
    assert "[1] 07:00   [2] 08:00   [3] 09:00" in after(out, "Europe/Lisbon")
    assert "Daily check-in: 08:00 ✓" in after(out, "2")
    assert MOOD_SCALE in after(out, "/checkin")
    assert "→ ☀️ Bright" in after(out, "5")
    assert "calm, slow, here" in after(out, "calm, slow, here")

    chart = tmp_path / "data" / "try-files"
    assert "photo saved to data/try-files/" in after(out, "/summary")
    assert "file saved to data/try-files/" in after(out, "/export")
    saved = sorted(path.name for path in chart.iterdir())
    assert any(name.endswith(".png") for name in saved), saved
    assert any(name.endswith(".zip") for name in saved), saved

    jumped = after(out, "/next")
    assert "The clock moves on to" in jumped and "your morning check-in" in jumped
    assert MOOD_SCALE in jumped
    assert "this line is never read" not in out
    assert out.rstrip().endswith("Your chat is kept in data/try.db.")
    assert not (tmp_path / "real.db").exists()


def test_the_chat_is_kept_until_fresh_and_the_end_of_input_exits_cleanly(tmp_path: Path) -> None:
    first = run_script(tmp_path, "/start\nBerlin\n1\n")
    again = run_script(tmp_path, "/start\n")
    fresh = run_script(tmp_path, "/start\n", "--fresh")

    assert [first.returncode, again.returncode, fresh.returncode] == [0, 0, 0]
    assert "Welcome back" in after(again.stdout, "/start")
    assert "Hello, and welcome" in after(fresh.stdout, "/start")
    assert "where in the world" in after(fresh.stdout, "/start")


async def test_nudges_arrive_on_a_sped_up_clock(tmp_path: Path) -> None:
    # Three simulated hours after the start, in UTC; at an hour per second, due within seconds.
    at = (START + timedelta(hours=3)).strftime("%H:%M")
    process = await asyncio.create_subprocess_exec(
        *try_command("--clock", "3600"),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=tmp_path,
        env=environment(tmp_path),
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(f"/start\nUTC\n{at}\n".encode())
    await process.stdin.drain()

    seen = await asyncio.wait_for(read_until(process.stdout, MOOD_SCALE), ANSWER_SECONDS)
    process.stdin.close()
    rest, _ = await asyncio.wait_for(process.communicate(), EXIT_SECONDS)

    assert f"All set: {at}" in seen
    assert "3600 times as fast" in seen
    assert process.returncode == 0
    assert "Bye for now" in rest.decode()


async def read_until(stream: asyncio.StreamReader, text: str) -> str:
    shown = ""
    while text not in shown:
        line = await stream.readline()
        assert line, f"the trial ended before showing {text!r}:\n{shown}"
        shown += line.decode()
    return shown


def test_a_clock_speed_must_be_above_zero(tmp_path: Path) -> None:
    result = run_script(tmp_path, "", "--clock", "0")

    assert result.returncode == 2
    assert "--clock" in result.stderr


@dataclass(frozen=True)
class Week:
    """Where a journey's clock starts, and where in the world the person says they are."""

    start: datetime
    place: str
    zone: str


# Seven weeks and more across the year: each journey runs from its start through a check-in, an
# evening and a reflection to that week's summary, crossing what the week holds.
WEEKS = {
    "new-year": Week(datetime(2027, 1, 4, 7, 0, tzinfo=UTC), "Berlin", "Europe/Berlin"),
    "us-spring-forward": Week(
        datetime(2027, 3, 12, 12, 0, tzinfo=UTC), "New York", "America/New_York"
    ),
    "eu-spring-forward": Week(datetime(2027, 3, 26, 12, 0, tzinfo=UTC), "Berlin", "Europe/Berlin"),
    "sydney-autumn-back": Week(
        datetime(2027, 4, 1, 12, 0, tzinfo=UTC), "Sydney", "Australia/Sydney"
    ),
    "midsummer": Week(datetime(2027, 6, 23, 5, 0, tzinfo=UTC), "Berlin", "Europe/Berlin"),
    "eu-fall-back": Week(datetime(2027, 10, 29, 12, 0, tzinfo=UTC), "Berlin", "Europe/Berlin"),
    "us-fall-back": Week(datetime(2027, 11, 5, 12, 0, tzinfo=UTC), "New York", "America/New_York"),
    "new-years-eve": Week(datetime(2027, 12, 31, 22, 30, tzinfo=UTC), "Berlin", "Europe/Berlin"),
    "leap-day": Week(datetime(2028, 2, 27, 12, 0, tzinfo=UTC), "Berlin", "Europe/Berlin"),
}


@pytest.mark.parametrize("week", WEEKS.values(), ids=WEEKS.keys())
def test_a_scripted_newcomer_checks_in_reflects_and_gets_a_weekly_summary(
    tmp_path: Path, week: Week
) -> None:
    journey = [
        "/start",
        week.place,
        "3",
        "/weekly off",  # So the first /next brings a morning, whatever day the week starts.
        "/next",
        "4",
        FEELING_WORDS,
        "1",
        "/evening 20:00",
        "/next",
        "1",
        "/reflect",
        *REFLECTION,
        "2",
        "/weekly sun 23:00",  # After the evening of any day, in the week of the check-in.
    ]
    nexts = ["/next"] * (MAX_NEXTS - 1)
    script = "\n".join([*journey, *nexts, "/quit"]) + "\n"
    result = run_script(tmp_path, script, start=week.start)

    assert result.returncode == 0, result.stderr
    chat = exchanges(result.stdout)
    assert [typed for typed, _ in chat] == [*journey, *nexts, "/quit"]
    shown = [answer for _, answer in chat]
    assert "Hello, and welcome" in shown[0] and "where in the world" in shown[0]
    assert f"Timezone saved: {week.zone}" in shown[1] and "[3] 09:00" in shown[1], shown[1]
    assert "Daily check-in: 09:00 ✓" in shown[2] and "All set: 09:00" in shown[2]
    assert "your morning check-in" in shown[4] and MOOD_SCALE in shown[4]
    assert "→ 🌤 Steady" in shown[5] and "[8] Skip" in shown[5]
    assert any(kept in shown[6] for kept in WORDS_KEPT) and STEP_CHOICES in shown[6], shown[6]
    step = first_button(after_one_of(shown[6], en_all(STEP_PROMPT)))
    assert f"→ {step}" in shown[7] and any(chosen in shown[7] for chosen in STEP_CHOSEN_SHOWN)
    assert "Evening question saved: 20:00" in shown[8]
    assert ", 20:00: your evening question." in shown[9] and EVENING_CHOICES in shown[9]
    assert "→ ✅ Done" in shown[10]
    assert REFLECT_CHOICES in shown[11]
    assert any(ack in shown[12] for ack in en_all(ANSWER_ACK)), shown[12]
    assert any(ack in shown[13] for ack in en_all(ANSWER_ACK)), shown[13]
    assert any(closing in shown[14] for closing in en_all(REFLECT_CLOSING)), shown[14]
    assert "Weekly summary saved: Sunday 23:00" in shown[15]

    after_reflecting = shown[len(journey) :]
    weekly = next(i for i, seen in enumerate(after_reflecting) if "your weekly summary" in seen)
    assert all("your morning check-in" in seen for seen in after_reflecting[:weekly])
    assert ", 23:00: your weekly summary." in after_reflecting[weekly]
    assert any(intro in after_reflecting[weekly] for intro in WEEK_AHEAD_SHOWN)
    assert_weekly_summary(after_reflecting[weekly], tmp_path, step)
    assert result.stdout.rstrip().endswith("Your chat is kept in data/try.db.")


def test_a_newcomer_at_a_terminal_goes_from_start_to_a_weekly_summary(tmp_path: Path) -> None:
    terminal = Terminal(tmp_path)
    try:
        terminal.expect("› ")
        terminal.type("/start\n")
        terminal.expect("Hello, and welcome")
        terminal.expect("[2] Berlin")
        terminal.type("2\n")
        terminal.expect("[3] 09:00")
        terminal.type("3\n")
        terminal.expect("All set: 09:00")
        terminal.type("/weekly off\n")
        terminal.expect("No weekly summary")

        terminal.type("/next\n")
        terminal.expect("your morning check-in")
        terminal.expect(MOOD_SCALE)
        terminal.type("4\n")
        terminal.expect("→ 🌤 Steady")
        terminal.expect("[8] Skip")
        terminal.type(FEELING_WORDS + "\n")
        terminal.expect_one_of(WORDS_KEPT)
        terminal.expect_one_of(en_all(STEP_PROMPT))
        step = first_button(terminal.expect(STEP_CHOICES))
        terminal.type("1\n")
        assert "smallsteps · edited" in terminal.expect(f"→ {step}")
        terminal.expect_one_of(STEP_CHOSEN_SHOWN)

        terminal.type("/evening 20:00\n")
        terminal.expect("Evening question saved: 20:00")
        terminal.type("/next\n")
        terminal.expect(", 20:00: your evening question.")
        terminal.expect_one_of(EVENING_QUESTION_SHOWN)
        terminal.expect(EVENING_CHOICES)
        terminal.type("1\n")
        terminal.expect("→ ✅ Done")

        terminal.type("/reflect\n")
        terminal.expect(REFLECT_CHOICES)
        for line in REFLECTION:
            terminal.type(line + "\n")
            terminal.expect("smallsteps · ")
        terminal.type("2\n")
        terminal.expect("smallsteps · edited")
        closing = terminal.expect("› ")
        assert any(words in closing for words in en_all(REFLECT_CLOSING)), closing

        terminal.type("/weekly sun 23:00\n")
        terminal.expect("Weekly summary saved: Sunday 23:00")
        for _ in range(MAX_NEXTS):
            terminal.type("/next\n")
            terminal.expect("⏩ The clock moves on to")
            if "your weekly summary" in terminal.expect("."):
                break
            terminal.expect("[6] Not now")  # Another morning; the summary is still ahead.
        else:
            raise AssertionError(f"no weekly summary after {MAX_NEXTS} /next:\n{terminal.screen}")
        summary = terminal.expect_one_of(WEEK_AHEAD_SHOWN)
        assert_weekly_summary(summary, tmp_path, step)

        terminal.type("/quit\n")
        terminal.expect("Bye for now")
        assert terminal.wait() == 0
    finally:
        terminal.close()


def test_a_restarted_trial_carries_on_with_the_buttons_it_left_open(tmp_path: Path) -> None:
    first = run_script(tmp_path, "/start\nBerlin\n3\n/weekly off\n/next\n/quit\n")
    again = run_script(tmp_path, "3\n/history\n")

    assert [first.returncode, again.returncode] == [0, 0], again.stderr
    assert MOOD_SCALE in after(first.stdout, "/next")
    before_typing = again.stdout.split("you › ", 1)[0]
    assert "smallsteps · from last time, still open" in before_typing
    assert MOOD_SCALE in before_typing
    pressed = after(again.stdout, "3")
    assert "smallsteps · edited" in pressed and "→ 🌥 In between" in pressed
    assert any(prompt in pressed for prompt in en_all(THREE_WORDS_PROMPT)), pressed
    assert "The buttons above are there" not in again.stdout
    assert "· 🌥" in after(again.stdout, "/history")


# The address the trial prints: its own Mini App on loopback, launch data in the fragment.
YEAR_ADDRESS = re.compile(r"^http://127\.0\.0\.1:\d+/app#\S+$", re.MULTILINE)
YEAR_DAYS = 365


async def read_address(stream: asyncio.StreamReader) -> str:
    """Read on until the trial prints an address that opens the year; that address."""
    shown = ""
    while (found := YEAR_ADDRESS.search(shown)) is None:
        line = await stream.readline()
        assert line, f"the trial ended before showing an address:\n{shown}"
        shown += line.decode()
    return found.group(0)


def launch_data(address: str) -> str:
    """The signed launch data in an address, decoded once, as the page reads it."""
    fragment = parse_qs(urlsplit(address).fragment, strict_parsing=True)
    assert fragment["tgWebAppVersion"] == ["8.0"] and fragment["tgWebAppPlatform"] == ["web"]
    return fragment["tgWebAppData"][0]


async def year_of(http: aiohttp.ClientSession, address: str) -> tuple[int, dict[str, Any]]:
    """The page's request for the year, with the address's launch data: (status, JSON)."""
    api = urlsplit(address)._replace(path="/app/api/year", fragment="").geturl()
    headers = {"Authorization": f"tma {launch_data(address)}"}
    async with http.post(api, headers=headers, data=b"{}") as response:
        return response.status, await response.json()


async def test_the_printed_address_opens_the_year_and_year_signs_a_fresh_one(
    tmp_path: Path, browser: Any
) -> None:
    process = await asyncio.create_subprocess_exec(
        *try_command(),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=tmp_path,
        env=environment(tmp_path),
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        async with asyncio.timeout(SCRIPT_SECONDS), aiohttp.ClientSession() as http:
            first = await read_address(process.stdout)
            process.stdin.write(b"/start\nBerlin\n1\n")  # A morning at 07:00 in Berlin.
            await read_until(process.stdout, "All set: 07:00")

            async with http.get(first) as page:
                assert page.status == 200 and page.content_type == "text/html"
                assert '<script src="/app/app.js"' in await page.text()
            status, year = await year_of(http, first)
            assert status == 200, year
            assert len(year["days"]) == YEAR_DAYS and year["days"][-1]["date"] == "2027-03-10"
            # And in an ordinary browser, as a person trying the bot would open it.
            page = await opened(browser, first)
            assert await page.locator("button.day[data-date]").count() == YEAR_DAYS

            # The next morning is 23 hours on: far past the hour the first address is good for.
            process.stdin.write(b"/next\n")
            await read_until(process.stdout, MOOD_SCALE)
            assert await year_of(http, first) == (401, {"error": "the launch data is too old"})

            process.stdin.write(b"/year\n")
            await read_until(process.stdout, "you › /year")
            fresh = await read_address(process.stdout)
            status, year = await year_of(http, fresh)
            assert status == 200, year
            assert len(year["days"]) == YEAR_DAYS and year["days"][-1]["date"] == "2027-03-11"

            process.stdin.write(b"/quit\n")
            rest, _ = await asyncio.wait_for(process.communicate(), EXIT_SECONDS)
            assert process.returncode == 0 and "Bye for now" in rest.decode()
            with pytest.raises(aiohttp.ClientConnectionError):  # Stopped with the trial.
                await year_of(http, fresh)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()

    # Signed by the trial's clock: at its start (it runs once the chat begins), then the next
    # morning, give or take the real seconds the trial took to get to /year.
    first_at, fresh_at = (signed_at(address) for address in (first, fresh))
    next_morning = datetime(2027, 3, 11, 6, 0, tzinfo=UTC)
    assert first_at == START
    assert next_morning <= fresh_at < next_morning + timedelta(seconds=SCRIPT_SECONDS)


def signed_at(address: str) -> datetime:
    """When the address's launch data says it was signed."""
    auth_date = parse_qs(launch_data(address))["auth_date"][0]
    return datetime.fromtimestamp(int(auth_date), UTC)


def test_the_address_is_signed_in_the_language_the_person_chose(tmp_path: Path) -> None:
    result = run_script(tmp_path, "/language\n3\n/year\n")  # [3] Deutsch

    assert result.returncode == 0, result.stderr
    assert "Deutsch" in after(result.stdout, "3")
    at_start = YEAR_ADDRESS.search(result.stdout.split("you › ", 1)[0])
    fresh = YEAR_ADDRESS.search(after(result.stdout, "/year"))
    assert at_start is not None and fresh is not None, result.stdout
    languages = [launched_language(found.group(0)) for found in (at_start, fresh)]
    assert languages == ["en", "de"]


def launched_language(address: str) -> str:
    """The app language the address's signed launch data gives its person."""
    user = json.loads(parse_qs(launch_data(address))["user"][0])
    assert user["id"] == 1001
    return str(user["language_code"])


def test_the_operators_mini_app_settings_are_left_to_smallsteps_run(tmp_path: Path) -> None:
    with socket.socket() as taken:  # What `run` would listen on is busy: `try` never asks.
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_script(
            tmp_path,
            "/start\nBerlin\n1\n/summary\n",
            SMALLSTEPS_MINIAPP_URL="https://bot.example.org/app",
            SMALLSTEPS_MINIAPP_LISTEN="127.0.0.1",
            SMALLSTEPS_MINIAPP_PORT=str(port),
        )

    assert result.returncode == 0, result.stderr
    address = YEAR_ADDRESS.search(result.stdout)
    assert address is not None and f":{port}/" not in address.group(0), result.stdout
    assert "bot.example.org" not in result.stdout
    assert "📅" not in after(result.stdout, "/summary")  # No button to the operator's page.
