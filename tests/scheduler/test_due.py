"""Tests for scheduler.due: pure due-time arithmetic with an injected clock."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.due import (
    is_within_grace,
    local_date_of,
    local_wall_time_to_utc,
    next_daily_due,
    next_weekly_due,
    shifted,
    spread_offset,
    week_bounds,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
CHATHAM = ZoneInfo("Pacific/Chatham")  # +12:45 / +13:45: 45-minute offset with DST
SANTIAGO = ZoneInfo("America/Santiago")  # DST changes at local midnight
UTC_ZONE = ZoneInfo("UTC")
PLUS_0545 = timezone(timedelta(hours=5, minutes=45))

ONE_DAY = timedelta(days=1)
ONE_MICROSECOND = timedelta(microseconds=1)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=UTC)


def transition_dates(zone: tzinfo, year: int) -> list[date]:
    """Local dates on which the zone's UTC offset changes (transitions happen at night)."""
    day = date(year, 1, 1)
    changed = []
    while day.year == year:
        if _noon_offset(day, zone) != _noon_offset(day - ONE_DAY, zone):
            changed.append(day)
        day += ONE_DAY
    return changed


def _noon_offset(day: date, zone: tzinfo) -> timedelta | None:
    return datetime.combine(day, time(12), tzinfo=zone).utcoffset()


def wall_time_exists(day: date, at: time, zone: tzinfo) -> bool:
    """Independent of the implementation: in a gap, fold=0 reads a smaller offset than fold=1."""
    local = datetime.combine(day, at, tzinfo=zone)
    before, after = local.replace(fold=0).utcoffset(), local.replace(fold=1).utcoffset()
    assert before is not None and after is not None
    return before >= after


# --- the premises: DST dates looked up from tzdata, not guessed ---------------------------


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        (BERLIN, [date(2026, 3, 29), date(2026, 10, 25)]),
        (NEW_YORK, [date(2026, 3, 8), date(2026, 11, 1)]),
        (LORD_HOWE, [date(2026, 4, 5), date(2026, 10, 4)]),
        (CHATHAM, [date(2026, 4, 5), date(2026, 9, 27)]),
        (SANTIAGO, [date(2026, 4, 5), date(2026, 9, 6)]),
        (KOLKATA, []),
        (UTC_ZONE, []),
        (PLUS_0545, []),
    ],
)
def test_2026_transition_dates(zone: tzinfo, expected: list[date]) -> None:
    assert transition_dates(zone, 2026) == expected


