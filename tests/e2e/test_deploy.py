"""The deployment files agree with the code: compose, Caddyfile, Dockerfile, .env.example."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.health import HEALTH_PATH
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SETTING_NAME = re.compile(r"\bSMALLSTEPS_[A-Z0-9_]+\b")
# ${NAME}, ${NAME:-default} and ${NAME:?error}, as compose interpolates them.
INTERPOLATION = re.compile(r"\$\{(?P<name>\w+)(?::(?P<op>[-?])(?P<arg>[^}]*))?\}")
KNOWN = {f"SMALLSTEPS_{name.upper()}" for name in Settings.model_fields}


def read(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    parsed: dict[str, Any] = yaml.safe_load(read("docker-compose.yml"))
    return parsed


def bot_services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The services that run the bot (rather than migrate it or proxy to it)."""
    services: dict[str, dict[str, Any]] = compose["services"]
    return {name: s for name, s in services.items() if "run" in command_of(s)}


def command_of(service: dict[str, Any]) -> list[str]:
    command = service.get("command", [])
    return shlex.split(command) if isinstance(command, str) else [str(part) for part in command]


def interpolated(value: str) -> str:
    """A compose value with variables filled in: defaults as given, required ones as 'x'."""
    return INTERPOLATION.sub(lambda m: m["arg"] if m["op"] == "-" else "x", value)


@pytest.mark.parametrize("name", ["docker-compose.yml", ".env.example", "deploy/Caddyfile"])
def test_every_smallsteps_name_in_the_deployment_files_is_a_setting(name: str) -> None:
    unknown = set(SETTING_NAME.findall(read(name))) - KNOWN

    assert not unknown, f"{name} names settings that do not exist: {sorted(unknown)}"


@pytest.mark.parametrize("name", [".env.example", "README.md"])
def test_every_setting_is_documented(name: str) -> None:
    missing = KNOWN - set(SETTING_NAME.findall(read(name)))

    assert not missing, f"{name} does not mention {sorted(missing)}"


def test_two_bots_run_in_webhook_mode_after_the_migration(compose: dict[str, Any]) -> None:
    bots = bot_services(compose)
    migrate = compose["services"]["migrate"]

    assert len(bots) >= 2
    for name, service in bots.items():
        assert command_of(service) == ["run", "--webhook"], name
        assert service["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert command_of(migrate) == ["migrate"]
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "healthcheck" in compose["services"]["postgres"]


def test_the_bots_share_one_database_and_one_secret(compose: dict[str, Any]) -> None:
    bots = list(bot_services(compose).values())
    urls = {bot["environment"]["SMALLSTEPS_DATABASE_URL"] for bot in bots}
    urls.add(compose["services"]["migrate"]["environment"]["SMALLSTEPS_DATABASE_URL"])

    assert len(urls) == 1 and next(iter(urls)).startswith("postgresql+asyncpg://")
    # The secret comes from .env for every bot; an override in one would split the fleet.
    assert all(bot["env_file"] == ".env" for bot in bots)
    assert all("SMALLSTEPS_WEBHOOK_SECRET" not in bot["environment"] for bot in bots)


def test_the_bots_environment_is_a_complete_webhook_configuration(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, service in bot_services(compose).items():
        for key, value in service["environment"].items():
            monkeypatch.setenv(key, interpolated(str(value)))
        monkeypatch.setenv("SMALLSTEPS_WEBHOOK_SECRET", "from-dot-env_0123456789")
        settings = Settings(_env_file=None)

        assert settings.webhook_problem is None, name
        assert settings.webhook_listen == "0.0.0.0", name
        assert settings.full_webhook_url.startswith("https://"), name


def test_the_proxy_and_the_healthchecks_use_the_bots_ports_and_path(
    compose: dict[str, Any],
) -> None:
    caddyfile = read("deploy/Caddyfile")
    proxy = compose["services"]["proxy"]
    mounted = [volume.split(":")[0] for volume in proxy["volumes"]]

    assert "./deploy/Caddyfile" in mounted
    for name, service in bot_services(compose).items():
        env = service["environment"]
        port, health = env["SMALLSTEPS_WEBHOOK_PORT"], env["SMALLSTEPS_HEALTH_PORT"]
        assert f"{name}:{port}" in caddyfile.split("reverse_proxy", 1)[1].splitlines()[0]
        assert f"handle /{env['SMALLSTEPS_WEBHOOK_PATH']} {{" in caddyfile
        assert re.search(rf"^\s*health_port {health}$", caddyfile, re.MULTILINE)
        assert re.search(rf"^\s*health_uri {HEALTH_PATH}$", caddyfile, re.MULTILINE)
        assert f"127.0.0.1:{health}{HEALTH_PATH}" in " ".join(service["healthcheck"]["test"])


def test_the_image_runs_the_console_script() -> None:
    dockerfile = read("Dockerfile")

    assert 'ENTRYPOINT ["smallsteps"]' in dockerfile
    assert "python:3" in dockerfile  # The bots' healthcheck runs python inside the image.
