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
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import yaml

from bot.health import HEALTH_PATH
from bot.texts.onboarding import WELCOME_BACK
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.conftest import machine_environment, missing_here
from tests.e2e.conftest import onboard
from tests.e2e.test_deploy import ROOT, bot_services, command_of, read
from tests.e2e.test_deploy_run import compose_environment, network_stand_ins, post_starts
from tests.e2e.test_fleet import answering

TOKEN = "123456:IMAGE"
BUILD_TIMEOUT = 900
COMMAND_TIMEOUT = 120
# Inside its own network namespace a bot listens on 0.0.0.0; on this machine's, on loopback.
LISTEN = "127.0.0.1"
# The image's SQLite default, in its /data volume.
DB_FILE = "/data/smallsteps.db"
# What Podman needs on a machine like CI's, as a full path: a relative one only works from ROOT.
CONTAINERS_CONF = ROOT / ".ci" / "containers.conf"


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


def last_line(output: str) -> str:
    """The last non-empty line an engine printed: the one that says what went wrong."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def answering_engine() -> str:
    """Docker if its engine answers, else Podman; skip (fail in CI) where neither answers."""
    reasons = []
    for name in ("docker", "podman"):
        path = shutil.which(name)
        if path is None:
            continue
        info = subprocess.run([path, "info"], capture_output=True, text=True)
        if info.returncode == 0:
            return path
        reasons.append(f"{name}: {last_line(info.stderr)}")
    missing_here(
        "; ".join(["no container engine runs here", *reasons]),
        in_ci=".ci/run should have installed Podman",
    )


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
            and subprocess.run(
                [engine, "pull", base], capture_output=True, env=machine_environment()
            ).returncode
        ):
            missing_here(
                f"the base image {base} cannot be pulled here",
                in_ci=".ci/run should have made a stand-in with .ci/python-base-image",
            )


def require_a_container_starts(engine: str, image: str | None = None) -> None:
    """Start a tiny container (of `image`, else the base) as the tests start theirs; skip (fail
    in CI) where none can."""
    # `info` and `build` can succeed where no container starts (Podman in a VM whose limits its
    # runtime may not set), so only a container that really ran proves the tests can run.
    probe = [engine, "run", "--rm", "--network", "host", image or base_images()[0], "true"]
    started = subprocess.run(probe, capture_output=True, text=True, timeout=COMMAND_TIMEOUT)
    if started.returncode:
        name = Path(engine).name
        hint = f" (try CONTAINERS_CONF={CONTAINERS_CONF})" if name == "podman" else ""
        missing_here(
            f"{name} cannot start a container here: {last_line(started.stderr)}{hint}",
            in_ci=".ci/run should have set CONTAINERS_CONF to .ci/containers.conf's full path",
        )


def volume_names(engine: str) -> set[str]:
    """Every volume the engine holds, named or anonymous."""
    listed = subprocess.run([engine, "volume", "ls", "-q"], capture_output=True, text=True)
    assert listed.returncode == 0, listed.stderr
    return set(listed.stdout.split())


@pytest.fixture(scope="session")
def container_engine() -> str:
    """The engine that can run the image here, proven once by starting a container."""
    engine = answering_engine()
    require_base_images(engine)
    require_a_container_starts(engine)
    return engine


@pytest.fixture(scope="module")
def no_volumes_left(container_engine: str) -> Iterator[None]:
    """Fail if the module's containers left a volume behind (the image's /data is one)."""
    before = volume_names(container_engine)
    yield
    left = volume_names(container_engine) - before
    assert not left, f"volumes left behind: {sorted(left)}"


@pytest.fixture(scope="module")
def image(container_engine: str, no_volumes_left: None) -> Iterator[Image]:
    """The Dockerfile built once for this module, removed afterwards."""
    engine = container_engine
    name = unique_name()
    # The build stage's pip reaches PyPI the way this machine does, not through the suite's dead
    # proxy. The containers keep that one: what they send to loopback must never go through it.
    build = [engine, "build", "--network", "host", "-t", name, "."]
    built = subprocess.run(
        build,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        env=machine_environment(),
    )
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
        # `-v`: the image's anonymous /data volume goes too (only `run --rm` removes it unasked).
        await engine_command(image, "rm", "-f", "-v", name)


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
        await sam.expect_text(en(WELCOME_BACK).splitlines()[0])
        webhook_exit = await stop(image, bot)

    assert (polling_exit, owner.stdout.strip()) == (0, "smallsteps")
    assert migrated.code == 0, migrated.stderr
    assert copied.code == 0 and "people 1" in copied.stdout, copied.stdout + copied.stderr
    assert (healthy.code, statuses, webhook_exit) == (0, [200], 0)
