"""The console script as an operator runs it: no token, migrate, run, SIGTERM, restart."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sqlite3
import sys
from importlib.metadata import version
from pathlib import Path

import aiohttp
import pytest

from bot.cli import BAD_TOKEN
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from testkit.ports import free_port
from tests.e2e.conftest import TOKEN

STOP_WITHIN_SECONDS = 5
# Generous, for a loaded machine: a process that ends sooner is read at once.
PROCESS_SECONDS = 120


def smallsteps_command() -> list[str]:
    """The console script beside this Python (whatever PATH says), else the module."""
    script = Path(sys.executable).with_name("smallsteps")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "bot.cli"]


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


async def test_version_prints_the_installed_package_version(tmp_path: Path) -> None:
    process = await run_cli("--version", cwd=tmp_path, env=clean_environment())
    stdout, stderr = await asyncio.wait_for(process.communicate(), PROCESS_SECONDS)

    assert (process.returncode, stdout.decode(), stderr.decode()) == (
        0,
        f"smallsteps {version('smallsteps')}\n",
        "",
    )


async def test_run_without_a_token_explains_in_one_line(tmp_path: Path) -> None:
    process = await run_cli("run", cwd=tmp_path, env=clean_environment())
    _, stderr = await asyncio.wait_for(process.communicate(), PROCESS_SECONDS)
    lines = stderr.decode().strip().splitlines()

    assert process.returncode == 2
    assert len(lines) == 1
    assert "@BotFather" in lines[0] and "SMALLSTEPS_BOT_TOKEN" in lines[0]


async def test_an_invalid_encryption_key_is_refused_with_how_to_make_one(tmp_path: Path) -> None:
    env = clean_environment(SMALLSTEPS_BOT_TOKEN=TOKEN, SMALLSTEPS_ENCRYPTION_KEY="not-a-key")
    process = await run_cli("run", cwd=tmp_path, env=env)
    _, stderr = await asyncio.wait_for(process.communicate(), PROCESS_SECONDS)

    assert process.returncode == 2
    assert "Fernet.generate_key()" in stderr.decode()
    assert TOKEN not in stderr.decode()


async def test_migrate_creates_the_default_sqlite_file(tmp_path: Path) -> None:
    process = await run_cli("migrate", cwd=tmp_path, env=clean_environment())
    await asyncio.wait_for(process.communicate(), PROCESS_SECONDS)

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
    await sam.expect_text("where in the world", timeout=PROCESS_SECONDS)
    await sam.send("Europe/Lisbon")
    await sam.expect_text("when would you like")
    await sam.send("7")
    await sam.expect_text("all set")

    code, logs = await sigterm(first)

    assert code == 0, logs
    assert TOKEN not in logs and "Lisbon" not in logs

    second = await start_bot_process(api, tmp_path)
    await sam.command("/settings")
    shown = await sam.expect_text("your settings", timeout=PROCESS_SECONDS)
    assert "Timezone: Europe/Lisbon" in shown.text
    assert "Daily check-in: 07:00" in shown.text
    code, _ = await sigterm(second)
    assert code == 0


WEBHOOK_SECRET = "cli-webhook-secret_0123"


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
    _, stderr = await asyncio.wait_for(process.communicate(), PROCESS_SECONDS)
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


async def migrated(cwd: Path) -> None:
    """Bring the default SQLite file under `cwd` up to date, as an operator may beforehand."""
    code, stderr = await failure_lines("migrate", cwd=cwd, env=clean_environment())
    assert code == 0, stderr


async def test_a_token_telegram_rejects_is_told_in_exactly_one_line(
    api: FakeBotApi, tmp_path: Path
) -> None:
    await migrated(tmp_path)
    api.fail_next("getMe", status=401, description="Unauthorized")
    env = clean_environment(SMALLSTEPS_BOT_TOKEN=TOKEN, SMALLSTEPS_TELEGRAM_BASE_URL=api.base_url)
    code, stderr = await failure_lines("run", cwd=tmp_path, env=env)

    assert (code, stderr) == (2, BAD_TOKEN + "\n")


async def test_a_start_that_meets_passing_faults_retries_them_and_runs(
    api: FakeBotApi, tmp_path: Path
) -> None:
    api.fail_next("getMe", status=502)
    api.fail_next("deleteWebhook", status=500)
    api.fail_next("setMyCommands", status=429, retry_after=1)

    process = await start_bot_process(api, tmp_path)
    code, stderr = await sigterm(process)

    assert code == 0, stderr
    # Each fault once, then success (the nudge bot asks getMe too).
    statuses = {m: [c.status for c in api.calls_to(m)][:2] for m in ("getMe", "setMyCommands")}
    assert statuses == {"getMe": [502, 200], "setMyCommands": [429, 200]}
    assert "ERROR" not in stderr and "Traceback" not in stderr


async def test_telegram_out_of_reach_is_told_in_exactly_one_line(tmp_path: Path) -> None:
    await migrated(tmp_path)
    closed = f"http://127.0.0.1:{free_port()}/bot"
    env = clean_environment(SMALLSTEPS_BOT_TOKEN=TOKEN, SMALLSTEPS_TELEGRAM_BASE_URL=closed)
    code, stderr = await failure_lines("run", cwd=tmp_path, env=env)
    lines = stderr.splitlines()

    assert code == 1
    assert len(lines) == 1 and lines[0].startswith("smallsteps: could not reach Telegram"), stderr
    assert TOKEN not in stderr


async def test_run_brings_a_new_database_up_to_date_before_asking_telegram(
    api: FakeBotApi, tmp_path: Path
) -> None:
    api.fail_next("getMe", status=401, description="Unauthorized")
    env = clean_environment(SMALLSTEPS_BOT_TOKEN=TOKEN, SMALLSTEPS_TELEGRAM_BASE_URL=api.base_url)
    code, stderr = await failure_lines("run", cwd=tmp_path, env=env)
    with sqlite3.connect(tmp_path / "data" / "smallsteps.db") as database:
        versions = database.execute("SELECT version_num FROM alembic_version").fetchall()

    assert code == 2
    assert stderr.splitlines()[-1] == BAD_TOKEN
    assert len(versions) == 1


@pytest.mark.parametrize("mode", [[], ["--webhook"]], ids=["polling", "webhook"])
async def test_a_database_out_of_reach_is_named_before_telegram_is_asked(
    api: FakeBotApi, tmp_path: Path, mode: list[str]
) -> None:
    unreachable = f"postgresql+asyncpg://smallsteps:db-pass-word@127.0.0.1:{free_port()}/smallsteps"
    env = webhook_environment(api, free_port(), SMALLSTEPS_DATABASE_URL=unreachable)
    code, stderr = await failure_lines("run", *mode, cwd=tmp_path, env=env)
    lines = stderr.splitlines()

    assert code == 1
    assert len(lines) == 1 and "SMALLSTEPS_DATABASE_URL" in lines[0], stderr
    assert "Telegram" not in stderr and "db-pass-word" not in stderr and TOKEN not in stderr
    assert api.calls == []


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("SMALLSTEPS_DATABASE_URL", "sqlite:///data/smallsteps.db", "sqlite+aiosqlite:///"),
        (
            "SMALLSTEPS_DATABASE_URL",
            "postgresql://smallsteps:db-pass-word@db:5432/smallsteps",
            "postgresql+asyncpg://",
        ),
        (
            "SMALLSTEPS_DATABASE_URL",
            "postgres://smallsteps:db-pass-word@db:5432/smallsteps",
            "postgresql+asyncpg://",
        ),
        (
            "SMALLSTEPS_TELEGRAM_BASE_URL",
            "https://api.telegram.org/",
            "https://api.telegram.org/bot",
        ),
        ("SMALLSTEPS_BOT_TOKEN", f"bot{TOKEN}", "@BotFather"),
        ("SMALLSTEPS_BOT_TOKEN", f'"{TOKEN}"', "@BotFather"),
    ],
    ids=["sqlite", "postgresql", "postgres", "base-url", "bot-prefix", "quoted-token"],
)
async def test_a_wrong_setting_is_named_in_one_line_before_any_call(
    api: FakeBotApi, tmp_path: Path, name: str, value: str, says: str
) -> None:
    env = clean_environment(
        **{"SMALLSTEPS_BOT_TOKEN": TOKEN, "SMALLSTEPS_TELEGRAM_BASE_URL": api.base_url, name: value}
    )
    code, stderr = await failure_lines("run", cwd=tmp_path, env=env)
    lines = stderr.splitlines()

    assert code == 2
    assert len(lines) == 1 and lines[0].startswith(f"smallsteps: invalid setting: {name} "), stderr
    assert says in lines[0]
    assert TOKEN not in stderr and "db-pass-word" not in stderr
    assert api.calls == []
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(
    ("contents", "says"),
    [
        (None, "missing.csv: cannot be read: No such file or directory"),
        (
            "# our lines\ncountry,kind,name,number,how,hours,source,checked\n"
            "GB,helpline,Our Line,0800 1,call 0800 2,24/7,https://example.org,2026-12-06\n",
            'helplines.csv, line 3: number "0800 1" does not appear in how ("call 0800 2")',
        ),
    ],
    ids=["unreadable", "malformed"],
)
async def test_a_bad_helplines_file_stops_run_in_one_line(
    api: FakeBotApi, tmp_path: Path, contents: str | None, says: str
) -> None:
    path = tmp_path / ("missing.csv" if contents is None else "helplines.csv")
    if contents is not None:
        path.write_text(contents, encoding="utf-8")
    env = clean_environment(
        SMALLSTEPS_BOT_TOKEN=TOKEN,
        SMALLSTEPS_TELEGRAM_BASE_URL=api.base_url,
        SMALLSTEPS_HELPLINES_FILE=str(path),
    )
    code, stderr = await failure_lines("run", cwd=tmp_path, env=env)
    lines = stderr.splitlines()

    assert code == 2
    assert lines == [f"smallsteps: invalid setting: SMALLSTEPS_HELPLINES_FILE: {tmp_path}/{says}"]
    assert api.calls == []
    assert not (tmp_path / "data").exists()


async def test_try_needs_none_of_the_settings_it_replaces(tmp_path: Path) -> None:
    env = clean_environment(
        SMALLSTEPS_BOT_TOKEN="not a token",
        SMALLSTEPS_TELEGRAM_BASE_URL="https://api.telegram.org/",
        SMALLSTEPS_DATABASE_URL="sqlite:///elsewhere.db",
    )
    process = await asyncio.create_subprocess_exec(
        *smallsteps_command(),
        "try",
        cwd=tmp_path,
        env=env,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await asyncio.wait_for(process.communicate(b"/quit\n"), 120)

    assert (process.returncode, stderr.decode()) == (0, "")
    assert (tmp_path / "data" / "try.db").exists()
    assert not (tmp_path / "elsewhere.db").exists()


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
