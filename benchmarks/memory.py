"""Memory of a started bot: an empty database vs N people scheduled (due tomorrow).

Each case runs in a fresh subprocess (``--child``) against the local Bot API server, which
lives in this (parent) process so it does not count towards the bot's memory. Run from the
repo root with the venv active::

    python -m benchmarks.memory --people 100000 --json /tmp/memory.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from benchmarks.common import (
    DUE_INSTANT,
    backend_of,
    current_rss_mb,
    fresh_database,
    machine,
    opt_in_to_timedelta,
    peak_rss_mb,
    seeded_database,
    settings_for,
    write_json,
)
from bot.app import SmallStepsApp, build_application, delivery_loop_of, services_from
from testkit.app import start_application, stop_application
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi

GOAL_MB = 50.0
REPEATS = 5
# Everyone's morning nudge is due tomorrow: the bot has nothing to send today.
TOMORROW = DUE_INSTANT + timedelta(days=1)
HEADER = (
    "| backend | people | RSS after imports MiB | RSS started MiB | peak RSS MiB "
    "| start-up s | first run_once ms | median run_once ms |\n"
    "|---|---|---|---|---|---|---|---|"
)


@dataclass
class ChildResult:
    """What one bot process measured about itself."""

    people: int
    rss_after_imports_mb: float
    rss_started_mb: float
    peak_rss_mb: float
    startup_seconds: float
    first_run_once_ms: float
    median_run_once_ms: float
    sent: int
    query_plans: dict[str, list[str]]
    backend: str = ""
    seed_seconds: float = 0.0
    history_days: int = 0

    def row(self) -> str:
        """One Markdown table row."""
        cells = [
            self.backend,
            self.people,
            f"{self.rss_after_imports_mb:.1f}",
            f"{self.rss_started_mb:.1f}",
            f"{self.peak_rss_mb:.1f}",
            f"{self.startup_seconds:.2f}",
            f"{self.first_run_once_ms:.1f}",
            f"{self.median_run_once_ms:.1f}",
        ]
        return "| " + " | ".join(str(c) for c in cells) + " |"


def _parser() -> argparse.ArgumentParser:
    """The command line (the --child options are for the parent's use)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory", description=__doc__)
    parser.add_argument("--people", type=int, default=100_000, help="people scheduled")
    parser.add_argument("--database-url", help="PostgreSQL server URL (default: temp SQLite)")
    parser.add_argument(
        "--history-days", type=int, default=0, help="also seed this many days of sent nudges"
    )
    parser.add_argument("--json", help="also write the results as JSON to this path")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--api-base-url", help=argparse.SUPPRESS)
    parser.add_argument("--api-file-url", help=argparse.SUPPRESS)
    return parser


# ---------------------------------------------------------------- the bot process (child)


# The two queries every run_once makes, recognised by a fragment of their SQL.
QUERIES = {
    "due": ("FROM schedules JOIN people", "next_due_at <="),
    "stale": ("FROM deliveries", "claimed_at <"),
}
Captured = dict[str, tuple[str, Any]]


def _capture_queries(engine: Engine, found: Captured) -> None:
    """Remember the SQL (and parameters) of the delivery loop's queries as they run."""

    def listen(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        """Keep the first statement of each kind."""
        for name, fragments in QUERIES.items():
            if name not in found and all(f in sql for f in fragments):
                found[name] = (sql, params)

    event.listen(engine, "before_cursor_execute", listen)


async def _query_plans(app: SmallStepsApp, captured: Captured) -> dict[str, list[str]]:
    """The database's plan (EXPLAIN) for each captured query."""
    engine = services_from(app).engine
    explain = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
    plans: dict[str, list[str]] = {}
    async with engine.connect() as connection:
        for name, (sql, params) in captured.items():
            rows = (await connection.exec_driver_sql(explain + sql, params)).all()
            plans[name] = [str(row[-1]).strip() for row in rows]
    return plans


async def _time_run_once(app: SmallStepsApp) -> tuple[float, int]:
    """One run_once at the clock's time, in ms, and how many it sent."""
    started = time.perf_counter()
    results = await delivery_loop_of(app).run_once()
    return (time.perf_counter() - started) * 1000, len(results)


async def _child(arguments: argparse.Namespace, rss_after_imports: float) -> ChildResult:
    """Start the bot, run the loop a few times, measure this process."""
    settings = settings_for(arguments.api_base_url, arguments.api_file_url, arguments.database_url)
    started = time.perf_counter()
    app = build_application(settings, clock=FakeClock(DUE_INSTANT))
    captured: Captured = {}
    _capture_queries(services_from(app).engine.sync_engine, captured)
    await start_application(app)
    startup = time.perf_counter() - started
    try:
        timings = [await _time_run_once(app) for _ in range(REPEATS)]
        plans = await _query_plans(app, captured)
        await asyncio.sleep(0.5)
        rss_started = current_rss_mb()
    finally:
        await stop_application(app)
    return ChildResult(
        people=arguments.people,
        rss_after_imports_mb=rss_after_imports,
        rss_started_mb=rss_started,
        peak_rss_mb=peak_rss_mb(),
        startup_seconds=startup,
        first_run_once_ms=timings[0][0],
        median_run_once_ms=statistics.median(ms for ms, _ in timings),
        sent=sum(n for _, n in timings),
        query_plans=plans,
    )


# ---------------------------------------------------------------- the parent


async def _spawn(api: FakeBotApi, url: str, people: int) -> ChildResult:
    """Run one bot process on a seeded database and read its JSON answer."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.memory", "--child", "--people", str(people),
        "--database-url", url, "--api-base-url", api.base_url, "--api-file-url",
        api.base_file_url, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, _ = await process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"child for {people} people failed with {process.returncode}")
    return ChildResult(**json.loads(out.decode().strip().splitlines()[-1]))


async def _measure(
    api: FakeBotApi, server_url: str | None, people: int, history_days: int
) -> ChildResult:
    """Seed a fresh database with `people` due tomorrow, then measure a bot on it."""
    async with fresh_database(server_url) as url:
        started = time.perf_counter()
        await seeded_database(url, people, TOMORROW, DUE_INSTANT - timedelta(days=1), history_days)
        seed_seconds = time.perf_counter() - started
        result = await _spawn(api, url, people)
    result.backend, result.seed_seconds = backend_of(url), seed_seconds
    result.history_days = history_days if people else 0
    return result


async def _parent(arguments: argparse.Namespace) -> list[ChildResult]:
    """Measure an empty bot, then one with `--people` scheduled."""
    async with FakeBotApi() as api:
        return [
            await _measure(api, arguments.database_url, n, arguments.history_days)
            for n in (0, arguments.people)
        ]


def _report(empty: ChildResult, full: ChildResult) -> str:
    """The table and the difference against the goal."""
    grown = full.rss_started_mb - empty.rss_started_mb
    peak_grown = full.peak_rss_mb - empty.peak_rss_mb
    verdict = "met" if max(grown, peak_grown) <= GOAL_MB else "MISSED"
    return "\n".join(
        [
            HEADER,
            empty.row(),
            full.row(),
            f"difference: RSS {grown:+.1f} MiB, peak RSS {peak_grown:+.1f} MiB "
            f"(goal <= {GOAL_MB:.0f} MiB: {verdict}); sent {full.sent}; "
            f"seeding {full.people} people and {full.history_days} days of history took "
            f"{full.seed_seconds:.1f}s",
            *(f"{name} query plan: " + " / ".join(plan) for name, plan in full.query_plans.items()),
        ]
    )


def main() -> int:
    """Parent: run both cases and print the table; child: measure and print JSON."""
    rss_after_imports = current_rss_mb()
    arguments = _parser().parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    opt_in_to_timedelta()
    if arguments.child:
        result = asyncio.run(_child(arguments, rss_after_imports))
        print(json.dumps(asdict(result)))
        return 0
    empty, full = asyncio.run(_parent(arguments))
    print(_report(empty, full))
    payload = {"empty": asdict(empty), "scheduled": asdict(full), "machine": machine()}
    write_json(arguments.json, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
