"""The `smallsteps` console script: run, migrate, try."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from bot.logs import configure_logging
from bot.settings import Settings
from storage.db import create_engine
from storage.migrate import upgrade_to_head

log = logging.getLogger("smallsteps")

EXIT_OK = 0
EXIT_CONFIG = 2

NO_TOKEN = (
    "smallsteps: SMALLSTEPS_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram "
    "(send /newbot), then set SMALLSTEPS_BOT_TOKEN to the token it gives you "
    "(in the environment or in a .env file)."
)


def _parser() -> argparse.ArgumentParser:
    """The command line: one subcommand per job."""
    parser = argparse.ArgumentParser(prog="smallsteps", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the bot (long polling)")
    run.add_argument("--webhook", action="store_true", help="receive updates by webhook")
    commands.add_parser("migrate", help="bring the database schema up to date")
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
    trial.add_argument("--database-url", help="use this database instead of the trial's own")
    trial.add_argument(
        "--data-dir", default="data", help="where the trial database and files live (./data)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for the console script; returns the process exit code."""
    arguments = _parser().parse_args(argv)
    # python-telegram-bot 22 reports periods as timedelta once opted in; we handle both.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"smallsteps: invalid setting: {error.errors()[0]['msg']}", file=sys.stderr)
        return EXIT_CONFIG
    secrets = [
        secret.get_secret_value()
        for secret in (settings.bot_token, settings.encryption_key, settings.webhook_secret)
        if secret
    ]
    configure_logging(settings.log_level, secrets)
    if arguments.command == "migrate":
        return _migrate(settings)
    if arguments.command == "try":
        return _try(settings, arguments)
    return _run(settings, webhook=arguments.webhook)


def _migrate(settings: Settings) -> int:
    """Apply every pending migration and exit."""

    async def migrate() -> None:
        engine = create_engine(settings.database_url, settings.encryption_key_value)
        try:
            await upgrade_to_head(engine)
        finally:
            await engine.dispose()

    asyncio.run(migrate())
    log.info("database is up to date")
    return EXIT_OK


def _try(settings: Settings, arguments: argparse.Namespace) -> int:
    """Chat with the real bot in this terminal, against the bundled local Bot API server."""
    from bot.trial import TrialOptions, run_trial  # Only `try` needs the local server.

    options = TrialOptions(
        data_dir=Path(arguments.data_dir),
        database_url=arguments.database_url,
        fresh=arguments.fresh,
        speed=arguments.clock,
    )
    return run_trial(settings, options)


def _run(settings: Settings, *, webhook: bool) -> int:
    """Run until SIGTERM or SIGINT, then stop cleanly."""
    from bot.app import build_application  # Importing telegram is only needed here.

    if settings.bot_token is None:
        print(NO_TOKEN, file=sys.stderr)
        return EXIT_CONFIG
    if not webhook:
        application = build_application(settings)
        application.run_polling(timeout=settings.poll_timeout_seconds, close_loop=False)
        return EXIT_OK
    if settings.webhook_problem or settings.webhook_secret is None:
        print(f"smallsteps: webhook mode needs more: {settings.webhook_problem}", file=sys.stderr)
        return EXIT_CONFIG
    application = build_application(settings, webhook=True)
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=settings.webhook_path.strip("/"),
        webhook_url=settings.full_webhook_url,
        secret_token=settings.webhook_secret.get_secret_value(),
        close_loop=False,
    )
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
