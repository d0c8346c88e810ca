"""The worst minute at an internet round trip: a crowded minute, then the next one, while the
edits taking yesterday's buttons off wait.

N people due at 08:00 left yesterday's prompt untapped, so each of today's nudges leaves one
edit behind; M more are due at 08:01. Every Bot API call takes `--round-trip` seconds (50 ms:
an ordinary internet round trip). It times the 08:00 run, then the 08:01 run started right after
it (with the edits still queued), then how long the edits take once nothing is due.

Run from the repo root with the venv active::

    python -m benchmarks.worst_minute --people 10000 --later 300 --rate 30
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from datetime import datetime, timedelta
from datetime import time as clock_time

from sqlalchemy import update

from benchmarks.common import (
    DUE_INSTANT,
    backend_of,
    fresh_database,
    opt_in_to_timedelta,
    seeded_database,
    settings_for,
    user_id,
)
from bot.app import SCHEDULER_KEY, SmallStepsApp, build_application, delivery_loop_of
from storage.db import create_engine
from storage.models import Person, Schedule
from testkit.app import start_application, stop_application
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi

HEADER = (
    "| backend | people at 08:00 | at 08:01 | rate | round trip | 08:00 run s | edits queued "
    "| 08:01 run s | edits made during it | edits then s |\n"
    "|---|---|---|---|---|---|---|---|---|---|"
)


async def run(people: int, later: int, rate: int, round_trip: float, url: str | None) -> str:
    """Seed, send Monday's nudges, then time Tuesday's crowded minute and the next one."""
    everyone = people + later
    tuesday = DUE_INSTANT + timedelta(days=1)
    async with fresh_database(url) as database, FakeBotApi() as api:
        await seeded_database(database, everyone, DUE_INSTANT, DUE_INSTANT - timedelta(days=1))
        for index in range(everyone):
            api.person(user_id(index), f"P{index}", started=True)
        clock = FakeClock(DUE_INSTANT - timedelta(minutes=1))
        # Monday at the paid rate with no delay: only the prompts left untapped matter.
        monday = build_application(
            settings_for(api.base_url, api.base_file_url, database, 1000), clock=clock
        )
        await _started(monday)
        try:
            clock.set(DUE_INSTANT)
            await delivery_loop_of(monday).run_once(DUE_INSTANT)
        finally:
            await stop_application(monday)
        await due_a_minute_later(database, range(people + 1, everyone + 1), tuesday)
        for method in ("sendMessage", "editMessageReplyMarkup"):
            api.delay(method, round_trip)
        app = build_application(
            settings_for(api.base_url, api.base_file_url, database, rate), clock=clock
        )
        await _started(app)
        loop = delivery_loop_of(app)
        try:
            clock.set(tuesday)
            started = time.perf_counter()
            await loop.run_once(tuesday)
            crowded_s = time.perf_counter() - started
            queued = loop.tidying.counts.pending
            edits_before = len(api.calls_to("editMessageReplyMarkup"))
            clock.set(tuesday + timedelta(minutes=1))
            started = time.perf_counter()
            await loop.run_once(tuesday + timedelta(minutes=1))
            later_s = time.perf_counter() - started
            during = len(api.calls_to("editMessageReplyMarkup")) - edits_before
            started = time.perf_counter()
            await loop.settled()
            edits_s = time.perf_counter() - started
        finally:
            await stop_application(app)
        return (
            f"| {backend_of(database)} | {people} | {later} | {rate}/s "
            f"| {round_trip * 1000:.0f} ms | {crowded_s:.1f} | {queued} | {later_s:.2f} "
            f"| {during} | {edits_s:.1f} |"
        )


async def _started(app: SmallStepsApp) -> None:
    """Start the application with its minute job paused: each minute is run here, once."""
    await start_application(app)
    await delivery_loop_of(app).run_once()
    app.bot_data[SCHEDULER_KEY].pause()


async def due_a_minute_later(database: str, person_ids: range, tuesday: datetime) -> None:
    """Give some people 07:46, due next on Tuesday at 07:46 Berlin time (also used by
    tests/e2e/test_worst_minute.py)."""
    ids = list(person_ids)
    engine = create_engine(database)
    try:
        async with engine.begin() as connection:
            await connection.execute(
                update(Person).where(Person.id.in_(ids)).values(checkin_time=clock_time(7, 46))
            )
            await connection.execute(
                update(Schedule)
                .where(Schedule.person_id.in_(ids))
                .values(next_due_at=tuesday + timedelta(minutes=1))
            )
    finally:
        await engine.dispose()


def main() -> int:
    """Run once and print a Markdown row."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.worst_minute")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--later", type=int, default=300)
    parser.add_argument("--rate", type=int, default=30)
    parser.add_argument("--round-trip", type=float, default=0.05)
    parser.add_argument("--database-url", default=None)
    arguments = parser.parse_args()
    opt_in_to_timedelta()
    row = asyncio.run(
        run(
            arguments.people,
            arguments.later,
            arguments.rate,
            arguments.round_trip,
            arguments.database_url,
        )
    )
    print(HEADER)
    print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
