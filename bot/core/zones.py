"""Timezone rules: turning what people type or share into a stored zone name, and back.

A stored zone name is either an IANA key ("Europe/Berlin", "UTC") or a fixed offset
written exactly as "UTC+05:30" / "UTC-03:00". Pure rules: no bot imports.
"""

from __future__ import annotations

import functools
import math
import re
import threading
import unicodedata
import zoneinfo
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone, tzinfo
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from timezonefinder import TimezoneFinder

# The languages whose CLDR city names are understood (those the bot speaks).
CITY_NAME_LOCALES: Final = ("en", "es", "de", "ru", "pt", "fr")

COMMON_ZONES: Final[tuple[str, ...]] = (
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Australia/Sydney",
)

# Places people type that are not the last part of any IANA key, keyed by their
# normalised spelling (see name_key). Targets must be canonical zone.tab names.
# Countries spanning several zones (USA, Canada, Russia, Brazil...) are left out on purpose.
PLACE_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        # India
        "mumbai": "Asia/Kolkata",
        "bombay": "Asia/Kolkata",
        "delhi": "Asia/Kolkata",
        "new delhi": "Asia/Kolkata",
        "bangalore": "Asia/Kolkata",
        "bengaluru": "Asia/Kolkata",
        "chennai": "Asia/Kolkata",
        "madras": "Asia/Kolkata",
        "hyderabad": "Asia/Kolkata",
        "pune": "Asia/Kolkata",
        "ahmedabad": "Asia/Kolkata",
        "jaipur": "Asia/Kolkata",
        # United States and Canada
        "san francisco": "America/Los_Angeles",
        "sf": "America/Los_Angeles",
        "la": "America/Los_Angeles",
        "seattle": "America/Los_Angeles",
        "portland": "America/Los_Angeles",
        "san diego": "America/Los_Angeles",
        "san jose": "America/Los_Angeles",
        "sacramento": "America/Los_Angeles",
        "las vegas": "America/Los_Angeles",
        "boston": "America/New_York",
        "washington": "America/New_York",
        "washington dc": "America/New_York",
        "dc": "America/New_York",
        "nyc": "America/New_York",
        "new york city": "America/New_York",
        "brooklyn": "America/New_York",
        "miami": "America/New_York",
        "atlanta": "America/New_York",
        "philadelphia": "America/New_York",
        "pittsburgh": "America/New_York",
        "baltimore": "America/New_York",
        "orlando": "America/New_York",
        "charlotte": "America/New_York",
        "dallas": "America/Chicago",
        "houston": "America/Chicago",
        "austin": "America/Chicago",
        "san antonio": "America/Chicago",
        "minneapolis": "America/Chicago",
        "new orleans": "America/Chicago",
        "nashville": "America/Chicago",
        "st louis": "America/Chicago",
        "saint louis": "America/Chicago",
        "kansas city": "America/Chicago",
        "salt lake city": "America/Denver",
        "albuquerque": "America/Denver",
        "hawaii": "Pacific/Honolulu",
        "ottawa": "America/Toronto",
        "quebec": "America/Toronto",
        "calgary": "America/Edmonton",
        # Deliberately shadows America/Argentina/San_Juan: Puerto Rico is the likelier meaning.
        "san juan": "America/Puerto_Rico",
        # Europe
        "munich": "Europe/Berlin",
        "munchen": "Europe/Berlin",
        "hamburg": "Europe/Berlin",
        "frankfurt": "Europe/Berlin",
        "cologne": "Europe/Berlin",
        "koln": "Europe/Berlin",
        "dusseldorf": "Europe/Berlin",
        "stuttgart": "Europe/Berlin",
        "leipzig": "Europe/Berlin",
        "barcelona": "Europe/Madrid",
        "seville": "Europe/Madrid",
        "valencia": "Europe/Madrid",
        "milan": "Europe/Rome",
        "florence": "Europe/Rome",
        "naples": "Europe/Rome",
        "venice": "Europe/Rome",
        "turin": "Europe/Rome",
        "manchester": "Europe/London",
        "birmingham": "Europe/London",
        "liverpool": "Europe/London",
        "leeds": "Europe/London",
        "bristol": "Europe/London",
        "edinburgh": "Europe/London",
        "glasgow": "Europe/London",
        "cardiff": "Europe/London",
        "lyon": "Europe/Paris",
        "marseille": "Europe/Paris",
        "toulouse": "Europe/Paris",
        "bordeaux": "Europe/Paris",
        "rotterdam": "Europe/Amsterdam",
        "the hague": "Europe/Amsterdam",
        "utrecht": "Europe/Amsterdam",
        "geneva": "Europe/Zurich",
        "bern": "Europe/Zurich",
        "basel": "Europe/Zurich",
        "krakow": "Europe/Warsaw",
        "wroclaw": "Europe/Warsaw",
        "gdansk": "Europe/Warsaw",
        "porto": "Europe/Lisbon",
        "st petersburg": "Europe/Moscow",
        "saint petersburg": "Europe/Moscow",
        "ankara": "Europe/Istanbul",
        # Africa and the Middle East
        "cape town": "Africa/Johannesburg",
        "durban": "Africa/Johannesburg",
        "pretoria": "Africa/Johannesburg",
        "abuja": "Africa/Lagos",
        "marrakech": "Africa/Casablanca",
        "rabat": "Africa/Casablanca",
        "abu dhabi": "Asia/Dubai",
        # Asia and Oceania
        "beijing": "Asia/Shanghai",
        "peking": "Asia/Shanghai",
        "shenzhen": "Asia/Shanghai",
        "guangzhou": "Asia/Shanghai",
        "hangzhou": "Asia/Shanghai",
        "chengdu": "Asia/Shanghai",
        "osaka": "Asia/Tokyo",
        "kyoto": "Asia/Tokyo",
        "yokohama": "Asia/Tokyo",
        "nagoya": "Asia/Tokyo",
        "sapporo": "Asia/Tokyo",
        "busan": "Asia/Seoul",
        "hanoi": "Asia/Ho_Chi_Minh",
        "ho chi minh city": "Asia/Ho_Chi_Minh",
        "islamabad": "Asia/Karachi",
        "lahore": "Asia/Karachi",
        "bali": "Asia/Makassar",
        "cebu": "Asia/Manila",
        "gold coast": "Australia/Brisbane",
        "wellington": "Pacific/Auckland",
        "christchurch": "Pacific/Auckland",
        "rio": "America/Sao_Paulo",
        "rio de janeiro": "America/Sao_Paulo",
        "brasilia": "America/Sao_Paulo",
        # Countries (and nations) that keep a single zone
        "germany": "Europe/Berlin",
        "france": "Europe/Paris",
        "uk": "Europe/London",
        "united kingdom": "Europe/London",
        "great britain": "Europe/London",
        "britain": "Europe/London",
        "england": "Europe/London",
        "scotland": "Europe/London",
        "wales": "Europe/London",
        "ireland": "Europe/Dublin",
        "india": "Asia/Kolkata",
        "italy": "Europe/Rome",
        "spain": "Europe/Madrid",
        "netherlands": "Europe/Amsterdam",
        "holland": "Europe/Amsterdam",
        "belgium": "Europe/Brussels",
        "switzerland": "Europe/Zurich",
        "austria": "Europe/Vienna",
        "sweden": "Europe/Stockholm",
        "norway": "Europe/Oslo",
        "denmark": "Europe/Copenhagen",
        "finland": "Europe/Helsinki",
        "greece": "Europe/Athens",
        "czechia": "Europe/Prague",
        "czech republic": "Europe/Prague",
        "ukraine": "Europe/Kyiv",
        "romania": "Europe/Bucharest",
        "nigeria": "Africa/Lagos",
        "kenya": "Africa/Nairobi",
        "south africa": "Africa/Johannesburg",
        "new zealand": "Pacific/Auckland",
        "south korea": "Asia/Seoul",
        "korea": "Asia/Seoul",
        "china": "Asia/Shanghai",
        "taiwan": "Asia/Taipei",
        "vietnam": "Asia/Ho_Chi_Minh",
        "thailand": "Asia/Bangkok",
        "philippines": "Asia/Manila",
        "pakistan": "Asia/Karachi",
        "bangladesh": "Asia/Dhaka",
        "nepal": "Asia/Kathmandu",
        "sri lanka": "Asia/Colombo",
        "uae": "Asia/Dubai",
        "united arab emirates": "Asia/Dubai",
    }
)