# --- local_wall_time_to_utc -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected"),
    [
        (BERLIN, date(2026, 1, 15), time(8), utc(2026, 1, 15, 7)),
        (BERLIN, date(2026, 7, 1), time(8), utc(2026, 7, 1, 6)),
        (NEW_YORK, date(2026, 1, 15), time(8), utc(2026, 1, 15, 13)),
        (NEW_YORK, date(2026, 7, 1), time(8), utc(2026, 7, 1, 12)),
        (KOLKATA, date(2026, 6, 1), time(9), utc(2026, 6, 1, 3, 30)),
        (PLUS_0545, date(2026, 6, 1), time(9), utc(2026, 6, 1, 3, 15)),
        (UTC_ZONE, date(2026, 6, 1), time(9), utc(2026, 6, 1, 9)),
        (LORD_HOWE, date(2026, 1, 15), time(8), utc(2026, 1, 14, 21)),
        (LORD_HOWE, date(2026, 7, 1), time(8), utc(2026, 6, 30, 21, 30)),
        (CHATHAM, date(2026, 7, 1), time(8), utc(2026, 6, 30, 19, 15)),
        (BERLIN, date(2026, 6, 1), time(8, 15, 30, 123), utc(2026, 6, 1, 6, 15, 30, 123)),
    ],
)
def test_wall_time_to_utc_plain(zone: tzinfo, day: date, at: time, expected: datetime) -> None:
    assert local_wall_time_to_utc(day, at, zone) == expected


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected"),
    [
        # Berlin gap 02:00-03:00 CET->CEST: anything inside is sent at 03:00 CEST (01:00 UTC).
        (BERLIN, date(2026, 3, 29), time(2), utc(2026, 3, 29, 1)),
        (BERLIN, date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1)),
        (BERLIN, date(2026, 3, 29), time(2, 59, 59, 999999), utc(2026, 3, 29, 1)),
        (BERLIN, date(2026, 3, 29), time(2, 30, 15), utc(2026, 3, 29, 1)),
        # New York gap 02:00-03:00 EST->EDT.
        (NEW_YORK, date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7)),
        # Lord Howe gap is only 30 minutes: 02:00-02:30 (+10:30 -> +11).
        (LORD_HOWE, date(2026, 10, 4), time(2), utc(2026, 10, 3, 15, 30)),
        (LORD_HOWE, date(2026, 10, 4), time(2, 15), utc(2026, 10, 3, 15, 30)),
        # Chatham gap 02:45-03:45 (+12:45 -> +13:45).
        (CHATHAM, date(2026, 9, 27), time(3), utc(2026, 9, 26, 14)),
        # Santiago gap is at midnight: 00:00-01:00 (-04 -> -03).
        (SANTIAGO, date(2026, 9, 6), time(0, 30), utc(2026, 9, 6, 4)),
    ],
)
def test_wall_time_in_gap_uses_first_valid_instant_after(
    zone: tzinfo, day: date, at: time, expected: datetime
) -> None:
    assert local_wall_time_to_utc(day, at, zone) == expected


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected"),
    [
        (BERLIN, date(2026, 3, 29), time(1, 59), utc(2026, 3, 29, 0, 59)),
        (BERLIN, date(2026, 3, 29), time(3), utc(2026, 3, 29, 1)),
        (BERLIN, date(2026, 3, 29), time(3, 1), utc(2026, 3, 29, 1, 1)),
        (LORD_HOWE, date(2026, 10, 4), time(1, 59), utc(2026, 10, 3, 15, 29)),
        (LORD_HOWE, date(2026, 10, 4), time(2, 30), utc(2026, 10, 3, 15, 30)),
    ],
)
def test_wall_times_around_gap_are_exact(
    zone: tzinfo, day: date, at: time, expected: datetime
) -> None:
    assert local_wall_time_to_utc(day, at, zone) == expected


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected"),
    [
        # First occurrence = still on summer time.
        (BERLIN, date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30)),
        (BERLIN, date(2026, 10, 25), time(2, 30, fold=1), utc(2026, 10, 25, 0, 30)),
        (NEW_YORK, date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30)),
        # Lord Howe repeats 01:30-02:00 (+11 -> +10:30).
        (LORD_HOWE, date(2026, 4, 5), time(1, 45), utc(2026, 4, 4, 14, 45)),
        # Chatham repeats 02:45-03:45 (+13:45 -> +12:45).
        (CHATHAM, date(2026, 4, 5), time(3), utc(2026, 4, 4, 13, 15)),
    ],
)
def test_ambiguous_wall_time_uses_first_occurrence(
    zone: tzinfo, day: date, at: time, expected: datetime
) -> None:
    assert local_wall_time_to_utc(day, at, zone) == expected


def test_wall_time_to_utc_returns_utc() -> None:
    assert local_wall_time_to_utc(date(2026, 6, 1), time(9), KOLKATA).tzinfo == UTC


def test_wall_time_to_utc_rejects_aware_time() -> None:
    with pytest.raises(ValueError, match="naive wall-clock"):
        local_wall_time_to_utc(date(2026, 6, 1), time(9, tzinfo=UTC), BERLIN)


