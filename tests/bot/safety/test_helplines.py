"""Helplines by country, and the country of a timezone."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.core.helplines import (
    FIND_A_HELPLINE,
    RESOURCES,
    CountryResources,
    Helpline,
    country_for_zone,
    resources_for,
    resources_for_zone,
)


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Europe/Berlin", "DE"),
        ("America/New_York", "US"),
        ("America/Toronto", "CA"),
        ("Europe/London", "GB"),
        ("Europe/Dublin", "IE"),
        ("Australia/Sydney", "AU"),
        ("Asia/Kolkata", "IN"),
        ("Europe/Paris", "FR"),
        ("Europe/Amsterdam", "NL"),
        ("Pacific/Auckland", "NZ"),
        # Old names are links to current ones.
        ("Asia/Calcutta", "IN"),
        ("US/Eastern", "US"),
        ("UTC", None),
        ("UTC+05:30", None),
        ("Etc/GMT-3", None),
        ("Not/AZone", None),
        ("", None),
        (None, None),
    ],
)
def test_country_for_zone(zone: str | None, expected: str | None) -> None:
    assert country_for_zone(zone) == expected


def test_zone_tables_are_not_read_at_import() -> None:
    probe = (
        "import bot.core.helplines as h; "
        "print(h._zone_countries.cache_info().currsize, h._links.cache_info().currsize)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["0", "0"]


def _numbers(resources: CountryResources) -> str:
    return " ".join(helpline.how for helpline in resources.helplines)


def test_us_resources() -> None:
    us = resources_for("US")
    assert "988" in _numbers(us)
    assert "741741" in _numbers(us)
    assert us.emergency == "911"


@pytest.mark.parametrize("country", ["GB", "IE"])
def test_samaritans_in_britain_and_ireland(country: str) -> None:
    assert "116 123" in _numbers(resources_for(country))


def test_emergency_numbers() -> None:
    emergency = {code: resources_for(code).emergency for code in ("GB", "IE", "AU", "NZ", "DE")}
    assert emergency == {"GB": "999", "IE": "112 or 999", "AU": "000", "NZ": "111", "DE": "112"}


def test_australia() -> None:
    assert "13 11 14" in _numbers(resources_for("AU"))


def test_canada() -> None:
    assert resources_for("CA").helplines == (
        Helpline("9-8-8 Suicide Crisis Helpline", "call or text 988"),
    )


def test_country_codes_are_read_in_any_case() -> None:
    assert resources_for("gb") == resources_for("GB")


@pytest.mark.parametrize("country", [None, "", "XX", "AQ"])
def test_unknown_country_still_gets_find_a_helpline(country: str | None) -> None:
    resources = resources_for(country)
    assert resources.find_a_helpline == FIND_A_HELPLINE == "https://findahelpline.com"
    assert resources.helplines == ()
    assert resources.emergency is None


def test_every_known_country_has_an_emergency_number() -> None:
    missing = [code for code, resources in RESOURCES.items() if not resources.emergency]
    assert missing == []


def test_table_is_keyed_by_its_own_codes() -> None:
    mismatched = [code for code, resources in RESOURCES.items() if resources.country != code]
    assert mismatched == []
    assert all(len(code) == 2 and code.isupper() for code in RESOURCES)


def test_resources_for_zone() -> None:
    assert resources_for_zone("Europe/London") == resources_for("GB")
    assert resources_for_zone("UTC") == CountryResources(country=None)
