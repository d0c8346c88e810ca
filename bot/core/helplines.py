"""Who a person can reach right now, by country, and which country a timezone is in.

The helplines are widely published national services, read from a dated data file shipped in
the package (`helplines.csv`, next to this module), which an operator may replace with their own
(`SMALLSTEPS_HELPLINES_FILE`). Where we were not sure of a helpline, a country has only its
emergency number, and everyone gets findahelpline.com, which covers the rest of the world.
Pure code: no bot imports.
"""

from __future__ import annotations

import csv
import functools
import re
import zoneinfo
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Final, Literal

FIND_A_HELPLINE: Final = "https://findahelpline.com"
PACKAGED_FILE: Final = "helplines.csv"
COLUMNS: Final = ("country", "kind", "name", "number", "how", "hours", "source", "checked")
HELPLINE, EMERGENCY = "helpline", "emergency"
ROUND_THE_CLOCK: Final = "24/7"
# What a copy button may copy: the Bot API's CopyTextButton takes 1-256 characters.
MAX_NUMBER_LENGTH: Final = 256
_COUNTRY = re.compile(r"[A-Z]{2}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SOURCE = re.compile(r"https?://\S+")
_SHOWN_LENGTH = 60


@dataclass(frozen=True, slots=True)
class Way:
    """One way to reach a service: call, text or either, a number, and a keyword to text."""

    kind: Literal["call", "text", "call or text"]
    number: str
    keyword: str = ""


@dataclass(frozen=True, slots=True)
class Hours:
    """When a service answers, when it is not round the clock: a daily or nightly time span,
    or only that its hours are limited."""

    kind: Literal["daily", "nightly", "limited"]
    span: str = ""  # "9:00-23:00"


# How the "how" column is written, so the bot can say it in any language: ways joined by " or ",
# each "call NUMBER", "text NUMBER", "call or text NUMBER" or "text KEYWORD to NUMBER"; a bare
# NUMBER after " or " is reached the same way as the one before it.
_WAY: Final = re.compile(
    r"(?:(?P<kind>call or text|call|text)\s+)?(?:(?P<keyword>[A-Z][A-Z0-9]*)\s+to\s+)?"
    r"(?P<number>\+?[0-9][0-9 ()-]*[0-9])"
)
_HOURS: Final = re.compile(
    r"(?P<kind>daily|nightly)\s+(?P<span>\d{1,2}:\d{2}-\d{1,2}:\d{2})|limited"
)


def ways_of(how: str) -> tuple[Way, ...] | None:
    """The ways a "how" field names, or None when it is not written in the file's words."""
    ways: list[Way] = []
    for part in how.replace("call or text", "call+text").split(" or "):
        match = _WAY.fullmatch(part.strip().replace("call+text", "call or text"))
        kind = match["kind"] if match else None
        if match is None or (kind is None and not ways) or (match["keyword"] and kind != "text"):
            return None
        kind = kind or ways[-1].kind
        ways.append(Way(kind, match["number"], match["keyword"] or ""))  # type: ignore[arg-type]
    return tuple(ways)


def numbers_of(emergency: str) -> tuple[str, ...] | None:
    """The numbers of an emergency field ("112 or 999"), or None if it holds other words."""
    numbers = tuple(part.strip() for part in emergency.split(" or "))
    return numbers if all(_WAY.fullmatch(n) and n[0].isdigit() for n in numbers) else None


def hours_of(hours: str) -> Hours | None:
    """Hours written in the file's words ("daily 9:00-23:00", "limited"), else None."""
    match = _HOURS.fullmatch(hours.strip())
    if match is None:
        return None
    if match["kind"] is None:
        return Hours("limited")
    return Hours(match["kind"], match["span"])  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Helpline:
    """One service and how to reach it, e.g. ("Samaritans", "call 116 123", "116 123")."""

    name: str
    how: str
    number: str = ""  # What a copy button copies; empty when there is nothing to copy.
    hours: str = ROUND_THE_CLOCK
    source: str = ""
    checked: date | None = None

    @property
    def round_the_clock(self) -> bool:
        """Whether it answers at any hour (its hours then go unsaid)."""
        return self.hours == ROUND_THE_CLOCK


@dataclass(frozen=True, slots=True)
class CountryResources:
    """A country's helplines and emergency number, plus findahelpline.com for everyone."""

    country: str | None
    helplines: tuple[Helpline, ...] = ()
    emergency: str | None = None  # As it reads after "call", e.g. "112 or 999".
    emergency_number: str | None = None  # The number in it a copy button would copy.
    find_a_helpline: str = FIND_A_HELPLINE


Table = Mapping[str, CountryResources]


class HelplinesFileError(ValueError):
    """A helplines file that cannot be read or holds a bad row; the message is one line."""


@dataclass
class _Country:
    """A country's rows while the file is read, with the line each came from."""

    helplines: dict[str, tuple[int, Helpline]] = field(default_factory=dict)
    emergency: tuple[int, str, str] | None = None

    def resources(self, code: str) -> CountryResources:
        emergency, number = (
            (self.emergency[1], self.emergency[2]) if self.emergency else (None, None)
        )
        helplines = tuple(helpline for _, helpline in self.helplines.values())
        return CountryResources(code, helplines, emergency, number)


def parse(text: str, where: str) -> Table:
    """The table a helplines file describes; `where` names the file in errors.

    Raises HelplinesFileError naming the file and line of the first problem.
    """
    lines = _data_lines(text)
    header_line, header = next(lines, (0, None))
    if header is None:
        raise HelplinesFileError(f"{where}: has no header line naming the columns")
    columns = _columns(header, where, header_line)
    countries: dict[str, _Country] = {}
    for number, line in lines:
        try:
            _add_row(countries, _row(line, columns), number)
        except ValueError as problem:
            raise HelplinesFileError(f"{where}, line {number}: {problem}") from None
    if not countries:
        raise HelplinesFileError(f"{where}: has no rows after its header")
    return MappingProxyType({code: c.resources(code) for code, c in countries.items()})


def load_file(path: Path) -> Table:
    """Read and check an operator's helplines file (UTF-8, a spreadsheet's BOM allowed)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise HelplinesFileError(f"{path}: cannot be read: {reason}") from None
    except UnicodeDecodeError:
        raise HelplinesFileError(f"{path}: cannot be read: it is not UTF-8 text") from None
    return parse(text, str(path))


def _packaged() -> Table:
    """Our own table, from the file shipped beside this module."""
    text = (resources.files(__package__ or "bot.core") / PACKAGED_FILE).read_text("utf-8")
    return parse(text, f"bot/core/{PACKAGED_FILE}")


def _data_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) for every line that is neither blank nor a # comment."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line


def _fields(line: str) -> list[str]:
    """One line's comma-separated fields, quotes as a spreadsheet writes them."""
    try:
        return [value.strip() for value in next(csv.reader([line], strict=True))]
    except csv.Error as error:
        raise ValueError(f"cannot be read as comma-separated values ({error})") from None


def _columns(header: str, where: str, line: int) -> tuple[str, ...]:
    """The header's column names, which must be exactly ours, in any order."""
    try:
        names = tuple(name.lower() for name in _fields(header))
    except ValueError as problem:
        raise HelplinesFileError(f"{where}, line {line}: {problem}") from None
    missing = [name for name in COLUMNS if name not in names]
    unknown = [name for name in names if name not in COLUMNS]
    if missing or unknown or len(set(names)) != len(names):
        raise HelplinesFileError(
            f"{where}, line {line}: the header must name the columns {', '.join(COLUMNS)} "
            f"(any order, each once); it has {', '.join(names) or 'none'}"
        )
    return names


def _row(line: str, columns: tuple[str, ...]) -> dict[str, str]:
    """One row as column -> value."""
    values = _fields(line)
    if len(values) != len(columns):
        raise ValueError(
            f"has {len(values)} fields, not {len(columns)} (quote a field that holds a comma)"
        )
    return dict(zip(columns, values, strict=True))


def _add_row(countries: dict[str, _Country], row: dict[str, str], line: int) -> None:
    """Check one row and add it to its country; ValueError says what is wrong with it."""
    checked = _check(row)
    code, name, number, how = row["country"], row["name"], row["number"], row["how"]
    country = countries.setdefault(code, _Country())
    if row["kind"] == EMERGENCY:
        if country.emergency is not None:
            raise ValueError(f"{code} already has an emergency row, on line {country.emergency[0]}")
        country.emergency = (line, how, number)
    elif name in country.helplines:
        first = country.helplines[name][0]
        raise ValueError(f"{code} already has a helpline named {_shown(name)}, on line {first}")
    else:
        helpline = Helpline(name, how, number, row["hours"], row["source"], checked)
        country.helplines[name] = (line, helpline)


def _check(row: dict[str, str]) -> date:
    """Every field of one row as the file format says; returns the date it was checked."""
    code, kind, number, how = row["country"], row["kind"], row["number"], row["how"]
    if not _COUNTRY.fullmatch(code):
        raise ValueError(
            f"country must be an ISO 3166 code of two capital letters, like GB; "
            f"it is {_shown(code)}"
        )
    if kind not in (HELPLINE, EMERGENCY):
        raise ValueError(f"kind must be {HELPLINE} or {EMERGENCY}; it is {_shown(kind)}")
    empty = [column for column in ("name", "how", "hours") if not row[column]]
    if empty:
        raise ValueError(f"{empty[0]} is empty")
    if kind == EMERGENCY and not number:
        raise ValueError("number is empty: an emergency row needs the number to call")
    if len(number) > MAX_NUMBER_LENGTH:
        raise ValueError(f"number is longer than {MAX_NUMBER_LENGTH} characters")
    if number and number not in how:
        raise ValueError(f"number {_shown(number)} does not appear in how ({_shown(how)})")
    if not _SOURCE.fullmatch(row["source"]):
        raise ValueError(
            "source must be the address of the page the row comes from (https://...); "
            f"it is {_shown(row['source'])}"
        )
    return _checked(row["checked"])


def _checked(value: str) -> date:
    """The date a row was checked, written as YYYY-MM-DD."""
    try:
        if _DATE.fullmatch(value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise ValueError(f"checked must be a date written like 2026-12-06; it is {_shown(value)}")


def _shown(value: str) -> str:
    """A value quoted for an error line, cut short."""
    if len(value) > _SHOWN_LENGTH:
        value = value[: _SHOWN_LENGTH - 1] + "…"
    return f'"{value}"'


# Our own table, always; an operator's file may be put in its place with `use`.
RESOURCES: Final[Table] = _packaged()
_in_use: Table = RESOURCES


def use(table: Table | None) -> None:
    """Answer from `table` from now on (an operator's file); None goes back to ours."""
    global _in_use
    _in_use = RESOURCES if table is None else table


def in_use() -> Table:
    """The table `resources_for` answers from."""
    return _in_use


def resources_for(country: str | None) -> CountryResources:
    """Helplines and emergency number for an ISO 3166 alpha-2 code; just findahelpline else."""
    code = country.upper() if country else None
    known = _in_use.get(code) if code else None
    return known or CountryResources(country=code)


def resources_for_zone(zone: str | None) -> CountryResources:
    """Helplines for the country an IANA timezone is in."""
    return resources_for(country_for_zone(zone))


@functools.lru_cache(maxsize=1024)
def country_for_zone(zone: str | None) -> str | None:
    """The ISO 3166 alpha-2 code of the country an IANA zone is in; None for UTC and offsets."""
    if not zone:
        return None
    countries, links = _zone_countries(), _links()
    seen: set[str] = set()
    # Old names (Asia/Calcutta, US/Eastern) are links; follow them to a zone.tab name.
    while zone not in countries and zone in links and zone not in seen:
        seen.add(zone)
        zone = links[zone]
    return countries.get(zone)


@functools.cache
def _zone_countries() -> Mapping[str, str]:
    """Zone name -> country code, from tzdata's zone.tab, falling back to zone1970.tab."""
    countries: dict[str, str] = {}
    # zone1970.tab lists several countries for shared zones ("DE,DK,NO,SE,SJ"), the first
    # being the zone's own; zone.tab names one country per zone, so it is read last to win.
    for filename in ("zone1970.tab", "zone.tab"):
        for fields in _tab_rows(filename):
            countries[fields[2]] = fields[0].split(",")[0]
    return MappingProxyType(countries)


@functools.cache
def _links() -> Mapping[str, str]:
    """Alias -> target for tzdata's links, e.g. "Asia/Calcutta" -> "Asia/Kolkata"."""
    rows = (line.split() for line in _tzdata_lines("tzdata.zi") if line.startswith("L "))
    return MappingProxyType({row[2]: row[1] for row in rows if len(row) == 3})


def _tab_rows(filename: str) -> list[list[str]]:
    """The tab-separated rows of a tzdata table, without comments."""
    rows = (line.split("\t") for line in _tzdata_lines(filename) if not line.startswith("#"))
    return [row for row in rows if len(row) >= 3]


def _tzdata_lines(filename: str) -> list[str]:
    """Lines of a tzdata file: the tzdata package first, then the system's zoneinfo."""
    for source in (_tzdata_package_file(filename), *_system_tzdata_files(filename)):
        if source is None:
            continue
        try:
            return source.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
    return []


def _tzdata_package_file(filename: str) -> Traversable | None:
    """The file inside the tzdata package, if that package is installed."""
    try:
        return resources.files("tzdata.zoneinfo") / filename
    except ModuleNotFoundError:
        return None


def _system_tzdata_files(filename: str) -> list[Path]:
    """Where the system keeps the file, in zoneinfo's search order."""
    return [Path(directory) / filename for directory in zoneinfo.TZPATH]
