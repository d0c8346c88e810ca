"""Reading a Daylio export: its columns old and new, moods by name, notes as plain text."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.daylio import MOST_BYTES, DaylioDay, NotDaylioError, mood_of, read_export

OLD_FORMAT = (
    b"year,date,weekday,time,mood,activities,note\n"
    b'2018,18 May,Friday,11:54 pm,happy,"clean | cook | music","Went to a party"\n'
    b'2018,16 May,Tuesday,11:41 pm,horrible,"","Did nothing today."\n'
)


def test_the_older_format_with_year_and_day_month_reads_the_same() -> None:
    assert read_export(OLD_FORMAT) == [
        DaylioDay(date(2018, 5, 16), ("horrible",), (), ("Did nothing today.",)),
        DaylioDay(date(2018, 5, 18), ("happy",), ("clean", "cook", "music"), ("Went to a party",)),
    ]


def test_a_days_entries_come_in_the_order_they_happened_and_its_mood_is_their_mean() -> None:
    csv = (
        "\ufefffull_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-11-22,22 November,Sunday,12:30 pm,awful,walk,,\n"
        "2026-11-22,22 November,Sunday,9:05 am,good,walk | tea,,\n"
        "2026-11-22,22 November,Sunday,12:10 am,bad,,,\n"
    ).encode()

    (day,) = read_export(csv)

    assert (day.mood_names, day.activities, day.mood) == (
        ("bad", "good", "awful"),
        ("walk", "tea"),
        2,
    )


def test_notes_lose_their_html_and_keep_their_lines() -> None:
    csv = (
        b"full_date,date,weekday,time,mood,activities,note_title,note\n"
        b'2026-11-22,22 November,Sunday,9:00 pm,rad,,"<b>Title</b>","one<br/>two<p>three</p>"\n'
    )

    assert read_export(csv)[0].notes == ("Title\none\ntwo\nthree",)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rad", 5),
        ("good", 4),
        ("meh", 3),
        ("bad", 2),
        ("awful", 1),
        ("так себе", 3),
        ("wobbly", None),
    ],
)
def test_mood_names_by_the_defaults_and_the_persons_own(name: str, expected: int | None) -> None:
    assert mood_of(name) == expected


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"name,score\nana,3\n",
        b"\x89PNG\r\n\x1a\n\x00\xff",
        b"full_date,mood\nnot a date,good\n",
        b"full_date,mood\n" + b"2026-11-22,good\n" * (MOST_BYTES // 16 + 1),
    ],
)
def test_anything_else_is_not_a_daylio_export(data: bytes) -> None:
    with pytest.raises(NotDaylioError):
        read_export(data)
