"""The image the Dockerfile builds, run as the README and docker-compose.yml run it.

Docker where its engine answers, otherwise Podman with the same commands. The containers share
this machine's network, so the local Bot API server stands in for api.telegram.org and this
machine's PostgreSQL for compose's `postgres` service.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import shutil
import subprocess
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
import yaml

from bot.health import HEALTH_PATH
from bot.texts.onboarding import WELCOME_BACK
from tests.conftest import missing_here
from tests.e2e.conftest import onboard
from tests.e2e.test_deploy import ROOT, bot_services, command_of, read
from tests.e2e.test_deploy_run import compose_environment, network_stand_ins, post_starts
from tests.e2e.test_fleet import answering
from tests.fakeapi import FakeBotApi, ScriptedPerson

TOKEN = "123456:IMAGE"
BUILD_TIMEOUT = 900
COMMAND_TIMEOUT = 120
# Inside its own network namespace a bot listens on 0.0.0.0; on this machine's, on loopback.
LISTEN = "127.0.0.1"
# The image's SQLite default, in its /data volume.
DB_FILE = "/data/smallsteps.db"


@dataclass(frozen=True)
class Image:
    """A built image and the engine that runs it."""

    engine: str
    name: str


@dataclass(frozen=True)
class Finished:
    """What one engine command returned."""

    code: int
    stdout: str
    stderr: str


def unique_name() -> str:
    """A name no earlier run left behind, for an image, a container or a volume."""
    return f"smallsteps-test-{uuid.uuid4().hex[:8]}"


def env_flags(env: dict[str, str]) -> list[str]:
    """`-e NAME=value` for each setting."""
    return [part for key, value in env.items() for part in ("-e", f"{key}={value}")]


def container_engine() -> str:
    """Docker if its engine answers, else Podman; skip (fail in CI) where neither runs."""
    for name in ("docker", "podman"):
        path = shutil.which(name)
        if path and subprocess.run([path, "info"], capture_output=True).returncode == 0:
            return path
    missing_here("no container engine runs here", in_ci=".ci/run should have installed Podman")


def base_images() -> list[str]:
    """The images the Dockerfile builds FROM (not its own stages)."""
    stages = re.findall(r"^FROM\s+(\S+)(?:\s+AS\s+(\S+))?", read("Dockerfile"), re.MULTILINE)
    names = {stage for _, stage in stages if stage}
    return sorted({image for image, _ in stages if image not in names})


def require_base_images(engine: str) -> None:
    """Pull each base image unless it is here; skip (fail in CI) where one cannot be had."""
    for base in base_images():
        here = subprocess.run([engine, "image", "inspect", base], capture_output=True)
        if (
            here.returncode
            and subprocess.run([engine, "pull", base], capture_output=True).returncode
        ):
            missing_here(
                f"the base image {base} cannot be pulled here",
                in_ci=".ci/run should have made a stand-in with .ci/python-base-image",
            )


@pytest.fixture(scope="module")
def image() -> Iterator[Image]:
    """The Dockerfile built once for this module, removed afterwards."""
    engine = container_engine()
    require_base_images(engine)
    name = unique_name()
    # The build stage's pip reaches PyPI the way this machine does.
    build = [engine, "build", "--network", "host", "-t", name, "."]
    built = subprocess.run(build, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    yield Image(engine, name)
    subprocess.run([engine, "rmi", "-f", name], capture_output=True)


async def engine_command(image: Image, *args: str) -> Finished:
    """Run one engine command without blocking the loop the local Bot API server serves on."""
    process = await asyncio.create_subprocess_exec(
        image.engine, *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), COMMAND_TIMEOUT)
    assert process.returncode is not None
    return Finished(process.returncode, stdout.decode(), stderr.decode())


async def run_once(image: Image, *args: str, env: dict[str, str] | None = None) -> Finished:
    """`docker run --rm` on this machine's network."""
    flags = env_flags(env or {})
    return await engine_command(image, "run", "--rm", "--network", "host", *flags, *args)


@contextlib.asynccontextmanager
async def running(image: Image, *args: str, env: dict[str, str]) -> AsyncIterator[str]:
    """`docker run -d` on this machine's network; the container's name, removed at the end."""
    name = unique_name()
    flags = ["-d", "--name", name, "--network", "host", *env_flags(env)]
    started = await engine_command(image, "run", *flags, *args)
    assert started.code == 0, started.stderr
    try:
        yield name
    finally:
        await engine_command(image, "rm", "-f", name)


