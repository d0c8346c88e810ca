"""Run the real application against the local Bot API server, with a clock the test controls."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from bot.app import SmallStepsApp, build_application, delivery_loop_of, services_from
from bot.context import Services
from bot.settings import Settings
from scheduler.sending import SendResult
from testkit.app import start_application, stop_application
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from testkit.ports import free_port
from tests.conftest import missing_here
from tests.e2e.browser import CHROMIUM, MINIAPP_URL

TOKEN = "123456:TEST-token-never-logged"
SETTLE_TIMEOUT = 30.0  # generous for a loaded machine; settling is usually milliseconds
# Monday 23 November 2026, 06:00 UTC.
MONDAY_MORNING = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


@dataclass
class RunningBot:
    """A started application and what the test needs to steer it."""

    app: SmallStepsApp
    clock: FakeClock

    @property
    def services(self) -> Services:
        return services_from(self.app)

    async def deliver_due(self) -> list[SendResult]:
        """Run the scheduler's job once at the test clock's time, once handlers are done, and
        wait for the old buttons it leaves to come off (they go after the run, in the background).
        """
        await self.settled()
        loop = delivery_loop_of(self.app)
        results = await loop.run_once(self.clock())
        await loop.tidying.settled()
        return results

    async def settled(self) -> None:
        """Wait until every update fetched so far has been handled to its end.

        A handler may still write after its reply is out (/step attaches its message), so a
        test that goes on as soon as it sees the reply would race that write.
        """
        processor = self.app.update_processor
        async with asyncio.timeout(SETTLE_TIMEOUT):
            # python-telegram-bot signals nothing when its last handler returns, so: look again.
            while self.app.update_queue.qsize() or processor.current_concurrent_updates:  # noqa: ASYNC110
                await asyncio.sleep(0.005)


@pytest.fixture(autouse=True)
def _timedelta_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to PTB's timedelta periods, as the CLI does."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY_MORNING)


def settings_for(api: FakeBotApi, database_url: str, **overrides: Any) -> Settings:
    """The bot's settings against the local server. A scripted person answers in microseconds,
    faster than anyone types, so Telegram's per-chat pace is off unless a test turns it on."""
    settings: dict[str, Any] = {"poll_timeout_seconds": 1, "chat_messages_per_second": 0}
    return Settings(
        bot_token=SecretStr(TOKEN),
        database_url=database_url,
        telegram_base_url=api.base_url,
        telegram_base_file_url=api.base_file_url,
        **(settings | overrides),
    )


StartBot = Callable[..., Awaitable[RunningBot]]


@pytest.fixture
async def start_bot(
    api: FakeBotApi, database_url: str, clock: FakeClock
) -> AsyncIterator[StartBot]:
    """Start the real application (again, after a restart) on the test database."""
    running: list[RunningBot] = []

    async def start(**overrides: Any) -> RunningBot:
        app = build_application(settings_for(api, database_url, **overrides), clock=clock)
        await start_application(app)
        bot = RunningBot(app, clock)
        running.append(bot)
        return bot

    yield start
    for bot in running:
        if bot.app.running or (bot.app.updater and bot.app.updater.running):
            await stop_application(bot.app)


@pytest.fixture
async def bot(start_bot: StartBot) -> RunningBot:
    return await start_bot()


@pytest.fixture
def sam(api: FakeBotApi) -> ScriptedPerson:
    return api.person(user_id=1001, first_name="Sam")


async def onboard(person: ScriptedPerson, zone: str = "Europe/Berlin", at: str = "7:45") -> None:
    """/start, then type the timezone and the time; leaves the chat read to the end."""
    await person.command("/start")
    await person.expect_text("where in the world")
    await person.send(zone)
    await person.expect_text("when would you like")
    await person.send(at)
    await person.expect_text("all set")


@pytest.fixture
def chromium() -> str:
    """Debian's Chromium; checked outside the event loop."""
    if not Path(CHROMIUM).exists():
        missing_here("Debian's chromium is not installed", in_ci="CI installs it in .ci/run")
    return CHROMIUM


@pytest.fixture
async def browser(chromium: str) -> AsyncIterator[Any]:
    """Debian's Chromium, headless, driven by Playwright."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=chromium, headless=True, args=["--no-sandbox"]
        )
        try:
            yield launched
        finally:
            await launched.close()


@pytest.fixture
async def with_miniapp(start_bot: StartBot) -> tuple[RunningBot, int]:
    """The bot with its Mini App served on a free local port."""
    port = free_port()
    running = await start_bot(
        miniapp_url=MINIAPP_URL, miniapp_listen="127.0.0.1", miniapp_port=port
    )
    return running, port
