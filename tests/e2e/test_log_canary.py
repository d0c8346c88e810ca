"""No log line, ours or a library's, carries a person's name or words, or the token, at any level.

A canary name and canary words go through a whole conversation with the real `smallsteps run`
at DEBUG, through Telegram's failures (429, a proxy's 502, a 403, a timeout) and a batch with an
update python-telegram-bot cannot parse; the process's whole log is then searched for them.
"""

from __future__ import annotations

from pathlib import Path

from testkit.fakeapi import FakeBotApi
from tests.e2e.conftest import TOKEN
from tests.e2e.test_cli import PROCESS_SECONDS, clean_environment, run_cli, sigterm

NAME = "Zephyrine"
WORDS = "canary-quince lantern"
FEELINGS = "canary-ochre, canary-moss, canary-tide"
REFLECTION = "canary-willow is what I need"


async def test_a_whole_conversation_with_faults_leaves_no_trace_in_a_debug_log(
    api: FakeBotApi, tmp_path: Path
) -> None:
    env = clean_environment(
        SMALLSTEPS_BOT_TOKEN=TOKEN,
        SMALLSTEPS_TELEGRAM_BASE_URL=api.base_url,
        SMALLSTEPS_POLL_TIMEOUT_SECONDS="1",
        SMALLSTEPS_LOG_LEVEL="DEBUG",
    )
    person = api.person(user_id=4242, first_name=NAME, username=f"{NAME.lower()}_x")
    stranger = api.person(user_id=4343, first_name=f"{NAME}-two")
    since = len(api.calls)
    process = await run_cli("run", cwd=tmp_path, env=env)
    await api.wait_for_call("getUpdates", timeout=PROCESS_SECONDS, since=since)

    await person.command("/start")
    await person.expect_text("where in the world", timeout=PROCESS_SECONDS)
    await person.send("Europe/Berlin")
    await person.expect_text("when would you like")
    api.fail_next("sendMessage", 429, retry_after=1)
    await person.send("8")
    await person.expect_text("all set")

    api.fail_next("sendMessage", 502)
    await person.send(WORDS)
    await person.next_message()
    await person.command("/checkin")
    mood = await person.expect_text("how")
    await (await person.press("🌤 Steady", mood)).wait_answered()
    await person.next_message()
    await person.send(FEELINGS)
    await person.next_message()
    await person.command("/reflect")
    await person.next_message()
    await person.send(REFLECTION)
    await person.next_message()
    await person.command("/export")
    await person.next_message(timeout=PROCESS_SECONDS)

    stranger.push_raw({"text": WORDS, "date": "yesterday"})  # one update PTB cannot parse
    api.fail_next("sendMessage", 403)  # and they block the bot as their note arrives
    await person.send(f"{WORDS} again")
    assert await api.wait_until(lambda: not api.pending_updates, timeout=PROCESS_SECONDS)
    code, logs = await sigterm(process)

    assert code == 0, logs
    assert " DEBUG " in logs  # the level really was DEBUG
    leaks = [
        line
        for line in logs.splitlines()
        if any(secret in line for secret in (NAME, "canary-", TOKEN, TOKEN.split(":")[1]))
    ]
    assert leaks == []