@contextlib.asynccontextmanager
async def volume(image: Image) -> AsyncIterator[str]:
    """A named volume, removed at the end."""
    name = unique_name()
    assert (await engine_command(image, "volume", "create", name)).code == 0
    try:
        yield name
    finally:
        await engine_command(image, "volume", "rm", "-f", name)


async def stop(image: Image, container: str) -> int:
    """`docker stop` (SIGTERM), then the exit code the container ended with."""
    assert (await engine_command(image, "stop", container)).code == 0
    state = await engine_command(image, "inspect", "-f", "{{.State.ExitCode}}", container)
    return int(state.stdout.strip())


async def test_the_image_without_a_token_explains_in_one_line(image: Image) -> None:
    finished = await run_once(image, image.name, "run")
    lines = finished.stderr.strip().splitlines()

    assert finished.code == 2
    assert len(lines) == 1 and "@BotFather" in lines[0], finished.stderr


def service_variables(spec: dict[str, Any], api: FakeBotApi, database_url: str) -> dict[str, str]:
    """A compose service's settings, with this machine standing in for the compose network."""
    # Only the bot's own settings: the rest of this machine's environment stays outside.
    env = network_stand_ins(compose_environment(spec), api, database_url)
    return {key: value for key, value in env.items() if key.startswith("SMALLSTEPS_")}


async def test_the_image_runs_on_sqlite_then_moves_to_postgresql_as_the_readme_says(
    image: Image, api: FakeBotApi, sam: ScriptedPerson, postgres_url: str
) -> None:
    compose: dict[str, Any] = yaml.safe_load(read("docker-compose.yml"))
    migrate = compose["services"]["migrate"]
    migrate_env = service_variables(migrate, api, postgres_url)
    bot_spec = next(iter(bot_services(compose).values()))
    webhook_env = {
        **service_variables(bot_spec, api, postgres_url),
        "SMALLSTEPS_WEBHOOK_LISTEN": LISTEN,
    }
    port, path = webhook_env["SMALLSTEPS_WEBHOOK_PORT"], webhook_env["SMALLSTEPS_WEBHOOK_PATH"]
    webhook = f"http://{LISTEN}:{port}/{path}"
    health = f"http://{LISTEN}:{webhook_env['SMALLSTEPS_HEALTH_PORT']}{HEALTH_PATH}"

    async with volume(image) as data:
        # README, "Running with Docker": SQLite in the volume, Sam signs up, `docker stop`.
        polling_env = {"SMALLSTEPS_BOT_TOKEN": TOKEN, "SMALLSTEPS_TELEGRAM_BASE_URL": api.base_url}
        async with running(image, "-v", f"{data}:/data", image.name, env=polling_env) as bot:
            await onboard(sam)
            polling_exit = await stop(image, bot)
        owner = await run_once(
            image, "-v", f"{data}:/data", "--entrypoint", "stat", image.name, "-c", "%U", DB_FILE
        )
        # "From SQLite to PostgreSQL": compose's migrate service, then copy-data from the volume.
        migrated = await run_once(image, image.name, *command_of(migrate), env=migrate_env)
        old = "sqlite+aiosqlite:////old/smallsteps.db"  # the same volume, mounted at /old
        copied = await run_once(
            image, "-v", f"{data}:/old", image.name, "copy-data", "--from", old, env=migrate_env
        )
    # A compose bot: webhook mode on PostgreSQL, its health check run inside the container.
    async with running(image, image.name, *command_of(bot_spec), env=webhook_env) as bot:
        await answering(health)
        healthy = await engine_command(image, "exec", bot, *bot_spec["healthcheck"]["test"][1:])
        async with aiohttp.ClientSession() as http:
            statuses = await post_starts(http, webhook, range(sam.user_id, sam.user_id + 1))
        await sam.expect_text(WELCOME_BACK.splitlines()[0])
        webhook_exit = await stop(image, bot)

    assert (polling_exit, owner.stdout.strip()) == (0, "smallsteps")
    assert migrated.code == 0, migrated.stderr
    assert copied.code == 0 and "people 1" in copied.stdout, copied.stdout + copied.stderr
    assert (healthy.code, statuses, webhook_exit) == (0, [200], 0)
