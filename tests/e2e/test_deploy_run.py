"""The compose deployment, run without Docker: what docker-compose.yml starts, started by hand.

The migration, two bots in webhook mode and Caddy with the repository's own Caddyfile, on this
machine's PostgreSQL. Every part gets its command and environment from docker-compose.yml and
.env.example; only what the compose network would provide is put in by hand, and
`network_stand_ins` and `caddyfile_on_loopback` list all of it. Caddy is Debian's package.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import shutil
import signal
import subprocess
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import yaml

from bot.core.launch_data import signed_launch
from bot.health import HEALTH_PATH
from testkit.fakeapi import FakeBotApi
from testkit.ports import free_port
from tests.conftest import missing_here
from tests.e2e.test_cli import clean_environment, smallsteps_command
from tests.e2e.test_deploy import INTERPOLATION, bot_services, command_of, read
from tests.e2e.test_fleet import answering, collect_lines

TOKEN = "123456:COMPOSE"
SECRET = "compose-secret_0123456789"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# What an operator writes into .env for compose itself (see .env.example).
COMPOSE_VARIABLES = {"PUBLIC_HOST": "bot.example.org", "POSTGRES_PASSWORD": "s3cret"}
# In compose each service has an address of its own; on one machine, loopback has plenty.
ADDRESSES = ("127.0.0.2", "127.0.0.3", "127.0.0.4")
# The first Caddy that keeps a POST's body when it retries it on another upstream.
RETRIES_POST_BODIES = (2, 11, 2)


def require_caddy() -> str:
    """Caddy's path; skip with the reason where it is missing, fail in CI (.ci/run installs it)."""
    caddy = shutil.which("caddy")
    if caddy is None:
        problem = "caddy is not installed (Debian's package: apt-get install caddy)"
        missing_here(problem, in_ci=".ci/run should have installed it")
    return caddy


