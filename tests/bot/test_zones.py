import ast
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.zones import (
    COMMON_ZONES,
    PLACE_ALIASES,
    describe_zone,
    parse_timezone,
    timezone_at_location,
    zone_for,
    zone_label,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
WINTER = datetime(2025, 1, 15, 12, 0, tzinfo=UTC)
SUMMER = datetime(2025, 7, 15, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # IANA keys, any case, spaces for underscores
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("EUROPE/BERLIN", "Europe/Berlin"),
        ("America/New York", "America/New_York"),
        ("america/new_york", "America/New_York"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("America/Port-au-Prince", "America/Port-au-Prince"),
        ("  Asia/Tokyo  ", "Asia/Tokyo"),
        ("utc", "UTC"),
        ("UTC", "UTC"),
        ("GMT", "UTC"),
        ("Etc/UTC", "UTC"),
        ("Zulu", "UTC"),
        ("Japan", "Asia/Tokyo"),
        ("poland", "Europe/Warsaw"),
        # backward-compatible links resolve to the canonical name
        ("Asia/Calcutta", "Asia/Kolkata"),
        ("Europe/Kiev", "Europe/Kyiv"),
        ("Asia/Saigon", "Asia/Ho_Chi_Minh"),
        ("US/Eastern", "America/New_York"),
        ("US/Pacific", "America/Los_Angeles"),
        ("GB", "Europe/London"),
        # ...but zone.tab names stay themselves even where tzdata links them elsewhere
        ("Europe/Amsterdam", "Europe/Amsterdam"),
        ("Europe/Copenhagen", "Europe/Copenhagen"),
        # Etc zones use POSIX signs, so Etc/GMT+5 is five hours behind UTC
        ("Etc/GMT+5", "UTC-05:00"),
        ("Etc/GMT-14", "UTC+14:00"),
        # last component of IANA names as a city
        ("berlin", "Europe/Berlin"),
        ("Berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("New_York", "America/New_York"),
        ("new-york", "America/New_York"),
        ("kolkata", "Asia/Kolkata"),
        ("calcutta", "Asia/Kolkata"),
        ("los angeles", "America/Los_Angeles"),
        ("sao paulo", "America/Sao_Paulo"),
        ("são paulo", "America/Sao_Paulo"),
        ("SÃO PAULO", "America/Sao_Paulo"),
        ("zürich", "Europe/Zurich"),
        ("kiev", "Europe/Kyiv"),
        ("kyiv", "Europe/Kyiv"),
        ("melbourne", "Australia/Melbourne"),
        ("auckland", "Pacific/Auckland"),
        ("lagos", "Africa/Lagos"),
        ("nairobi", "Africa/Nairobi"),
        ("phoenix", "America/Phoenix"),
        ("denver", "America/Denver"),
        ("chicago", "America/Chicago"),
        ("montreal", "America/Toronto"),
        ("amsterdam", "Europe/Amsterdam"),
        ("dar es salaam", "Africa/Dar_es_Salaam"),
        ("port au prince", "America/Port-au-Prince"),
        ("st. john's", "America/St_Johns"),
        ("st johns", "America/St_Johns"),
        # hand-written aliases
        ("mumbai", "Asia/Kolkata"),
        ("Delhi", "Asia/Kolkata"),
        ("bangalore", "Asia/Kolkata"),
        ("bengaluru", "Asia/Kolkata"),
        ("san francisco", "America/Los_Angeles"),
        ("San_Francisco", "America/Los_Angeles"),
        ("seattle", "America/Los_Angeles"),
        ("portland", "America/Los_Angeles"),
        ("boston", "America/New_York"),
        ("washington", "America/New_York"),
        ("Washington, D.C.", "America/New_York"),
        ("miami", "America/New_York"),
        ("atlanta", "America/New_York"),
        ("philadelphia", "America/New_York"),
        ("dallas", "America/Chicago"),
        ("houston", "America/Chicago"),
        ("austin", "America/Chicago"),
        ("munich", "Europe/Berlin"),
        ("München", "Europe/Berlin"),
        ("hamburg", "Europe/Berlin"),
        ("frankfurt", "Europe/Berlin"),
        ("cologne", "Europe/Berlin"),
        ("Köln", "Europe/Berlin"),
        ("barcelona", "Europe/Madrid"),
        ("milan", "Europe/Rome"),
        ("florence", "Europe/Rome"),
        ("manchester", "Europe/London"),
        ("edinburgh", "Europe/London"),
        ("glasgow", "Europe/London"),
        ("cardiff", "Europe/London"),
        ("belfast", "Europe/London"),
        ("cape town", "Africa/Johannesburg"),
        ("CAPE TOWN", "Africa/Johannesburg"),
        ("beijing", "Asia/Shanghai"),
        ("shenzhen", "Asia/Shanghai"),
        ("guangzhou", "Asia/Shanghai"),
        ("osaka", "Asia/Tokyo"),
        ("ottawa", "America/Toronto"),
        ("wellington", "Pacific/Auckland"),
        ("rio", "America/Sao_Paulo"),
        ("hanoi", "Asia/Ho_Chi_Minh"),
        ("Kraków", "Europe/Warsaw"),
        ("san juan", "America/Puerto_Rico"),
        # countries with one zone
        ("germany", "Europe/Berlin"),
        ("France", "Europe/Paris"),
        ("UK", "Europe/London"),
        ("united kingdom", "Europe/London"),
        ("england", "Europe/London"),
        ("ireland", "Europe/Dublin"),
        ("india", "Asia/Kolkata"),
        ("japan", "Asia/Tokyo"),
        ("italy", "Europe/Rome"),
        ("spain", "Europe/Madrid"),
        ("netherlands", "Europe/Amsterdam"),
        ("ukraine", "Europe/Kyiv"),
        ("nigeria", "Africa/Lagos"),
        ("kenya", "Africa/Nairobi"),
        ("south africa", "Africa/Johannesburg"),
        ("new zealand", "Pacific/Auckland"),
        # offsets
        ("UTC+2", "UTC+02:00"),
        ("utc+2", "UTC+02:00"),
        ("GMT-5", "UTC-05:00"),
        ("gmt+0", "UTC"),
        ("+05:30", "UTC+05:30"),
        ("-3", "UTC-03:00"),
        ("+0530", "UTC+05:30"),
        ("UTC +5:45", "UTC+05:45"),
        ("UTC + 5:45", "UTC+05:45"),
        ("utc+14", "UTC+14:00"),
        ("UTC-12", "UTC-12:00"),
        ("UTC−3", "UTC-03:00"),  # unicode minus
        ("UTC–3", "UTC-03:00"),  # en dash
        ("UTC+05:30", "UTC+05:30"),
        ("UTC-03:00", "UTC-03:00"),
        ("UTC+00:00", "UTC"),
        ("UTC-0", "UTC"),
        ("+0", "UTC"),
        ("UTC+12:45", "UTC+12:45"),
        ("UTC-09:30", "UTC-09:30"),
    ],
)
def test_parse_timezone_accepts(text: str, expected: str) -> None:
    assert parse_timezone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "narnia",
        "Europe/Nowhere",
        "Europe/",
        "/Berlin",
        "Berlin/Europe",
        "berlin germany",
        "UTC+25",
        "UTC+15",
        "UTC-13",
        "UTC+14:30",
        "UTC-12:15",
        "+05:20",
        "+5:50",
        "+05:60",
        "+0560",
        "+530",
        "+5:5",
        "UTC5",
        "5",
        "UTC++5",
        "UTC+5 please",
        "utc + ",
        "EST",  # abbreviations are ambiguous or map to zones without DST
        "CET",
        "MST",
        "PST8PDT",
        "localtime",
        "Factory",
        "north",
        "usa",
        "canada",
        "australia",
        "russia",
        "../etc/passwd",
    ],
)
def test_parse_timezone_rejects(text: str) -> None:
    assert parse_timezone(text) is None


