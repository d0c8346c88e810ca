"""The `smallsteps` console script: run, migrate, copy-data, try."""

from __future__ import annotations

import argparse
import asyncio
import errno
import logging
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from bot.logs import configure_logging
from bot.settings import DEFAULT_DATABASE_URL, DEFAULT_TELEGRAM_BASE_URL, Settings
from storage.copy import Copied, CopyRefusedError, check_source, copy_data
from storage.db import create_engine
from storage.migrate import upgrade_to_head

log = logging.getLogger("smallsteps")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_CONFIG = 2
# Binding errors mean "change a setting or stop what holds the port", not "retry later".
LISTEN_ERRORS = {errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES}
DATABASE_SCHEMES = "sqlite+aiosqlite:/// or postgresql+asyncpg:// (the drivers installed)"

NO_TOKEN = (
    "smallsteps: SMALLSTEPS_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram "
    "(send /newbot), then set SMALLSTEPS_BOT_TOKEN to the token it gives you "
    "(in the environment or in a .env file)."
)
BAD_TOKEN = (
    "smallsteps: Telegram rejected SMALLSTEPS_BOT_TOKEN. Check it with @BotFather "
    "(/mybots, then API Token) and set it again."
)


def _parser() -> argparse.ArgumentParser:
    """The command line: one subcommand per job."""
    parser = argparse.ArgumentParser(prog="smallsteps", description=__doc__)
    parser.add_argument("--version", action="version", version=f"smallsteps {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the bot (long polling)")
    run.add_argument("--webhook", action="store_true", help="receive updates by webhook")
    commands.add_parser("migrate", help="bring the database schema up to date")
    copy = commands.add_parser(
        "copy-data", help="copy everything from another database into an empty one"
    )
    copy.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="URL",
        help="the database to copy from, e.g. sqlite+aiosqlite:///data/smallsteps.db",
    )
    trial = commands.add_parser(
        "try", help="chat with the real bot in this terminal (no token, no network)"
    )
    trial.add_argument("--fresh", action="store_true", help="start over with an empty chat")
    trial.add_argument(
        "--clock",
        type=float,
        default=1.0,
        metavar="SPEED",
        help="run the day SPEED times as fast (60: a simulated minute per second)",
    )
    trial.add_argument(
        "--start",
        type=_trial_start,
        metavar="WHEN",
        help="start the clock at WHEN, e.g. 2027-12-31T08:00 (UTC unless it names an offset)",
    )
    trial.add_argument("--database-url", help="use this database instead of the trial's own")
    trial.add_argument(
        "--data-dir", default="data", help="where the trial database and files live (./data)"
    )
    return parser