# --- next_daily_due -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "at", "now", "expected"),
    [
        (BERLIN, time(8), utc(2026, 6, 1, 4), utc(2026, 6, 1, 6)),
        (BERLIN, time(8), utc(2026, 6, 1, 7), utc(2026, 6, 2, 6)),
        (NEW_YORK, time(7, 30), utc(2026, 1, 10, 23), utc(2026, 1, 11, 12, 30)),
        (KOLKATA, time(9), utc(2026, 6, 1, 3, 29), utc(2026, 6, 1, 3, 30)),
        (PLUS_0545, time(9), utc(2026, 6, 1, 3, 29), utc(2026, 6, 1, 3, 15) + ONE_DAY),
        (UTC_ZONE, time(9), utc(2026, 12, 31, 10), utc(2027, 1, 1, 9)),
        # Local date is already 2 June in Lord Howe (06:30) while UTC is still 1 June.
        (LORD_HOWE, time(8), utc(2026, 6, 1, 20), utc(2026, 6, 1, 21, 30)),
        (LORD_HOWE, time(8), utc(2026, 6, 1, 22), utc(2026, 6, 2, 21, 30)),
    ],
)
def test_next_daily_due(zone: tzinfo, at: time, now: datetime, expected: datetime) -> None:
    assert next_daily_due(at, zone, now) == expected


@pytest.mark.parametrize(
    ("zone", "at", "due"),
    [
        (KOLKATA, time(9), utc(2026, 6, 1, 3, 30)),
        (BERLIN, time(8), utc(2026, 6, 1, 6)),
        (PLUS_0545, time(9), utc(2026, 6, 1, 3, 15)),
        (LORD_HOWE, time(8), utc(2026, 6, 1, 21, 30)),
    ],
)
def test_now_exactly_at_due_gives_next_day(zone: tzinfo, at: time, due: datetime) -> None:
    assert next_daily_due(at, zone, due - ONE_MICROSECOND) == due
    assert next_daily_due(at, zone, due) == local_wall_time_to_utc(
        local_date_of(due, zone) + ONE_DAY, at, zone
    )
    assert next_daily_due(at, zone, due) - due == ONE_DAY


@pytest.mark.parametrize(
    ("zone", "at", "now", "gap_due", "day_after"),
    [
        (BERLIN, time(2, 30), utc(2026, 3, 28, 12), utc(2026, 3, 29, 1), utc(2026, 3, 30, 0, 30)),
        (NEW_YORK, time(2, 30), utc(2026, 3, 7, 12), utc(2026, 3, 8, 7), utc(2026, 3, 9, 6, 30)),
        (
            LORD_HOWE,
            time(2, 15),
            utc(2026, 10, 3),
            utc(2026, 10, 3, 15, 30),
            utc(2026, 10, 4, 15, 15),
        ),
    ],
)
def test_daily_due_in_gap_is_sent_at_gap_end_then_resumes(
    zone: tzinfo, at: time, now: datetime, gap_due: datetime, day_after: datetime
) -> None:
    assert next_daily_due(at, zone, now) == gap_due
    assert next_daily_due(at, zone, gap_due) == day_after


@pytest.mark.parametrize(
    ("zone", "at", "first", "second", "next_day"),
    [
        (
            BERLIN,
            time(2, 30),
            utc(2026, 10, 25, 0, 30),
            utc(2026, 10, 25, 1, 30),
            utc(2026, 10, 26, 1, 30),
        ),
        (
            NEW_YORK,
            time(1, 30),
            utc(2026, 11, 1, 5, 30),
            utc(2026, 11, 1, 6, 30),
            utc(2026, 11, 2, 6, 30),
        ),
        (
            LORD_HOWE,
            time(1, 45),
            utc(2026, 4, 4, 14, 45),
            utc(2026, 4, 4, 15, 15),
            utc(2026, 4, 5, 15, 15),
        ),
    ],
)
def test_ambiguous_daily_due_is_sent_once(
    zone: tzinfo, at: time, first: datetime, second: datetime, next_day: datetime
) -> None:
    assert next_daily_due(at, zone, first - timedelta(hours=3)) == first
    # After the first occurrence the next due is tomorrow, not the repeat an hour later.
    assert next_daily_due(at, zone, first) == next_day
    assert next_daily_due(at, zone, second - ONE_MICROSECOND) == next_day
    assert next_daily_due(at, zone, second) == next_day


