"""The one settings class: read from SMALLSTEPS_* environment variables and `.env`."""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from functools import cached_property
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.core.helplines import HelplinesFileError, Table, load_file
from storage.crypto import is_valid_key

# Telegram allows 1-256 characters; a short secret is guessable, and every place it appears in
# a log line is blanked out, so a one-letter secret would blank out that letter everywhere.
WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{16,256}")
# Telegram's tokens are the bot's id, a colon and (today) 35 characters of A-Z, a-z, 0-9, _ and -;
# no length is required after the colon, so that a local Bot API server may take short ones.
BOT_TOKEN = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")
EXAMPLE_TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"  # Telegram's own example
# The async driver smallsteps opens each database with, by the names SQLAlchemy knows it under.
ASYNC_DATABASE_FORMS = {
    "sqlite": "sqlite+aiosqlite:///path/to/smallsteps.db",
    "postgresql": "postgresql+asyncpg://user:password@host:5432/smallsteps",
    "postgres": "postgresql+asyncpg://user:password@host:5432/smallsteps",
}
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/smallsteps.db"
DEFAULT_TELEGRAM_BASE_URL = "https://api.telegram.org/bot"


class Settings(BaseSettings):
    """Everything an operator can set; every field is documented in README.md and .env.example."""

    model_config = SettingsConfigDict(
        env_prefix="SMALLSTEPS_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    bot_token: SecretStr | None = None
    database_url: str = DEFAULT_DATABASE_URL
    telegram_base_url: str = DEFAULT_TELEGRAM_BASE_URL
    telegram_base_file_url: str | None = None
    log_level: str = "INFO"
    delivery_grace_minutes: int = Field(default=120, ge=0, le=24 * 60)
    send_rate_per_second: int = Field(default=30, ge=1, le=1000)
    # Replies to one person: after a burst of three, this many a second (Telegram's per-chat
    # limit is about one); 0 turns the pace off, for a Bot API server without that limit.
    chat_messages_per_second: float = Field(default=1.0, ge=0, le=30)
    paid_broadcast: bool = False
    # Each person's nudges, evening questions and summaries come at their own stable offset of
    # up to this many minutes before or after the times they chose (within the same day), so a
    # time everyone keeps is spread over 2N + 1 minutes. 0 (off) by default.
    spread_minutes: int = Field(default=0, ge=0, le=60)
    # On PostgreSQL, how many instances send nudges at once, together within the rate above
    # (docs/benchmarks.md: how many cores a rate needs). SQLite always has one sender.
    senders: int = Field(default=1, ge=1, le=16)
    # Weekly charts are drawn in this many processes beside the bot's own; 0 draws them in a
    # thread of the bot's process. Unset: one fewer than the machine's cores (chart_pool.pool_size).
    chart_workers: int | None = Field(default=None, ge=0, le=32)
    claim_timeout_seconds: int = Field(default=120, ge=1, le=3600)
    # Finished deliveries are kept this long, then deleted once a day. A fortnight at least:
    # a weekly summary looks two weeks back to tell whether its week was summarised already.
    delivery_retention_days: int = Field(default=90, ge=14, le=36500)
    poll_timeout_seconds: int = Field(default=10, ge=0, le=60)
    encryption_key: SecretStr | None = None
    webhook_url: str | None = None
    webhook_path: str = "telegram"
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_secret: SecretStr | None = None
    health_port: int = Field(default=8081, ge=0, le=65535)
    # The Mini App (the year of moods, each day to fill in, the safety plan and settings, in a
    # page inside Telegram): the public https address Telegram opens, ending in /app; unset,
    # there is none.
    miniapp_url: str | None = None
    miniapp_listen: str = "0.0.0.0"
    miniapp_port: int = Field(default=8082, ge=1, le=65535)
    # An operator's own helplines file, in place of ours (bot/core/helplines.csv).
    helplines_file: Path | None = None

    @field_validator("miniapp_url")
    @classmethod
    def _miniapp_is_https(cls, value: str | None) -> str | None:
        """Telegram opens Mini Apps only at https:// addresses."""
        if value is not None and not value.startswith("https://"):
            raise ValueError(
                "SMALLSTEPS_MINIAPP_URL must be the public https:// address of the Mini App, "
                "like https://bot.example.org/app"
            )
        return value

    @field_validator("bot_token", "chart_workers", "miniapp_url", "helplines_file", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """An empty value (as in .env.example) is no value: no token, workers sized to the
        cores, no Mini App, our helplines."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        """Digits, a colon, then A-Z, a-z, 0-9, _ and -: a pasted quote or space is caught here."""
        if value is not None and not BOT_TOKEN.fullmatch(value.get_secret_value()):
            raise ValueError(
                "SMALLSTEPS_BOT_TOKEN is not a bot token: it is digits, a colon, then letters, "
                f"digits, _ and - (like {EXAMPLE_TOKEN}), without quotes or spaces; copy it "
                "again from @BotFather (/mybots, then API Token)"
            )
        return value

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        """The URL must name the async driver; never repeated, as it may hold a password."""
        scheme = value.partition(":")[0].lower()
        backend, _, driver = scheme.partition("+")
        if f"{backend}+{driver}" in ("sqlite+aiosqlite", "postgresql+asyncpg"):
            return value
        if backend in ASYNC_DATABASE_FORMS:
            raise ValueError(
                f"SMALLSTEPS_DATABASE_URL must name the async driver smallsteps uses: write it "
                f"as {ASYNC_DATABASE_FORMS[backend]}"
            )
        raise ValueError(
            "SMALLSTEPS_DATABASE_URL must start with sqlite+aiosqlite:/// (SQLite) or "
            "postgresql+asyncpg:// (PostgreSQL)"
        )

    @field_validator("telegram_base_url")
    @classmethod
    def _ends_with_bot(cls, value: str) -> str:
        """python-telegram-bot appends the token straight after it, so it must end in /bot."""
        if not value.endswith("/bot"):
            raise ValueError(
                "SMALLSTEPS_TELEGRAM_BASE_URL must end with /bot (the token is added right "
                f"after it), like the default {DEFAULT_TELEGRAM_BASE_URL}"
            )
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _telegram_secret(cls, value: SecretStr | None) -> SecretStr | None:
        """16-256 characters of A-Z, a-z, 0-9, _ and - (Telegram allows from 1)."""
        if value is None or not value.get_secret_value():
            return None
        if not WEBHOOK_SECRET.fullmatch(value.get_secret_value()):
            raise ValueError(
                "SMALLSTEPS_WEBHOOK_SECRET must be 16-256 characters of A-Z, a-z, 0-9, _ and -"
            )
        return value

    @property
    def webhook_problem(self) -> str | None:
        """What is missing for webhook mode, if anything."""
        if not self.webhook_url:
            return "set SMALLSTEPS_WEBHOOK_URL to the public https address of this bot"
        if self.webhook_secret is None:
            return "set SMALLSTEPS_WEBHOOK_SECRET (16-256 characters of A-Z, a-z, 0-9, _ and -)"
        if self.health_port == self.webhook_port:
            return "SMALLSTEPS_HEALTH_PORT must differ from SMALLSTEPS_WEBHOOK_PORT (or be 0: off)"
        return None

    @property
    def webhook_secret_value(self) -> str:
        """The webhook secret as plain text, for setWebhook and the check on each request."""
        return self.webhook_secret.get_secret_value() if self.webhook_secret else ""

    @property
    def full_webhook_url(self) -> str:
        """The address Telegram posts updates to."""
        return f"{(self.webhook_url or '').rstrip('/')}/{self.webhook_path.strip('/')}"

    @field_validator("encryption_key")
    @classmethod
    def _fernet_key(cls, value: SecretStr | None) -> SecretStr | None:
        """A key must be a Fernet key; an empty value means no encryption."""
        if value is None or not value.get_secret_value():
            return None
        if not is_valid_key(value.get_secret_value()):
            raise ValueError(
                "SMALLSTEPS_ENCRYPTION_KEY is not a Fernet key; make one with: python -c "
                '"from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
            )
        return value

    @property
    def encryption_key_value(self) -> str | None:
        """The encryption key as plain text, for the engine."""
        return self.encryption_key.get_secret_value() if self.encryption_key else None

    @field_validator("helplines_file")
    @classmethod
    def _helplines_file_checks_out(cls, value: Path | None) -> Path | None:
        """Read and check every row now, at start, not when someone in crisis needs them."""
        if value is not None:
            try:
                load_file(value)
            except HelplinesFileError as error:
                raise ValueError(f"SMALLSTEPS_HELPLINES_FILE: {error}") from None
        return value

    @cached_property
    def helplines(self) -> Table | None:
        """The operator's helplines in place of ours, or None to keep ours."""
        return load_file(self.helplines_file) if self.helplines_file else None

    @field_validator("log_level")
    @classmethod
    def _known_log_level(cls, value: str) -> str:
        """Accept only level names the logging module knows."""
        level = value.upper()
        if not isinstance(logging.getLevelName(level), int):
            raise ValueError(f"unknown log level {value!r}")
        return level

    @property
    def file_base_url(self) -> str:
        """Base URL for file downloads, derived from the API base URL unless set."""
        if self.telegram_base_file_url:
            return self.telegram_base_file_url
        if self.telegram_base_url.endswith("/bot"):
            return self.telegram_base_url[: -len("/bot")] + "/file/bot"
        return self.telegram_base_url

    @property
    def claim_timeout(self) -> timedelta:
        """How long an unfinished claim waits before another sender may retry it."""
        return timedelta(seconds=self.claim_timeout_seconds)

    @property
    def delivery_retention(self) -> timedelta:
        """How long a finished delivery's row is kept."""
        return timedelta(days=self.delivery_retention_days)

    @property
    def delivery_grace(self) -> timedelta:
        """How late a missed nudge may still be sent."""
        return timedelta(minutes=self.delivery_grace_minutes)
