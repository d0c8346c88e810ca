"""Fan-out at the cap: N people due at the same instant, sent through the real application.

Run from the repo root with the venv active::

    python -m benchmarks.fanout --people 10000 --json /tmp/fanout.json

With `--kind weekly` everyone is due their weekly summary instead, with a full week of check-ins
to chart; `--chart-workers N` draws the charts in N processes (0: in a thread).

With `--server-process` the local Bot API runs in a process of its own (`benchmarks.apiserver`),
so the bot's process spends its CPU on the bot alone, as it would against Telegram.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from benchmarks.apiserver import facts_of
from benchmarks.common import (
    DUE_INSTANT,
    backend_of,
    fresh_database,
    machine,
    opt_in_to_timedelta,
    seeded_database,
    settings_for,
    user_id,
    write_json,
)
from bot.app import SCHEDULER_KEY, SmallStepsApp, build_application, delivery_loop_of, services_from
from scheduler.sending import SendResult
from storage.models import Delivery
from testkit.app import start_application, stop_application
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi

log = logging.getLogger("benchmarks.fanout")

HEADER = (
    "| backend | people | rate | total s | ideal s | msg/s | 429s | peak/s "
    "| sendMessage ok | duplicates | missing | exactly one each |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|"
)
PROGRESS_SECONDS = 30
# The server's facts come as one JSON line, a few dozen bytes per person.
FACTS_LINE_LIMIT = 1 << 28


@dataclass(frozen=True)
class Plan:
    """What to run: how many people, at which rate, on which database server."""

    people: int
    rate: int
    server_rate: int | None
    server_url: str | None
    server_process: bool = False
    kind: str = "morning"
    chart_workers: int = 0


@dataclass
class FanoutResult:
    """What one fan-out run measured."""

    backend: str
    people: int
    rate: int
    server_rate: int | None
    total_seconds: float
    ideal_seconds: float
    messages_per_second: float
    too_many_requests: int
    peak_sends_per_second: int
    send_message_ok: int
    send_message_calls: int
    duplicates: int
    missing: int
    exactly_one_each: bool
    # CPU time of the bot's process (all its threads, the SQLite driver's included) per nudge.
    cpu_ms_per_nudge: float = 0.0
    statuses: dict[str, int] = field(default_factory=dict)
    deliveries_sent_in_db: int = 0
    sends_per_second: list[int] = field(default_factory=list)
    machine_before: dict[str, Any] = field(default_factory=dict)
    machine_after: dict[str, Any] = field(default_factory=dict)

    def row(self) -> str:
        """One Markdown table row."""
        cells = [
            self.backend,
            self.people,
            self.rate,
            f"{self.total_seconds:.1f}",
            f"{self.ideal_seconds:.1f}",
            f"{self.messages_per_second:.2f}",
            self.too_many_requests,
            self.peak_sends_per_second,
            self.send_message_ok,
            self.duplicates,
            self.missing,
            "yes" if self.exactly_one_each else "NO",
        ]
        return "| " + " | ".join(str(c) for c in cells) + " |"

    def details(self) -> str:
        """The figures that do not fit the row."""
        full = self.sends_per_second[:-1] or [0]
        return (
            f"cpu per nudge={self.cpu_ms_per_nudge:.2f} ms "
            f"statuses={self.statuses} sent_in_db={self.deliveries_sent_in_db} "
            f"sendMessage calls={self.send_message_calls} server_rate={self.server_rate} "
            f"sends per whole second: min={min(full)} max={max(full)}\n"
            f"machine before={self.machine_before} after={self.machine_after}"
        )


def _parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fanout", description=__doc__)
    parser.add_argument("--people", type=int, default=10_000, help="people due at once")
    parser.add_argument("--rate", type=int, default=30, help="bot send rate and server cap /s")
    parser.add_argument(
        "--server-rate", type=int, help="server cap if not --rate (0: none, to find the ceiling)"
    )
    parser.add_argument("--database-url", help="PostgreSQL server URL (default: temp SQLite)")
    parser.add_argument("--json", help="also write the results as JSON to this path")
    parser.add_argument(
        "--server-process", action="store_true", help="run the local Bot API in its own process"
    )
    parser.add_argument(
        "--kind", choices=("morning", "weekly"), default="morning", help="what everyone is due"
    )
    parser.add_argument(
        "--chart-workers", type=int, default=0, help="processes drawing charts (0: a thread)"
    )
    return parser


def _plan(arguments: argparse.Namespace) -> Plan:
    """The run the command line asks for."""
    server_rate = arguments.rate if arguments.server_rate is None else arguments.server_rate
    return Plan(
        arguments.people,
        arguments.rate,
        server_rate or None,
        arguments.database_url,
        arguments.server_process,
        arguments.kind,
        arguments.chart_workers,
    )


def _register(api: FakeBotApi, people: int) -> None:
    """Every seeded person has a private chat that accepts bot messages."""
    for i in range(people):
        api.person(user_id(i), f"P{i}", started=True)


async def _start_quiet(app: SmallStepsApp, clock: FakeClock) -> None:
    """Start the app a minute before the due instant, then pause its minute job.

    The scheduler runs the loop once at start and then every minute; paused, it cannot run a
    second loop concurrently with the one being timed.
    """
    await start_application(app)
    await asyncio.sleep(1.0)  # let the start-up run (nothing due yet) finish
    app.bot_data[SCHEDULER_KEY].pause()
    clock.set(DUE_INSTANT)


async def _progress(api: FakeBotApi, people: int) -> None:
    """Log the server's send count now and then while the run lasts."""
    started = time.monotonic()
    while True:
        await asyncio.sleep(PROGRESS_SECONDS)
        elapsed = time.monotonic() - started
        log.warning(
            "%.0fs: %d/%d sent, %d 429s",
            elapsed,
            api.stats.sends,
            people,
            api.stats.too_many_requests,
        )