def test_now_in_another_zone_is_compared_as_an_instant() -> None:
    now = datetime(2026, 6, 1, 9, 0, tzinfo=KOLKATA)  # 03:30 UTC = 05:30 in Berlin
    assert next_daily_due(time(8), BERLIN, now) == utc(2026, 6, 1, 6)


def test_now_in_the_same_zone_during_the_repeated_hour() -> None:
    # 02:45 on the second pass is 01:45 UTC; a naive same-tzinfo comparison would get it wrong.
    now = datetime(2026, 10, 25, 2, 45, fold=1, tzinfo=BERLIN)
    assert next_daily_due(time(2, 30), BERLIN, now) == utc(2026, 10, 26, 1, 30)
    assert next_daily_due(time(3), BERLIN, now) == utc(2026, 10, 25, 2)


def test_next_daily_due_returns_utc() -> None:
    now = datetime(2026, 6, 1, 9, 0, tzinfo=KOLKATA)
    assert next_daily_due(time(8), BERLIN, now).tzinfo == UTC


@pytest.mark.parametrize(
    ("zone", "now", "not_before", "expected"),
    [
        (BERLIN, utc(2026, 6, 1, 4), None, utc(2026, 6, 1, 6)),
        (BERLIN, utc(2026, 6, 1, 4), date(2026, 6, 2), utc(2026, 6, 2, 6)),
        (BERLIN, utc(2026, 6, 1, 4), date(2026, 5, 1), utc(2026, 6, 1, 6)),
        (BERLIN, utc(2026, 6, 1, 4), date(2026, 6, 1), utc(2026, 6, 1, 6)),
        (BERLIN, utc(2026, 6, 1, 4), date(2026, 12, 24), utc(2026, 12, 24, 7)),
        # Local date in Lord Howe is 2 June; skip to 3 June.
        (LORD_HOWE, utc(2026, 6, 1, 20), date(2026, 6, 3), utc(2026, 6, 2, 21, 30)),
    ],
)
def test_not_before_local_date(
    zone: tzinfo, now: datetime, not_before: date | None, expected: datetime
) -> None:
    assert next_daily_due(time(8), zone, now, not_before_local_date=not_before) == expected


