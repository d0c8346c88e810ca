"""The scheduled jobs: every minute on the minute, send whatever is due; and a stand-by check.

What a run does is the application's (`bot/delivery_loop.py`); this is only when it runs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

JOB_ID = "deliver-due"
STANDBY_JOB_ID = "stand-by"
# How soon another instance notices that the sender died and takes over.
STANDBY_SECONDS = 10


class MinuteJobs(Protocol):
    """What runs on the scheduler: the minute's sends, and the sender stand-by check."""

    async def run_scheduled(self) -> None:
        """Send whatever is due now."""

    async def stand_by(self) -> None:
        """Take over sending when the sender has stopped."""


def create_scheduler(loop: MinuteJobs) -> AsyncIOScheduler:
    """The job at second 0 of every minute (and once at start), plus a sender stand-by check."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    scheduler.add_job(
        loop.run_scheduled,
        CronTrigger(second=0, timezone=UTC),
        id=JOB_ID,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
        next_run_time=datetime.now(UTC),
    )
    scheduler.add_job(
        loop.stand_by,
        IntervalTrigger(seconds=STANDBY_SECONDS),
        id=STANDBY_JOB_ID,
        max_instances=1,
        coalesce=True,
    )
    return scheduler