_MIN_OFFSET_MINUTES: Final = -12 * 60
_MAX_OFFSET_MINUTES: Final = 14 * 60
_OFFSET_STEP_MINUTES: Final = 15
_UTC: Final = "UTC"

# What people type: "UTC+2", "GMT-5", "+05:30", "-3", "+0530", "UTC +5:45".
_TYPED_OFFSET: Final = re.compile(
    r"""
    (?:utc|gmt)? \s* (?P<sign>[+-]) \s*
    (?:
        (?P<hours>\d{1,2}) (?: : (?P<minutes>\d{2}) )?   # 2  05  5:45  05:30
      | (?P<hhmm>\d{4})                                  # 0530
    )
    """,
    re.VERBOSE | re.ASCII,
)
# The one spelling we store.
_STORED_OFFSET: Final = re.compile(
    r"UTC(?P<sign>[+-])(?P<hours>\d{2}):(?P<minutes>\d{2})", re.ASCII
)
# IANA's Etc zones use POSIX signs: Etc/GMT+5 is five hours *behind* UTC.
_ETC_ZONE: Final = re.compile(r"Etc/(?:UTC|GMT)(?:(?P<sign>[+-])(?P<hours>\d{1,2}))?", re.ASCII)

_DASHES: Final = str.maketrans({"−": "-", "–": "-", "‐": "-", "＋": "+"})
_DROPPED_PUNCTUATION: Final = str.maketrans("", "", ".,'’")
_SEPARATORS: Final = re.compile(r"[\s_\-]+")