def test_naive_now_is_rejected() -> None:
    naive = utc(2026, 6, 1).replace(tzinfo=None)
    with pytest.raises(ValueError, match="timezone-aware"):
        next_daily_due(time(8), BERLIN, naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        next_weekly_due(0, time(8), BERLIN, naive)


# --- next_weekly_due ------------------------------------------------------------------------

SUNDAY = 6


@pytest.mark.parametrize(
    ("weekday", "expected_day"),
    [
        (0, date(2026, 6, 8)),
        (1, date(2026, 6, 9)),
        (2, date(2026, 6, 3)),
        (3, date(2026, 6, 4)),
        (4, date(2026, 6, 5)),
        (5, date(2026, 6, 6)),
        (6, date(2026, 6, 7)),
    ],
)
def test_weekly_due_each_weekday(weekday: int, expected_day: date) -> None:
    now = utc(2026, 6, 3)  # Wednesday 05:30 in Kolkata
    expected = datetime.combine(expected_day, time(3, 30), tzinfo=UTC)
    assert next_weekly_due(weekday, time(9), KOLKATA, now) == expected


@pytest.mark.parametrize(
    ("weekday", "at", "zone", "now", "expected"),
    [
        (SUNDAY, time(19), BERLIN, utc(2026, 3, 23, 12), utc(2026, 3, 29, 17)),
        (SUNDAY, time(19), BERLIN, utc(2026, 10, 19, 12), utc(2026, 10, 25, 18)),
        (SUNDAY, time(19), BERLIN, utc(2026, 6, 7, 10), utc(2026, 6, 7, 17)),
        (SUNDAY, time(2, 30), BERLIN, utc(2026, 3, 23), utc(2026, 3, 29, 1)),
        (SUNDAY, time(1, 30), NEW_YORK, utc(2026, 10, 30), utc(2026, 11, 1, 5, 30)),
        (SUNDAY, time(1, 30), NEW_YORK, utc(2026, 11, 1, 5, 30), utc(2026, 11, 8, 6, 30)),
        # UTC says Sunday, Lord Howe says Sunday 22:30: next Monday is only hours away.
        (0, time(8), LORD_HOWE, utc(2026, 6, 7, 12), utc(2026, 6, 7, 21, 30)),
        # UTC says Sunday, Lord Howe already says Monday 08:30: next Monday is a week away.
        (0, time(8), LORD_HOWE, utc(2026, 6, 7, 22), utc(2026, 6, 14, 21, 30)),
        (2, time(9), PLUS_0545, utc(2026, 6, 3, 3, 15), utc(2026, 6, 10, 3, 15)),
        (4, time(17), UTC_ZONE, utc(2026, 12, 31), utc(2027, 1, 1, 17)),
    ],
)
def test_next_weekly_due(
    weekday: int, at: time, zone: tzinfo, now: datetime, expected: datetime
) -> None:
    assert next_weekly_due(weekday, at, zone, now) == expected


@pytest.mark.parametrize(
    ("zone", "at", "due", "expected_next", "hours"),
    [
        (BERLIN, time(19), utc(2026, 3, 22, 18), utc(2026, 3, 29, 17), 167),
        (BERLIN, time(19), utc(2026, 10, 18, 17), utc(2026, 10, 25, 18), 169),
        (NEW_YORK, time(18), utc(2026, 3, 1, 23), utc(2026, 3, 8, 22), 167),
        (NEW_YORK, time(18), utc(2026, 10, 25, 22), utc(2026, 11, 1, 23), 169),
    ],
)
def test_weekly_due_across_dst_week_keeps_wall_time(
    zone: tzinfo, at: time, due: datetime, expected_next: datetime, hours: int
) -> None:
    nxt = next_weekly_due(SUNDAY, at, zone, due)
    assert nxt == expected_next
    assert nxt - due == timedelta(hours=hours)


def test_weekly_not_before_local_date() -> None:
    now = utc(2026, 6, 7, 10)  # Sunday 12:00 in Berlin, before the 19:00 summary
    assert next_weekly_due(SUNDAY, time(19), BERLIN, now) == utc(2026, 6, 7, 17)
    skipped = next_weekly_due(SUNDAY, time(19), BERLIN, now, not_before_local_date=date(2026, 6, 8))
    assert skipped == utc(2026, 6, 14, 17)


@pytest.mark.parametrize("weekday", [-1, 7])
def test_weekly_rejects_bad_weekday(weekday: int) -> None:
    with pytest.raises(ValueError, match="weekday"):
        next_weekly_due(weekday, time(8), BERLIN, utc(2026, 6, 1))


# --- local_date_of --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instant", "zone", "expected"),
    [
        (utc(2026, 3, 29, 1), BERLIN, date(2026, 3, 29)),  # the gap-shifted 02:30
        (utc(2026, 10, 25, 1, 30), BERLIN, date(2026, 10, 25)),  # second pass of 02:30
        (utc(2026, 6, 1, 21, 30), LORD_HOWE, date(2026, 6, 2)),
        (utc(2026, 6, 1, 18, 29), KOLKATA, date(2026, 6, 1)),
        (utc(2026, 6, 1, 18, 30), KOLKATA, date(2026, 6, 2)),
        (utc(2026, 6, 1, 18, 15), PLUS_0545, date(2026, 6, 2)),
        (datetime(2026, 6, 1, 23, 59, tzinfo=NEW_YORK), UTC_ZONE, date(2026, 6, 2)),
    ],
)
def test_local_date_of(instant: datetime, zone: tzinfo, expected: date) -> None:
    assert local_date_of(instant, zone) == expected


