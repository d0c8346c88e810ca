"""Every benchmark runs to the end at a tiny size, with the suite's dead proxy in its environment.

The figures are not checked here (docs/benchmarks.md has them); that each command still works
is, so the reproducible commands the docs give stay reproducible.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEAD_PROXY, PROXY_VARIABLES

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 300
TINY_RUNS = {
    "answering": ["--people", "2", "--per-person", "2", "--rounds", "1"],
    "chart": ["--runs", "2"],
    "fanout": ["--people", "20", "--rate", "1000"],
    "memory": ["--people", "20"],
    "scheduler_cost": ["--people", "20", "--burst", "20", "--no-cost"],
    "screening": [],
    "weekly": ["--people", "5", "--history-days", "3"],
    "worst_minute": ["--people", "10", "--later", "2", "--rate", "1000", "--round-trip", "0.001"],
}


@pytest.mark.parametrize("name", TINY_RUNS)
def test_the_benchmark_runs_at_a_tiny_size_behind_a_dead_proxy(name: str) -> None:
    assert all(os.environ[variable] == DEAD_PROXY for variable in PROXY_VARIABLES)

    finished = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{name}", *TINY_RUNS[name]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
    )

    assert finished.returncode == 0, finished.stdout[-2000:] + finished.stderr[-4000:]
