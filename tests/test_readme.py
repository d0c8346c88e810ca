"""The README's quick start: two commands, and CI runs the second exactly as written."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quick_start() -> list[str]:
    """The shell commands in the README's "Quick start" section, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.DOTALL)]


def test_the_quick_start_is_one_command_to_run_the_bot_and_one_to_test() -> None:
    commands = quick_start()

    assert len(commands) == 2, commands
    assert all("\n" not in command for command in commands), commands
    assert commands[0].endswith("smallsteps try") and commands[1].endswith("pytest")


def test_ci_runs_the_readmes_test_command_as_written() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()

    assert quick_start()[1] in ci_lines