async def _sent_in_db(app: SmallStepsApp) -> int:
    """Deliveries the database records as sent."""
    async with services_from(app).sessions() as session:
        statement = select(func.count()).where(Delivery.status == "sent")
        return int(await session.scalar(statement) or 0)


def _summarise(
    facts: dict[str, Any], plan: Plan, seconds: float, results: list[SendResult]
) -> FanoutResult:
    """Turn what the server saw (`benchmarks.apiserver.facts_of`) and the loop's results into
    the figures."""
    per_chat = Counter({int(chat): count for chat, count in facts["ok_by_chat"].items()})
    return FanoutResult(
        backend="",
        people=plan.people,
        rate=plan.rate,
        server_rate=plan.server_rate,
        total_seconds=seconds,
        ideal_seconds=plan.people / plan.rate,
        messages_per_second=plan.people / seconds,
        too_many_requests=facts["too_many_requests"],
        peak_sends_per_second=facts["peak_sends_per_second"],
        send_message_ok=sum(per_chat.values()),
        send_message_calls=facts["send_message_calls"],
        duplicates=sum(1 for n in per_chat.values() if n > 1),
        missing=sum(1 for i in range(plan.people) if per_chat[user_id(i)] == 0),
        exactly_one_each=len(per_chat) == plan.people and set(per_chat.values()) == {1},
        statuses=dict(Counter(r.status.value for r in results)),
        sends_per_second=facts["sends_per_second"],
    )


class ServerProcess:
    """`benchmarks.apiserver` running in a child process, asked for its facts over a pipe."""

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        self._child: asyncio.subprocess.Process | None = None
        self.base_url = self.base_file_url = ""

    async def __aenter__(self) -> ServerProcess:
        """Start the server and read where it listens."""
        self._child = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "benchmarks.apiserver",
            f"--people={self._plan.people}",
            f"--rate={self._plan.server_rate or 0}",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            limit=FACTS_LINE_LIMIT,
        )
        where = json.loads(await self._read_line())
        self.base_url, self.base_file_url = where["base_url"], where["base_file_url"]
        return self

    async def __aexit__(self, *_: object) -> None:
        """Close its input, which ends it."""
        assert self._child is not None and self._child.stdin is not None
        self._child.stdin.close()
        await self._child.wait()

    async def facts(self) -> dict[str, Any]:
        """What the server has seen so far."""
        assert self._child is not None and self._child.stdin is not None
        self._child.stdin.write(b"facts\n")
        await self._child.stdin.drain()
        facts: dict[str, Any] = json.loads(await self._read_line())
        return facts

    async def _read_line(self) -> bytes:
        """One line of the child's output."""
        assert self._child is not None and self._child.stdout is not None
        return await self._child.stdout.readline()


async def run(plan: Plan) -> FanoutResult:
    """Seed, start the real app against the local server, and time one fan-out."""
    if plan.server_process:
        async with fresh_database(plan.server_url) as url, ServerProcess(plan) as server:
            await _seeded(url, plan)
            return await _measured(plan, url, server.base_url, server.base_file_url, server.facts)
    async with fresh_database(plan.server_url) as url, FakeBotApi() as api:
        await _seeded(url, plan)
        _register(api, plan.people)
        api.rate_limit(per_second=plan.server_rate)

        async def facts() -> dict[str, Any]:
            return facts_of(api)

        reporter = asyncio.create_task(_progress(api, plan.people))
        try:
            return await _measured(plan, url, api.base_url, api.base_file_url, facts)
        finally:
            reporter.cancel()


async def _seeded(url: str, plan: Plan) -> None:
    """Everyone onboarded a day before, and due at the instant."""
    yesterday = DUE_INSTANT - timedelta(days=1)
    await seeded_database(url, plan.people, DUE_INSTANT, yesterday, kind=plan.kind)


async def _measured(
    plan: Plan,
    url: str,
    base_url: str,
    base_file_url: str,
    facts: Callable[[], Awaitable[dict[str, Any]]],
) -> FanoutResult:
    """Start the real app against the server at `base_url` and time one fan-out."""
    clock = FakeClock(DUE_INSTANT - timedelta(minutes=1))
    settings = settings_for(base_url, base_file_url, url, plan.rate, plan.chart_workers)
    app = build_application(settings, clock=clock)
    await _start_quiet(app, clock)
    try:
        before = machine()
        started, cpu_before = time.perf_counter(), time.process_time()
        results = await delivery_loop_of(app).run_once(DUE_INSTANT)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_before
        result = _summarise(await facts(), plan, seconds, results)
        result.cpu_ms_per_nudge = cpu * 1000 / plan.people
        result.machine_before, result.machine_after = before, machine()
        result.deliveries_sent_in_db = await _sent_in_db(app)
    finally:
        await stop_application(app)
    result.backend = backend_of(url)
    return result


def main() -> int:
    """Run the benchmark and print a Markdown row (and JSON, if asked)."""
    arguments = _parser().parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    opt_in_to_timedelta()
    result = asyncio.run(run(_plan(arguments)))
    print(HEADER)
    print(result.row())
    print(result.details())
    write_json(arguments.json, asdict(result))
    return 0 if result.exactly_one_each else 1


if __name__ == "__main__":
    sys.exit(main())
