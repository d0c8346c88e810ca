"""Answering people: check-in replies handled per second, beside a bare echo bot, in one run.

Each bot runs in its own subprocess against the local Bot API server, which lives in this
(parent) process, so the server's work is not counted as the bot's. For our bot, N people are
seeded with a morning nudge due now; the bot sends the nudges at start (not timed), then every
person answers by typing M short notes (each one screened, written to the database and
acknowledged with one message). The echo bot (python-telegram-bot alone: one MessageHandler
that replies with the same text) gets the same N x M messages from the same people. Timed end
to end: from the first update queued on the server to the last reply the server received,
after one warm-up message per bot (answered before the clock starts).
Our bot talks to the Bot API through its own transport (bot/transport.py, aiohttp) rather than
python-telegram-bot's default (httpx), so a third bot, the same echo bot on our transport, shows
how much of the difference is the transport: the goal is judged against the stock echo bot.
The echo bot uses python-telegram-bot's defaults (updates handled one at a time, in order);
ours runs as it does in production: people's updates handled at once, each person's in order,
texts arriving together kept in one transaction. For each bot the parent also reads how much
CPU the bot's process used per update (all its threads), to tell a busy bot from a waiting one.
The bots run --rounds times on each database, the databases taking turns; the verdict is the
ratio of the bots' median rates, because one round alone swings by a quarter from run to run
on a shared machine (mostly the echo bot, whose rate is one round trip after another).

Run from the repo root with the venv active::

    python -m benchmarks.answering --json /tmp/answering.json \
        --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import statistics
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any

from benchmarks.common import (
    DUE_INSTANT,
    backend_of,
    fresh_database,
    machine,
    opt_in_to_timedelta,
    seeded_database,
    settings_for,
    stock_builder,
    user_id,
    write_json,
)
from testkit.fakeapi import FakeBotApi

log = logging.getLogger("benchmarks.answering")

GOAL_RATIO = 0.8
ECHO, OURS, ECHO_ON_OUR_TRANSPORT = "echo", "ours", "echo-aiohttp"
BOTS = (ECHO, OURS, ECHO_ON_OUR_TRANSPORT)
NOTES = (
    "slept badly but I'm up",
    "coffee first, then we'll see",
    "the walk yesterday helped",
    "a bit foggy this morning",
    "made the bed, small win",
    "rain again, staying in",
    "called my sister last night",
    "tired but okay",
    "want to read a little today",
    "kitchen is a mess, one thing at a time",
)
READY_TIMEOUT = 120.0
HEADER = (
    "| round | bot | database | people | updates | seconds | updates/s | bot CPU per update "
    "| ratio to echo |\n"
    "|---|---|---|---|---|---|---|---|---|"
)
SUMMARY_HEADER = (
    "| database | rounds | echo updates/s (median) | ours updates/s (median) "
    "| ratio of medians | ratio in each round | goal (≥ 80 %) "
    "| echo on our transport (median) | ours to it |\n"
    "|---|---|---|---|---|---|---|---|---|"
)


@dataclass
class AnswerResult:
    """One bot's run: how fast it answered the stream, and whether every message was answered."""

    bot: str
    database: str
    people: int
    updates: int
    seconds: float
    updates_per_second: float
    replies_ok: bool
    push_seconds: float = 0.0
    cpu_ms_per_update: float = 0.0
    replies_per_chat: dict[int, int] = field(default_factory=dict)
    calls: dict[str, int] = field(default_factory=dict)
    machine_before: dict[str, Any] = field(default_factory=dict)
    machine_after: dict[str, Any] = field(default_factory=dict)


def _parser() -> argparse.ArgumentParser:
    """The command line (the --child options are for the parent's use)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.answering", description=__doc__)
    parser.add_argument("--people", type=int, default=200, help="people answering at once")
    parser.add_argument("--per-person", type=int, default=10, help="notes each person types")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the bots per database")
    parser.add_argument(
        "--database-url", help="also run on this PostgreSQL server (SQLite always runs)"
    )
    parser.add_argument("--profile", help="profile each bot's timed part into this folder")
    parser.add_argument("--json", help="also write the results as JSON to this path")
    parser.add_argument("--child", choices=BOTS, help=argparse.SUPPRESS)
    parser.add_argument("--child-database-url", help=argparse.SUPPRESS)
    parser.add_argument("--api-base-url", help=argparse.SUPPRESS)
    parser.add_argument("--api-file-url", help=argparse.SUPPRESS)
    return parser


# ---------------------------------------------------------------- the bots (children)


def _echo_app(base_url: str, file_url: str, *, our_transport: bool) -> Any:
    """The bare echo bot: python-telegram-bot and one handler (and, if asked, our transport)."""
    from telegram import Update
    from telegram.ext import ContextTypes, MessageHandler, filters

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Reply with the same text."""
        if update.message is not None and update.message.text is not None:
            await update.message.reply_text(update.message.text)

    builder = stock_builder(base_url, file_url, our_transport=our_transport)
    app = builder.job_queue(None).build()
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return app