def dot_env() -> dict[str, str]:
    """.env as an operator makes it: .env.example with the required blanks filled in."""
    lines = read(".env.example").splitlines()
    pairs = (line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
    env = {key.strip(): value.strip() for key, value in pairs}
    env.update(SMALLSTEPS_BOT_TOKEN=TOKEN, SMALLSTEPS_WEBHOOK_SECRET=SECRET)
    # The Mini App turned on as the README says: its public address behind Caddy.
    env["SMALLSTEPS_MINIAPP_URL"] = f"https://{COMPOSE_VARIABLES['PUBLIC_HOST']}/app"
    return env


def substituted(value: str) -> str:
    """A compose value with ${...} filled in as compose does, from COMPOSE_VARIABLES."""

    def one(match: re.Match[str]) -> str:
        if match["name"] in COMPOSE_VARIABLES:
            return COMPOSE_VARIABLES[match["name"]]
        if match["op"] == "-":
            return str(match["arg"])
        raise AssertionError(f"compose would refuse to start: {match['arg'] or match['name']}")

    return INTERPOLATION.sub(one, value)


def compose_environment(service: dict[str, Any]) -> dict[str, str]:
    """A service's environment as compose builds it: its env_file, then `environment` over it."""
    env = dot_env() if service.get("env_file") == ".env" else {}
    env.update({k: substituted(str(v)) for k, v in service.get("environment", {}).items()})
    return env


def network_stand_ins(env: dict[str, str], api: FakeBotApi, database_url: str) -> dict[str, str]:
    """What the compose network gives a bot, given on one machine instead."""
    assert env["SMALLSTEPS_DATABASE_URL"].split("@")[1].startswith("postgres:5432/")
    stand_ins = {
        # The `postgres` service: this machine's PostgreSQL.
        "SMALLSTEPS_DATABASE_URL": database_url,
        # api.telegram.org: the local Bot API server.
        "SMALLSTEPS_TELEGRAM_BASE_URL": api.base_url,
    }
    return clean_environment(**{**env, **stand_ins})


def caddyfile_on_loopback(bots: dict[str, str], folder: Path, caddy: str) -> Path:
    """deploy/Caddyfile with each bot's service name replaced by its loopback address."""
    text = read("deploy/Caddyfile")
    for name, address in bots.items():
        text, replaced = re.subn(rf"\b{name}:", f"{address}:", text)
        # Each bot takes Telegram's webhook and serves the Mini App.
        assert replaced == 2, f"the Caddyfile does not proxy both routes to {name}"
    if caddy_version(caddy) < RETRIES_POST_BODIES:
        # Before 2.11.2 a POST retried after a refused connection lost its body and came back
        # 502 (caddyserver/caddy#7546); buffering it was the way round then. Compose runs 2.11.
        text = text.replace("lb_policy round_robin", "lb_policy round_robin\n\t\t\tbuffer_requests")
    # Another Caddy on this machine may hold the admin port; this one needs no admin API.
    path = folder / "Caddyfile"
    path.write_text("{\n\tadmin off\n}\n\n" + text, encoding="utf-8")
    return path


def caddy_version(caddy: str) -> tuple[int, ...]:
    """The installed Caddy's version, as numbers."""
    printed = subprocess.run([caddy, "version"], capture_output=True, text=True, check=True)
    found = re.match(r"v?(\d+)\.(\d+)\.(\d+)", printed.stdout.strip())
    assert found is not None, printed.stdout
    return tuple(int(part) for part in found.groups())


@dataclass
class Service:
    """One started process of the deployment and what it printed."""

    name: str
    process: asyncio.subprocess.Process
    output: list[str] = field(default_factory=list)

    def alive(self) -> bool:
        return self.process.returncode is None


async def start(name: str, command: list[str], env: dict[str, str]) -> Service:
    """Start one part, collecting its output for the failure messages."""
    process = await asyncio.create_subprocess_exec(
        *command, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    service = Service(name, process)
    asyncio.get_running_loop().create_task(collect_lines(process.stdout, service.output))
    return service


@dataclass
class Deployment:
    """The running deployment: the bots by name, and Caddy with its address."""

    bots: dict[str, Service]
    proxy: Service
    proxy_url: str
    webhook_path: str


@contextlib.asynccontextmanager
async def deployment(api: FakeBotApi, database_url: str, folder: Path) -> AsyncIterator[Deployment]:
    """Migrate, start the bots, then Caddy, as compose orders them; stop them all at the end."""
    caddy = require_caddy()
    compose: dict[str, Any] = yaml.safe_load(read("docker-compose.yml"))
    await migrate(compose, api, database_url)
    services: list[Service] = []
    try:
        bots = await start_bots(compose, api, database_url, services)
        proxy, proxy_url = await start_proxy(caddy, bots, folder, services)
        path = compose_environment(next(iter(bot_services(compose).values())))
        yield Deployment(bots, proxy, proxy_url, path["SMALLSTEPS_WEBHOOK_PATH"])
    finally:
        for service in services:
            if service.alive():
                service.process.send_signal(signal.SIGTERM)
        for service in services:
            await asyncio.wait_for(service.process.wait(), 20)


async def migrate(compose: dict[str, Any], api: FakeBotApi, database_url: str) -> None:
    """The one-shot `migrate` service, which must finish before any bot starts."""
    spec = compose["services"]["migrate"]
    env = network_stand_ins(compose_environment(spec), api, database_url)
    migrated = await start("migrate", [*smallsteps_command(), *command_of(spec)], env)
    assert await migrated.process.wait() == 0, "".join(migrated.output)


async def start_bots(
    compose: dict[str, Any], api: FakeBotApi, database_url: str, services: list[Service]
) -> dict[str, Service]:
    """Every bot service, each on an address of its own, once its health check answers."""
    bots: dict[str, Service] = {}
    for (name, spec), address in zip(bot_services(compose).items(), ADDRESSES, strict=False):
        env = network_stand_ins(compose_environment(spec), api, database_url)
        # 0.0.0.0 inside a container of its own: here, an address of its own.
        env["SMALLSTEPS_WEBHOOK_LISTEN"] = address
        env["SMALLSTEPS_MINIAPP_LISTEN"] = address
        bots[name] = await start(name, [*smallsteps_command(), *command_of(spec)], env)
        services.append(bots[name])
        await answering(f"http://{address}:{env['SMALLSTEPS_HEALTH_PORT']}{HEALTH_PATH}")
    return bots


async def start_proxy(
    caddy: str, bots: dict[str, Service], folder: Path, services: list[Service]
) -> tuple[Service, str]:
    """Caddy with the repository's Caddyfile in front of the bots, and its address."""
    port = free_port()
    # A public name with a Let's Encrypt certificate: plain HTTP on a local port.
    env = clean_environment(
        PUBLIC_HOST=f"http://127.0.0.1:{port}",
        HOME=str(folder),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
    )
    addresses = dict(zip(bots, ADDRESSES, strict=False))
    config = caddyfile_on_loopback(addresses, folder, caddy)
    command = [caddy, "run", "--config", str(config), "--adapter", "caddyfile"]
    proxy = await start("proxy", command, env)
    services.append(proxy)
    url = f"http://127.0.0.1:{port}"
    await answering(url)
    return proxy, url


def start_update(update_id: int, user_id: int) -> dict[str, Any]:
    """A person's /start, as Telegram posts it to the webhook."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            "chat": {"id": user_id, "type": "private", "first_name": f"P{user_id}"},
            "from": {"id": user_id, "is_bot": False, "first_name": f"P{user_id}"},
        },
    }


async def post_starts(
    http: aiohttp.ClientSession, url: str, people: range, secret: str = SECRET
) -> list[int]:
    """Post each person's /start through the proxy; the statuses, in order."""
    statuses = []
    for user_id in people:
        update = start_update(user_id, user_id)
        async with http.post(url, json=update, headers={SECRET_HEADER: secret}) as response:
            statuses.append(response.status)
    return statuses


def answered(api: FakeBotApi, people: range) -> set[int]:
    """Who among `people` has had at least one message from the bot."""
    chats = {call.chat_id for call in api.calls_to("sendMessage") if call.ok}
    return {user_id for user_id in people if user_id in chats}


async def miniapp_answers(
    http: aiohttp.ClientSession, proxy_url: str, user_id: int
) -> tuple[int, int, int]:
    """Through Caddy: the page, a year asked without launch data, and one asked with it."""
    async with http.get(f"{proxy_url}/app") as page:
        page_status = page.status
    year = f"{proxy_url}/app/api/year"
    async with http.post(year) as unsigned:
        unsigned_status = unsigned.status
    # real clock: the bots check launch data against their own clock, the real one
    launch = signed_launch(user_id, "en", TOKEN, datetime.now(UTC))
    async with http.post(year, headers={"Authorization": f"tma {launch}"}) as signed:
        signed_status = signed.status
    return page_status, unsigned_status, signed_status


async def test_the_compose_deployment_answers_through_caddy_and_outlives_a_bot(
    api: FakeBotApi, postgres_url: str, tmp_path: Path
) -> None:
    before, after = range(70_001, 70_007), range(70_101, 70_107)
    for user_id in [*before, *after]:
        api.person(user_id, f"P{user_id}", started=True)

    async with deployment(api, postgres_url, tmp_path) as running, aiohttp.ClientSession() as http:
        webhook = f"{running.proxy_url}/{running.webhook_path}"
        first = await post_starts(http, webhook, before)
        await api.wait_until(lambda: answered(api, before) == set(before), 30)
        refused = await post_starts(http, webhook, range(70_201, 70_202), secret="wrong" * 4)
        async with http.get(f"{running.proxy_url}/elsewhere") as elsewhere:
            elsewhere_status = elsewhere.status
        miniapp = await miniapp_answers(http, running.proxy_url, before[0])
        first_bot = next(iter(running.bots.values()))
        first_bot.process.send_signal(signal.SIGKILL)
        await first_bot.process.wait()
        # Long enough for Caddy to drop its idle connections to the dead bot as the kernel
        # closes them; a POST then meets a refused connection, which Caddy retries elsewhere.
        await asyncio.sleep(0.2)
        second = await post_starts(http, webhook, after)
        await api.wait_until(lambda: answered(api, after) == set(after), 30)
        survivors = [bot.name for bot in running.bots.values() if bot.alive()]
        proxy_log = "".join(running.proxy.output)

    assert first == [200] * len(before), proxy_log
    assert (answered(api, before), answered(api, after)) == (set(before), set(after))
    assert (refused, elsewhere_status) == ([403], 404)
    assert miniapp == (200, 401, 200)
    assert second == [200] * len(after), proxy_log
    assert survivors == list(running.bots)[1:]
