"""No log line, ours or a library's, carries a person's name or words, or the token, at any level.

A canary name and canary words go through a whole conversation with the real `smallsteps run`
at DEBUG, through Telegram's failures (429, a proxy's 502, a 403, a timeout) and a batch with an
update python-telegram-bot cannot parse; the process's whole log is then searched for them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp

from bot.core.launch_data import signed_launch
from testkit.fakeapi import FakeBotApi
from testkit.ports import free_port
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
    assert leaks_in(logs) == []


async def test_the_mini_apps_forms_leave_no_trace_in_a_debug_log(
    api: FakeBotApi, tmp_path: Path
) -> None:
    port = free_port()
    env = clean_environment(
        SMALLSTEPS_BOT_TOKEN=TOKEN,
        SMALLSTEPS_TELEGRAM_BASE_URL=api.base_url,
        SMALLSTEPS_POLL_TIMEOUT_SECONDS="1",
        SMALLSTEPS_LOG_LEVEL="DEBUG",
        SMALLSTEPS_MINIAPP_URL="https://smallsteps.example/app",
        SMALLSTEPS_MINIAPP_LISTEN="127.0.0.1",
        SMALLSTEPS_MINIAPP_PORT=str(port),
    )
    person = api.person(user_id=4242, first_name=NAME)
    since = len(api.calls)
    process = await run_cli("run", cwd=tmp_path, env=env)
    await api.wait_for_call("getUpdates", timeout=PROCESS_SECONDS, since=since)
    await person.command("/start")
    await person.expect_text("where in the world", timeout=PROCESS_SECONDS)
    await person.send("Europe/Berlin")
    await person.expect_text("when would you like")
    await person.send("8")
    await person.expect_text("all set")
    # real clock: the process checks launch data against its own clock, the real one
    now = datetime.now(UTC)
    launch = signed_launch(4242, "en", TOKEN, now)
    today = now.astimezone(ZoneInfo("Europe/Berlin")).date().isoformat()

    statuses = [
        await post_form(port, launch, path, body)
        for path, body in [
            ("day/save", {"date": today, "words": WORDS, "note": REFLECTION, "step": FEELINGS}),
            ("plan/save", {"parts": {"on_my_own": WORDS}}),
            ("day/save", {"date": today, "words": WORDS, "canary-field": 1}),
            ("settings/save", {"timezone": "canary-land"}),
        ]
    ]
    forged = launch.replace("4242", "4343")
    statuses.append(await post_form(port, forged, "day", {"date": today}))
    code, logs = await sigterm(process)

    assert statuses == [200, 200, 400, 409, 401]
    assert code == 0, logs
    assert leaks_in(logs) == []


def leaks_in(logs: str) -> list[str]:
    """The log lines that carry the canary name or words, or the token."""
    secrets = (NAME, "canary-", TOKEN, TOKEN.split(":")[1])
    return [line for line in logs.splitlines() if any(secret in line for secret in secrets)]


async def post_form(port: int, launch: str, path: str, body: object) -> int:
    """A form as the page sends it; the answer's status."""
    async with (
        aiohttp.ClientSession() as client,
        client.post(
            f"http://127.0.0.1:{port}/app/api/{path}",
            headers={"Authorization": f"tma {launch}"},
            data=json.dumps(body),
        ) as answer,
    ):
        return answer.status
