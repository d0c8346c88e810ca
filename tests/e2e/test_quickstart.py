"""The README's quick start, run as written on a fresh Debian machine with Debian's own Python.

`.ci/debian-image` makes that machine: Debian bookworm with python3 and python3-venv only, so no
pip system-wide and PEP 668's marker in force, as a newcomer's Debian or Ubuntu has it. The
working tree, as a clone of it would hold it, is copied in and everything runs in one container
(the pip installs take minutes), on this machine's network, where pypi.org answers.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.texts.onboarding import WELCOME_NEW
from bot.texts.trial import GOODBYE
from testkit.words import en
from tests.conftest import MACHINE_PROXIES, machine_environment, missing_here
from tests.e2e.test_image import env_flags, last_line, require_a_container_starts, unique_name
from tests.test_readme import ROOT, quick_start

IMAGE = "localhost/smallsteps-fresh-debian:bookworm"
IMAGE_SCRIPT = ROOT / ".ci" / "debian-image"
# Generous, for a loaded machine: debootstrap, and two venvs filled from PyPI.
BUILD_TIMEOUT = 1200
RUN_TIMEOUT = 1200
WORKDIR = "/src"
# What a newcomer types: the first greeting, then leave.
CHAT = "/start\n/quit\n"
# A few quick tests that need no PostgreSQL, Caddy or container engine inside the container.
SUBSET = "pytest -q -p no:cacheprovider tests/test_readme.py tests/bot/test_timeparse.py"
MARK = "@@@ quickstart"


@dataclass(frozen=True)
class Step:
    """What one step of the script printed (stdout and stderr together) and its exit code."""

    output: str
    code: int


def podman() -> str:
    """Podman, if it answers here; skip (fail in CI) where it does not."""
    path = shutil.which("podman")
    if path is None:
        missing_here("Podman is not installed", in_ci=".ci/run should have installed Podman")
    info = subprocess.run([path, "info"], capture_output=True, text=True)
    if info.returncode:
        missing_here(
            f"podman does not answer here: {last_line(info.stderr)}",
            in_ci=".ci/run should have installed Podman",
        )
    return path


def require_image(engine: str) -> None:
    """Make the fresh Debian image unless it is here; skip (fail in CI) where it cannot be made."""
    if subprocess.run([engine, "image", "exists", IMAGE]).returncode == 0:
        return
    # debootstrap fetches from deb.debian.org the way this machine does, not via the dead proxy.
    built = subprocess.run(
        [str(IMAGE_SCRIPT)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        env=machine_environment(),
    )
    if built.returncode:
        missing_here(
            f"{IMAGE} is absent and .ci/debian-image could not make it: {last_line(built.stderr)}",
            in_ci=".ci/run should have made it with .ci/debian-image",
        )


@pytest.fixture(scope="module")
def fresh_debian() -> str:
    """Podman, proven to start a container from the fresh Debian image."""
    engine = podman()
    require_image(engine)
    require_a_container_starts(engine, IMAGE)
    return engine


def copy_working_tree(destination: Path) -> None:
    """Copy what a clone of this working tree holds (tracked and new files, not ignored ones)."""
    # The working tree, not HEAD: what is being changed now is what must work.
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        text=True,
        check=True,
    )
    for name in filter(None, listed.stdout.split("\0")):
        source = ROOT / name
        if not source.exists():  # Tracked but deleted in the working tree.
            continue
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)


def readme_test_command_on_a_subset() -> str:
    """The README's test command with its install part as written, on a few tests only."""
    command = quick_start()[1]
    assert command.endswith(".venv/bin/pytest"), command
    return command.removesuffix("pytest") + SUBSET


def step(name: str, shell: str) -> str:
    """Shell that runs one step in a subshell, between markers that carry its exit code."""
    begin = f"printf '\\n{MARK} begin {name}\\n'"
    end = f"printf '\\n{MARK} end {name} %s\\n' \"$?\""
    return f"{begin}; ( {shell} ) 2>&1; {end}"


def script() -> str:
    """The whole run: PEP 668 shown in force, then both quick-start commands."""
    probe_pip = "python3 -m venv /tmp/probe && /tmp/probe/bin/pip --python /usr/bin/python3"
    return "\n".join(
        [
            # A fresh Debian has no pip for its own Python ...
            step("no-system-pip", "python3 -m pip --version"),
            # ... and a pip pointed at that Python refuses to install into it (PEP 668).
            step("pep-668", f"{probe_pip} install ."),
            # The commands come in the environment, so they run exactly as the README has them.
            step("quick-start-1", 'printf %s "$CHAT" | sh -c "$QUICK_START_1"'),
            step("quick-start-2", 'sh -c "$QUICK_START_2"'),
        ]
    )


def parse_steps(output: str) -> dict[str, Step]:
    """Each step's output and exit code, by name, from the markers the script printed."""
    pattern = rf"{MARK} begin (\S+)\n(.*?)\n{MARK} end \1 (\d+)"
    found = re.findall(pattern, output, re.DOTALL)
    return {name: Step(text, int(code)) for name, text, code in found}


def tail(step: Step) -> str:
    """The end of a step's output, enough to say what went wrong."""
    return f"exit {step.code}:\n{step.output[-3000:]}"


def test_the_quick_start_works_as_written_on_a_fresh_debian(
    fresh_debian: str, tmp_path: Path
) -> None:
    copy_working_tree(tmp_path)
    env = {
        "QUICK_START_1": quick_start()[0],
        # CI runs this command in full on the host (.ci/run): the whole suite needs PostgreSQL,
        # Caddy and Podman, which this fresh machine has not. Here its install part runs as written.
        "QUICK_START_2": readme_test_command_on_a_subset(),
        "CHAT": CHAT,
        # The machine's own proxies (none normally), not the suite's dead one: pip must reach PyPI.
        **{name: value for name, value in MACHINE_PROXIES.items() if value},
    }
    name = unique_name()
    # `--http-proxy=false`: Podman would otherwise hand the container its own (dead) proxy.
    run = [
        *(fresh_debian, "run", "--rm", "--name", name, "--network", "host", "--http-proxy=false"),
        *("-v", f"{tmp_path}:{WORKDIR}", "-w", WORKDIR, *env_flags(env)),
        *(IMAGE, "sh", "-c", script()),
    ]
    try:
        finished = subprocess.run(run, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    finally:
        # A timeout kills Podman's client, not the container: remove it, volumes and all.
        subprocess.run([fresh_debian, "rm", "-f", "-v", name], capture_output=True)
    steps = parse_steps(finished.stdout)

    assert list(steps) == ["no-system-pip", "pep-668", "quick-start-1", "quick-start-2"], (
        finished.stdout[-3000:] + finished.stderr[-3000:]
    )
    no_pip, pep_668, first, second = steps.values()
    assert no_pip.code and "No module named pip" in no_pip.output, tail(no_pip)
    assert pep_668.code and "externally-managed-environment" in pep_668.output, tail(pep_668)
    assert first.code == 0, tail(first)
    assert en(WELCOME_NEW).splitlines()[0] in first.output, tail(first)
    assert GOODBYE.split(" Your")[0] in first.output, tail(first)
    assert second.code == 0 and " passed" in second.output, tail(second)
