"""The console script as an operator runs it: no token, migrate, run, SIGTERM, restart."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
from pathlib import Path

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
