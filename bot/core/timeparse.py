"""Parsing the times, weekdays and durations people type into commands.

Pure rules: no I/O and no bot imports, so every rule is easy to test on its own.
"""

from __future__ import annotations

import re
from datetime import time
from typing import Final

_WEEKDAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

# Full names and three-letter forms are derived; these are the other spellings people use.
_EXTRA_WEEKDAY_SPELLINGS: Final = {
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
}

_WEEKDAYS_BY_SPELLING: Final[dict[str, int]] = {
    **{name.lower(): day for day, name in enumerate(_WEEKDAY_NAMES)},
    **{name[:3].lower(): day for day, name in enumerate(_WEEKDAY_NAMES)},
    **_EXTRA_WEEKDAY_SPELLINGS,
}

_NAMED_TIMES: Final = {
    "noon": time(12, 0),
    "midday": time(12, 0),
    "midnight": time(0, 0),
}

# Minutes must be two digits: "8:5" could mean 08:05 or 08:50, so it is rejected.
_CLOCK_TIME: Final = re.compile(
    r"""
    (?:
        (?P<hour>\d{1,2}) (?: [:.h] (?P<minute>\d{2}) | h )?   # 8  08  8:30  8.30  8h30  20h
      | (?P<compact>\d{3,4})                                   # 830  0830  2030
    )
    (?: \s* (?P<meridiem>[ap]) \.? m \.? )?                     # am  PM  a.m.
    """,
    re.VERBOSE | re.ASCII,
)

_OFF_WORDS: Final = frozenset({"off", "no", "stop", "none", "disable"})

_PAUSE: Final = re.compile(
    r"""
    (?:for\s+)?
    (?:
        (?P<number>\d{1,3}) \s* (?P<unit>days?|d|weeks?|wks?|w)?   # 3  3d  3 days  2 weeks
      | (?:an?|one) \s+ (?P<single_unit>day|week)                 # a week  one day
    )
    """,
    re.VERBOSE | re.ASCII,
)

_DAYS_PER_UNIT: Final = {
    "d": 1,
    "day": 1,
    "days": 1,
    "w": 7,
    "wk": 7,
    "wks": 7,
    "week": 7,
    "weeks": 7,
}

MAX_PAUSE_DAYS: Final = 365


def parse_clock_time(text: str) -> time | None:
    """Return the time of day written in ``text``, or None if it is not exactly one time."""
    cleaned = " ".join(text.lower().split()).removeprefix("at ")
    if cleaned in _NAMED_TIMES:
        return _NAMED_TIMES[cleaned]
    match = _CLOCK_TIME.fullmatch(cleaned)
    if match is None:
        return None
    hour, minute = _hour_and_minute(match)
    meridiem = match["meridiem"]
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = _from_twelve_hour(hour, meridiem)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _hour_and_minute(match: re.Match[str]) -> tuple[int, int]:
    compact = match["compact"]
    if compact is not None:
        return int(compact[:-2]), int(compact[-2:])
    return int(match["hour"]), int(match["minute"] or 0)


def _from_twelve_hour(hour: int, meridiem: str) -> int:
    # 12am is midnight and 12pm is noon, so 12 wraps to 0 before the pm shift.
    return hour % 12 + (12 if meridiem == "p" else 0)


def format_clock_time(t: time) -> str:
    """Format a time of day as 24-hour ``HH:MM``, e.g. ``07:45``."""
    return f"{t.hour:02d}:{t.minute:02d}"


def parse_weekday(text: str) -> int | None:
    """Return 0 for Monday .. 6 for Sunday from a day name or abbreviation, else None."""
    cleaned = text.strip().lower()
    return _WEEKDAYS_BY_SPELLING.get(cleaned.removesuffix("."))


def weekday_name(day: int) -> str:
    """Return the English name of a weekday number (0 is Monday), e.g. ``Monday``."""
    return _WEEKDAY_NAMES[_checked_weekday(day)]


def weekday_short(day: int) -> str:
    """Return the lowercase three-letter form of a weekday number, e.g. ``mon``."""
    return _WEEKDAY_NAMES[_checked_weekday(day)][:3].lower()


def _checked_weekday(day: int) -> int:
    # Guards against negative numbers silently indexing from the end of the tuple.
    if not 0 <= day <= 6:
        raise ValueError(f"weekday must be 0..6, got {day}")
    return day


def parse_weekly(text: str) -> tuple[int, time] | None:
    """Parse a ``/weekly`` argument such as ``sun 18:00`` into (weekday, time), else None."""
    parts = text.split(maxsplit=1)
    if len(parts) != 2:
        return None
    day = parse_weekday(parts[0].removesuffix(","))
    at = parse_clock_time(parts[1])
    if day is None or at is None:
        return None
    return day, at


def is_off(text: str) -> bool:
    """Return True if ``text`` asks to switch something off (``off``, ``stop``, ...)."""
    return text.strip().lower() in _OFF_WORDS


def parse_pause_days(text: str) -> int | None:
    """Return the number of days in ``3``, ``3 days``, ``a week`` or ``2 weeks``, else None.

    The result is always within 1..MAX_PAUSE_DAYS. An empty argument also gives None, so
    a caller that treats a bare ``/pause`` as "pause indefinitely" must check for it first.
    """
    match = _PAUSE.fullmatch(" ".join(text.lower().split()))
    if match is None:
        return None
    if match["single_unit"] is not None:
        days = _DAYS_PER_UNIT[match["single_unit"]]
    else:
        days = int(match["number"]) * _DAYS_PER_UNIT[match["unit"] or "days"]
    if not 1 <= days <= MAX_PAUSE_DAYS:
        return None
    return days
