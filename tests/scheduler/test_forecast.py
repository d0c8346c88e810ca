"""Tests for scheduler.forecast: how late a crowded minute runs at the rate cap."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scheduler.forecast import CrowdedMinute, crowded_minutes

EIGHT = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
GRACE = timedelta(minutes=120)


def test_a_minute_sent_within_itself_is_not_crowded() -> None:
    assert crowded_minutes([(EIGHT, 1800)], 30, GRACE) == []


def test_three_hundred_thousand_at_the_free_cap_leave_the_last_past_the_grace_window() -> None:
    [eight] = crowded_minutes([(EIGHT, 300_000)], 30, GRACE)

    # 300,000 at 30 a second take 2 h 46 min 40 s; 120 minutes reach 216,000 of them.
    assert eight == CrowdedMinute(EIGHT, 300_000, timedelta(seconds=10_000), 84_000)


def test_a_late_minute_delays_the_next_and_the_delay_carries_on() -> None:
    minutes = [(EIGHT, 3600), (EIGHT + timedelta(minutes=1), 600), (EIGHT + timedelta(hours=1), 5)]

    crowded = crowded_minutes(minutes, 30, GRACE)

    # 3,600 take two minutes; the next minute's 600 wait one minute, then take twenty seconds.
    assert crowded == [
        CrowdedMinute(EIGHT, 3600, timedelta(minutes=2), 0),
        CrowdedMinute(EIGHT + timedelta(minutes=1), 600, timedelta(seconds=80), 0),
    ]


def test_what_the_grace_window_skips_takes_no_time_from_the_next_minute() -> None:
    grace = timedelta(minutes=1)
    minutes = [(EIGHT, 3600), (EIGHT + timedelta(minutes=1), 30)]

    crowded = crowded_minutes(minutes, 30, grace)

    # Only 1,800 fit in the grace minute; the rest are skipped, so the next minute starts on time.
    assert crowded == [CrowdedMinute(EIGHT, 3600, timedelta(minutes=2), 1800)]


def test_the_paid_rate_clears_the_same_crowd() -> None:
    [eight] = crowded_minutes([(EIGHT, 300_000)], 1000, GRACE)

    assert (eight.last_late, eight.past_grace) == (timedelta(minutes=5), 0)