def test_alias_table_is_large_enough() -> None:
    assert len(PLACE_ALIASES) >= 80


@pytest.mark.parametrize(("alias", "zone"), sorted(PLACE_ALIASES.items()))
def test_every_alias_resolves_to_a_real_canonical_zone(alias: str, zone: str) -> None:
    loaded = zone_for(zone)
    assert isinstance(loaded, ZoneInfo)
    assert (loaded.key, parse_timezone(alias), parse_timezone(zone)) == (zone, zone, zone)


@pytest.mark.parametrize(
    ("name", "expected_offset"),
    [
        ("Europe/Berlin", timedelta(hours=1)),
        ("America/New_York", timedelta(hours=-5)),
        ("Asia/Kolkata", timedelta(hours=5, minutes=30)),
        ("UTC", timedelta(0)),
        ("UTC+05:30", timedelta(hours=5, minutes=30)),
        ("UTC-03:00", timedelta(hours=-3)),
        ("UTC+14:00", timedelta(hours=14)),
        ("UTC-12:00", timedelta(hours=-12)),
        ("UTC-09:30", timedelta(hours=-9, minutes=-30)),
    ],
)
def test_zone_for_gives_the_winter_offset(name: str, expected_offset: timedelta) -> None:
    assert WINTER.astimezone(zone_for(name)).utcoffset() == expected_offset


