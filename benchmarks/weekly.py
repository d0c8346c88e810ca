"""Time to compute 10,000 people's weekly figures from a database of 10,000 x 7 check-ins.

Run from the repository root: python -m benchmarks.weekly [--people 10000] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time as clock
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert

from benchmarks.common import fresh_database
from bot.core.week import WeekData, summary_text, week_figures
from bot.services.weekly import _day_entry
from storage.db import SessionFactory, create_engine, create_session_factory
from storage.migrate import upgrade_to_head
from storage.models import Checkin, Person
from storage.repositories.weeks import WeekRepository

WEEK_START = date(2026, 11, 23)
NOW = datetime(2026, 11, 29, 17, 0, tzinfo=UTC)
WORDS = ("tired, slow, okay", "calm, hopeful, here", "heavy, foggy, trying", "bright, warm, easy")


async def seed(sessions: SessionFactory, people: int) -> None:
    """People with a full week of check-ins each, inserted in bulk."""
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
            for d in range(7)
        ]
        for start in range(0, len(rows), 5000):
            await session.execute(insert(Checkin), rows[start : start + 5000])


async def figures_for(sessions: SessionFactory, person_id: int) -> str:
    """One person's figures and summary text, as the weekly delivery computes them."""
    async with sessions.begin() as session:
        rows = await WeekRepository(session).week(person_id, WEEK_START, WEEK_START + timedelta(6))
    data = WeekData(
        week_start=WEEK_START,
        days=[_day_entry(c) for c in rows.checkins],
        reflections=len(rows.reflections),
        reflection_lines=[text for _, text in rows.reflections],
        notes=[text for _, text in rows.notes],
        steps_since_start=rows.steps_since_start,
    )
    return summary_text(week_figures(data), person_id, label="This week so far")


async def run(people: int, url: str) -> None:
    """Seed, then time every person's figures."""
    engine = create_engine(url)
    await upgrade_to_head(engine)
    sessions = create_session_factory(engine)
    started = clock.perf_counter()
    await seed(sessions, people)
    seeded = clock.perf_counter() - started
    timings = []
    started = clock.perf_counter()
    for person_id in range(1, people + 1):
        one = clock.perf_counter()
        await figures_for(sessions, person_id)
        timings.append(clock.perf_counter() - one)
    total = clock.perf_counter() - started
    await engine.dispose()
    timings.sort()
    print(f"backend: {engine.dialect.name}, people: {people}, check-ins: {people * 7}")
    print(f"seeding: {seeded:.1f} s")
    print(
        f"weekly figures for everyone: {total:.1f} s "
        f"({people / total:.0f} people/s, mean {statistics.mean(timings) * 1000:.2f} ms, "
        f"p95 {timings[int(len(timings) * 0.95)] * 1000:.2f} ms)"
    )


def main() -> None:
    """Parse the options and run on a fresh database (a new one on a PostgreSQL server)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--database-url", default=None, help="a PostgreSQL server URL")
    arguments = parser.parse_args()

    async def fresh_run() -> None:
        async with fresh_database(arguments.database_url) as url:
            await run(arguments.people, url)

    asyncio.run(fresh_run())


if __name__ == "__main__":
    main()
