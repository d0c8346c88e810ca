"""Pure due-time arithmetic: when is the next nudge, follow-up or summary due.

Everything here is clock-free: the caller passes ``now`` in. All returned instants are aware
UTC datetimes. ``tzinfo`` arguments may be ``zoneinfo.ZoneInfo`` or a fixed ``timezone``.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta, tzinfo

_ONE_DAY = timedelta(days=1)
_ONE_WEEK = timedelta(days=7)
_RESOLUTION = timedelta(microseconds=1)
_LAST_MINUTE = 24 * 60 - 1


def spread_offset(person_id: int, spread_minutes: int) -> int:
    """A person's own offset from their chosen times, in [-spread, +spread] minutes.

    Stable (the same every day, on every instance) and even over the people, so a minute
    everyone chose becomes 2 × spread + 1 minutes with a share each (SMALLSTEPS_SPREAD_MINUTES).
    """
    if spread_minutes <= 0:
        return 0
    drawn = hashlib.blake2b(f"spread:{person_id}".encode(), digest_size=4).digest()
    return int.from_bytes(drawn, "big") % (2 * spread_minutes + 1) - spread_minutes


def shifted(at: time, minutes: int) -> time:
    """Wall time ``at`` moved by ``minutes``, kept within its day (00:00 to 23:59)."""
    if minutes == 0:
        return at
    moved = min(max(at.hour * 60 + at.minute + minutes, 0), _LAST_MINUTE)
    return time(moved // 60, moved % 60)


def local_wall_time_to_utc(day: date, at: time, zone: tzinfo) -> datetime:
    """Return the UTC instant at which wall-clock time ``at`` happens on local date ``day``."""
    if at.tzinfo is not None:
        raise ValueError("'at' must be a naive wall-clock time; pass the zone separately")
    # fold=0 picks the first occurrence of an ambiguous (fall-back) time, so it is sent once.
    local = datetime.combine(day, at.replace(fold=0), tzinfo=zone)
    instant = local.astimezone(UTC)
    # A wall time that does not survive the UTC round trip lies in a spring-forward gap.
    if _wall(instant, zone) == local.replace(tzinfo=None):
        return instant
    return _gap_end(local, zone)


def next_daily_due(
    at: time, zone: tzinfo, now: datetime, *, not_before_local_date: date | None = None
) -> datetime:
    """Return the first UTC instant after ``now`` at which local time ``at`` falls."""
    first = _first_candidate_day(zone, now, not_before_local_date)
    return _first_due_after(at, zone, now, first, _ONE_DAY)


def next_weekly_due(
    weekday: int,
    at: time,
    zone: tzinfo,
    now: datetime,
    *,
    not_before_local_date: date | None = None,
) -> datetime:
    """Return the first UTC instant after ``now`` at local ``at`` on ``weekday`` (0=Monday)."""
    _require_weekday(weekday, "weekday")
    first = _first_candidate_day(zone, now, not_before_local_date)
    first += timedelta(days=(weekday - first.weekday()) % 7)
    return _first_due_after(at, zone, now, first, _ONE_WEEK)


def local_date_of(instant: datetime, zone: tzinfo) -> date:
    """Return the local calendar date of an aware instant in ``zone``."""
    _require_aware(instant, "instant")
    return instant.astimezone(zone).date()


def week_bounds(
    local_day: date, zone: tzinfo, week_starts_on: int = 0
) -> tuple[datetime, datetime]:
    """Return the UTC [start, end) of the local week containing ``local_day``."""
    _require_weekday(week_starts_on, "week_starts_on")
    first_day = local_day - timedelta(days=(local_day.weekday() - week_starts_on) % 7)
    # Each bound is converted on its own, so a DST change inside the week yields 167/169 h.
    start = local_wall_time_to_utc(first_day, time(0), zone)
    end = local_wall_time_to_utc(first_day + _ONE_WEEK, time(0), zone)
    return start, end


def is_within_grace(due_at: datetime, now: datetime, grace: timedelta) -> bool:
    """Return whether a delivery due at ``due_at`` may still be sent at ``now``."""
    _require_aware(due_at, "due_at")
    _require_aware(now, "now")
    if grace < timedelta(0):
        raise ValueError("grace must not be negative")
    # Compare in UTC: Python ignores utcoffset when both operands share a tzinfo object,
    # which would give wrong answers across a fall-back hour.
    late_by = now.astimezone(UTC) - due_at.astimezone(UTC)
    return timedelta(0) <= late_by <= grace


def _first_due_after(
    at: time, zone: tzinfo, now: datetime, first_day: date, step: timedelta
) -> datetime:
    """Return the due instant of the first of ``first_day``, ``+ step``, ... after ``now``."""
    day = first_day
    while (due := local_wall_time_to_utc(day, at, zone)) <= now:
        day += step
    return due


def _first_candidate_day(zone: tzinfo, now: datetime, not_before_local_date: date | None) -> date:
    """Return the earliest local date whose due instant could still lie after ``now``."""
    _require_aware(now, "now")
    # No earlier date can qualify: a day's due instant is the first moment its wall clock
    # reaches ``at`` (gap end / first occurrence), and ``now`` is already past that day.
    first = now.astimezone(zone).date()
    if not_before_local_date is not None:
        first = max(first, not_before_local_date)
    return first


def _gap_end(local: datetime, zone: tzinfo) -> datetime:
    """Return the UTC instant ending the DST gap that swallowed the wall time ``local``."""
    # In a gap, fold=1 reads the wall time with the post-transition offset (an instant before
    # the transition) and fold=0 with the pre-transition one (an instant after it). Bisect
    # between them for the transition itself: exact for any gap length, no minute walking.
    before = local.replace(fold=1).astimezone(UTC)
    after = local.replace(fold=0).astimezone(UTC)
    wall = local.replace(tzinfo=None)
    while after - before > _RESOLUTION:
        middle = before + (after - before) // 2
        if _wall(middle, zone) >= wall:
            after = middle
        else:
            before = middle
    return after


def _wall(value: datetime, zone: tzinfo) -> datetime:
    """Return the naive local wall-clock reading of ``value`` in ``zone``."""
    return value.astimezone(zone).replace(tzinfo=None, fold=0)


def _require_aware(value: datetime, name: str) -> None:
    """Raise ValueError unless ``value`` is timezone-aware."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {value!r}")


def _require_weekday(value: int, name: str) -> None:
    """Raise ValueError unless ``value`` is 0 (Monday) .. 6 (Sunday)."""
    if not 0 <= value <= 6:
        raise ValueError(f"{name} must be 0 (Monday) .. 6 (Sunday), got {value}")