def _version() -> str:
    """The installed package's version, as pip knows it."""
    try:
        return version("smallsteps")
    except PackageNotFoundError:  # A plain checkout run as `python -m bot.cli`.
        return "unknown (not installed)"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for the console script; returns the process exit code."""
    arguments = _parser().parse_args(argv)
    # python-telegram-bot 22 reports periods as timedelta once opted in; we handle both.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    try:
        settings = _settings(arguments.command)
    except ValidationError as error:
        print(f"smallsteps: invalid setting: {_invalid_setting(error)}", file=sys.stderr)
        return EXIT_CONFIG
    secrets = [
        secret.get_secret_value()
        for secret in (settings.bot_token, settings.encryption_key, settings.webhook_secret)
        if secret
    ]
    configure_logging(settings.log_level, secrets)
    if arguments.command == "migrate":
        return _migrate(settings)
    if arguments.command == "copy-data":
        return _copy_data(settings, arguments.source)
    if arguments.command == "try":
        return _try(settings, arguments)
    return _run(settings, webhook=arguments.webhook)


def _settings(command: str) -> Settings:
    """The settings; those `try` replaces with its own are not read, so they cannot stop it."""
    if command == "try":
        return Settings(
            bot_token=None,
            database_url=DEFAULT_DATABASE_URL,
            telegram_base_url=DEFAULT_TELEGRAM_BASE_URL,
            telegram_base_file_url=None,
        )
    return Settings()


def _invalid_setting(error: ValidationError) -> str:
    """Name the environment variable at fault and say why, without echoing its value."""
    first = error.errors()[0]
    name = "SMALLSTEPS_" + "_".join(str(part) for part in first["loc"]).upper()
    reason = first["msg"].removeprefix("Value error, ")
    return reason if reason.startswith(name) else f"{name}: {reason}"


def _migrate(settings: Settings) -> int:
    """Apply every pending migration and exit."""

    async def migrate() -> None:
        engine = create_engine(settings.database_url, settings.encryption_key_value)
        try:
            await upgrade_to_head(engine)
        finally:
            await engine.dispose()

    try:
        asyncio.run(migrate())
    except Exception as error:
        return _stopped(error, settings, webhook=False)
    log.info("database is up to date")
    return EXIT_OK


def _copy_data(settings: Settings, source_url: str) -> int:
    """Copy every row from the database at `source_url` into SMALLSTEPS_DATABASE_URL's."""
    try:
        copied = asyncio.run(_copy(settings.database_url, source_url))
    except CopyRefusedError as refused:
        _say(str(refused), settings)
        return EXIT_CONFIG
    except _BadSourceError:  # Never echo the URL: it may have a password in it.
        _say(f"--from must start with {DATABASE_SCHEMES}", settings)
        return EXIT_CONFIG
    except (SQLAlchemyError, OSError) as error:
        if isinstance(error, ArgumentError):  # A SMALLSTEPS_DATABASE_URL smallsteps cannot open.
            return _stopped(error, settings, webhook=False)
        # Either side may be at fault.
        _say(f"could not copy the data, so nothing was copied: {_first_line(error)}", settings)
        return EXIT_FAILED
    except Exception as error:
        return _stopped(error, settings, webhook=False)
    print(copied.summary())
    return EXIT_OK


class _BadSourceError(Exception):
    """The --from URL is not one smallsteps can open."""


async def _copy(target_url: str, source_url: str) -> Copied:
    """Open both databases without a key, so values are carried across exactly as stored."""
    try:
        make_url(source_url)
    except ArgumentError as error:
        raise _BadSourceError from error
    check_source(source_url, target_url)
    try:
        source = create_engine(source_url)
    except (ArgumentError, ImportError) as error:
        raise _BadSourceError from error
    try:
        target = create_engine(target_url)
        try:
            return await copy_data(source, target)
        finally:
            await target.dispose()
    finally:
        await source.dispose()


def _try(settings: Settings, arguments: argparse.Namespace) -> int:
    """Chat with the real bot in this terminal, against the bundled local Bot API server."""
    from bot.trial import TrialOptions, run_trial  # Only `try` needs the local server.

    options = TrialOptions(
        data_dir=Path(arguments.data_dir),
        database_url=arguments.database_url,
        fresh=arguments.fresh,
        speed=arguments.clock,
        start=arguments.start,
    )
    return run_trial(settings, options)


