"""A stop or a crash mid fan-out: after the restart, everyone left is nudged at once, once."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

from testkit.fakeapi import FakeBotApi
from tests.e2e.conftest import onboard
from tests.e2e.test_cli import clean_environment, run_cli
from tests.e2e.test_fleet import collect_lines, nudges_per_chat, seed_due_people

TOKEN = "123456:STOP-AND-CRASH"
PEOPLE = 60
RATE = 10  # six seconds for everyone, so a stop lands mid fan-out
# Far longer than the test: anyone nudged after the restart was not waiting out a timeout.
CLAIM_TIMEOUT_SECONDS = 600
# Everyone left is nudged this soon after the restart: start-up and 60 / RATE seconds at most.
PROMPTLY_SECONDS = 40
STOP_WITHIN_SECONDS = 10
PROCESS_SECONDS = 60
MY_OWN_STEP = "My own step"


async def start(
    api: FakeBotApi, url: str, cwd: Path, lines: list[str]
) -> asyncio.subprocess.Process:
    env = clean_environment(
        SMALLSTEPS_BOT_TOKEN=TOKEN,
        SMALLSTEPS_TELEGRAM_BASE_URL=api.base_url,
        SMALLSTEPS_DATABASE_URL=url,
        SMALLSTEPS_POLL_TIMEOUT_SECONDS="1",
        SMALLSTEPS_SEND_RATE_PER_SECOND=str(RATE),
        SMALLSTEPS_CLAIM_TIMEOUT_SECONDS=str(CLAIM_TIMEOUT_SECONDS),
    )
    process = await run_cli("run", cwd=cwd, env=env)
    asyncio.get_running_loop().create_task(collect_lines(process.stderr, lines))
    return process


async def interrupt_mid_fan_out(
    api: FakeBotApi, tmp_path: Path, how: signal.Signals
) -> tuple[list[int], list[str], int | None, float]:
    """Start, stop with `how` a third of the way through, restart; how long the rest took."""
    url = f"sqlite+aiosqlite:///{tmp_path}/smallsteps.db"
    chats = await seed_due_people(api, url, PEOPLE)
    api.delay("sendMessage", 0.2)  # each send takes a while: some are on their way at the stop
    first_lines: list[str] = []
    first = await start(api, url, tmp_path, first_lines)
    assert await api.wait_until(lambda: len(nudges_per_chat(api, chats)) >= PEOPLE // 3, 60)
    first.send_signal(how)
    code = await asyncio.wait_for(first.wait(), STOP_WITHIN_SECONDS)
    assert len(nudges_per_chat(api, chats)) < PEOPLE, "the stop came too late to test anything"

    restarted_at = time.monotonic()
    second_lines: list[str] = []
    second = await start(api, url, tmp_path, second_lines)
    try:

        def everyone() -> bool:
            return len(nudges_per_chat(api, chats)) == PEOPLE

        assert await api.wait_until(everyone, PROCESS_SECONDS), "".join(second_lines)
        took = time.monotonic() - restarted_at
        await asyncio.sleep(1)  # long enough for a stray duplicate to show; not a clock wait
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), STOP_WITHIN_SECONDS)
    return chats, first_lines, code, took


async def test_sigterm_mid_fan_out_hands_back_the_rest_for_the_restart(
    api: FakeBotApi, tmp_path: Path
) -> None:
    chats, logs, code, took = await interrupt_mid_fan_out(api, tmp_path, signal.SIGTERM)

    counts = nudges_per_chat(api, chats)
    assert code == 0, "".join(logs)
    assert [line for line in logs if "ERROR" in line or "Traceback" in line] == []
    assert sorted(counts.values()) == [1] * PEOPLE
    assert took < PROMPTLY_SECONDS


async def test_kill_9_mid_fan_out_loses_nobody_and_the_restart_sends_the_rest_at_once(
    api: FakeBotApi, tmp_path: Path
) -> None:
    chats, _, code, took = await interrupt_mid_fan_out(api, tmp_path, signal.SIGKILL)

    counts = nudges_per_chat(api, chats)
    duplicates = sum(n - 1 for n in counts.values())
    print(f"\nkill -9 mid fan-out: {PEOPLE} people, restart took {took:.1f} s, {duplicates} twice")
    assert code == -signal.SIGKILL
    assert len(counts) == PEOPLE
    # Only a send on its way at the crash can be in doubt, and at most RATE are at once.
    assert duplicates <= RATE
    assert took < PROMPTLY_SECONDS


async def test_a_crash_between_three_words_and_the_step_question_is_carried_on_after_restart(
    api: FakeBotApi, tmp_path: Path
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/smallsteps.db"
    sam = api.person(user_id=1001, first_name="Sam")
    lines: list[str] = []
    first = await start(api, url, tmp_path, lines)
    await api.wait_for_call("getUpdates", timeout=PROCESS_SECONDS)
    await onboard(sam, "Europe/Berlin", "8")
    await sam.command("/checkin")
    mood = await sam.next_message()
    await (await sam.press("🌤 Steady", mood)).wait_answered()
    await sam.expect_text("three words")
    # The words are taken and kept; the reply is on its way when the process dies.
    sends_before = len(api.calls_to("sendMessage"))
    api.delay("sendMessage", 30.0)
    await sam.send("calm, slow, here")
    assert await api.wait_until(lambda: len(api.calls_to("sendMessage")) > sends_before, 30)
    first.send_signal(signal.SIGKILL)
    await asyncio.wait_for(first.wait(), STOP_WITHIN_SECONDS)
    api.delay("sendMessage", None)

    def step_questions() -> list[str]:
        """Every message offering the day's steps (the one with "my own step" on a button)."""
        return [
            message.text
            for message in api.sent_to(sam.chat_id)
            if any(MY_OWN_STEP in label for row in message.buttons for label, _ in row)
        ]

    assert step_questions() == []
    second = await start(api, url, tmp_path, lines)
    try:
        assert await api.wait_until(lambda: step_questions() != [], PROCESS_SECONDS), lines
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), STOP_WITHIN_SECONDS)

    assert len(step_questions()) == 1
