from datetime import time

import pytest

from bot.core.timeparse import (
    MAX_PAUSE_DAYS,
    PAUSE_DAYS,
    format_clock_time,
    is_off,
    parse_clock_time,
    parse_pause_days,
    parse_weekday,
    parse_weekly,
    weekday_name,
    weekday_short,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8", time(8, 0)),
        ("08", time(8, 0)),
        ("0", time(0, 0)),
        ("00", time(0, 0)),
        ("12", time(12, 0)),
        ("23", time(23, 0)),
        ("8:30", time(8, 30)),
        ("08:30", time(8, 30)),
        ("0:05", time(0, 5)),
        ("23:59", time(23, 59)),
        ("8.30", time(8, 30)),
        ("8h30", time(8, 30)),
        ("20h30", time(20, 30)),
        ("20H30", time(20, 30)),
        ("20h", time(20, 0)),
        ("0830", time(8, 30)),
        ("830", time(8, 30)),
        ("2030", time(20, 30)),
        ("0000", time(0, 0)),
        ("8:30pm", time(20, 30)),
        ("8:30 PM", time(20, 30)),
        ("8:30 p.m.", time(20, 30)),
        ("8pm", time(20, 0)),
        ("8PM", time(20, 0)),
        ("8 am", time(8, 0)),
        ("8am", time(8, 0)),
        ("8a.m.", time(8, 0)),
        ("8 a.m", time(8, 0)),
        ("830pm", time(20, 30)),
        ("11:59pm", time(23, 59)),
        ("12am", time(0, 0)),
        ("12:30am", time(0, 30)),
        ("12pm", time(12, 0)),
        ("12:15pm", time(12, 15)),
        ("1am", time(1, 0)),
        ("noon", time(12, 0)),
        ("Noon", time(12, 0)),
        ("midday", time(12, 0)),
        ("midnight", time(0, 0)),
        ("  8:30  ", time(8, 30)),
        ("at 8:30", time(8, 30)),
        ("At 8pm", time(20, 0)),
        ("at   noon", time(12, 0)),
        ("\t7\n", time(7, 0)),
    ],
)
def test_parse_clock_time_accepts(text: str, expected: time) -> None:
    assert parse_clock_time(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "at",
        "at ",
        "abc",
        "25:00",
        "24:00",
        "24",
        "2400",
        "8:61",
        "8:60",
        "13pm",
        "0am",
        "0:30am",
        "00pm",
        "8:5",
        "8:5pm",
        "8.5",
        "-8",
        "-8:00",
        "+8",
        "8:30:00",
        "8 30",
        "8:30 tomorrow",
        "around 8",
        "at at 8",
        "8 or 9",
        "8-9",
        "8pm 9pm",
        "8p",
        "8 pmm",
        "08300",
        "123:00",
        "8:300",
        "8h3",
        "h30",
        ":30",
        "8:",
        "٨:٣٠",  # non-ASCII digits
        "noon pm",
        "12 noon",
        "8:30 am pm",
    ],
)
def test_parse_clock_time_rejects(text: str) -> None:
    assert parse_clock_time(text) is None


def test_parse_clock_time_always_has_zero_seconds() -> None:
    parsed = [parse_clock_time(text) for text in ("8", "8:30", "830", "8pm", "noon")]
    assert [t.second if t else None for t in parsed] == [0, 0, 0, 0, 0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (time(7, 45), "07:45"),
        (time(0, 0), "00:00"),
        (time(23, 59), "23:59"),
        (time(12, 5), "12:05"),
        (time(8, 30, 59), "08:30"),
    ],
)
def test_format_clock_time(value: time, expected: str) -> None:
    assert format_clock_time(value) == expected


def test_format_then_parse_round_trips_every_minute() -> None:
    every_minute = [time(hour, minute) for hour in range(24) for minute in range(60)]
    assert [parse_clock_time(format_clock_time(t)) for t in every_minute] == every_minute


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mon", 0),
        ("Monday", 0),
        ("MONDAY", 0),
        ("tue", 1),
        ("tues", 1),
        ("Tuesday", 1),
        ("wed", 2),
        ("weds", 2),
        ("wednesday", 2),
        ("thu", 3),
        ("thur", 3),
        ("thurs", 3),
        ("Thursday", 3),
        ("fri", 4),
        ("friday", 4),
        ("sat", 5),
        ("Saturday", 5),
        ("sun", 6),
        ("SUN", 6),
        ("sunday", 6),
        (" sun ", 6),
        ("sun.", 6),
    ],
)
def test_parse_weekday_accepts(text: str, expected: int) -> None:
    assert parse_weekday(text) == expected


@pytest.mark.parametrize(
    "text", ["", "m", "monn", "mondays", "funday", "7", "0", "weekend", "sun mon"]
)
def test_parse_weekday_rejects(text: str) -> None:
    assert parse_weekday(text) is None


@pytest.mark.parametrize(
    ("day", "name", "short"),
    [
        (0, "Monday", "mon"),
        (1, "Tuesday", "tue"),
        (2, "Wednesday", "wed"),
        (3, "Thursday", "thu"),
        (4, "Friday", "fri"),
        (5, "Saturday", "sat"),
        (6, "Sunday", "sun"),
    ],
)
def test_weekday_names(day: int, name: str, short: str) -> None:
    assert (weekday_name(day), weekday_short(day)) == (name, short)


@pytest.mark.parametrize("day", range(7))
def test_weekday_names_parse_back(day: int) -> None:
    assert (parse_weekday(weekday_name(day)), parse_weekday(weekday_short(day))) == (day, day)