def _trial_start(text: str) -> datetime:
    """The --start argument: an ISO date or date-time, UTC unless it names an offset."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; use a form like 2027-12-31 or 2027-12-31T08:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _run(settings: Settings, *, webhook: bool) -> int:
    """Run until SIGTERM or SIGINT, then stop cleanly."""
    from bot.app import build_application, close_connections  # Only here: they import telegram.
    from bot.transport import socks_refusal

    if settings.bot_token is None:
        print(NO_TOKEN, file=sys.stderr)
        return EXIT_CONFIG
    if webhook and settings.webhook_problem:
        print(f"smallsteps: webhook mode needs more: {settings.webhook_problem}", file=sys.stderr)
        return EXIT_CONFIG
    # aiohttp cannot use a SOCKS proxy: said once here rather than on every call to Telegram.
    refusal = socks_refusal(settings.telegram_base_url) or socks_refusal(settings.file_base_url)
    if refusal:
        print(f"smallsteps: {refusal}", file=sys.stderr)
        return EXIT_CONFIG
    application = None
    logging.getLogger("telegram.ext").addFilter(_start_failure_told_by_us)
    try:
        application = build_application(settings, webhook=webhook)
        if webhook:
            application.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=settings.webhook_path.strip("/"),
                webhook_url=settings.full_webhook_url,
                secret_token=settings.webhook_secret_value,
                close_loop=False,
            )
        else:
            application.run_polling(timeout=settings.poll_timeout_seconds, close_loop=False)
    except Exception as error:
        if application is not None:
            asyncio.get_event_loop().run_until_complete(close_connections(application))
        return _stopped(error, settings, webhook=webhook)
    return EXIT_OK


def _start_failure_told_by_us(record: logging.LogRecord) -> bool:
    """Drop python-telegram-bot's report of a failed start: _stopped says it in one line."""
    # Its bootstrap (getMe, deleteWebhook, setWebhook) logs the failure with its traceback and
    # then raises it to us; errors while running ("Polling Updates") are still logged.
    bootstrap_failed = record.getMessage().startswith("Network Retry Loop (Bootstrap")
    return not (bootstrap_failed and record.levelno >= logging.ERROR)


def _stopped(error: Exception, settings: Settings, *, webhook: bool) -> int:
    """Say in one line why start-up failed; the default traceback would print the token."""
    from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, TelegramError

    if isinstance(error, InvalidToken):
        print(BAD_TOKEN, file=sys.stderr)
        return EXIT_CONFIG
    if isinstance(error, BadRequest | Forbidden):
        _say(f"Telegram refused to start the bot: {error.message}", settings)
        return EXIT_CONFIG
    if isinstance(error, NetworkError):
        _say(f"could not reach Telegram: {error.message}", settings)
        return EXIT_FAILED
    if isinstance(error, TelegramError):
        _say(f"Telegram said: {error.message}", settings)
        return EXIT_FAILED
    if webhook and isinstance(error, OSError) and error.errno in LISTEN_ERRORS:
        _say(_cannot_listen(error, settings), settings)
        return EXIT_CONFIG
    if isinstance(error, ArgumentError | ImportError):  # Never echo the URL: it has a password.
        _say(f"SMALLSTEPS_DATABASE_URL must start with {DATABASE_SCHEMES}", settings)
        return EXIT_CONFIG
    if isinstance(error, SQLAlchemyError | OSError):
        _say(
            f"could not use the database (SMALLSTEPS_DATABASE_URL): {_first_line(error)}", settings
        )
        return EXIT_FAILED
    log.error("stopped on an unexpected error", exc_info=error)  # Redacted, unlike the default.
    return EXIT_FAILED


def _first_line(error: Exception) -> str:
    """The failure in the driver's words, first line only: the lines after can quote a row."""
    return str(getattr(error, "orig", None) or error).splitlines()[0]


def _cannot_listen(error: OSError, settings: Settings) -> str:
    """Which ports could not be opened, and which settings move them."""
    ports = f"port {settings.webhook_port} (webhook)"
    if settings.health_port:
        ports += f" or {settings.health_port} (health)"
    return (
        f"cannot listen on {settings.webhook_listen} {ports}: {error.strerror}; change "
        "SMALLSTEPS_WEBHOOK_PORT or SMALLSTEPS_HEALTH_PORT, or stop what holds the port"
    )


def _say(problem: str, settings: Settings) -> None:
    """One line on stderr, never with the token in it."""
    token = settings.bot_token.get_secret_value() if settings.bot_token else ""
    line = problem.replace(token, "[redacted]") if token else problem
    print(f"smallsteps: {line}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
