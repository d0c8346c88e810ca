"""Polling survives an update python-telegram-bot cannot parse, and a 409 Conflict."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import aiohttp
import pytest

from bot.polling import CONFLICT_CAUSE, CONFLICT_REPEAT_SECONDS, ConflictReport
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from testkit.ports import free_port
from tests.e2e.conftest import RunningBot
from tests.e2e.test_cli import (
    PROCESS_SECONDS,
    WEBHOOK_SECRET,
    run_cli,
    sigterm,
    start_bot_process,
    webhook_environment,
)

CANARY = "CANARY-marmalade-tuesday"
BAD_PERSON = "Ursula"
# A handful: the batch, the call confirming it, and an idle long poll or two on a slow machine.
FEW_GET_UPDATES = 5
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
    "delete the webhook first"
)
CONFLICT_SECONDS = 3.0


def warnings_from(caplog: pytest.LogCaptureFixture, name: str) -> list[str]:
    """The WARNING lines one of our loggers wrote."""
    return [
        r.getMessage() for r in caplog.records if r.name == name and r.levelno == logging.WARNING
    ]


def failures(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Every line at ERROR or above, from any logger."""
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def test_an_unparsable_update_is_skipped_and_the_rest_of_its_batch_answered(
    api: FakeBotApi, bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    sam = api.person(user_id=1001, first_name="Sam")
    ursula = api.person(user_id=1002, first_name=BAD_PERSON)
    alex = api.person(user_id=1003, first_name="Alex")
    since = len(api.calls)

    # Pushed without yielding to the loop, so the bot fetches all three in one batch.
    await sam.command("/start")
    # A string `date` makes Update.de_json raise (TypeError), as a malformed answer would.
    ursula.push_raw({"text": CANARY, "date": "yesterday"})
    bad_id = api.last_update_id
    await alex.command("/start")

    await sam.expect_text("where in the world")
    await alex.expect_text("where in the world")
    assert await api.wait_until(lambda: not api.pending_updates, timeout=10)
    polls = [call for call in api.calls[since:] if call.method == "getUpdates"]

    offsets = [int(call.params.get("offset") or 0) for call in polls]

    assert len(polls) <= FEW_GET_UPDATES, offsets
    assert offsets == sorted(offsets) and offsets[-1] > bad_id, offsets
    assert warnings_from(caplog, "smallsteps.polling") == [
        f"skipped an update python-telegram-bot cannot parse update_id={bad_id} error=TypeError"
    ]
    assert failures(caplog) == []
    assert CANARY not in caplog.text and BAD_PERSON not in caplog.text
    assert api.sent_to(ursula.chat_id) == []


async def test_an_unparsable_update_alone_in_its_batch_is_confirmed_and_polling_goes_on(
    api: FakeBotApi, bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    ursula = api.person(user_id=1002, first_name=BAD_PERSON)
    sam = api.person(user_id=1001, first_name="Sam")
    since = len(api.calls)

    # A sender without `is_bot` makes User (so Update.de_json) raise too.
    ursula.push_raw({"text": CANARY, "from": {"id": ursula.user_id, "first_name": BAD_PERSON}})
    bad_id = api.last_update_id
    assert await api.wait_until(lambda: not api.pending_updates, timeout=10)
    await sam.command("/start")
    await sam.expect_text("where in the world")
    polls = [call for call in api.calls[since:] if call.method == "getUpdates"]

    assert len(polls) <= FEW_GET_UPDATES, [call.params.get("offset") for call in polls]
    assert len(warnings_from(caplog, "smallsteps.polling")) == 1
    assert f"update_id={bad_id} " in warnings_from(caplog, "smallsteps.polling")[0]
    assert CANARY not in caplog.text and BAD_PERSON not in caplog.text


@pytest.mark.parametrize("cause", ["another poller", "a webhook"])
async def test_a_409_conflict_is_named_once_and_polling_resumes_when_it_ends(
    api: FakeBotApi, bot: RunningBot, caplog: pytest.LogCaptureFixture, cause: str
) -> None:
    caplog.set_level(logging.INFO)
    sam = api.person(user_id=1001, first_name="Sam")
    since = len(api.calls)

    if cause == "a webhook":
        api.webhook_url = "https://elsewhere.example/hook"  # getUpdates then answers 409
        await asyncio.sleep(CONFLICT_SECONDS)
        api.webhook_url = ""
    else:
        api.fail_next("getUpdates", status=409, count=3)  # about a second each
    await sam.command("/start")
    await sam.expect_text("where in the world")
    refused = [c for c in api.calls[since:] if c.method == "getUpdates" and c.status == 409]

    assert len(refused) >= 2, api.method_log()
    assert len(refused) <= 2 * CONFLICT_SECONDS + 1  # waited between tries, never spun
    if cause == "a webhook":
        assert {call.description for call in refused} == {WEBHOOK_CONFLICT}
    warnings = warnings_from(caplog, "smallsteps.polling")
    assert len(warnings) == 1, warnings
    assert CONFLICT_CAUSE in warnings[0]
    assert failures(caplog) == []
    assert "Traceback" not in caplog.text


def test_a_lasting_conflict_is_said_at_once_then_once_a_minute_and_anew_after_it_ends() -> None:
    clock = FakeClock(seconds=1000.0)
    report = ConflictReport(monotonic=clock.monotonic)
    said = []
    for seconds in (0, 1, 30, CONFLICT_REPEAT_SECONDS - 0.1, CONFLICT_REPEAT_SECONDS, 61, 121):
        clock.seconds = 1000.0 + seconds
        said.append(report.conflict())
    report.ended()
    clock.advance(seconds=1)
    said.append(report.conflict())

    assert CONFLICT_REPEAT_SECONDS == 60.0
    assert said == [True, False, False, False, True, False, True, True]


async def test_the_running_process_logs_each_fault_in_one_plain_line(
    api: FakeBotApi, tmp_path: Path
) -> None:
    sam = api.person(user_id=1001, first_name="Sam")
    ursula = api.person(user_id=1002, first_name=BAD_PERSON)
    process = await start_bot_process(api, tmp_path)

    api.fail_next("getUpdates", status=409, count=3)
    await sam.command("/start")
    ursula.push_raw({"text": CANARY, "date": "yesterday"})
    bad_id = api.last_update_id
    await sam.expect_text("where in the world", timeout=PROCESS_SECONDS)
    assert await api.wait_until(lambda: not api.pending_updates, timeout=10)
    code, logs = await sigterm(process)
    warnings = [line for line in logs.splitlines() if " WARNING " in line]

    assert code == 0, logs
    assert len(warnings) == 2, logs
    assert f"update_id={bad_id} error=TypeError" in warnings[1]
    assert CONFLICT_CAUSE in warnings[0]
    assert " ERROR " not in logs and " CRITICAL " not in logs, logs
    assert CANARY not in logs and BAD_PERSON not in logs


async def post_to_webhook(url: str, update: dict[str, object]) -> int:
    """POST an update as Telegram would, once the webhook listens (it may trail setWebhook)."""
    headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
    async with asyncio.timeout(PROCESS_SECONDS), aiohttp.ClientSession() as http:
        while True:
            try:
                async with http.post(url, json=update, headers=headers) as answer:
                    return answer.status
            except aiohttp.ClientConnectorError:
                await asyncio.sleep(0.05)


async def test_an_unparsable_webhook_update_is_refused_without_its_contents_in_the_log(
    api: FakeBotApi, tmp_path: Path
) -> None:
    sam = api.person(user_id=1001, first_name="Sam")
    env = webhook_environment(api, free_port())
    process = await run_cli("run", "--webhook", cwd=tmp_path, env=env)
    await api.wait_for_call("setWebhook", timeout=PROCESS_SECONDS)
    message = {"message_id": 1, "date": "yesterday", "text": CANARY, "chat": sam.chat}
    bad = {"update_id": 7, "message": {**message, "from": {**sam.user, "first_name": BAD_PERSON}}}
    status = await post_to_webhook(f"{env['SMALLSTEPS_WEBHOOK_URL']}/telegram", bad)
    code, logs = await sigterm(process)

    assert (code, status) == (0, 400)  # python-telegram-bot's own answer; Telegram retries
    said = [line for line in logs.splitlines() if "Received data was left out" in line]
    assert len(said) == 1, logs
    assert CANARY not in logs and BAD_PERSON not in logs
