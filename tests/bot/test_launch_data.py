"""Mini App launch data: only what Telegram signed for this bot, lately, names a person."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, quote, urlencode

import pytest

from bot.core.launch_data import (
    MAX_AGE,
    Launch,
    LaunchDataError,
    signed_launch,
    verified,
)

TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
USER = json.dumps({"id": 4242, "first_name": "Sam", "language_code": "de"})


def telegram_signed(fields: dict[str, str], token: str = TOKEN) -> str:
    """Launch data signed as Telegram's documentation spells it out, written out independently."""
    check = "\n".join(f"{key}={value}" for key, value in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()
    digest = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urlencode({**fields, "hash": digest}, quote_via=quote)


def launch_fields(signed_at: datetime = NOW, user: str = USER) -> dict[str, str]:
    return {
        "query_id": "AAHdF6IQAAAAAN0XohDhrOrc",
        "user": user,
        "auth_date": str(int(signed_at.timestamp())),
        "signature": "abc",
    }


def test_telegram_signed_data_names_its_person() -> None:
    actual = verified(telegram_signed(launch_fields()), TOKEN, NOW)
    assert actual == Launch(4242, "de", NOW)


def test_our_own_signing_is_telegrams() -> None:
    data = signed_launch(77, "fr", TOKEN, NOW)
    fields = dict(parse_qsl(data))
    fields.pop("hash")
    assert data.endswith(dict(parse_qsl(telegram_signed(fields)))["hash"])
    assert verified(data, TOKEN, NOW).user_id == 77


def forged(data: str) -> str:
    fields = dict(parse_qsl(data))
    fields["hash"] = "0" * 64
    return urlencode(fields)


def other_user(data: str) -> str:
    fields = dict(parse_qsl(data))
    fields["user"] = json.dumps({"id": 9999, "first_name": "Mallory"})
    return urlencode(fields)


def hash_dropped(data: str) -> str:
    fields = dict(parse_qsl(data))
    del fields["hash"]
    return urlencode(fields)


def field_twice(data: str) -> str:
    return data + "&user=" + quote(json.dumps({"id": 9999}))


@pytest.mark.parametrize(
    "tamper",
    [forged, other_user, hash_dropped, field_twice],
    ids=["forged hash", "changed user", "no hash", "a field twice"],
)
def test_tampered_data_names_nobody(tamper: object) -> None:
    assert callable(tamper)
    with pytest.raises(LaunchDataError):
        verified(tamper(telegram_signed(launch_fields())), TOKEN, NOW)


def test_data_signed_for_another_bot_names_nobody() -> None:
    with pytest.raises(LaunchDataError):
        verified(telegram_signed(launch_fields(), "999:other"), TOKEN, NOW)


def test_data_older_than_the_limit_is_refused_and_younger_is_not() -> None:
    data = telegram_signed(launch_fields(NOW - MAX_AGE))
    assert verified(data, TOKEN, NOW).user_id == 4242
    with pytest.raises(LaunchDataError, match="too old"):
        verified(data, TOKEN, NOW + timedelta(seconds=1))


def test_data_from_the_future_is_refused() -> None:
    with pytest.raises(LaunchDataError, match="future"):
        verified(telegram_signed(launch_fields(NOW + timedelta(hours=1))), TOKEN, NOW)


@pytest.mark.parametrize(
    "data",
    ["", "not a query", "hash=" + "a" * 64, "a=b&" * 2000, "%zz=1"],
    ids=["empty", "no fields", "hash alone", "oversized", "bad escape"],
)
def test_malformed_data_names_nobody(data: str) -> None:
    with pytest.raises(LaunchDataError):
        verified(data, TOKEN, NOW)


@pytest.mark.parametrize(
    "user",
    ["not json", json.dumps([1]), json.dumps({"id": "4242"}), json.dumps({"id": True}), "{}"],
)
def test_a_signed_user_without_a_numeric_id_names_nobody(user: str) -> None:
    with pytest.raises(LaunchDataError, match="user"):
        verified(telegram_signed(launch_fields(user=user)), TOKEN, NOW)