def _our_app(arguments: argparse.Namespace) -> Any:
    """Our real application, its clock at the nudge's due instant (nudges go out at start)."""
    from bot.app import build_application
    from testkit.clock import FakeClock

    settings = settings_for(
        arguments.api_base_url, arguments.api_file_url, arguments.child_database_url, rate=1000
    )
    return build_application(settings, clock=FakeClock(DUE_INSTANT))


class Profiling:
    """pyinstrument around the timed part: SIGUSR1 starts it, the end of the run stops it."""

    def __init__(self, folder: str | None) -> None:
        self.folder = folder
        self.profiler: Any = None

    def start(self) -> None:
        """Begin sampling (the parent signals just before it queues the first update)."""
        from pyinstrument import Profiler

        self.profiler = Profiler(interval=0.001, async_mode="disabled")
        self.profiler.start()

    def save(self, name: str) -> None:
        """Write the text and HTML reports, if a profile was taken."""
        if self.profiler is None or self.folder is None:
            return
        self.profiler.stop()
        os.makedirs(self.folder, exist_ok=True)
        text = self.profiler.output_text(unicode=False, color=False, show_all=False)
        with open(os.path.join(self.folder, f"{name}.txt"), "w") as handle:
            handle.write(text)
        with open(os.path.join(self.folder, f"{name}.html"), "w") as handle:
            handle.write(self.profiler.output_html())


async def _child(arguments: argparse.Namespace) -> None:
    """Start one bot, serve until SIGTERM, stop it cleanly."""
    from testkit.app import start_application, stop_application

    if arguments.child == OURS:
        app = _our_app(arguments)
    else:
        our_transport = arguments.child == ECHO_ON_OUR_TRANSPORT
        app = _echo_app(arguments.api_base_url, arguments.api_file_url, our_transport=our_transport)
    profiling = Profiling(os.environ.get("SMALLSTEPS_BENCH_PROFILE"))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    if profiling.folder:
        loop.add_signal_handler(signal.SIGUSR1, profiling.start)
    await start_application(app)
    try:
        await stop.wait()
    finally:
        profiling.save(f"{arguments.child}-{backend_of(arguments.child_database_url)}")
        await stop_application(app)


# ---------------------------------------------------------------- the parent


@dataclass(frozen=True)
class Case:
    """One bot on one database (the echo bot has none; it is listed with its neighbour)."""

    bot: str
    database_url: str
    people: int
    per_person: int
    profile: str | None = None


async def _start_child(api: FakeBotApi, case: Case) -> asyncio.subprocess.Process:
    """Start the bot's process."""
    env = dict(os.environ)
    if case.profile:
        env["SMALLSTEPS_BENCH_PROFILE"] = case.profile
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.answering", "--child", case.bot,
        "--child-database-url", case.database_url, "--api-base-url", api.base_url,
        "--api-file-url", api.base_file_url, env=env,
    )  # fmt: skip


async def _ready(api: FakeBotApi, case: Case) -> None:
    """Wait until the bot polls, and (ours) has sent every nudge and gone quiet."""
    if not await api.wait_until(lambda: api.stats.calls_by_method["getUpdates"] > 0, 60):
        raise RuntimeError(f"{case.bot} bot never polled")
    if case.bot == OURS:
        done = await api.wait_until(lambda: api.stats.sends >= case.people, READY_TIMEOUT)
        if not done:
            raise RuntimeError(f"only {api.stats.sends} of {case.people} nudges were sent")
    while True:  # quiet: no call for a whole second (the nudges' records are written)
        calls = len(api.calls)
        await asyncio.sleep(1.0)
        if len(api.calls) - calls <= 1:  # at most one long poll
            return


def _push_all(api: FakeBotApi, case: Case) -> None:
    """Queue every person's notes, round-robin across people, as one burst."""
    for round_ in range(case.per_person):
        for i in range(case.people):
            text = NOTES[(i + round_) % len(NOTES)]
            api.user_message(user_id(i), user_id(i), {"text": text})


async def _warm_up(api: FakeBotApi) -> None:
    """One note, answered before the clock starts: first-use costs are not the steady rate.

    Our bot compiles its safety patterns on the first message it screens (a few tenths of a
    second, once per process); the echo bot gets the same warm-up message.
    """
    sends = api.stats.sends
    api.user_message(user_id(0), user_id(0), {"text": NOTES[0]})
    if not await api.wait_until(lambda: api.stats.sends > sends, 30):
        raise RuntimeError("the warm-up message was not answered")


