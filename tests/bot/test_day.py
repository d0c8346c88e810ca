from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.day import (
    Later,
    checkin_example,
    evening_example,
    evening_follows,
    later_at,
    later_choices,
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
