"""The console script as an operator runs it: no token, migrate, run, SIGTERM, restart."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import sys
from pathlib import Path

import aiohttp
import pytest

from tests.e2e.conftest import TOKEN
from tests.fakeapi import FakeBotApi, ScriptedPerson

STOP_WITHIN_SECONDS = 5


def smallsteps_command() -> list[str]:
    """The installed console script, or the module when running from a plain checkout."""
    script = shutil.which("smallsteps")
    return [script] if script else [sys.executable, "-m", "bot.cli"]


def clean_environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMALLSTEPS_")}
    return {**env, **extra}


async def run_cli(*args: str, cwd: Path, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        *smallsteps_command(),
        *args,
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_run_without_a_token_explains_in_one_line(tmp_path: Path) -> None:
    process = await run_cli("run", cwd=tmp_path, env=clean_environment())
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    lines = stderr.decode().strip().splitlines()

    assert process.returncode == 2
    assert len(lines) == 1
    assert "@BotFather" in lines[0] and "SMALLSTEPS_BOT_TOKEN" in lines[0]


async def test_an_invalid_encryption_key_is_refused_with_how_to_make_one(tmp_path: Path) -> None:
    env = clean_environment(SMALLSTEPS_BOT_TOKEN=TOKEN, SMALLSTEPS_ENCRYPTION_KEY="not-a-key")
    process = await run_cli("run", cwd=tmp_path, env=env)
    _, stderr = await asyncio.wait_for(process.communicate(), 30)

    assert process.returncode == 2
    assert "Fernet.generate_key()" in stderr.decode()
    assert TOKEN not in stderr.decode()


async def test_migrate_creates_the_default_sqlite_file(tmp_path: Path) -> None:
    process = await run_cli("migrate", cwd=tmp_path, env=clean_environment())
    await asyncio.wait_for(process.communicate(), 60)

    assert process.returncode == 0
    assert (tmp_path / "data" / "smallsteps.db").exists()


async def start_bot_process(api: FakeBotApi, cwd: Path) -> asyncio.subprocess.Process:
    since = len(api.calls)
    env = clean_environment(
        SMALLSTEPS_BOT_TOKEN=TOKEN,
        SMALLSTEPS_TELEGRAM_BASE_URL=api.base_url,
        SMALLSTEPS_POLL_TIMEOUT_SECONDS="1",
    )
    process = await run_cli("run", cwd=cwd, env=env)
    await api.wait_for_call("getUpdates", timeout=60, since=since)
    return process


async def sigterm(process: asyncio.subprocess.Process) -> tuple[int | None, str]:
    process.send_signal(signal.SIGTERM)
    _, stderr = await asyncio.wait_for(process.communicate(), STOP_WITHIN_SECONDS)
    return process.returncode, stderr.decode()


async def test_sigterm_stops_cleanly_and_settings_are_kept_on_restart(
    api: FakeBotApi, sam: ScriptedPerson, tmp_path: Path
) -> None:
    first = await start_bot_process(api, tmp_path)
    await sam.command("/start")
    await sam.expect_text("where in the world", timeout=15)
    await sam.send("Europe/Lisbon")
    await sam.expect_text("when would you like")
    await sam.send("7")
    await sam.expect_text("all set")

    code, logs = await sigterm(first)

    assert code == 0, logs
    assert TOKEN not in logs and "Lisbon" not in logs

    second = await start_bot_process(api, tmp_path)
    await sam.command("/settings")
    shown = await sam.expect_text("your settings", timeout=15)
    assert "Timezone: Europe/Lisbon" in shown.text
    assert "Daily check-in: 07:00" in shown.text
    code, _ = await sigterm(second)
    assert code == 0


WEBHOOK_SECRET = "cli-webhook-secret_0123"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def webhook_environment(api: FakeBotApi, webhook_port: int, **extra: str) -> dict[str, str]:
    """Everything webhook mode needs, on the default SQLite file under the working folder."""
    settings = {
        "SMALLSTEPS_BOT_TOKEN": TOKEN,
        "SMALLSTEPS_TELEGRAM_BASE_URL": api.base_url,
        "SMALLSTEPS_WEBHOOK_URL": f"http://127.0.0.1:{webhook_port}",
        "SMALLSTEPS_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "SMALLSTEPS_WEBHOOK_LISTEN": "127.0.0.1",
        "SMALLSTEPS_WEBHOOK_PORT": str(webhook_port),
        "SMALLSTEPS_HEALTH_PORT": str(free_port()),
    }
    return clean_environment(**{**settings, **extra})


async def failure_lines(*args: str, cwd: Path, env: dict[str, str]) -> tuple[int | None, str]:
    """Run to the end; the exit code and everything on stderr."""
    process = await run_cli(*args, cwd=cwd, env=env)
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode, stderr.decode()


@pytest.mark.parametrize(
    ("unset", "named"),
    [("SMALLSTEPS_WEBHOOK_URL", "SMALLSTEPS_WEBHOOK_URL"), ("SMALLSTEPS_WEBHOOK_SECRET", "SECRET")],
)
async def test_webhook_mode_without_a_setting_says_which_in_one_line(
    api: FakeBotApi, tmp_path: Path, unset: str, named: str
) -> None:
    env = webhook_environment(api, free_port())
    del env[unset]
    code, stderr = await failure_lines("run", "--webhook", cwd=tmp_path, env=env)
    lines = stderr.strip().splitlines()

    assert code == 2
    assert len(lines) == 1 and named in lines[0]
    assert api.calls == []


async def test_a_setting_that_does_not_parse_is_named(tmp_path: Path) -> None:
    env = clean_environment(SMALLSTEPS_BOT_TOKEN=TOKEN, SMALLSTEPS_WEBHOOK_PORT="eighty")
    code, stderr = await failure_lines("run", "--webhook", cwd=tmp_path, env=env)
    lines = stderr.strip().splitlines()

    assert code == 2
    assert len(lines) == 1 and "SMALLSTEPS_WEBHOOK_PORT" in lines[0]
    assert "eighty" not in lines[0]


async def test_a_token_telegram_rejects_is_never_printed(api: FakeBotApi, tmp_path: Path) -> None:
    api.fail_next("getMe", status=401, description="Unauthorized")
    env = clean_environment(SMALLSTEPS_BOT_TOKEN=TOKEN, SMALLSTEPS_TELEGRAM_BASE_URL=api.base_url)
    code, stderr = await failure_lines("run", cwd=tmp_path, env=env)

    assert code == 2
    assert "@BotFather" in stderr.strip().splitlines()[-1]
    assert TOKEN not in stderr


async def test_a_webhook_telegram_refuses_is_reported_in_its_words(
    api: FakeBotApi, tmp_path: Path
) -> None:
    refusal = "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
    api.fail_next("setWebhook", status=400, description=refusal)
    env = webhook_environment(api, free_port())
    code, stderr = await failure_lines("run", "--webhook", cwd=tmp_path, env=env)
    last = stderr.strip().splitlines()[-1]

    assert code == 2
    assert last.startswith("smallsteps: ") and "an https url must be provided" in last.lower()
    assert TOKEN not in stderr and WEBHOOK_SECRET not in stderr


async def test_a_webhook_port_in_use_is_named(api: FakeBotApi, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        env = webhook_environment(api, port)
        code, stderr = await failure_lines("run", "--webhook", cwd=tmp_path, env=env)
    last = stderr.strip().splitlines()[-1]

    assert code == 2
    assert f"port {port}" in last and "SMALLSTEPS_WEBHOOK_PORT" in last


async def test_webhook_mode_on_sqlite_answers_health_and_stops_on_sigterm(
    api: FakeBotApi, tmp_path: Path
) -> None:
    env = webhook_environment(api, free_port())
    process = await run_cli("run", "--webhook", cwd=tmp_path, env=env)
    await api.wait_for_call("setWebhook", timeout=60)
    health_url = f"http://127.0.0.1:{env['SMALLSTEPS_HEALTH_PORT']}/healthz"
    async with aiohttp.ClientSession() as http, http.get(health_url) as health:
        answer = (health.status, await health.text())

    code, logs = await sigterm(process)

    assert answer == (200, "ok")
    assert code == 0, logs
    assert api.calls_to("setWebhook")[0].params["secret_token"] == WEBHOOK_SECRET
    assert TOKEN not in logs and WEBHOOK_SECRET not in logs
