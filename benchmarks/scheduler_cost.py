# ruff: noqa: ASYNC109  (timeouts here are plain numbers handed to wait_for)
"""Scheduler cost: our one-minute job and `schedules` table beside one JobQueue job per person.

Two questions, both answered side by side in one run:

* memory (RSS) and start-up time of a started bot with N people scheduled, each bot in a fresh
  subprocess: ours (``benchmarks.memory --child``) and python-telegram-bot's JobQueue with one
  ``run_daily`` job per person, loaded from the same database (the common design);
* of 10,000 nudges due in the same second, how many each one actually sends. JobQueue runs
  against the local Bot API server enforcing 30/s with APScheduler's default misfire grace time;
  ours is one ``run_once`` of the real delivery loop, as ``benchmarks.fanout`` does.

Needs ``pip install -e '.[bench]'`` (python-telegram-bot[job-queue]). Run from the repo root::

    python -m benchmarks.scheduler_cost --people 100000 1000000 --json /tmp/scheduler-cost.json
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from benchmarks.common import (
    DUE_INSTANT,
    current_rss_mb,
    fresh_database,
    machine,
    opt_in_to_timedelta,
    peak_rss_mb,
    seeded_database,
    stock_builder,
    user_id,
    write_json,
)
from benchmarks.fanout import FanoutResult, Plan
from benchmarks.fanout import run as run_fanout
from benchmarks.memory import TOMORROW, ChildResult, _spawn
from storage.db import create_engine
from storage.models import Person
from testkit.app import start_application, stop_application
from testkit.fakeapi import FakeBotApi

log = logging.getLogger("benchmarks.scheduler_cost")

PROGRESS_EVERY = 10_000
NUDGE_TEXT = "Good morning! How are you arriving today?"
# The burst's jobs are all due this long after they have been created (creating 10,000 takes ~4 s).
BURST_LEAD_SECONDS = 20.0
BURST_WATCH_SECONDS = 90.0
COST_HEADER = (
    "| design | people | RSS started MiB | peak RSS MiB | start-up s | seed s | note |\n"
    "|---|---|---|---|---|---|---|"
)


@dataclass
class CostResult:
    """Memory and start-up of one bot process with `people` scheduled."""

    design: str
    people: int
    rss_after_imports_mb: float = 0.0
    rss_started_mb: float = 0.0
    peak_rss_mb: float = 0.0
    startup_seconds: float = 0.0
    seed_seconds: float = 0.0
    load_seconds: float = 0.0
    create_jobs_seconds: float = 0.0
    scheduler_start_seconds: float = 0.0
    jobs: int = 0
    finished: bool = True
    note: str = ""

    def row(self) -> str:
        """One Markdown table row."""
        seconds = self.startup_seconds
        started = f"{seconds:.2f}" if self.finished else f"> {seconds:.0f}"
        cells = [
            self.design,
            self.people,
            f"{self.rss_started_mb:.1f}",
            f"{self.peak_rss_mb:.1f}",
            started,
            f"{self.seed_seconds:.1f}",
            self.note,
        ]
        return "| " + " | ".join(str(c) for c in cells) + " |"


@dataclass
class BurstResult:
    """What the JobQueue bot did with `people` jobs due in the same second."""

    people: int
    due_at: str = ""
    submitted: int = 0
    missed: int = 0
    callbacks_started: int = 0
    sent_ok: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    latest_start_after_due_s: float = 0.0
    server_sends: int = 0
    server_429s: int = 0
    server_peak_per_second: int = 0
    send_message_calls: int = 0
    watched_seconds: float = 0.0


# ---------------------------------------------------------------- the JobQueue bot (child)


def _parser() -> argparse.ArgumentParser:
    """The command line (the --child options are for the parent's use)."""
    prog = "python -m benchmarks.scheduler_cost"
    parser = argparse.ArgumentParser(prog=prog, description=__doc__)
    parser.add_argument("--people", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--burst", type=int, default=10_000, help="nudges due in one second")
    parser.add_argument("--no-burst", action="store_true", help="only memory and start-up")
    parser.add_argument("--no-cost", action="store_true", help="only the burst")
    parser.add_argument(
        "--jobqueue-burst-only", action="store_true", help="burst: skip our side (diagnosis)"
    )
    parser.add_argument(
        "--jobqueue-timeout",
        type=float,
        default=300.0,
        help="give up on a JobQueue bot that has not started after this many seconds",
    )
    parser.add_argument("--our-rate", type=int, default=1000, help="our bot's send rate (burst)")
    parser.add_argument(
        "--our-server-rate", type=int, default=0, help="server cap for our burst (0: none)"
    )
    parser.add_argument("--json", help="also write the results as JSON to this path")
    parser.add_argument("--child", choices=["cost", "burst"], help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    parser.add_argument("--api-base-url", help=argparse.SUPPRESS)
    parser.add_argument("--api-file-url", help=argparse.SUPPRESS)
    return parser


def _jobqueue_app(base_url: str, file_url: str) -> Any:
    """A bare python-telegram-bot application with its default JobQueue."""
    return stock_builder(base_url, file_url).build()


async def _nudge(context: Any) -> None:
    """The job: send the morning nudge to the job's chat (no retry, as most bots do)."""
    await context.bot.send_message(context.job.chat_id, NUDGE_TEXT)


async def _people_rows(database_url: str) -> list[tuple[int, str, clock_time]]:
    """Everyone's chat, timezone and check-in time, as a bot restoring its jobs reads them."""
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            statement = select(Person.chat_id, Person.timezone, Person.checkin_time)
            rows = (await connection.execute(statement)).all()
    finally:
        await engine.dispose()
    return [(int(r[0]), str(r[1]), r[2]) for r in rows if r[2] is not None]


def _progress(jobs: int, since: float) -> None:
    """One JSON line on stderr, so the parent knows how far a slow child got."""
    line = {"jobs": jobs, "seconds": time.perf_counter() - since, "rss_mb": current_rss_mb()}
    print(json.dumps(line), file=sys.stderr, flush=True)


async def _cost_child(arguments: argparse.Namespace, rss_after_imports: float) -> CostResult:
    """Load everyone, schedule one run_daily job each, start the bot, measure this process."""
    started = time.perf_counter()
    app = _jobqueue_app(arguments.api_base_url, arguments.api_file_url)
    rows = await _people_rows(arguments.database_url)
    loaded = time.perf_counter()
    for index, (chat_id, zone, at) in enumerate(rows, 1):
        when = at.replace(tzinfo=ZoneInfo(zone))
        app.job_queue.run_daily(_nudge, when, chat_id=chat_id, name=f"nudge-{chat_id}")
        if index % PROGRESS_EVERY == 0:
            _progress(index, started)
    created = time.perf_counter()
    await start_application(app)  # the JobQueue's scheduler starts here and files every job
    ready = time.perf_counter()
    try:
        await asyncio.sleep(0.5)
        rss_started, jobs = current_rss_mb(), len(app.job_queue.jobs())
    finally:
        await stop_application(app)
    return CostResult(
        design="JobQueue run_daily per person",
        people=arguments.people[0],
        rss_after_imports_mb=rss_after_imports,
        rss_started_mb=rss_started,
        peak_rss_mb=peak_rss_mb(),
        startup_seconds=ready - started,
        load_seconds=loaded - started,
        create_jobs_seconds=created - loaded,
        scheduler_start_seconds=ready - created,
        jobs=jobs,
    )


class BurstCounter:
    """What happened to each job of the burst, as the bot saw it."""

    def __init__(self, due: datetime, people: int) -> None:
        self.due = due
        self.people = people
        self.done = asyncio.Event()
        self.submitted = 0
        self.missed = 0
        self.started = 0
        self.ok = 0
        self.errors: Counter[str] = Counter()
        self.latest_start = 0.0

    def on_event(self, event: Any) -> None:
        """APScheduler events: a job submitted to the executor, or missed (misfire)."""
        from apscheduler.events import EVENT_JOB_MISSED

        if event.code == EVENT_JOB_MISSED:
            self.missed += 1
            self._check()
        else:
            self.submitted += 1

    async def nudge(self, context: Any) -> None:
        """The job, counted."""
        self.started += 1
        self.latest_start = max(self.latest_start, (datetime.now(UTC) - self.due).total_seconds())
        await _nudge(context)
        self.ok += 1
        self._check()

    async def on_error(self, update: object, context: Any) -> None:
        """The application's error handler: a failed job ends here."""
        self.errors[type(context.error).__name__] += 1
        self._check()

    def _check(self) -> None:
        """Set `done` once every job was missed, or ran to success or error."""
        if self.missed + self.ok + sum(self.errors.values()) >= self.people:
            self.done.set()


async def _burst_child(arguments: argparse.Namespace) -> BurstResult:
    """Schedule `burst` jobs due in the same second, start the bot, count what happens."""
    from apscheduler.events import EVENT_JOB_MISSED, EVENT_JOB_SUBMITTED

    people = arguments.burst
    app = _jobqueue_app(arguments.api_base_url, arguments.api_file_url)
    due = (datetime.now(UTC) + timedelta(seconds=BURST_LEAD_SECONDS)).replace(microsecond=0)
    counter = BurstCounter(due, people)
    app.add_error_handler(counter.on_error)
    for i in range(people):
        app.job_queue.run_daily(counter.nudge, due.timetz(), chat_id=user_id(i), name=f"n{i}")
    if datetime.now(UTC) > due - timedelta(seconds=2):
        raise RuntimeError("creating the burst's jobs took longer than the lead time")
    app.job_queue.scheduler.add_listener(counter.on_event, EVENT_JOB_MISSED | EVENT_JOB_SUBMITTED)
    await start_application(app)
    try:
        await asyncio.sleep((due - datetime.now(UTC)).total_seconds())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(counter.done.wait(), BURST_WATCH_SECONDS)
        watched = (datetime.now(UTC) - due).total_seconds()
    finally:
        await stop_application(app)
    return BurstResult(
        people=people,
        due_at=due.isoformat(),
        submitted=counter.submitted,
        missed=counter.missed,
        callbacks_started=counter.started,
        sent_ok=counter.ok,
        errors=dict(counter.errors),
        latest_start_after_due_s=counter.latest_start,
        watched_seconds=watched,
    )


# ---------------------------------------------------------------- the parent


async def _spawn_child(
    api: FakeBotApi, kind: str, url: str, people: int, timeout: float
) -> tuple[dict[str, Any] | None, list[dict[str, Any]], float, float]:
    """Run one JobQueue child; its JSON answer (None on timeout), progress, seconds, last RSS."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.scheduler_cost", "--child", kind,
        "--people", str(people), "--burst", str(people), "--database-url", url,
        "--api-base-url", api.base_url, "--api-file-url", api.base_file_url,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    output = asyncio.create_task(process.stdout.read())
    progress_lines = asyncio.create_task(_json_lines(process.stderr))
    started, last_rss = time.perf_counter(), 0.0
    try:
        await asyncio.wait_for(process.wait(), timeout)
    except TimeoutError:
        last_rss = _rss_of(process.pid)
        process.kill()
        await process.wait()
    seconds = time.perf_counter() - started
    out, (progress, err) = await output, await progress_lines
    if process.returncode != 0:
        if not last_rss:
            raise RuntimeError(f"{kind} child failed: {err[-2000:]}")
        return None, progress, seconds, last_rss
    return json.loads(out.decode().strip().splitlines()[-1]), progress, seconds, last_rss


async def _json_lines(stream: asyncio.StreamReader) -> tuple[list[dict[str, Any]], str]:
    """Read a child's stderr as it comes: its JSON progress lines, and the rest as text."""
    progress: list[dict[str, Any]] = []
    other: list[str] = []
    async for raw in stream:
        line = raw.decode()
        if line.startswith("{"):
            progress.append(json.loads(line))
        else:
            other.append(line)
    return progress, "".join(other)


def _rss_of(pid: int) -> float:
    """Another process's resident set size now, in MiB (0 if it is gone)."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _ours(child: ChildResult, seed_seconds: float) -> CostResult:
    """Our bot's figures, from memory.py's child."""
    return CostResult(
        design="ours: minute job + schedules table",
        people=child.people,
        rss_after_imports_mb=child.rss_after_imports_mb,
        rss_started_mb=child.rss_started_mb,
        peak_rss_mb=child.peak_rss_mb,
        startup_seconds=child.startup_seconds,
        seed_seconds=seed_seconds,
        note=f"idle run_once median {child.median_run_once_ms:.1f} ms",
    )


async def _jobqueue(
    api: FakeBotApi, url: str, people: int, timeout: float, seed_seconds: float
) -> CostResult:
    """The JobQueue bot's figures, or how far it got before the timeout."""
    answer, progress, seconds, last_rss = await _spawn_child(api, "cost", url, people, timeout)
    if answer is not None:
        result = CostResult(**answer)
        result.seed_seconds = seed_seconds
        result.note = (
            f"load {result.load_seconds:.1f} s, create jobs {result.create_jobs_seconds:.1f} s, "
            f"scheduler start {result.scheduler_start_seconds:.1f} s"
        )
        return result
    jobs = progress[-1]["jobs"] if progress else 0
    created_at = progress[-1]["seconds"] if progress else 0.0
    return CostResult(
        design="JobQueue run_daily per person",
        people=people,
        rss_started_mb=last_rss,
        peak_rss_mb=last_rss,
        startup_seconds=seconds,
        seed_seconds=seed_seconds,
        jobs=jobs,
        finished=False,
        note=(
            f"not started after {timeout:.0f} s: {jobs} of {people} run_daily jobs created "
            f"(after {created_at:.0f} s); RSS when stopped"
        ),
    )


async def _costs(people: int, timeout: float) -> list[CostResult]:
    """Seed `people` due tomorrow once, then measure both designs on that database."""
    async with fresh_database(None) as url, FakeBotApi() as api:
        started = time.perf_counter()
        await seeded_database(url, people, TOMORROW, DUE_INSTANT - timedelta(days=1))
        seed_seconds = time.perf_counter() - started
        log.warning("seeded %d people in %.1f s", people, seed_seconds)
        ours = _ours(await _spawn(api, url, people), seed_seconds)
        log.warning("ours: %s", ours.row())
        theirs = await _jobqueue(api, url, people, timeout, seed_seconds)
        log.warning("JobQueue: %s", theirs.row())
        return [ours, theirs]


async def _jobqueue_burst(people: int) -> BurstResult:
    """JobQueue with `people` jobs due in one second, against the server enforcing 30/s."""
    async with FakeBotApi() as api:
        for i in range(people):
            api.person(user_id(i), f"P{i}", started=True)
        api.rate_limit(per_second=30)
        timeout = BURST_LEAD_SECONDS + BURST_WATCH_SECONDS + 60
        answer, _, _, _ = await _spawn_child(api, "burst", "unused", people, timeout)
        if answer is None:
            raise RuntimeError("the JobQueue burst child did not finish")
        result = BurstResult(**answer)
        calls = api.calls_to("sendMessage")
        result.server_sends, result.server_429s = api.stats.sends, api.stats.too_many_requests
        result.server_peak_per_second = api.peak_sends_per_second()
        result.send_message_calls = len(calls)
        return result


def _burst_report(theirs: BurstResult, ours: FanoutResult) -> str:
    """The side-by-side burst table."""
    ours_cap = ours.server_rate or "none"
    return "\n".join(
        [
            "| design | due at once | sent (server log) | 429s | missed (misfire) "
            "| failed in the job | peak/s | server cap | took s |",
            "|---|---|---|---|---|---|---|---|---|",
            f"| JobQueue run_daily | {theirs.people} | {theirs.server_sends} "
            f"| {theirs.server_429s} | {theirs.missed} | {sum(theirs.errors.values())} "
            f"{theirs.errors} | {theirs.server_peak_per_second} | 30 "
            f"| {theirs.watched_seconds:.1f} after due |",
            f"| ours: delivery loop | {ours.people} | {ours.send_message_ok} "
            f"| {ours.too_many_requests} | 0 | 0 | {ours.peak_sends_per_second} "
            f"| {ours_cap} (bot rate {ours.rate}) | {ours.total_seconds:.1f} |",
            f"ours: exactly one each = {ours.exactly_one_each}, duplicates {ours.duplicates}, "
            f"missing {ours.missing}, statuses {ours.statuses}; JobQueue: submitted "
            f"{theirs.submitted}, callbacks started {theirs.callbacks_started}, ok "
            f"{theirs.sent_ok}, latest start {theirs.latest_start_after_due_s:.1f} s after due",
        ]
    )


async def _parent(arguments: argparse.Namespace) -> dict[str, Any]:
    """Every case, in order: costs per size, then the two bursts."""
    payload: dict[str, Any] = {"machine_before": machine(), "costs": [], "burst": {}}
    if not arguments.no_cost:
        for people in arguments.people:
            results = await _costs(people, arguments.jobqueue_timeout)
            payload["costs"] += [asdict(r) for r in results]
            payload[f"machine_after_costs_{people}"] = machine()
    if not arguments.no_burst:
        theirs = await _jobqueue_burst(arguments.burst)
        log.warning("JobQueue burst: %s", theirs)
        payload["machine_after_jobqueue_burst"] = machine()
        payload["burst"] = {"jobqueue": asdict(theirs)}
        if not arguments.jobqueue_burst_only:
            cap = arguments.our_server_rate or None
            plan = Plan(arguments.burst, arguments.our_rate, cap, None)
            ours = await run_fanout(plan)
            ours.sends_per_second = []
            payload["burst"]["ours"] = asdict(ours)
            payload["burst_table"] = _burst_report(theirs, ours)
    payload["machine_after"] = machine()
    return payload


def _print(payload: dict[str, Any]) -> None:
    """The tables."""
    if payload["costs"]:
        print(COST_HEADER)
        for cost in payload["costs"]:
            print(CostResult(**cost).row())
    if payload.get("burst_table"):
        print(payload["burst_table"])
    print(f"machine before={payload['machine_before']} after={payload['machine_after']}")


def main() -> int:
    """Parent: run everything and print the tables; child: measure and print JSON."""
    rss_after_imports = current_rss_mb()
    arguments = _parser().parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    opt_in_to_timedelta()
    if arguments.child == "cost":
        print(json.dumps(asdict(asyncio.run(_cost_child(arguments, rss_after_imports)))))
        return 0
    if arguments.child == "burst":
        print(json.dumps(asdict(asyncio.run(_burst_child(arguments)))))
        return 0
    payload = asyncio.run(_parent(arguments))
    _print(payload)
    write_json(arguments.json, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
