"""How fast the Mini App answers a person's year, and how much the page weighs over the wire.

Seeds N people with a full year of check-ins each (365 days: moods, some evenings, rest days
and days filled in later), serves the Mini App as the bot does (`MiniAppServer`, the real
services and repositories), and asks for one person's year over loopback HTTP with launch data
signed as Telegram signs it, `--runs` times. The first answer is timed apart (it warms the
connection pool and the translations). Every answer is checked: 365 days, all kept. Then one of
the last seven days is opened, and has its mood changed, `--runs` times each.

Run from the repository root with the venv active:
python -m benchmarks.miniapp [--people 1000] [--runs 200] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import statistics
import time
from datetime import UTC, date, datetime, timedelta

import aiohttp
from sqlalchemy import insert

from benchmarks.common import fresh_database
from bot.core.launch_data import signed_launch
from bot.miniapp.server import MiniAppServer, MiniAppServices
from storage.db import SessionFactory, create_engine, create_session_factory
from storage.migrate import upgrade_to_head
from storage.models import Checkin, Person
from testkit.ports import free_port

TOKEN = "123456:BENCH"
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 7)
GOAL_MS = 50.0
PAGE_LIMIT = 100_000


async def seed(sessions: SessionFactory, people: int) -> None:
    """People in Berlin, each with every day of the last year kept."""
    async with sessions.begin() as session:
        await session.execute(
            insert(Person),
            [
                {
                    "telegram_user_id": n,
                    "chat_id": n,
                    "timezone": "Europe/Berlin",
                    "language": "de",
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for n in range(1, people + 1)
            ],
        )
        rows = [
            {
                "person_id": n,
                "local_date": TODAY - timedelta(days=d),
                "stage": "closed",
                "mood": 1 + (n + d) % 5,
                "evening_mood": 1 + (n * d) % 5 if d % 2 else None,
                "rest": d % 7 == 0,
                "source": "later" if d % 11 == 0 else None,
                "suggested": "",
                "created_at": NOW,
                "updated_at": NOW,
            }
            for n in range(1, people + 1)
            for d in range(365)
        ]
        for start in range(0, len(rows), 5000):
            await session.execute(insert(Checkin), rows[start : start + 5000])


async def page_bytes(client: aiohttp.ClientSession, base: str) -> int:
    """The page, its script and its styles, as sent."""
    total = 0
    for name in ("", "/app.js", "/app.css"):
        async with client.get(base + name) as answer:
            total += len(await answer.read())
    return total


async def timed_days(
    client: aiohttp.ClientSession, url: str, headers: dict[str, str], runs: int, *, save: bool
) -> list[float]:
    """Milliseconds to open (or change the mood of) one of the last seven days, `runs` times."""
    samples = []
    for attempt in range(runs):
        day = (NOW.date() - timedelta(days=attempt % 7)).isoformat()
        body = {"date": day, "mood": 1 + attempt % 5} if save else {"date": day}
        started = time.perf_counter()
        async with client.post(url, headers=headers, data=json.dumps(body)) as answer:
            await answer.read()
            assert answer.status == 200
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def summary(samples: list[float]) -> str:
    """Median and p95 of some timings."""
    ordered = sorted(samples)
    p95 = ordered[round(0.95 * len(ordered)) - 1]
    return f"median {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms"


async def run(people: int, runs: int, url: str) -> None:
    """Seed, serve, and time the year."""
    engine = create_engine(url)
    await upgrade_to_head(engine)
    sessions = create_session_factory(engine)
    await seed(sessions, people)
    port = free_port()
    server = MiniAppServer(
        "127.0.0.1", port, TOKEN, MiniAppServices.over(sessions, lambda: NOW), lambda: NOW
    )
    await server.start()
    base = f"http://127.0.0.1:{port}/app"
    headers = {
        "Authorization": "tma " + signed_launch(people // 2, "de", TOKEN, NOW),
        "Accept-Encoding": "gzip",
    }
    samples: list[float] = []
    try:
        # Bytes counted as they cross the wire; the year is compressed when the client asks.
        async with aiohttp.ClientSession(auto_decompress=False) as client:
            for attempt in range(runs + 1):
                started = time.perf_counter()
                async with client.post(f"{base}/api/year", headers=headers) as answer:
                    body = await answer.read()
                    packed = answer.headers.get("Content-Encoding") == "gzip"
                elapsed = time.perf_counter() - started
                days = json.loads(gzip.decompress(body) if packed else body)["days"]
                assert len(days) == 365 and all("mood" in day for day in days)
                if attempt:
                    samples.append(elapsed * 1000)
                else:
                    first = elapsed * 1000
            page = await page_bytes(client, base)
            opened = await timed_days(client, f"{base}/api/day", headers, runs, save=False)
            saved = await timed_days(client, f"{base}/api/day/save", headers, runs, save=True)
    finally:
        await server.stop()
        await engine.dispose()
    ordered = sorted(samples)
    p95 = ordered[round(0.95 * len(ordered)) - 1]
    print(f"backend: {engine.dialect.name}, people: {people}, check-ins: {people * 365}")
    print(
        f"year of one person over HTTP: first {first:.1f} ms; then mean "
        f"{statistics.fmean(samples):.1f} ms, median {statistics.median(samples):.1f} ms, "
        f"p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms over {runs} (goal < {GOAL_MS:.0f} ms)"
    )
    print(
        f"year answer over the wire: {len(body):,} bytes (gzip: {packed}); "
        f"page, script and styles: {page:,} bytes"
    )
    print(f"a day opened: {summary(opened)}; a day's mood changed: {summary(saved)}")
    print(f"goal: {'met' if p95 < GOAL_MS and page + len(body) < PAGE_LIMIT else 'MISSED'}")


def main() -> None:
    """Parse the options and run on a fresh database (a new one on a PostgreSQL server)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--database-url", default=None, help="a PostgreSQL server URL")
    arguments = parser.parse_args()

    async def fresh_run() -> None:
        async with fresh_database(arguments.database_url) as url:
            await run(arguments.people, arguments.runs, url)

    asyncio.run(fresh_run())


if __name__ == "__main__":
    main()