def test_zone_for_returns_zoneinfo_for_iana_and_fixed_timezone_for_offsets() -> None:
    assert (zone_for("Europe/Berlin"), zone_for("UTC+05:30")) == (
        ZoneInfo("Europe/Berlin"),
        timezone(timedelta(hours=5, minutes=30)),
    )


@pytest.mark.parametrize(
    "name",
    [
        "",
        "Europe/Nowhere",
        "europe/berlin",
        "berlin",
        "utc+02:00",
        "UTC+2",
        "UTC+2:00",
        "UTC02:00",
        "UTC+25:00",
        "UTC+14:30",
        "UTC+05:20",
        "UTC+05:60",
        "UTC-13:00",
        "localtime",
        "../../etc/passwd",
        "/etc/localtime",
    ],
)
def test_zone_for_rejects_unknown(name: str) -> None:
    with pytest.raises(ValueError):
        zone_for(name)


def test_everything_parse_timezone_returns_can_be_loaded() -> None:
    samples = ["berlin", "utc", "UTC+5", "Asia/Calcutta", "Etc/GMT+5", "Zulu", "mumbai", "GB"]
    names = [parse_timezone(sample) for sample in samples]
    assert all(name is not None and zone_for(name) is not None for name in names)


@pytest.mark.parametrize(
    ("name", "now", "expected"),
    [
        ("Europe/Berlin", WINTER, "Europe/Berlin (UTC+01:00)"),
        ("Europe/Berlin", SUMMER, "Europe/Berlin (UTC+02:00)"),
        ("America/New_York", WINTER, "America/New_York (UTC-05:00)"),
        ("America/St_Johns", WINTER, "America/St_Johns (UTC-03:30)"),
        ("Asia/Kathmandu", WINTER, "Asia/Kathmandu (UTC+05:45)"),
        ("Europe/London", WINTER, "Europe/London (UTC+00:00)"),
        ("UTC", WINTER, "UTC"),
        ("UTC+05:30", WINTER, "UTC+05:30"),
        ("UTC-03:00", SUMMER, "UTC-03:00"),
        # a `now` in another zone is the same instant
        (
            "Europe/Berlin",
            datetime(2025, 1, 15, 7, 0, tzinfo=timezone(timedelta(hours=-5))),
            "Europe/Berlin (UTC+01:00)",
        ),
    ],
)
def test_describe_zone(name: str, now: datetime, expected: str) -> None:
    assert describe_zone(name, now) == expected


def test_describe_zone_rejects_naive_now() -> None:
    with pytest.raises(ValueError):
        describe_zone("Europe/Berlin", datetime(2025, 1, 15, 12, 0))  # noqa: DTZ001


