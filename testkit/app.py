"""Starting and stopping an application for a test or a benchmark, and PTB's own transport."""

from __future__ import annotations

from telegram.request import HTTPXRequest

from bot import polling
from bot.polling import AnyApplication

POLL_SECONDS = 1
"""getUpdates' long-poll timeout against the local server: a stop never waits longer."""


async def start_application(app: AnyApplication) -> None:
    """Start the application as `smallsteps run` does, polling the local server."""
    await polling.start_application(app, poll_timeout=POLL_SECONDS)


async def stop_application(app: AnyApplication) -> None:
    """Stop the application as `smallsteps run` does on SIGTERM."""
    await polling.stop_application(app)


def stock_request(connections: int = 256) -> HTTPXRequest:
    """python-telegram-bot's own transport (httpx), reaching the local server directly.

    As shipped, httpx sends even loopback calls through any proxy the environment names (the
    suite names a dead one); told to ignore the environment, it talks straight to loopback.
    256 connections are what ApplicationBuilder gives it by default (1 for getUpdates).
    """
    return HTTPXRequest(connection_pool_size=connections, httpx_kwargs={"trust_env": False})