@pytest.mark.parametrize("day", [-1, 7, 100])
def test_weekday_names_reject_out_of_range(day: int) -> None:
    with pytest.raises(ValueError):
        weekday_name(day)
    with pytest.raises(ValueError):
        weekday_short(day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sun 18:00", (6, time(18, 0))),
        ("Sunday 6pm", (6, time(18, 0))),
        ("mon 8", (0, time(8, 0))),
        ("fri 7:30 am", (4, time(7, 30))),
        ("thurs 20h", (3, time(20, 0))),
        ("  wed   noon ", (2, time(12, 0))),
        ("sat at 9", (5, time(9, 0))),
        ("sun, 18:00", (6, time(18, 0))),
    ],
)
def test_parse_weekly_accepts(text: str, expected: tuple[int, time]) -> None:
    assert parse_weekly(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "sun",
        "18:00",
        "18:00 sun",
        "funday 18:00",
        "sun 25:00",
        "sun 18:00 please",
        "sun mon 18:00",
        "off",
    ],
)
def test_parse_weekly_rejects(text: str) -> None:
    assert parse_weekly(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("off", True),
        ("OFF", True),
        (" Off ", True),
        ("no", True),
        ("stop", True),
        ("none", True),
        ("disable", True),
        ("", False),
        ("on", False),
        ("yes", False),
        ("off please", False),
        ("sun 18:00", False),
    ],
)
def test_is_off(text: str, expected: bool) -> None:
    assert is_off(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", 1),
        ("3", 3),
        ("03", 3),
        ("3 days", 3),
        ("3 Days", 3),
        ("1 day", 1),
        ("3d", 3),
        ("3 d", 3),
        ("a day", 1),
        ("one day", 1),
        ("a week", 7),
        ("one week", 7),
        ("1 week", 7),
        ("2 weeks", 14),
        ("2w", 14),
        ("2 wks", 14),
        ("for 3 days", 3),
        ("  2   weeks ", 14),
        ("365", 365),
        ("52 weeks", 364),
    ],
)
def test_parse_pause_days_accepts(text: str, expected: int) -> None:
    assert parse_pause_days(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",  # the caller handles a bare /pause as "indefinitely" before calling this
        "-3",
        "3.5",
        "a",
        "week",
        "days",
        "aweek",
        "a few days",
        "two weeks",
        "3 months",
        "3 days please",
        "forever",
        "٣",  # non-ASCII digit
    ],
)
def test_parse_pause_days_rejects(text: str) -> None:
    assert parse_pause_days(text) is None


def test_max_pause_days_is_a_year() -> None:
    assert MAX_PAUSE_DAYS == 365
    assert range(1, 366) == PAUSE_DAYS


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0", 0), ("0 days", 0), ("366", 366), ("53 weeks", 371), ("1000", 1000), ("100000", 100000)],
)
def test_pauses_outside_the_range_are_read_as_written(text: str, expected: int) -> None:
    # The handler says the allowed range, instead of "I couldn't read that".
    assert parse_pause_days(text) == expected
    assert expected not in PAUSE_DAYS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sonntag", 6),
        ("So.", 6),
        ("Do", 3),
        ("domingo", 6),
        ("dom", 6),
        ("mié", 2),
        ("mie", 2),
        ("воскресенье", 6),
        ("вс", 6),
        ("ПН", 0),
        ("quinta-feira", 3),
        ("sexta", 4),
        ("sáb", 5),
        ("dimanche", 6),
        ("dim.", 6),
        ("mar.", 1),
    ],
)
def test_weekdays_are_read_in_every_language(text: str, expected: int) -> None:
    assert parse_weekday(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 Uhr", time(20, 0)),
        ("8 Uhr morgens", time(8, 0)),
        ("8 Uhr abends", time(20, 0)),
        ("um 7:30", time(7, 30)),
        ("20h30", time(20, 30)),
        ("8h", time(8, 0)),
        ("à 8h du soir", time(20, 0)),
        ("às 8", time(8, 0)),
        ("8 da noite", time(20, 0)),
        ("8 de la mañana", time(8, 0)),
        ("a las 9 de la noche", time(21, 0)),
        ("в 8 утра", time(8, 0)),
        ("в 20:30", time(20, 30)),
        ("7 вечера", time(19, 0)),
        ("mediodía", time(12, 0)),
        ("minuit", time(0, 0)),
    ],
)
def test_times_are_read_as_people_type_them_in_every_language(text: str, expected: time) -> None:
    assert parse_clock_time(text) == expected


@pytest.mark.parametrize("text", ["20 Uhr 30 Uhr", "в 25 утра", "13 de la mañana", "8 Uhrzeit"])
def test_times_that_are_not_one_time_are_refused_in_every_language(text: str) -> None:
    assert parse_clock_time(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 Wochen", 14),
        ("eine Woche", 7),
        ("3 Tage", 3),
        ("una semana", 7),
        ("5 días", 5),
        ("неделю", 7),
        ("3 дня", 3),
        ("2 недели", 14),
        ("2 semanas", 14),
        ("uma semana", 7),
        ("2 semaines", 14),
        ("1 jour", 1),
    ],
)
def test_pauses_are_read_in_every_language(text: str, expected: int) -> None:
    assert parse_pause_days(text) == expected


@pytest.mark.parametrize("text", ["aus", "выкл", "нет", "non", "desligar", "Não", "no", "OFF"])
def test_off_is_understood_in_every_language(text: str) -> None:
    assert is_off(text)


def test_a_weekly_time_in_another_language() -> None:
    assert parse_weekly("So 18 Uhr") == (6, time(18, 0))
    assert parse_weekly("dom 18:00") == (6, time(18, 0))
    assert parse_weekly("вс в 18:00") == (6, time(18, 0))