def test_gap_shifted_due_keeps_its_local_date() -> None:
    due = next_daily_due(time(2, 30), BERLIN, utc(2026, 3, 28, 12))
    assert local_date_of(due, BERLIN) == date(2026, 3, 29)


def test_local_date_of_rejects_naive() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        local_date_of(utc(2026, 6, 1).replace(tzinfo=None), BERLIN)


# --- week_bounds ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "day", "week_starts_on", "expected", "hours"),
    [
        (BERLIN, date(2026, 3, 29), 0, (utc(2026, 3, 22, 23), utc(2026, 3, 29, 22)), 167),
        (BERLIN, date(2026, 3, 23), 0, (utc(2026, 3, 22, 23), utc(2026, 3, 29, 22)), 167),
        (BERLIN, date(2026, 10, 25), 0, (utc(2026, 10, 18, 22), utc(2026, 10, 25, 23)), 169),
        (NEW_YORK, date(2026, 3, 8), 0, (utc(2026, 3, 2, 5), utc(2026, 3, 9, 4)), 167),
        (NEW_YORK, date(2026, 11, 1), 0, (utc(2026, 10, 26, 4), utc(2026, 11, 2, 5)), 169),
        (LORD_HOWE, date(2026, 4, 5), 0, (utc(2026, 3, 29, 13), utc(2026, 4, 5, 13, 30)), 168.5),
        (
            LORD_HOWE,
            date(2026, 10, 4),
            0,
            (utc(2026, 9, 27, 13, 30), utc(2026, 10, 4, 13)),
            167.5,
        ),
        (KOLKATA, date(2026, 6, 3), 0, (utc(2026, 5, 31, 18, 30), utc(2026, 6, 7, 18, 30)), 168),
        (PLUS_0545, date(2026, 6, 3), 0, (utc(2026, 5, 31, 18, 15), utc(2026, 6, 7, 18, 15)), 168),
        (UTC_ZONE, date(2026, 6, 3), 0, (utc(2026, 6, 1), utc(2026, 6, 8)), 168),
        # Weeks starting on Sunday.
        (BERLIN, date(2026, 3, 29), 6, (utc(2026, 3, 28, 23), utc(2026, 4, 4, 22)), 167),
        (BERLIN, date(2026, 3, 28), 6, (utc(2026, 3, 21, 23), utc(2026, 3, 28, 23)), 168),
        # Santiago's Sunday 00:00 does not exist that day: the week starts at 01:00.
        (SANTIAGO, date(2026, 9, 6), 6, (utc(2026, 9, 6, 4), utc(2026, 9, 13, 3)), 167),
    ],
)
def test_week_bounds(
    zone: tzinfo,
    day: date,
    week_starts_on: int,
    expected: tuple[datetime, datetime],
    hours: float,
) -> None:
    start, end = week_bounds(day, zone, week_starts_on)
    assert (start, end) == expected
    assert end - start == timedelta(hours=hours)
    assert start <= local_wall_time_to_utc(day, time(12), zone) < end


def test_week_bounds_default_starts_on_monday() -> None:
    assert week_bounds(date(2026, 6, 3), UTC_ZONE) == (utc(2026, 6, 1), utc(2026, 6, 8))


@pytest.mark.parametrize("week_starts_on", [-1, 7])
def test_week_bounds_rejects_bad_start(week_starts_on: int) -> None:
    with pytest.raises(ValueError, match="week_starts_on"):
        week_bounds(date(2026, 6, 3), BERLIN, week_starts_on)


# --- is_within_grace ------------------------------------------------------------------------

