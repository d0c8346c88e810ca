"""Telegram's signed launch data for a Mini App (`initData`): who opened it, if Telegram says so.

Checked as https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app
prescribes: the data-check-string is every field but `hash`, sorted by name, as `name=value`
lines; the secret key is HMAC-SHA256 of the bot token under the key "WebAppData"; the hash is
the hex HMAC-SHA256 of the data-check-string under that secret key, compared in constant time.
The person comes from the signed `user` field and from nowhere else.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode

# How long launch data stays good after Telegram signed it (its `auth_date`). A Mini App keeps
# the data it was opened with, so a page left open longer asks to be opened again; a copied
# address is worth nothing after this.
MAX_AGE = timedelta(hours=1)
# A clock a little ahead of ours is not a forgery.
CLOCK_SKEW = timedelta(minutes=1)
# Telegram's launch data is a few hundred characters; anything far longer is not from Telegram.
MAX_LENGTH = 4096
SECRET_SALT = b"WebAppData"


class LaunchDataError(ValueError):
    """Launch data that does not prove who opened the app: missing, malformed, forged or old."""


@dataclass(frozen=True)
class Launch:
    """Who opened the Mini App, as Telegram signed it."""

    user_id: int
    language_code: str | None
    signed_at: datetime


def verified(init_data: str, bot_token: str, now: datetime, max_age: timedelta = MAX_AGE) -> Launch:
    """The person the launch data names, when Telegram signed it for this bot not long ago."""
    fields = _fields(init_data)
    given = fields.pop("hash", "")
    if not hmac.compare_digest(given.encode(), signature(fields, bot_token).encode()):
        raise LaunchDataError("the signature does not match")
    signed_at = _signed_at(fields)
    if now - signed_at > max_age:
        raise LaunchDataError("the launch data is too old")
    if signed_at - now > CLOCK_SKEW:
        raise LaunchDataError("the launch data is from the future")
    user_id, language = _user(fields)
    return Launch(user_id, language, signed_at)


def signature(fields: Mapping[str, str], bot_token: str) -> str:
    """The hex hash Telegram puts beside these fields for this bot."""
    check = "\n".join(f"{name}={fields[name]}" for name in sorted(fields) if name != "hash")
    secret = hmac.new(SECRET_SALT, bot_token.encode(), hashlib.sha256).digest()
    return hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()


def signed_launch(user_id: int, language_code: str, bot_token: str, now: datetime) -> str:
    """Launch data for this person, signed the way Telegram signs it (the trial's own)."""
    user = json.dumps({"id": user_id, "first_name": "You", "language_code": language_code})
    fields = {"auth_date": str(int(now.timestamp())), "user": user}
    return urlencode({**fields, "hash": signature(fields, bot_token)})


def _fields(init_data: str) -> dict[str, str]:
    """The launch data's fields; each named once."""
    if not init_data or len(init_data) > MAX_LENGTH:
        raise LaunchDataError("no launch data, or far too much")
    try:
        pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError as error:
        raise LaunchDataError("the launch data is not a query string") from error
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise LaunchDataError("a field is named twice")
    return fields


def _signed_at(fields: Mapping[str, str]) -> datetime:
    """When Telegram signed the data."""
    try:
        return datetime.fromtimestamp(int(fields["auth_date"]), UTC)
    except (KeyError, ValueError, OverflowError, OSError) as error:
        raise LaunchDataError("auth_date is missing or not a time") from error


def _user(fields: Mapping[str, str]) -> tuple[int, str | None]:
    """The signed user's id and app language."""
    try:
        user = json.loads(fields["user"])
    except (KeyError, ValueError) as error:
        raise LaunchDataError("user is missing or not JSON") from error
    user_id = user.get("id") if isinstance(user, dict) else None
    if not isinstance(user_id, int) or isinstance(user_id, bool) or user_id <= 0:
        raise LaunchDataError("user has no id")
    language = user.get("language_code")
    return user_id, language if isinstance(language, str) else None
