"""Parsing the times, weekdays and durations people type into commands, in any language we speak.

Every language is understood whatever language the person chose (people mix them): English,
Spanish, German, Russian, Portuguese and French. Weekday names come from CLDR (through Babel);
the few words around times and durations ("Uhr", "de la mañana", "утра", "semanas") are here.
Pure rules: no I/O and no bot imports, so every rule is easy to test on its own.
"""

from __future__ import annotations

import functools
import re
import unicodedata
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

# Names and abbreviations come from CLDR; these are the other spellings people use.
_EXTRA: Final = {
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
    # Portuguese days are often typed without "-feira", and Spanish ones without accents.
    "segunda": 0,
    "terca": 1,
    "quarta": 2,
    "quinta": 3,
    "sexta": 4,
}

# The CLDR locales whose weekday names are understood.
WEEKDAY_LOCALES: Final = ("en", "es", "de", "ru", "pt", "fr")

_NAMED_TIMES: Final = {
    "noon": time(12, 0),
    "midday": time(12, 0),
    "midnight": time(0, 0),
    "mittag": time(12, 0),
    "mitternacht": time(0, 0),
    "mediodia": time(12, 0),
    "medianoche": time(0, 0),
    "полдень": time(12, 0),
    "полночь": time(0, 0),
    "meio-dia": time(12, 0),
    "meio dia": time(12, 0),
    "meia-noite": time(0, 0),
    "meia noite": time(0, 0),
    "midi": time(12, 0),
    "minuit": time(0, 0),
}

# Words before a time that add nothing: "at 8", "um 8", "a las 8", "às 8", "в 8", "à 8h".
_TIME_LEAD: Final = re.compile(r"^(?:at|um|gegen|a las|a la|las|as|a|в|во|к|vers|les)\s+")
# Words after a time that say which half of the day it is in, or nothing ("Uhr").
_MORNING_WORDS: Final = (
    "morgens|fruh|vormittags|am morgen|de la manana|por la manana|da manha|de manha|"
    "du matin|le matin|утра|утром"
)
_AFTERNOON_WORDS: Final = (
    "abends|nachmittags|am abend|am nachmittag|de la tarde|de la noche|por la tarde|"
    "por la noche|da tarde|da noite|de tarde|de noite|du soir|de l apres midi|le soir|"
    "вечера|вечером|дня"
)
_TIME_TAIL: Final = re.compile(
    rf"\s*(?:uhr|ч|час|часа|часов|hrs?|horas?|heures?)?\s*"
    rf"(?:(?P<morning>{_MORNING_WORDS})|(?P<afternoon>{_AFTERNOON_WORDS}))?$"
)

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

_OFF_WORDS: Final = frozenset(
    {
        *("off", "no", "stop", "none", "disable"),
        *("desactivar", "apagar", "apagado", "ninguno", "nada"),
        *("aus", "nein", "keine", "stopp", "ausschalten"),
        *("выкл", "выключить", "нет", "отключить", "стоп"),
        *("desligar", "desligado", "nao", "nenhum", "parar"),
        *("non", "desactiver", "aucun", "arreter"),
    }
)

_DAY_UNITS: Final = "days?|d|tage?n?|dias?|дн|день|дня|дней|д|jours?|j"
_WEEK_UNITS: Final = "weeks?|wks?|w|wochen?|semanas?|недел[яиюь]|нед|semaines?|sem"
_PAUSE: Final = re.compile(
    rf"""
    (?:for\s+|fur\s+|por\s+|durante\s+|на\s+|pendant\s+|pour\s+)?
    (?:
        (?P<number>[0-9]{{1,9}}) \s* (?:(?P<days>{_DAY_UNITS})|(?P<weeks>{_WEEK_UNITS}))?
      | (?:an?|one|una?|eine?n?|одн[уа]|uma?|une?) \s+
        (?:(?P<one_day>day|tag|dia|день|jour)|(?P<one_week>week|woche|semana|неделю|semaine))
      | (?P<bare_week>неделю|недел[яю])
    )
    """,
    re.VERBOSE,
)

MAX_PAUSE_DAYS: Final = 365
# How long a pause may be, in days.
PAUSE_DAYS: Final = range(1, MAX_PAUSE_DAYS + 1)


def _folded(text: str) -> str:
    """Lowercase, accents dropped (Cyrillic kept: "й" stays a letter), spaces single."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("й", "\0"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\0", "й")
    return " ".join(plain.replace("'", " ").replace("ё", "е").split())


def parse_clock_time(text: str) -> time | None:
    """Return the time of day written in ``text``, or None if it is not exactly one time.

    "8:30", "8.30", "20h30", "8pm", "20 Uhr", "8 Uhr abends", "às 8", "8 de la tarde",
    "в 8 утра", "à 8h du soir" and "noon" (or its word in another language) all work.
    """
    cleaned = _TIME_LEAD.sub("", _folded(text))
    if cleaned in _NAMED_TIMES:
        return _NAMED_TIMES[cleaned]
    tail = _TIME_TAIL.search(cleaned)
    half = (
        None if tail is None else ("a" if tail["morning"] else "p" if tail["afternoon"] else None)
    )
    core = cleaned[: tail.start()] if tail is not None else cleaned
    match = _CLOCK_TIME.fullmatch(core)
    if match is None:
        return None
    hour, minute = _hour_and_minute(match)
    meridiem = match["meridiem"] or half
    # "20 Uhr abends" says the evening twice; "13 de la mañana" is no time at all.
    if match["meridiem"] is None and half == "p" and hour > 12:
        meridiem = None
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
    """Return 0 for Monday .. 6 for Sunday from a day's name or abbreviation, else None.

    In any language we speak: "sun", "Sonntag", "So.", "domingo", "dom", "воскресенье", "вс",
    "dimanche", "dim."; case and accents do not matter.
    """
    return _weekdays_by_spelling().get(_folded(text).removesuffix("."))


@functools.cache
def _weekdays_by_spelling() -> dict[str, int]:
    """Every spelling of each weekday: CLDR's names and abbreviations, and a few more."""
    from babel import Locale

    spellings: dict[str, int] = {}
    # Not CLDR's two-letter "short" forms: Spanish "do" is Sunday where German "Do" is Thursday.
    for code in WEEKDAY_LOCALES:
        days = Locale.parse(code).days
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for day, name in days[context][width].items():
                    spellings.setdefault(_folded(str(name)).removesuffix("."), day)
    english = {name.lower(): day for day, name in enumerate(_WEEKDAY_NAMES)}
    return {**spellings, **english, **{n[:3]: d for n, d in english.items()}, **_EXTRA}


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
    """Return True if ``text`` asks to switch something off ("off", "aus", "выкл", "non"...)."""
    return _folded(text).rstrip(".!") in _OFF_WORDS


def parse_pause_days(text: str) -> int | None:
    """Return the number of days in ``3``, ``3 days``, ``a week``, ``2 weeks`` (or the same in
    another language we speak: "2 Wochen", "una semana", "3 дня"), else None.

    The number is as written, even outside PAUSE_DAYS (``0``, ``100000``): the caller says the
    allowed range. An empty argument also gives None, so a caller that treats a bare ``/pause``
    as "pause indefinitely" must check for it first.
    """
    match = _PAUSE.fullmatch(_folded(text))
    if match is None:
        return None
    if match["one_day"] is not None:
        return 1
    if match["one_week"] is not None or match["bare_week"] is not None:
        return 7
    return int(match["number"]) * (7 if match["weeks"] else 1)
