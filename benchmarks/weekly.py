"""Time to compute 10,000 people's weekly figures from a database of 10,000 x 7 check-ins.

Each person's week is read and worked out exactly as the weekly delivery does it (one
`WeekRepository.week` read in its own transaction, then `week_data`, `week_figures` and
`summary_text`), one person after another. The read and the pure figures are timed apart,
and every person's figures are checked (7 days, 7 morning moods) so the timing cannot be of
an empty week. The chart is left out: benchmarks/chart.py times it.

With `--history-days N`, each person also has N days of check-ins before the week (a year:
365), so the figures that look back ("steps since the start", weeks in a row) have a
history to read.

Run from the repository root:
python -m benchmarks.weekly [--people 10000] [--history-days 0] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time as clock
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import event, insert

from benchmarks.common import fresh_database
from bot.core.languages import Language
from bot.core.week import WeekFigures, week_figures
from bot.services.weekly import week_data
from bot.texts.catalog import translator
from bot.texts.weekly import THIS_WEEK_LABEL, summary_text
from storage.db import SessionFactory, create_engine, create_session_factory
from storage.migrate import upgrade_to_head
from storage.models import Checkin, Person
from storage.repositories.weeks import WeekRepository

WEEK_START = date(2026, 11, 23)
WEEK_END = WEEK_START + timedelta(days=6)
NOW = datetime(2026, 11, 29, 17, 0, tzinfo=UTC)
WORDS = ("tired, slow, okay", "calm, hopeful, here", "heavy, foggy, trying", "bright, warm, easy")
# The weekly summaries go out through the 30-per-second delivery path; figures computed faster
# than that never hold it up.
DELIVERY_RATE = 30

EN = translator(Language.EN)
THIS_WEEK = EN(THIS_WEEK_LABEL)


@dataclass(frozen=True)
class Timed:
    """One person's figures, with the seconds spent reading and working them out."""

    figures: WeekFigures
    text: str
    read_s: float
    figures_s: float


async def seed(sessions: SessionFactory, people: int, history_days: int = 0) -> None:
    """People with a full week of check-ins each (and `history_days` before it), in bulk."""
    async with sessions.begin() as session:
        await session.execute(
            insert(Person),
            [
                {
                    "telegram_user_id": n,
                    "chat_id": n,
                    "timezone": "Europe/Berlin",
                    "weekly_enabled": True,
                    "weekly_day": 6,
                    "weekly_time": time(18, 0),
                    "paused": False,
                    "active": True,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for n in range(1, people + 1)
            ],
        )
        rows = [
            {
                "person_id": n,
                "local_date": WEEK_START + timedelta(days=d),
                "stage": "closed",
                "mood": 1 + (n + d) % 5,
                "evening_mood": 1 + (n * d) % 5,
                "words": WORDS[(n + d) % 4],
                "suggested": "",
                "step_key": "make-bed",
                "rest": False,
                "outcome": ("done", "partly", "not_today")[(n + d) % 3],
                "created_at": NOW,
                "updated_at": NOW,
            }
            for n in range(1, people + 1)
            for d in range(-history_days, 7)
        ]
        for start in range(0, len(rows), 5000):
            await session.execute(insert(Checkin), rows[start : start + 5000])


async def figures_for(sessions: SessionFactory, person_id: int) -> Timed:
    """One person's figures and summary text, as the weekly delivery computes them."""
    started = clock.perf_counter()
    async with sessions.begin() as session:
        rows = await WeekRepository(session).week(person_id, WEEK_START, WEEK_END)
    read = clock.perf_counter()
    figures = week_figures(week_data(rows, WEEK_START))
    text = summary_text(EN, figures, person_id + WEEK_START.toordinal(), label=THIS_WEEK)
    return Timed(figures, text, read - started, clock.perf_counter() - read)


def check(results: list[Timed]) -> None:
    """Fail loudly if any person's week came back other than the seeded full week."""
    for result in results:
        figures = result.figures
        if figures.days_showed_up != 7 or None in figures.morning_moods:
            raise AssertionError(f"unexpected figures: {figures}")
        if "7 days" not in result.text:
            raise AssertionError(f"unexpected summary: {result.text!r}")
        if sum(times for _, times in figures.steps_taken) == 0:
            raise AssertionError(f"no steps counted: {figures}")


def ms(samples: list[float], share: float) -> float:
    """The nearest-rank percentile of seconds, in milliseconds."""
    ordered = sorted(samples)
    return ordered[max(round(share * len(ordered)) - 1, 0)] * 1000


async def run(people: int, url: str, history_days: int = 0) -> None:
    """Seed, then time every person's figures."""
    engine = create_engine(url)
    await upgrade_to_head(engine)
    sessions = create_session_factory(engine)
    started = clock.perf_counter()
    await seed(sessions, people, history_days)
    seeded = clock.perf_counter() - started
    queries = [0]

    def count_query(conn: object, cursor: object, statement: str, *args: object) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            queries[0] += 1

    event.listen(engine.sync_engine, "before_cursor_execute", count_query)
    load_before = os.getloadavg()
    started = clock.perf_counter()
    results = [await figures_for(sessions, person_id) for person_id in range(1, people + 1)]
    total = clock.perf_counter() - started
    load_after = os.getloadavg()
    event.remove(engine.sync_engine, "before_cursor_execute", count_query)
    await engine.dispose()
    check(results)
    every = [r.read_s + r.figures_s for r in results]
    reads = [r.read_s for r in results]
    pure = [r.figures_s for r in results]
    checkins = people * (7 + history_days)
    print(f"backend: {engine.dialect.name}, people: {people}, check-ins: {checkins}")
    print(f"seeding: {seeded:.1f} s")
    print(
        f"weekly figures for everyone: {total:.1f} s ({people / total:.0f} people/s; "
        f"delivery sends {DELIVERY_RATE}/s, so {people / DELIVERY_RATE:.0f} s for everyone)"
    )
    print(
        f"per person: mean {statistics.fmean(every) * 1000:.2f} ms, "
        f"p50 {ms(every, 0.5):.2f} ms, p95 {ms(every, 0.95):.2f} ms"
    )
    print(
        f"  reading the week ({queries[0] / people:.1f} queries, 1 transaction): mean "
        f"{statistics.fmean(reads) * 1000:.2f} ms, p95 {ms(reads, 0.95):.2f} ms"
    )
    print(
        f"  figures and summary text (pure Python): mean {statistics.fmean(pure) * 1000:.3f} ms,"
        f" p95 {ms(pure, 0.95):.3f} ms"
    )
    print(f"checked: all {people} people's figures show 7 days and 7 morning moods")
    print(
        "load average (1 5 15 min) before "
        + " ".join(f"{x:.2f}" for x in load_before)
        + ", after "
        + " ".join(f"{x:.2f}" for x in load_after)
        + f", on {os.cpu_count()} CPUs"
    )


def main() -> None:
    """Parse the options and run on a fresh database (a new one on a PostgreSQL server)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--history-days", type=int, default=0, help="days before the week")
    parser.add_argument("--database-url", default=None, help="a PostgreSQL server URL")
    arguments = parser.parse_args()

    async def fresh_run() -> None:
        async with fresh_database(arguments.database_url) as url:
            await run(arguments.people, url, arguments.history_days)

    asyncio.run(fresh_run())


if __name__ == "__main__":
    main()
