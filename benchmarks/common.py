"""Shared pieces of the benchmarks: a fresh database, bulk seeding, the app's settings."""

from __future__ import annotations

import json
import os
import platform
import resource
import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
from pydantic import SecretStr
from sqlalchemy import insert
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.settings import Settings
from storage.db import create_engine, is_sqlite
from storage.migrate import upgrade_to_head
from storage.models import Checkin, Delivery, Person, Schedule

TOKEN = "123456:BENCH"
ZONE = "Europe/Berlin"
CHECKIN_TIME = time(7, 45)
# Monday 23 November 2026: 07:45 in Berlin is 06:45 UTC.
DUE_INSTANT = datetime(2026, 11, 23, 6, 45, tzinfo=UTC)
FIRST_USER_ID = 100_000_000
CHUNK = 5_000


def stock_builder(base_url: str, file_url: str, *, our_transport: bool = False) -> Any:
    """python-telegram-bot's ApplicationBuilder, pointed at the local Bot API server.

    Its own transport (httpx) is told to reach loopback directly (testkit.app.stock_request),
    as ours does, whatever proxy the environment names. With `our_transport`, ours (aiohttp).
    """
    from telegram.ext import ApplicationBuilder
    from telegram.request import BaseRequest

    from bot.transport import REPLIES_IN_FLIGHT, AiohttpRequest
    from testkit.app import stock_request

    replies: BaseRequest
    updates: BaseRequest
    if our_transport:
        replies, updates = AiohttpRequest(REPLIES_IN_FLIGHT), AiohttpRequest(1)
    else:
        replies, updates = stock_request(), stock_request(1)
    builder = ApplicationBuilder().token(TOKEN).base_url(base_url).base_file_url(file_url)
    return builder.request(replies).get_updates_request(updates)


def opt_in_to_timedelta() -> None:
    """Report PTB periods as timedelta, as the console script does."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")


def _asyncpg_dsn(url: str) -> str:
    """The libpq-style DSN asyncpg wants, from a SQLAlchemy URL."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _admin(url: str, sql: str) -> None:
    """Run one statement on the server's maintenance connection (the URL's own database)."""
    connection = await asyncpg.connect(_asyncpg_dsn(url), timeout=5)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


@asynccontextmanager
async def fresh_database(server_url: str | None) -> AsyncIterator[str]:
    """An empty database: SQLite in a temp dir, or a new PostgreSQL database, removed after."""
    if server_url is None or is_sqlite(server_url):
        with tempfile.TemporaryDirectory(prefix="smallsteps-bench-") as folder:
            yield f"sqlite+aiosqlite:///{folder}/smallsteps.db"
        return
    name = f"smallsteps_bench_{uuid.uuid4().hex[:12]}"
    await _admin(server_url, f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        await _admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def user_id(index: int) -> int:
    """The Telegram user id (and private chat id) of the index-th seeded person."""
    return FIRST_USER_ID + index


def _people_rows(start: int, stop: int, now: datetime) -> list[dict[str, Any]]:
    """Onboarded people rows (ids start..stop-1), chat id = user id."""
    return [
        {
            "id": i + 1,
            "telegram_user_id": user_id(i),
            "chat_id": user_id(i),
            "timezone": ZONE,
            "checkin_time": CHECKIN_TIME,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(start, stop)
    ]


def _schedule_rows(start: int, stop: int, due_at: datetime, kind: str) -> list[dict[str, Any]]:
    """One schedule of this kind per person, all due at the same instant."""
    return [{"person_id": i + 1, "kind": kind, "next_due_at": due_at} for i in range(start, stop)]


def _week_rows(start: int, stop: int, due_at: datetime) -> list[dict[str, Any]]:
    """A full week of answered check-ins before `due_at`: what a weekly summary looks back on."""
    due_date = due_at.astimezone(ZoneInfo(ZONE)).date()
    return [
        {
            "person_id": i + 1,
            "local_date": due_date - timedelta(days=days_ago),
            "stage": "closed",
            "mood": 1 + (i + days_ago) % 5,
            "evening_mood": 1 + (i * days_ago) % 5,
            "words": "calm,tired",
            "suggested": "",
            "step_key": "make-bed",
            "rest": False,
            "outcome": ("done", "partly", "not_today")[(i + days_ago) % 3],
            "created_at": due_at,
            "updated_at": due_at,
        }
        for i in range(start, stop)
        for days_ago in range(1, 8)
    ]


def _history_rows(start: int, stop: int, due_at: datetime, days_ago: int) -> list[dict[str, Any]]:
    """Morning nudges sent `days_ago` days before `due_at`, as the deliveries table keeps them."""
    sent_at = due_at - timedelta(days=days_ago)
    local_date = sent_at.astimezone(ZoneInfo(ZONE)).date()
    return [
        {
            "person_id": i + 1,
            "kind": "morning",
            "local_date": local_date,
            "due_at": sent_at,
            "claimed_at": sent_at,
            "status": "sent",
            "finished_at": sent_at,
            "message_id": days_ago,
        }
        for i in range(start, stop)
    ]


async def seed(
    engine: AsyncEngine,
    people: int,
    due_at: datetime,
    now: datetime,
    history_days: int = 0,
    kind: str = "morning",
) -> None:
    """Migrate, then bulk-insert onboarded people with a schedule of `kind` at `due_at`.

    With `history_days`, each person also gets that many past days of sent deliveries; a
    weekly schedule comes with the week of check-ins its summary looks back on.
    """
    await upgrade_to_head(engine)
    async with engine.begin() as connection:
        for start in range(0, people, CHUNK):
            stop = min(start + CHUNK, people)
            await connection.execute(insert(Person), _people_rows(start, stop, now))
            await connection.execute(insert(Schedule), _schedule_rows(start, stop, due_at, kind))
            if kind == "weekly":
                await connection.execute(insert(Checkin), _week_rows(start, stop, due_at))
            for days_ago in range(1, history_days + 1):
                rows = _history_rows(start, stop, due_at, days_ago)
                await connection.execute(insert(Delivery), rows)


async def seeded_database(
    url: str,
    people: int,
    due_at: datetime,
    now: datetime,
    history_days: int = 0,
    kind: str = "morning",
) -> None:
    """Seed a database through its own short-lived engine."""
    engine = create_engine(url)
    try:
        await seed(engine, people, due_at, now, history_days, kind)
    finally:
        await engine.dispose()


def settings_for(
    base_url: str, file_url: str, database_url: str, rate: int = 30, chart_workers: int = 0
) -> Settings:
    """Settings pointing the real application at the local Bot API server."""
    return Settings(
        bot_token=SecretStr(TOKEN),
        database_url=database_url,
        telegram_base_url=base_url,
        telegram_base_file_url=file_url,
        send_rate_per_second=rate,
        # Above Telegram's free 30/s a bot must send as paid broadcasts, as an operator would.
        paid_broadcast=rate > 30,
        poll_timeout_seconds=1,
        chart_workers=chart_workers,
        _env_file=None,
    )


def backend_of(url: str) -> str:
    """'sqlite' or 'postgresql'."""
    return make_url(url).get_backend_name()


def current_rss_mb() -> float:
    """Resident set size now (VmRSS), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def peak_rss_mb() -> float:
    """Peak resident set size of this process (ru_maxrss is in KiB on Linux), in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> dict[str, Any]:
    """Where the figures were measured: cores, Python, load (other work on the machine)."""
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()],
    }


def write_json(path: str | None, payload: dict[str, Any]) -> None:
    """Write results as JSON when a path was given."""
    if path:
        Path(path).write_text(json.dumps(payload, indent=2, default=str) + "\n")
