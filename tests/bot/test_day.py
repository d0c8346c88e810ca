from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.day import (
    Later,
    can_change,
    checkin_example,
    days_to_fill,
    evening_example,
    evening_follows,
    later_at,
    later_choices,
    offers_yesterday,
)


@pytest.mark.parametrize(
    ("checkin", "evening", "expected"),
    [
        (time(8), time(20), True),
        (time(8), time(8), False),
        (time(8), time(7, 59), False),
        (time(23, 0), time(23, 1), True),
        (time(8), time(0, 30), False),  # after midnight is the next day, not this evening
    ],
)
def test_the_evening_question_follows_the_check_in(
    checkin: time, evening: time, expected: bool
) -> None:
    assert evening_follows(checkin, evening) == expected


@pytest.mark.parametrize(
    ("checkin", "expected"),
    [
        (time(8), time(20)),
        (time(7, 45), time(19, 45)),
        (time(15), time(22)),  # not late at night
        (time(21, 30), time(22, 30)),  # at least an hour after
        (time(23, 15), None),  # nothing left that day
    ],
)
def test_an_evening_example_follows_the_check_in(checkin: time, expected: time | None) -> None:
    example = evening_example(checkin)
    assert example == expected
    assert example is None or evening_follows(checkin, example)


@pytest.mark.parametrize(
    ("evening", "expected"),
    [
        (time(20), time(8)),
        (time(10), time(7)),
        (time(0, 45), None),
        (time(1, 30), time(0, 30)),
    ],
)
def test_a_check_in_example_comes_before_the_evening(evening: time, expected: time | None) -> None:
    example = checkin_example(evening)
    assert example == expected
    assert example is None or evening_follows(example, evening)


BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("choice", "now", "zone", "expected"),
    [
        # An hour is an hour of real time, across the spring-forward gap too.
        (Later.HOUR, datetime(2026, 3, 29, 0, 30, tzinfo=UTC), BERLIN, timedelta(hours=1)),
        (Later.THREE_HOURS, datetime(2026, 11, 1, 4, 0, tzinfo=UTC), NEW_YORK, timedelta(hours=3)),
    ],
)
def test_later_in_hours_counts_real_time(
    choice: Later, now: datetime, zone: ZoneInfo, expected: timedelta
) -> None:
    day = now.astimezone(zone).date()
    at = later_at(choice, now, zone, day)
    assert at is not None
    assert at - now == expected


@pytest.mark.parametrize(
    ("day", "zone", "expected"),
    [
        (date(2026, 3, 29), BERLIN, datetime(2026, 3, 29, 17, 0, tzinfo=UTC)),  # summer time
        (date(2026, 3, 28), BERLIN, datetime(2026, 3, 28, 18, 0, tzinfo=UTC)),
        (date(2026, 11, 1), NEW_YORK, datetime(2026, 11, 2, 0, 0, tzinfo=UTC)),  # standard
    ],
)
def test_this_evening_is_seven_in_the_persons_zone(
    day: date, zone: ZoneInfo, expected: datetime
) -> None:
    morning = datetime.combine(day, time(8), tzinfo=zone).astimezone(UTC)
    assert later_at(Later.EVENING, morning, zone, day) == expected


def test_later_offers_only_what_is_left_of_the_day() -> None:
    day = date(2026, 11, 23)
    at = datetime.combine(day, time(8), tzinfo=BERLIN).astimezone(UTC)
    assert later_choices(at, BERLIN, day) == [Later.HOUR, Later.THREE_HOURS, Later.EVENING]
    evening = datetime.combine(day, time(18, 45), tzinfo=BERLIN).astimezone(UTC)
    assert later_choices(evening, BERLIN, day) == [Later.HOUR, Later.THREE_HOURS]
    assert later_choices(evening + timedelta(hours=3, minutes=45), BERLIN, day) == [Later.HOUR]
    late = datetime.combine(day, time(23, 15), tzinfo=BERLIN).astimezone(UTC)
    assert later_choices(late, BERLIN, day) == []
    # A nudge of yesterday, tapped after midnight, has no time left.
    assert later_choices(late + timedelta(hours=2), BERLIN, day) == []
    assert later_at(Later.ASK, at, BERLIN, day) is None


TUESDAY = date(2026, 12, 1)


def test_the_days_to_fill_are_the_seven_before_today_yesterday_first() -> None:
    expected = [date(2026, 11, 30) - timedelta(days=back) for back in range(7)]
    assert days_to_fill(TUESDAY) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (TUESDAY, True),
        (date(2026, 11, 30), True),
        (date(2026, 11, 24), True),
        (date(2026, 11, 23), False),
        (date(2026, 12, 2), False),  # tomorrow is not there yet
    ],
)
def test_a_day_can_change_today_and_for_seven_days_after(day: date, expected: bool) -> None:
    assert can_change(day, TUESDAY) == expected


@pytest.mark.parametrize(
    ("joined", "answered", "expected"),
    [
        (date(2026, 11, 20), False, True),
        (date(2026, 11, 30), False, True),  # here for part of yesterday
        (TUESDAY, False, False),  # arrived today: there was no yesterday here
        (date(2026, 11, 20), True, False),
    ],
)
def test_the_nudge_offers_yesterday_only_when_empty_and_the_person_was_here(
    joined: date, answered: bool, expected: bool
) -> None:
    assert offers_yesterday(joined, TUESDAY, answered) == expected
