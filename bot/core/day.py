"""The order of a person's day: the check-in first, then the evening question about its step.

Pure rules: no telegram, no SQL, no words.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Final

# Examples put the evening question about half a day after the check-in, but not late at night.
_EVENING_GAP: Final = 12 * 60
_LATEST_EXAMPLE: Final = time(22, 0)
_GAPS_BEFORE: Final = (12 * 60, 3 * 60, 60)


def evening_follows(checkin: time, evening: time) -> bool:
    """Whether the evening question comes after the check-in, on the same day."""
    return evening > checkin


def evening_example(checkin: time) -> time | None:
    """A good evening time after this check-in time; None when none is left that day."""
    soonest = _shifted(checkin, 60)
    if soonest is None:
        return None
    ideal = _shifted(checkin, _EVENING_GAP) or _LATEST_EXAMPLE
    return max(min(ideal, _LATEST_EXAMPLE), soonest)


def checkin_example(evening: time) -> time | None:
    """A good check-in time before this evening time; None when none is left that day."""
    earlier = (_shifted(evening, -gap) for gap in _GAPS_BEFORE)
    return next((at for at in earlier if at is not None), None)


def _shifted(at: time, minutes: int) -> time | None:
    """The time of day so many minutes later (or earlier); None when that is another day."""
    moved = at.hour * 60 + at.minute + minutes
    return time(moved // 60, moved % 60) if 0 <= moved < 24 * 60 else None


class Later(StrEnum):
    """'Later' on the morning nudge: ask when, or come back in an hour, three hours, tonight."""

    ASK = "a"
    HOUR = "1"
    THREE_HOURS = "3"
    EVENING = "e"


# "This evening" brings the nudge back at this local time.
EVENING_AGAIN: Final = time(19, 0)
# A time to come back is offered only this far ahead, so it is not as good as now.
_SOONEST_AGAIN: Final = timedelta(minutes=30)


def later_at(choice: Later, now: datetime, zone: tzinfo, day: date) -> datetime | None:
    """When the nudge of local `day` comes back (UTC); None when that is not on that day."""
    if choice is Later.ASK:
        return None
    if choice is Later.EVENING:
        # Evening hours have no DST gap anywhere: the wall time always exists, once.
        at = datetime.combine(day, EVENING_AGAIN, tzinfo=zone).astimezone(UTC)
    else:
        # An hour from now is an hour of real time, whatever the clocks do meanwhile.
        at = now + timedelta(hours=1 if choice is Later.HOUR else 3)
    if at < now + _SOONEST_AGAIN or at.astimezone(zone).date() != day:
        return None
    return at


def later_choices(now: datetime, zone: tzinfo, day: date) -> list[Later]:
    """The times to come back still open on that local day."""
    return [c for c in Later if c is not Later.ASK and later_at(c, now, zone, day) is not None]


# A day can be filled in or changed afterwards for this many days after it.
DAYS_TO_FILL: Final = 7


def days_to_fill(today: date) -> list[date]:
    """The past days a person may still fill in or change, yesterday first."""
    return [today - timedelta(days=back) for back in range(1, DAYS_TO_FILL + 1)]


def can_change(day: date, today: date) -> bool:
    """Whether a day's answers can still be given or changed: today, or one of the last seven."""
    return today - timedelta(days=DAYS_TO_FILL) <= day <= today


def offers_yesterday(joined: date, today: date, yesterday_answered: bool) -> bool:
    """Whether the morning nudge offers to add yesterday: it is empty, and the person was here."""
    return not yesterday_answered and joined < today
