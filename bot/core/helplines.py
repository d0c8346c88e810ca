"""Who a person can reach right now, by country, and which country a timezone is in.

The helplines are widely published national services. Where we were not sure of a
helpline, a country has only its emergency number, and everyone gets findahelpline.com,
which covers the rest of the world. Pure data: no bot imports.
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Final

FIND_A_HELPLINE: Final = "https://findahelpline.com"


@dataclass(frozen=True, slots=True)
class Helpline:
    """One service and how to reach it, e.g. ("Samaritans", "call 116 123")."""

    name: str
    how: str


@dataclass(frozen=True, slots=True)
class CountryResources:
    """A country's helplines and emergency number, plus findahelpline.com for everyone."""

    country: str | None
    helplines: tuple[Helpline, ...] = ()
    emergency: str | None = None
    find_a_helpline: str = FIND_A_HELPLINE


def _country(
    code: str, emergency: str, *helplines: tuple[str, str]
) -> tuple[str, CountryResources]:
    """One row of the table below, keyed by its ISO 3166 code."""
    lines = tuple(Helpline(name, how) for name, how in helplines)
    return code, CountryResources(country=code, helplines=lines, emergency=emergency)


# Emergency numbers are written as they should be read after "call".
RESOURCES: Final[Mapping[str, CountryResources]] = MappingProxyType(
    dict(
        [
            _country(
                "US",
                "911",
                ("988 Suicide & Crisis Lifeline", "call or text 988"),
                ("Crisis Text Line", "text HOME to 741741"),
            ),
            _country("CA", "911", ("9-8-8 Suicide Crisis Helpline", "call or text 988")),
            _country(
                "GB",
                "999",
                ("Samaritans", "call 116 123, free, day or night"),
                ("Shout", "text SHOUT to 85258"),
            ),
            _country(
                "IE",
                "112 or 999",
                ("Samaritans", "call 116 123, free, day or night"),
                ("Text About It", "text HELLO to 50808"),
            ),
            _country("AU", "000", ("Lifeline", "call 13 11 14 or text 0477 13 11 14")),
            _country("NZ", "111", ("1737, Need to Talk?", "call or text 1737")),
            _country("IN", "112", ("Tele-MANAS", "call 14416 or 1-800-891-4416")),
            _country("DE", "112", ("TelefonSeelsorge", "call 0800 111 0 111 or 0800 111 0 222")),
            _country(
                "FR", "112 or 15", ("3114, numéro national de prévention du suicide", "call 3114")
            ),
            _country("ES", "112", ("Línea 024", "call 024")),
            _country("IT", "112"),
            _country("NL", "112", ("113 Zelfmoordpreventie", "call 113 or 0800 0113")),
            _country(
                "BE",
                "112",
                ("Zelfmoordlijn (in Dutch)", "call 1813"),
                ("Centre de Prévention du Suicide (in French)", "call 0800 32 123"),
            ),
            _country("AT", "112", ("TelefonSeelsorge", "call 142")),
            _country("CH", "112", ("Die Dargebotene Hand / La Main Tendue", "call 143")),
            _country("PT", "112"),
            _country("PL", "112"),
            _country("SE", "112", ("Mind Självmordslinjen", "call 90101")),
            _country("DK", "112", ("Livslinien", "call 70 201 201")),
            # 113 is the medical emergency line; 112 reaches the police.
            _country("NO", "113", ("Mental Helse Hjelpetelefonen", "call 116 123")),
            _country("FI", "112", ("MIELI Crisis Helpline", "call 09 2525 0111")),
            # 119 is the ambulance; TELL answers in English.
            _country("JP", "119", ("TELL Lifeline", "call 03 5774 0992")),
            _country("BR", "192", ("CVV", "call 188")),
            _country("MX", "911", ("Línea de la Vida", "call 800 911 2000")),
            _country(
                "ZA",
                "10111, or 112 from a mobile",
                ("SADAG Suicide Crisis Helpline", "call 0800 567 567"),
            ),
            _country("KE", "999 or 112"),
            _country("NG", "112"),
            # 995 is the ambulance and fire line.
            _country("SG", "995", ("Samaritans of Singapore (SOS)", "call 1767")),
            _country("PH", "911", ("NCMH Crisis Hotline", "call 1553")),
        ]
    )
)


def resources_for(country: str | None) -> CountryResources:
    """Helplines and emergency number for an ISO 3166 alpha-2 code; just findahelpline else."""
    code = country.upper() if country else None
    known = RESOURCES.get(code) if code else None
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