GRACE = timedelta(hours=1)


@pytest.mark.parametrize(
    ("due", "now", "grace", "expected"),
    [
        (utc(2026, 6, 1, 8), utc(2026, 6, 1, 8), GRACE, True),
        (utc(2026, 6, 1, 8), utc(2026, 6, 1, 8), timedelta(0), True),
        (utc(2026, 6, 1, 8), utc(2026, 6, 1, 8, 30), GRACE, True),
        (utc(2026, 6, 1, 8), utc(2026, 6, 1, 9), GRACE, True),
        (utc(2026, 6, 1, 8), utc(2026, 6, 1, 9) + ONE_MICROSECOND, GRACE, False),
        (utc(2026, 6, 1, 8), utc(2026, 6, 1, 8) - ONE_MICROSECOND, GRACE, False),
        (utc(2026, 6, 1, 3, 30), datetime(2026, 6, 1, 9, 30, tzinfo=KOLKATA), GRACE, True),
        (utc(2026, 6, 1, 3, 30), datetime(2026, 6, 1, 8, 59, tzinfo=KOLKATA), GRACE, False),
        (utc(2026, 6, 1, 3, 30), datetime(2026, 6, 1, 10, 31, tzinfo=KOLKATA), GRACE, False),
    ],
)
def test_is_within_grace(due: datetime, now: datetime, grace: timedelta, expected: bool) -> None:
    assert is_within_grace(due, now, grace) == expected


def test_grace_across_the_repeated_hour_in_one_zone() -> None:
    due = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN)  # first pass, 00:30 UTC
    now = datetime(2026, 10, 25, 2, 10, fold=1, tzinfo=BERLIN)  # second pass, 01:10 UTC
    # 40 minutes late, although naive wall-clock subtraction would say -20 minutes.
    assert [is_within_grace(due, now, grace) for grace in (GRACE, timedelta(minutes=30))] == [
        True,
        False,
    ]


def test_grace_rejects_naive_and_negative() -> None:
    aware = utc(2026, 6, 1)
    naive = aware.replace(tzinfo=None)
    with pytest.raises(ValueError, match="due_at"):
        is_within_grace(naive, aware, GRACE)
    with pytest.raises(ValueError, match="now"):
        is_within_grace(aware, naive, GRACE)
    with pytest.raises(ValueError, match="negative"):
        is_within_grace(aware, aware, -GRACE)


# --- properties -----------------------------------------------------------------------------

PROPERTY_ZONES: list[tzinfo] = [
    BERLIN,
    NEW_YORK,
    KOLKATA,
    LORD_HOWE,
    CHATHAM,
    SANTIAGO,
    UTC_ZONE,
    PLUS_0545,
    ZoneInfo("Asia/Kathmandu"),
    ZoneInfo("Australia/Eucla"),  # +08:45, no DST
]
YEAR_START = utc(2026, 1, 1)
SECONDS_IN_2026 = 365 * 24 * 3600
TRANSITIONS_2026 = {zone: transition_dates(zone, 2026) for zone in PROPERTY_ZONES}


@st.composite
def zone_and_now(draw: st.DrawFn) -> tuple[tzinfo, datetime]:
    zone = draw(st.sampled_from(PROPERTY_ZONES))
    anywhere = st.integers(0, SECONDS_IN_2026 - 1).map(lambda s: YEAR_START + timedelta(seconds=s))
    strategy = anywhere
    changes = TRANSITIONS_2026[zone]
    if changes:
        # Half the time, land within a day and a half of a DST change in this zone.
        near = st.builds(
            lambda day, seconds: (
                datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
                + timedelta(seconds=seconds)
            ),
            st.sampled_from(changes),
            st.integers(-36 * 3600, 36 * 3600),
        )
        strategy = st.one_of(anywhere, near)
    return zone, draw(strategy)


