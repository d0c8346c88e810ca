"""Reading a Daylio export (CSV): its days, their moods by name, activities and notes.

Daylio writes one row per entry, newest first, with the columns
`full_date,date,weekday,time,mood,activities,note_title,note` (older versions:
`year,date,weekday,time,mood,activities,note`, the date as "18 May"). Moods are the names the
person gave them (by default "rad", "good", "meh", "bad", "awful"); activities are separated by
" | ". Pure rules: no telegram, no SQL, no words the bot says.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Final

# A Daylio export of many years is well under a megabyte; anything far bigger is not one.
MOST_BYTES: Final = 5 * 1024 * 1024

# Daylio's default mood names, and the older ones, in the languages the bot speaks, onto the
# five-point scale (5 is the brightest).
MOOD_BY_NAME: Final[Mapping[str, int]] = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "rad",
                "amazing",
                "great",
                "awesome",
                "super",
                "genial",
                "radiante",
                "супер",
                "отлично",
                "excellent",
                "génial",
                "ótimo",
                "incrível",
                "fantástico",
                "großartig",
            ),
            5,
        ),
        **dict.fromkeys(
            ("good", "happy", "bien", "bem", "gut", "хорошо", "bom", "bueno", "content"), 4
        ),
        **dict.fromkeys(
            (
                "meh",
                "average",
                "okay",
                "ok",
                "fine",
                "neutral",
                "regular",
                "naja",
                "так себе",
                "normal",
                "mais ou menos",
                "bof",
                "moyen",
                "нормально",
                "mittel",
            ),
            3,
        ),
        **dict.fromkeys(
            ("bad", "sad", "down", "mal", "schlecht", "плохо", "ruim", "triste", "mauvais"), 2
        ),
        **dict.fromkeys(
            (
                "awful",
                "horrible",
                "terrible",
                "fatal",
                "horrível",
                "péssimo",
                "schrecklich",
                "mies",
                "ужасно",
                "affreux",
                "terrível",
            ),
            1,
        ),
    }
)
_OLD_DATE: Final = "%Y %d %B"
_TAGS: Final = re.compile(r"<[^>]{1,40}>")
_BREAKS: Final = re.compile(r"<br\s*/?>|</?p>|</?li>", re.IGNORECASE)


class NotDaylioError(ValueError):
    """The file is not a Daylio export this can read."""


@dataclass(frozen=True)
class DaylioDay:
    """One day of a Daylio export: its mood names (in the day's order), activities and notes."""

    local_date: date
    mood_names: tuple[str, ...]
    activities: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def mood(self) -> int | None:
        """The day's mood on the five-point scale: the rounded mean of the names known."""
        known = [MOOD_BY_NAME[name] for name in self.mood_names if name in MOOD_BY_NAME]
        return int(sum(known) / len(known) + 0.5) if known else None


def mood_of(name: str) -> int | None:
    """A Daylio mood name on the five-point scale, or None when the name is one of the
    person's own."""
    return MOOD_BY_NAME.get(name)


def read_export(data: bytes) -> list[DaylioDay]:
    """The days of a Daylio export, oldest first; NotDaylioError for anything else."""
    if len(data) > MOST_BYTES:
        raise NotDaylioError("too big")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise NotDaylioError("not text") from error
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    header = set(rows[0]) if rows else set()
    if "mood" not in header or not ({"full_date"} <= header or {"year", "date"} <= header):
        raise NotDaylioError("no date and mood columns")
    return _days(rows)


def _days(rows: Sequence[Mapping[str, str | None]]) -> list[DaylioDay]:
    """Rows grouped into days, each day's entries in the order they happened."""
    entries: dict[date, list[Mapping[str, str | None]]] = {}
    for row in rows:
        entries.setdefault(_date_of(row), []).append(row)
    days = []
    for local_date in sorted(entries):
        in_order = sorted(entries[local_date], key=lambda row: _minutes(row.get("time")))
        activities = dict.fromkeys(
            activity.strip()
            for row in in_order
            for activity in (row.get("activities") or "").split("|")
            if activity.strip()
        )
        days.append(
            DaylioDay(
                local_date,
                tuple(name for row in in_order if (name := _field(row, "mood").casefold())),
                tuple(activities),
                tuple(note for row in in_order if (note := _note_of(row))),
            )
        )
    return days


def _field(row: Mapping[str, str | None], name: str) -> str:
    """A field's text, stripped (Daylio pads some with spaces)."""
    return " ".join((row.get(name) or "").split())


def _date_of(row: Mapping[str, str | None]) -> date:
    """The entry's date: `full_date`, or the older `year` and `date` ("18 May")."""
    try:
        if row.get("full_date"):
            return date.fromisoformat(_field(row, "full_date"))
        when = f"{_field(row, 'year')} {_field(row, 'date')}"
        return datetime.strptime(when, _OLD_DATE).date()  # noqa: DTZ007 - a date, no time
    except ValueError as error:
        raise NotDaylioError("a date that is not one") from error


def _minutes(clock: str | None) -> int:
    """'10:00 pm' or '22:00' as minutes of the day, to order a day's entries (0 if unclear)."""
    found = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?\s*", (clock or "").casefold())
    if found is None:
        return 0
    hour, minute, half = int(found[1]) % 24, int(found[2]), found[3]
    if half is not None:
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    return hour * 60 + minute


def _note_of(row: Mapping[str, str | None]) -> str:
    """An entry's title and note as plain text (Daylio writes a little HTML into notes)."""
    parts = [row.get("note_title") or "", row.get("note") or ""]
    lines = _TAGS.sub("", _BREAKS.sub("\n", "\n".join(parts))).splitlines()
    return "\n".join(line.strip() for line in lines if line.strip())