# Areas whose keys end in a place name, unlike US/Eastern or Etc/GMT+5.
_GEOGRAPHIC_AREAS: Final = frozenset(
    {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic"}
    | {"Australia", "Europe", "Indian", "Pacific"}
)
# Australia/North and friends name regions, not places anyone would type as a city.
_NOT_PLACES: Final = frozenset({"north", "south", "east", "west"})
# Legacy abbreviation keys are ambiguous (CST) or misleading (EST is Panama, without DST).
_ABBREVIATION_KEYS: Final = frozenset(
    {"CET", "CST6CDT", "EET", "EST", "EST5EDT", "HST", "MET", "MST", "MST7MDT", "PST8PDT", "WET"}
)
# Not real places: "localtime" is the host's zone, "Factory" has no offset at all.
_UNUSABLE_KEYS: Final = frozenset({"localtime", "Factory", "posixrules"})


# Fewer letters than this match too many places to be a help.
SEARCH_MIN_LENGTH: Final = 2


def parse_timezone(text: str) -> str | None:
    """Return the stored zone name for a typed zone, city, country or UTC offset, else None."""
    cleaned = " ".join(text.translate(_DASHES).split())
    if not cleaned:
        return None
    offset = _TYPED_OFFSET.fullmatch(cleaned.lower())
    if offset is not None:
        return _offset_name(_typed_offset_minutes(offset))
    return _zone_named(name_key(cleaned))


def search(text: str, limit: int = 8) -> list[str]:
    """Stored zone names for what has been typed so far, best first (the Mini App's search):
    the zone `parse_timezone` reads, then zones whose names or places begin with the text."""
    exact = parse_timezone(text)
    found = dict.fromkeys([exact] if exact else [])
    key = name_key(" ".join(text.translate(_DASHES).split()))
    if len(key) < SEARCH_MIN_LENGTH:
        return list(found)[:limit]
    indexes = (_zones_by_key(), PLACE_ALIASES, _zones_by_city(), _zones_by_local_name(), _places())
    for index in indexes:
        for spelling in sorted((s for s in index if s.startswith(key)), key=lambda s: (len(s), s)):
            found.setdefault(index[spelling])
            if len(found) >= limit:
                return list(found)
    return list(found)


def _typed_offset_minutes(match: re.Match[str]) -> int | None:
    hhmm = match["hhmm"]
    hours = int(hhmm[:2] if hhmm else match["hours"])
    minutes = int(hhmm[2:] if hhmm else match["minutes"] or 0)
    if minutes >= 60:
        return None
    return _signed(match["sign"], hours * 60 + minutes)


def _signed(sign: str, minutes: int) -> int:
    return -minutes if sign == "-" else minutes


def _offset_name(minutes: int | None) -> str | None:
    if minutes is None or not _is_valid_offset(minutes):
        return None
    return _UTC if minutes == 0 else _offset_text(minutes)


def _offset_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _is_valid_offset(minutes: int) -> bool:
    in_range = _MIN_OFFSET_MINUTES <= minutes <= _MAX_OFFSET_MINUTES
    return in_range and minutes % _OFFSET_STEP_MINUTES == 0


def name_key(text: str) -> str:
    """A typed place as the indexes spell it: casefolded, accents and punctuation dropped."""
    # One spelling for "São Paulo", "sao_paulo" and "Sao-Paulo"; slashes survive for full keys.
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_ish = "".join(char for char in decomposed if not unicodedata.combining(char))
    folded = ascii_ish.casefold().translate(_DROPPED_PUNCTUATION)
    parts = (_SEPARATORS.sub(" ", part).strip() for part in folded.split("/"))
    return "/".join(parts)


def _zone_named(key: str) -> str | None:
    # Exact IANA keys win over hand-written aliases, which win over bare city names, which win
    # over the names of zones' cities in other languages (CLDR) and big cities' names (GeoNames).
    indexes = (_zones_by_key(), PLACE_ALIASES, _zones_by_city(), _zones_by_local_name(), _places())
    for index in indexes:
        if key in index:
            return index[key]
    return None


@functools.cache
def _zones_by_local_name() -> Mapping[str, str]:
    """Zones by their city's name in each language the bot speaks ("Nueva York", "Москва")."""
    from babel import Locale

    pairs = []
    for locale in CITY_NAME_LOCALES:
        for key, names in Locale.parse(locale).time_zones.items():
            city = names.get("city")
            if city and key in _available_keys() and _is_place_key(key):
                pairs.append((name_key(str(city)), _canonical(key)))
    return _unambiguous(pairs)


@functools.cache
def _places() -> Mapping[str, str]:
    """Big cities' names in many languages, each with its zone (places.tsv, from GeoNames)."""
    text = (resources.files(__package__ or "bot.core") / "places.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    available = _available_keys()
    return MappingProxyType({key: zone for key, zone in rows if zone in available})


def zone_for(name: str) -> tzinfo:
    """Return the tzinfo for a stored zone name; raise ValueError if it is not one."""
    offset = _STORED_OFFSET.fullmatch(name)
    if offset is not None:
        return _fixed_zone(offset)
    if name not in _available_keys():
        raise ValueError(f"unknown timezone: {name!r}")
    return zoneinfo.ZoneInfo(name)


def _fixed_zone(match: re.Match[str]) -> timezone:
    minutes = int(match["minutes"])
    total = _signed(match["sign"], int(match["hours"]) * 60 + minutes)
    if minutes >= 60 or not _is_valid_offset(total):
        raise ValueError(f"unknown timezone: {match.string!r}")
    return timezone(timedelta(minutes=total))


# TimezoneFinder instances must not be used from two threads at once, and handlers may
# call this through asyncio.to_thread.
_finder_lock: Final = threading.Lock()


def timezone_at_location(latitude: float, longitude: float) -> str | None:
    """Return the stored zone name at a shared location, or None at sea or off the globe."""
    if not _is_on_globe(latitude, longitude):
        return None
    with _finder_lock:
        found = _finder().timezone_at(lng=longitude, lat=latitude)
    # Open sea answers with Etc/GMT±N, a nautical zone nobody lives by.
    if found is None or found.startswith("Etc/") or found not in _available_keys():
        return None
    return _canonical(found)


def _is_on_globe(latitude: float, longitude: float) -> bool:
    finite = math.isfinite(latitude) and math.isfinite(longitude)
    return finite and -90 <= latitude <= 90 and -180 <= longitude <= 180


@functools.cache
def _finder() -> TimezoneFinder:
    # Imported here: the package and its data are only paid for once someone shares a location.
    from timezonefinder import TimezoneFinder

    return TimezoneFinder()


def describe_zone(name: str, now: datetime) -> str:
    """Return a confirmation label such as ``Europe/Berlin (UTC+01:00)`` at the moment ``now``."""
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    zone = zone_for(name)
    if isinstance(zone, timezone) or name == _UTC:
        return name
    offset = now.astimezone(zone).utcoffset() or timedelta()
    return f"{name} ({_offset_text(round(offset.total_seconds() / 60))})"


def zone_label(name: str) -> str:
    """Return a short button label: the place for IANA keys ("New York"), else the name."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


@functools.cache
def _available_keys() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones() - _UNUSABLE_KEYS)


@functools.cache
def _zones_by_key() -> Mapping[str, str]:
    keys = _available_keys() - _ABBREVIATION_KEYS
    return _unambiguous((name_key(key), _canonical(key)) for key in keys)


@functools.cache
def _zones_by_city() -> Mapping[str, str]:
    places = ((key.rsplit("/", 1)[-1], key) for key in _available_keys() if _is_place_key(key))
    named = ((name_key(place), key) for place, key in places)
    return _unambiguous((city, _canonical(key)) for city, key in named if city not in _NOT_PLACES)


def _is_place_key(key: str) -> bool:
    return key.split("/", 1)[0] in _GEOGRAPHIC_AREAS and "/" in key


def _unambiguous(pairs: Iterable[tuple[str, str]]) -> Mapping[str, str]:
    # A spelling that leads to two different zones is dropped rather than guessed.
    zones: dict[str, set[str]] = {}
    for spelling, zone in pairs:
        zones.setdefault(spelling, set()).add(zone)
    return MappingProxyType(
        {spelling: found.pop() for spelling, found in zones.items() if len(found) == 1}
    )


def _canonical(key: str) -> str:
    """Map an available IANA key to the name we store: the zone.tab name, or an offset."""
    resolved = _resolve_links(key)
    etc = _ETC_ZONE.fullmatch(resolved)
    if etc is None:
        return resolved
    hours = int(etc["hours"] or 0)
    # Etc/GMT-14 is UTC+14:00: the POSIX sign is flipped.
    return _offset_name(-_signed(etc["sign"] or "+", hours * 60)) or resolved


def _resolve_links(key: str) -> str:
    # zone.tab names win even when tzdata links them elsewhere (Europe/Amsterdam is a link
    # to Europe/Brussels); other links are renames (Asia/Calcutta) or legacy (US/Eastern).
    links = _links()
    seen: set[str] = set()
    while key not in _zone_tab_keys() and key in links and key not in seen:
        seen.add(key)
        key = links[key]
    return key


@functools.cache
def _links() -> Mapping[str, str]:
    lines = _tzdata_lines("tzdata.zi")
    links = (line.split() for line in lines if line.startswith("L "))
    return MappingProxyType({fields[2]: fields[1] for fields in links if len(fields) == 3})


@functools.cache
def _zone_tab_keys() -> frozenset[str]:
    rows = (line.split("\t") for line in _tzdata_lines("zone.tab") if not line.startswith("#"))
    return frozenset(row[2].strip() for row in rows if len(row) >= 3)


def _tzdata_lines(filename: str) -> list[str]:
    # The tzdata package is a declared dependency; the system copy is only a fallback.
    for source in (_tzdata_package_file(filename), *_system_tzdata_files(filename)):
        if source is None:
            continue
        try:
            return source.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
    return []


def _tzdata_package_file(filename: str) -> Traversable | None:
    try:
        return resources.files("tzdata.zoneinfo") / filename
    except ModuleNotFoundError:
        return None


def _system_tzdata_files(filename: str) -> list[Path]:
    return [Path(directory) / filename for directory in zoneinfo.TZPATH]
