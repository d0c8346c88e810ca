"""The trial's clock: real time, sped up if asked, and able to jump ahead to the next nudge."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path


class TrialClock:
    """Simulated UTC time running `speed` times as fast as real time; it never goes back."""

    def __init__(
        self, start: datetime, speed: float = 1.0, ticks: Callable[[], float] = time.monotonic
    ) -> None:
        self._ticks = ticks
        self._speed = speed
        self._base = start
        self._base_tick: float | None = None

    @property
    def speed(self) -> float:
        """Simulated seconds per real second."""
        return self._speed

    def __call__(self) -> datetime:
        """The simulated now (the start time until the clock runs)."""
        if self._base_tick is None:
            return self._base
        elapsed = (self._ticks() - self._base_tick) * self._speed
        return self._base + timedelta(seconds=elapsed)

    def run(self) -> None:
        """Set the clock going, once the chat can begin."""
        if self._base_tick is None:
            self._base_tick = self._ticks()

    def jump_to(self, moment: datetime) -> datetime:
        """Move the clock forward to `moment` (never back); returns the new now."""
        now = self()
        self._base = max(now, moment)
        if self._base_tick is not None:
            self._base_tick = self._ticks()
        return self._base


def load_start(path: Path, now: datetime) -> datetime:
    """Where the last trial's clock stopped, unless `now` (real, or --start) is past it."""
    try:
        saved = datetime.fromisoformat(path.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return now
    if saved.tzinfo is None:
        saved = saved.replace(tzinfo=UTC)
    return max(saved, now)


def save(path: Path, moment: datetime) -> None:
    """Remember where the clock stopped, so a jumped-ahead chat carries on from there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(moment.isoformat() + "\n", encoding="utf-8")
