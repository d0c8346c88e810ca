"""Helplines by country from a dated data file, their copy buttons, and a timezone's country."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections.abc import Iterator
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.app import build_application, services_from
from bot.core import helplines
from bot.core.helplines import (
    COLUMNS,
    FIND_A_HELPLINE,
    RESOURCES,
    CountryResources,
    Helpline,
    HelplinesFileError,
    country_for_zone,
    load_file,
    parse,
    resources_for,
    resources_for_zone,
)
from bot.handlers.safety_views import helpline_buttons
from bot.settings import Settings
from bot.texts.safety import crisis_message, sos_message
from testkit.words import EN

ROOT = Path(__file__).resolve().parents[3]
HEADER = ",".join(COLUMNS)
GOOD_ROWS = (
    "GB,helpline,Our Line,0800 123,call 0800 123,24/7,https://example.org/line,2026-12-06\n"
    "GB,helpline,Night Line,0800 999,call 0800 999,nightly 20:00-06:00,https://example.org/n,"
    "2026-12-05\n"
    "GB,emergency,Emergency services,999,999,24/7,https://example.org/999,2026-12-06\n"
)


@pytest.fixture(autouse=True)
def _ours_again() -> Iterator[None]:
    """Whatever a test puts in use, the next one starts from our own table."""
    yield
    helplines.use(None)


def write(tmp_path: Path, text: str, name: str = "helplines.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ the country of a timezone


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


def test_resources_for_zone() -> None:
    assert resources_for_zone("Europe/London") == resources_for("GB")
    assert resources_for_zone("UTC") == CountryResources(country=None)


# ------------------------------------------------------------------ our own table


def _numbers(resources: CountryResources) -> str:
    return " ".join(helpline.how for helpline in resources.helplines)


def test_us_resources() -> None:
    us = resources_for("US")
    assert "988" in _numbers(us)
    assert "741741" in _numbers(us)
    assert us.emergency == "911"
    assert [helpline.number for helpline in us.helplines] == ["988", "741741"]


@pytest.mark.parametrize("country", ["GB", "IE"])
def test_samaritans_in_britain_and_ireland(country: str) -> None:
    assert "116 123" in _numbers(resources_for(country))


def test_emergency_numbers() -> None:
    emergency = {code: resources_for(code).emergency for code in ("GB", "IE", "AU", "NZ", "DE")}
    assert emergency == {"GB": "999", "IE": "112 or 999", "AU": "000", "NZ": "111", "DE": "112"}


def test_australia() -> None:
    assert "13 11 14" in _numbers(resources_for("AU"))


def test_canada() -> None:
    (helpline,) = resources_for("CA").helplines
    assert (helpline.name, helpline.how, helpline.number) == (
        "9-8-8 Suicide Crisis Helpline",
        "call or text 988",
        "988",
    )
    assert helpline.round_the_clock and helpline.source == "https://988.ca"


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


def test_our_file_loads_with_every_field_of_every_row() -> None:
    rows = [helpline for country in RESOURCES.values() for helpline in country.helplines]

    # The 29 countries and 28 helplines of the table this file replaced: none added, none lost.
    assert (len(RESOURCES), len(rows)) == (29, 28)
    for helpline in rows:
        assert helpline.name and helpline.how and helpline.hours, helpline
        assert helpline.number and helpline.number in helpline.how, helpline
        assert helpline.source.startswith("https://"), helpline
        assert isinstance(helpline.checked, date), helpline
    for country in RESOURCES.values():
        assert country.emergency_number and country.emergency
        assert country.emergency_number in country.emergency


def test_our_dates_parse_and_say_when_each_row_was_checked() -> None:
    dates = {helpline.checked for r in RESOURCES.values() for helpline in r.helplines}

    # Checked against published pages on the 6th; the rest are as first written on the 1st.
    assert dates <= {date(2026, 12, 6), date(2026, 12, 1)}
    assert date(2026, 12, 6) in dates


def test_a_line_that_keeps_hours_says_them() -> None:
    (tell,) = resources_for("JP").helplines

    assert not tell.round_the_clock
    assert "• TELL Lifeline: call 03 5774 0992 (daily 9:00-23:00)" in sos_message(
        EN, resources_for("JP")
    )
    # Round-the-clock lines read as before.
    assert "• Shout: text SHOUT to 85258" in crisis_message(EN, resources_for("GB")).splitlines()


def test_our_file_ships_in_the_package() -> None:
    shipped = resources.files("bot.core") / "helplines.csv"
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["bot"]

    assert shipped.is_file()
    assert "core/helplines.csv" in package_data


# ------------------------------------------------------------------ an operator's file


def test_an_operator_file_replaces_ours(tmp_path: Path) -> None:
    path = write(tmp_path, f"# Our own lines\n{HEADER}\n\n{GOOD_ROWS}")

    helplines.use(load_file(path))

    gb = resources_for("gb")
    assert [h.name for h in gb.helplines] == ["Our Line", "Night Line"]
    assert gb.emergency == "999"
    assert gb.helplines[1].hours == "nightly 20:00-06:00"
    assert gb.helplines[0].checked == date(2026, 12, 6)
    # Replaced, not merged: a country it does not name gets findahelpline.com only.
    assert resources_for("US") == CountryResources(country="US")
    assert RESOURCES["US"].helplines  # ours are still ours
    helplines.use(None)
    assert resources_for("GB") == RESOURCES["GB"]


def test_columns_may_come_in_any_order_and_a_spreadsheet_bom_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "helplines.csv"
    text = (
        "checked,source,hours,how,number,name,kind,country\n"
        "2026-12-06,https://example.org,24/7,call 1234,1234,A Line,helpline,FR\n"
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    (line,) = load_file(path)["FR"].helplines
    assert (line.name, line.number, line.how) == ("A Line", "1234", "call 1234")
    assert load_file(path)["FR"].emergency is None


def test_a_helpline_without_a_number_is_listed_without_a_button(tmp_path: Path) -> None:
    row = "NL,helpline,A Chat,,chat at example.org,24/7,https://example.org,2026-12-06"
    table = load_file(write(tmp_path, f"{HEADER}\n{row}\n"))

    assert table["NL"].helplines[0].number == ""
    assert helpline_buttons(EN, table["NL"]) == []


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "has no header line"),
        ("# only a comment\n", "has no header line"),
        (f"{HEADER}\n", "has no rows"),
        ("country,kind,name,number,how,hours,source\n", "line 1: the header must name"),
        (f"{HEADER},extra\n", "it has country, kind, name"),
        (f"{HEADER}\nGB,helpline,X,1,call 1,24/7,https://e.org\n", "line 2: has 7 fields, not 8"),
        (
            f"{HEADER}\nuk,helpline,X,1,call 1,24/7,https://e.org,2026-12-06\n",
            'line 2: country must be an ISO 3166 code of two capital letters, like GB; it is "uk"',
        ),
        (
            f"# a note\n{HEADER}\nGB,hotline,X,1,call 1,24/7,https://e.org,2026-12-06\n",
            'line 3: kind must be helpline or emergency; it is "hotline"',
        ),
        (f"{HEADER}\nGB,helpline,,1,call 1,24/7,https://e.org,2026-12-06\n", "name is empty"),
        (f"{HEADER}\nGB,helpline,X,1,call 1,,https://e.org,2026-12-06\n", "hours is empty"),
        (
            f"{HEADER}\nGB,emergency,E,,999,24/7,https://e.org,2026-12-06\n",
            "number is empty: an emergency row needs the number to call",
        ),
        (
            f"{HEADER}\nGB,helpline,X,0800 1,call 0800 2,24/7,https://e.org,2026-12-06\n",
            'number "0800 1" does not appear in how ("call 0800 2")',
        ),
        (
            f"{HEADER}\nGB,helpline,X,{'1' * 257},call {'1' * 257},24/7,https://e.org,2026-12-06\n",
            "number is longer than 256 characters",
        ),
        (
            f"{HEADER}\nGB,helpline,X,1,call 1,24/7,samaritans.org,2026-12-06\n",
            'source must be the address of the page the row comes from (https://...); it is "sam',
        ),
        (
            f"{HEADER}\nGB,helpline,X,1,call 1,24/7,https://e.org,6.12.2026\n",
            'checked must be a date written like 2026-12-06; it is "6.12.2026"',
        ),
        (
            f"{HEADER}\nGB,helpline,X,1,call 1,24/7,https://e.org,2026-13-01\n",
            'it is "2026-13-01"',
        ),
        (
            f"{HEADER}\nGB,helpline,X,1,call 1,24/7,https://e.org,20261206\n",
            'it is "20261206"',
        ),
        (f"{HEADER}\n{GOOD_ROWS}{GOOD_ROWS.splitlines()[2]}\n", "line 5: GB already has an "),
        (
            f"{HEADER}\n{GOOD_ROWS}{GOOD_ROWS.splitlines()[0]}\n",
            'line 5: GB already has a helpline named "Our Line", on line 2',
        ),
        (f'{HEADER}\nGB,helpline,"X,1,call 1,24/7,https://e.org,2026-12-06\n', "line 2: cannot"),
    ],
    ids=[
        "empty",
        "comments-only",
        "no-rows",
        "a-column-missing",
        "an-extra-column",
        "too-few-fields",
        "country",
        "kind",
        "empty-name",
        "empty-hours",
        "emergency-without-number",
        "number-not-in-how",
        "number-too-long",
        "source",
        "date-format",
        "date-impossible",
        "date-compact",
        "two-emergency-rows",
        "same-helpline-twice",
        "open-quote",
    ],
)
def test_a_malformed_file_is_refused_naming_the_file_and_line(
    tmp_path: Path, text: str, says: str
) -> None:
    path = write(tmp_path, text)

    with pytest.raises(HelplinesFileError) as refused:
        load_file(path)

    message = str(refused.value)
    assert message.startswith(f"{path}"), message
    assert says in message
    assert "\n" not in message


def test_a_file_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    with pytest.raises(HelplinesFileError, match=r"missing\.csv: cannot be read: No such file"):
        load_file(tmp_path / "missing.csv")
    with pytest.raises(HelplinesFileError, match=r"cannot be read: .*directory"):
        load_file(tmp_path)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(f"{HEADER}\n".encode() + "FR,helpline,Ligne é".encode("latin-1"))
    with pytest.raises(HelplinesFileError, match=r"latin\.csv: cannot be read: it is not UTF-8"):
        load_file(latin)


def test_parse_names_the_file_it_is_told() -> None:
    with pytest.raises(HelplinesFileError, match=r"^ours\.csv, line 2: kind must be"):
        parse(f"{HEADER}\nGB,x,X,1,call 1,24/7,https://e.org,2026-12-06\n", "ours.csv")


# ------------------------------------------------------------------ the setting


@pytest.fixture
def _no_outside_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("SMALLSTEPS_HELPLINES_FILE", "SMALLSTEPS_BOT_TOKEN", "SMALLSTEPS_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.mark.usefixtures("_no_outside_settings")
def test_the_setting_is_optional_and_blank_means_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().helplines_file is None and Settings().helplines is None
    monkeypatch.setenv("SMALLSTEPS_HELPLINES_FILE", " ")
    assert Settings().helplines is None


@pytest.mark.usefixtures("_no_outside_settings")
def test_the_setting_reads_the_operator_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = write(tmp_path, f"{HEADER}\n{GOOD_ROWS}")
    monkeypatch.setenv("SMALLSTEPS_HELPLINES_FILE", str(path))

    settings = Settings()

    assert settings.helplines_file == path
    assert settings.helplines == load_file(path)


@pytest.mark.usefixtures("_no_outside_settings")
def test_a_bad_file_is_an_invalid_setting_named_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = write(tmp_path, f"{HEADER}\nGB,helpline,X,1,call 2,24/7,https://e.org,2026-12-06\n")
    monkeypatch.setenv("SMALLSTEPS_HELPLINES_FILE", str(path))

    with pytest.raises(ValidationError) as refused:
        Settings()

    reason = str(refused.value.errors()[0]["msg"]).removeprefix("Value error, ")
    assert reason == (
        f'SMALLSTEPS_HELPLINES_FILE: {path}, line 2: number "1" does not appear in how ("call 2")'
    )


@pytest.mark.usefixtures("_no_outside_settings")
async def test_the_application_puts_the_operator_file_in_use(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = write(tmp_path, f"{HEADER}\n{GOOD_ROWS}")
    monkeypatch.setenv("SMALLSTEPS_HELPLINES_FILE", str(path))
    settings = Settings(
        bot_token="123456:" + "a" * 35,
        database_url=f"sqlite+aiosqlite:///{tmp_path}/bot.db",
    )

    app = build_application(settings)  # wires, connects nothing

    assert resources_for("GB").helplines[0].name == "Our Line"
    await services_from(app).engine.dispose()


# ------------------------------------------------------------------ copy buttons


def test_each_helpline_number_gets_a_copy_button() -> None:
    rows = helpline_buttons(EN, resources_for("US"))

    assert [[button.to_dict() for button in row] for row in rows] == [
        [{"text": "📋 Copy 988", "copy_text": {"text": "988"}}],
        [{"text": "📋 Copy 741741", "copy_text": {"text": "741741"}}],
    ]


def test_no_helplines_no_buttons() -> None:
    assert helpline_buttons(EN, resources_for(None)) == []
    assert helpline_buttons(EN, resources_for("IT")) == []  # emergency number only


def test_a_number_two_helplines_share_gets_one_button() -> None:
    shared = CountryResources(
        "XX",
        (Helpline("One", "call 116 123", "116 123"), Helpline("Two", "call 116 123", "116 123")),
    )

    assert [row[0].copy_text.text for row in helpline_buttons(EN, shared) if row[0].copy_text] == [
        "116 123"
    ]


def test_every_button_of_ours_is_one_telegram_takes() -> None:
    for country in RESOURCES.values():
        for (button,) in helpline_buttons(EN, country):
            data = button.to_dict()
            assert set(data) == {"text", "copy_text"}, data
            assert 1 <= len(data["copy_text"]["text"]) <= 256