def test_describe_zone_rejects_unknown_zone() -> None:
    with pytest.raises(ValueError):
        describe_zone("Europe/Nowhere", WINTER)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Europe/London", "London"),
        ("Europe/Berlin", "Berlin"),
        ("America/New_York", "New York"),
        ("America/Los_Angeles", "Los Angeles"),
        ("Asia/Kolkata", "Kolkata"),
        ("Australia/Sydney", "Sydney"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires"),
        ("UTC", "UTC"),
        ("UTC+05:30", "UTC+05:30"),
        ("UTC-03:00", "UTC-03:00"),
    ],
)
def test_zone_label(name: str, expected: str) -> None:
    assert zone_label(name) == expected


def test_common_zones_are_canonical_and_loadable() -> None:
    assert [parse_timezone(name) for name in COMMON_ZONES] == list(COMMON_ZONES)
    assert all(isinstance(zone_for(name), ZoneInfo) for name in COMMON_ZONES)


def test_common_zones_have_short_labels() -> None:
    assert [zone_label(name) for name in COMMON_ZONES] == [
        "London",
        "Berlin",
        "New York",
        "Los Angeles",
        "Kolkata",
        "Sydney",
    ]


@pytest.mark.parametrize(
    ("latitude", "longitude", "expected"),
    [
        (52.52, 13.405, "Europe/Berlin"),
        (40.7128, -74.006, "America/New_York"),
        (-33.8688, 151.2093, "Australia/Sydney"),
        (19.076, 72.8777, "Asia/Kolkata"),
        (50.4501, 30.5234, "Europe/Kyiv"),
        (52.3676, 4.9041, "Europe/Amsterdam"),
        (-23.5505, -46.6333, "America/Sao_Paulo"),
        (27.7172, 85.324, "Asia/Kathmandu"),
    ],
)
def test_timezone_at_location_on_land(latitude: float, longitude: float, expected: str) -> None:
    assert timezone_at_location(latitude, longitude) == expected


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        (0.0, -30.0),  # mid-Atlantic
        (-40.0, -120.0),  # South Pacific
        (90.0, 0.0),  # North Pole, open sea
        (91.0, 0.0),
        (-91.0, 0.0),
        (0.0, 181.0),
        (0.0, -180.5),
        (float("nan"), 0.0),
        (0.0, float("inf")),
    ],
)
def test_timezone_at_location_at_sea_or_off_the_globe(latitude: float, longitude: float) -> None:
    assert timezone_at_location(latitude, longitude) is None


def test_timezone_at_location_is_safe_from_several_threads() -> None:
    places = [(52.52, 13.405, "Europe/Berlin"), (40.7128, -74.006, "America/New_York")] * 50

    def look_up(place: tuple[float, float, str]) -> str | None:
        return timezone_at_location(place[0], place[1])

    with ThreadPoolExecutor(max_workers=8) as pool:
        found = list(pool.map(look_up, places))
    assert found == [expected for _, _, expected in places]


def imported_modules(source: str) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            modules.add(node.module or "")
    return modules


@pytest.mark.parametrize("module", ["bot/core/timeparse.py", "bot/core/zones.py"])
def test_modules_import_no_framework_or_bot_code(module: str) -> None:
    imported = imported_modules((REPO_ROOT / module).read_text(encoding="utf-8"))
    forbidden = {"telegram", "sqlalchemy", "bot", "scheduler", "storage"}
    assert sorted(name for name in imported if name.split(".")[0] in forbidden) == []


def test_importing_zones_does_not_load_timezonefinder() -> None:
    probe = "import sys, bot.core.zones; print('timezonefinder' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO_ROOT
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("München", "Europe/Berlin"),
        ("Munique", "Europe/Berlin"),
        ("Мюнхен", "Europe/Berlin"),
        ("Nueva York", "America/New_York"),
        ("Nova York", "America/New_York"),
        ("Москва", "Europe/Moscow"),
        ("Moskau", "Europe/Moscow"),
        ("Londres", "Europe/London"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Sao Paulo", "America/Sao_Paulo"),
        ("Санкт-Петербург", "Europe/Moscow"),
        ("Köln", "Europe/Berlin"),
        ("Pékin", "Asia/Shanghai"),
    ],
)
def test_cities_are_found_by_their_names_in_other_languages(typed: str, zone: str) -> None:
    assert parse_timezone(typed) == zone