async def _timed(api: FakeBotApi, case: Case, child: asyncio.subprocess.Process) -> AnswerResult:
    """Queue the stream and time it until the last reply arrives."""
    updates = case.people * case.per_person
    await _warm_up(api)
    base, base_calls = api.stats.sends, len(api.calls_to("sendMessage"))
    if case.profile:
        child.send_signal(signal.SIGUSR1)
        await asyncio.sleep(0.2)
    before = machine()
    cpu_before = _cpu_seconds(child.pid)
    started = time.perf_counter()
    _push_all(api, case)
    pushed = time.perf_counter()
    finished = await api.wait_until(lambda: api.stats.sends >= base + updates, 600)
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds(child.pid) - cpu_before
    after = machine()
    replies = Counter(c.chat_id for c in api.calls_to("sendMessage")[base_calls:] if c.ok)
    expected = {user_id(i): case.per_person for i in range(case.people)}
    return AnswerResult(
        bot=case.bot,
        database="",
        people=case.people,
        updates=updates,
        seconds=seconds,
        updates_per_second=updates / seconds,
        replies_ok=finished and dict(replies) == expected,
        push_seconds=pushed - started,
        cpu_ms_per_update=cpu / updates * 1000,
        calls=dict(api.stats.calls_by_method),
        machine_before=before,
        machine_after=after,
    )


def _cpu_seconds(pid: int) -> float:
    """CPU time (user and system, all threads) a process has used so far."""
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _stop_child(child: asyncio.subprocess.Process) -> None:
    """Ask the bot to stop and wait for it."""
    child.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(child.wait(), 30)
    except TimeoutError:
        child.kill()
        await child.wait()


async def _run_case(case: Case) -> AnswerResult:
    """One bot against a fresh server (and, for ours, a freshly seeded database)."""
    async with FakeBotApi() as api:
        for i in range(case.people):
            api.person(user_id(i), f"P{i}", started=True)
        child = await _start_child(api, case)
        try:
            await _ready(api, case)
            result = await _timed(api, case, child)
        finally:
            await _stop_child(child)
    log.warning(
        "%s: %d updates in %.2f s = %.1f/s, %.2f ms of the bot's CPU each (replies ok: %s)",
        case.bot,
        result.updates,
        result.seconds,
        result.updates_per_second,
        result.cpu_ms_per_update,
        result.replies_ok,
    )
    return result


async def _round(arguments: argparse.Namespace, server_url: str | None) -> list[AnswerResult]:
    """The echo bot, ours on a fresh database of that kind, then echo on our transport."""
    async with fresh_database(server_url) as url:
        started = DUE_INSTANT - timedelta(days=1)
        await seeded_database(url, arguments.people, DUE_INSTANT, started)
        shape = (arguments.people, arguments.per_person)
        results = [
            await _run_case(Case(bot, url, *shape, profile=arguments.profile)) for bot in BOTS
        ]
    for result in results:
        result.database = backend_of(url)
    return results


def _rows(round_: int, results: list[AnswerResult]) -> list[str]:
    """The table rows of one round on one database, each bot's rate beside the stock echo's."""
    echo = results[0].updates_per_second
    return [
        f"| {round_} | {result.bot} | {result.database} | {result.people} | {result.updates} "
        f"| {result.seconds:.2f} | {result.updates_per_second:.1f} "
        f"| {result.cpu_ms_per_update:.2f} ms | {result.updates_per_second / echo:.2f} |"
        for result in results
    ]


def _summary(database: str, rounds: list[list[AnswerResult]]) -> str:
    """One database's verdict: the median rate of each bot over the rounds, and their ratio."""
    echo, ours, echo_ours = (
        statistics.median(results[index].updates_per_second for results in rounds)
        for index in range(len(BOTS))
    )
    ratios = [results[1].updates_per_second / results[0].updates_per_second for results in rounds]
    replies_ok = all(result.replies_ok for results in rounds for result in results)
    verdict = "met" if ours / echo >= GOAL_RATIO and replies_ok else "**missed**"
    return (
        f"| {database} | {len(rounds)} | {echo:.1f} | {ours:.1f} | **{ours / echo:.2f}** "
        f"| {min(ratios):.2f}–{max(ratios):.2f} | {verdict} | {echo_ours:.1f} "
        f"| {ours / echo_ours:.2f} |"
    )


def main() -> int:
    """Parent: run the rounds and print the tables; child: run one bot until SIGTERM."""
    arguments = _parser().parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    opt_in_to_timedelta()
    if arguments.child:
        asyncio.run(_child(arguments))
        return 0
    servers: list[str | None] = [None]
    if arguments.database_url:
        servers.append(arguments.database_url)
    # Rounds alternate the databases, so a slow spell of the machine falls on both.
    rounds = [
        [asyncio.run(_round(arguments, server)) for server in servers]
        for _ in range(arguments.rounds)
    ]
    print(HEADER)
    for number, databases in enumerate(rounds, start=1):
        for results in databases:
            print("\n".join(_rows(number, results)))
    print()
    print(SUMMARY_HEADER)
    for index in range(len(servers)):
        same_database = [databases[index] for databases in rounds]
        print(_summary(same_database[0][1].database, same_database))
    print(f"machine after: {machine()}")
    write_json(arguments.json, {"rounds": [[[asdict(r) for r in p] for p in ps] for ps in rounds]})
    ok = all(r.replies_ok for databases in rounds for results in databases for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
