"""The clock is injected everywhere, so tests decide what 'now' is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real current instant, in UTC."""
    return datetime.now(UTC)


def seconds_of(period: timedelta | float | None) -> float:
    """A period in seconds, as python-telegram-bot gives it: timedelta, number or None (none)."""
    if isinstance(period, timedelta):
        return period.total_seconds()
    return float(period or 0)
