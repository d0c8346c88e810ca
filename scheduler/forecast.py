"""How late a crowded minute's last nudge will go out at the rate cap: pure, from counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

# A minute whose last nudge would go out later than this is worth telling the operator about.
CROWDED_AFTER = timedelta(minutes=1)


@dataclass(frozen=True)
class CrowdedMinute:
    """A minute whose nudges cannot all go out within it at the configured rate."""

    minute: datetime
    due: int
    # How long after the minute its last nudge goes out (or would, but for the grace window).
    last_late: timedelta
    # How many of its nudges would come after the grace window, and so never be sent.
    past_grace: int


def crowded_minutes(
    due_by_minute: Iterable[tuple[datetime, int]], rate_per_second: float, grace: timedelta
) -> list[CrowdedMinute]:
    """The minutes whose last nudge goes out more than `CROWDED_AFTER` late, oldest first.

    Sending runs one minute's nudges after another's at `rate_per_second`: a minute that is not
    done when the next begins delays it. Nudges that would go out past the grace window are
    skipped, so they take no time.
    """
    crowded = []
    free_at: datetime | None = None
    for minute, due in sorted(due_by_minute):
        start = minute if free_at is None or free_at < minute else free_at
        finish = start + timedelta(seconds=due / rate_per_second)
        within = max((minute + grace - start).total_seconds(), 0.0) * rate_per_second
        past_grace = max(due - int(within), 0)
        free_at = min(finish, max(start, minute + grace))
        if finish - minute > CROWDED_AFTER:
            crowded.append(CrowdedMinute(minute, due, finish - minute, past_grace))
    return crowded