# Bias towards the small hours, where DST changes happen.
WALL_TIMES = st.one_of(
    st.times(),
    st.builds(time, st.integers(0, 3), st.sampled_from([0, 15, 29, 30, 44, 45, 59])),
).map(lambda at: at.replace(fold=0))


@settings(max_examples=200, deadline=None, database=None)
@given(case=zone_and_now(), at=WALL_TIMES)
def test_property_next_daily_due(case: tuple[tzinfo, datetime], at: time) -> None:
    zone, now = case
    due = next_daily_due(at, zone, now)
    assert due > now
    assert due - now <= timedelta(hours=26)
    local = due.astimezone(zone)
    day = local.date()
    wanted = datetime.combine(day, at)
    if wall_time_exists(day, at, zone):
        assert local.time().replace(fold=0) == at
    else:
        assert local.replace(tzinfo=None) > wanted
    # It is the first instant that day whose wall clock reaches `at` ...
    before = (due - ONE_MICROSECOND).astimezone(zone).replace(tzinfo=None)
    assert before < wanted
    # ... no earlier day's due was still pending ...
    assert local_wall_time_to_utc(day - ONE_DAY, at, zone) <= now
    # ... and after sending it, the next one is on the following local day (sent once).
    assert local_date_of(next_daily_due(at, zone, due), zone) == day + ONE_DAY


@settings(max_examples=100, deadline=None, database=None)
@given(case=zone_and_now(), at=WALL_TIMES, weekday=st.integers(0, 6))
def test_property_next_weekly_due(case: tuple[tzinfo, datetime], at: time, weekday: int) -> None:
    zone, now = case
    due = next_weekly_due(weekday, at, zone, now)
    assert due > now
    assert due - now <= timedelta(days=7, hours=2)
    assert local_date_of(due, zone).weekday() == weekday
    assert due == next_daily_due(at, zone, due - ONE_MICROSECOND)


# --- SMALLSTEPS_SPREAD_MINUTES ----------------------------------------------------------------


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=0, max_value=60))
def test_a_persons_offset_is_stable_and_within_the_spread(person_id: int, spread: int) -> None:
    offset = spread_offset(person_id, spread)
    assert -spread <= offset <= spread
    assert spread_offset(person_id, spread) == offset


def test_offsets_share_the_spread_evenly_among_people() -> None:
    counts = Counter(spread_offset(person_id, 10) for person_id in range(1, 21_001))
    # 21 minutes, a thousand people each on average; none is crowded or left empty.
    assert sorted(counts) == list(range(-10, 11))
    assert 850 <= min(counts.values()) <= max(counts.values()) <= 1150


def test_no_spread_is_no_offset() -> None:
    assert {spread_offset(person_id, 0) for person_id in range(1, 500)} == {0}


@pytest.mark.parametrize(
    ("at", "minutes", "expected"),
    [
        (time(8, 0), 7, time(8, 7)),
        (time(8, 0), -7, time(7, 53)),
        (time(0, 5), -10, time(0, 0)),  # never the day before
        (time(23, 55), 10, time(23, 59)),  # never the day after
        (time(8, 0, 30), 0, time(8, 0, 30)),
    ],
)
def test_a_shifted_time_stays_within_its_day(at: time, minutes: int, expected: time) -> None:
    assert shifted(at, minutes) == expected


@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK, LORD_HOWE])
def test_a_shifted_nudge_on_a_spring_forward_day_still_comes_once_that_day(zone: tzinfo) -> None:
    # 02:00-03:00 (Lord Howe 02:00-02:30) does not exist on the spring-forward day; a 01:55
    # nudge shifted by ten minutes lands in the gap and comes at its end, on that same day.
    day = next(d for d in transition_dates(zone, 2026) if not wall_time_exists(d, time(2, 5), zone))
    now = local_wall_time_to_utc(day, time(0, 0), zone)

    due = next_daily_due(shifted(time(1, 55), 10), zone, now)

    assert local_date_of(due, zone) == day
    assert due > now
