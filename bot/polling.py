"""Long polling that survives what would wedge it: an unreadable update, a 409 Conflict.

python-telegram-bot retries the same getUpdates offset for as long as one update in the batch
cannot be parsed, writing the raw batch (people's names and words) into the log each time; and
it reports a 409 Conflict as a failed handler, with a traceback, every second or so. This bot
skips the unreadable update by its update_id and names a conflict in one plain line.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from telegram import Update
from telegram.error import Conflict
from telegram.ext import Application, BaseRateLimiter, ExtBot
from telegram.request import BaseRequest

from scheduler.sending import seconds_of

# python-telegram-bot's "not given" marker, through its public name (the type is private).
DEFAULT_NONE: Any = BaseRequest.DEFAULT_NONE

log = logging.getLogger("smallsteps.polling")

AnyApplication = Application[Any, Any, Any, Any, Any, Any]

CONFLICT_CAUSE = "another process is polling with this token, or a webhook is set"
# While a conflict lasts, the warning is repeated this often: enough to see it goes on.
CONFLICT_REPEAT_SECONDS = 60.0
# The least wait before asking again after a 409, so a short poll never hammers Telegram.
CONFLICT_PAUSE_SECONDS = 1.0


class ConflictReport:
    """Says a conflict is going on: at once, then at most once every `repeat_seconds`."""

    def __init__(
        self,
        repeat_seconds: float = CONFLICT_REPEAT_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._repeat_seconds = repeat_seconds
        self._monotonic = monotonic
        self._last_said: float | None = None

    @property
    def ongoing(self) -> bool:
        """Whether a conflict has been reported and has not ended since."""
        return self._last_said is not None

    def conflict(self) -> bool:
        """Note one 409; True when it is time to say so."""
        now = self._monotonic()
        if self._last_said is not None and now - self._last_said < self._repeat_seconds:
            return False
        self._last_said = now
        return True

    def ended(self) -> None:
        """getUpdates answered again: the next conflict is news."""
        self._last_said = None


class PollingBot(ExtBot[None]):
    """The bot the Application polls with: getUpdates never stalls on one bad answer."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str,
        base_file_url: str,
        request: BaseRequest,
        get_updates_request: BaseRequest,
        rate_limiter: BaseRateLimiter[None] | None = None,
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            base_file_url=base_file_url,
            request=request,
            get_updates_request=get_updates_request,
            rate_limiter=rate_limiter,
        )
        self._updates_request = get_updates_request
        self._resume_at = 0  # the offset past the newest update skipped as unreadable
        self._conflicts = ConflictReport()

    async def get_updates(
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: float | dtm.timedelta | None = None,  # noqa: ASYNC109  (PTB's own signature)
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: Any = DEFAULT_NONE,
        write_timeout: Any = DEFAULT_NONE,
        connect_timeout: Any = DEFAULT_NONE,
        pool_timeout: Any = DEFAULT_NONE,
        api_kwargs: dict[str, Any] | None = None,
    ) -> tuple[Update, ...]:
        """getUpdates, parsing each update on its own; a 409 waits a poll and returns none."""
        # Bot.get_updates parses the batch as a whole, so one bad update fails all of them;
        # the call is made here instead, and each update parsed once, by itself.
        data: dict[str, Any] = {
            "timeout": timeout,
            "offset": self._past_skipped(offset),
            "limit": limit,
            "allowed_updates": allowed_updates,
        }
        poll_seconds = seconds_of(timeout)
        try:
            raw = await self._post(
                "getUpdates",
                data,
                read_timeout=self._poll_read_timeout(read_timeout, poll_seconds),
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
                api_kwargs=api_kwargs,
            )
        except Conflict:
            await self._wait_out_conflict(poll_seconds)
            return ()
        if self._conflicts.ongoing:
            self._conflicts.ended()
            log.info("getUpdates answers again; the conflict has ended")
        updates = tuple(update for item in raw if (update := self._readable(item)) is not None)
        for update in updates:
            self.insert_callback_data(update)
        return updates

    def _past_skipped(self, offset: int | None) -> int | None:
        """The offset to ask for: past any update skipped as unparsable, which confirms it."""
        # The Updater moves its offset past the last update it was given; a skipped update at
        # the end of a batch would otherwise be fetched (and skipped) again and again.
        return self._resume_at if self._resume_at > (offset or 0) else offset

    def _poll_read_timeout(self, read_timeout: Any, poll_seconds: float) -> float:
        """How long to wait for the answer: the transport's read timeout plus the long poll."""
        # As Bot.get_updates does: Telegram holds a long poll open for its whole timeout.
        given = self._updates_request.read_timeout if read_timeout is DEFAULT_NONE else read_timeout
        return float(given or 0) + poll_seconds

    def _readable(self, item: Any) -> Update | None:
        """The update, or None (and one warning naming only its update_id) if PTB can't parse it."""
        try:
            return Update.de_json(item, self)
        except Exception as error:
            # Only the id: the update's contents are someone's words and name.
            update_id = item.get("update_id") if isinstance(item, dict) else None
            if isinstance(update_id, int):
                self._resume_at = max(self._resume_at, update_id + 1)
            log.warning(
                "skipped an update python-telegram-bot cannot parse update_id=%s error=%s",
                update_id,
                type(error).__name__,
            )
            return None

    async def _wait_out_conflict(self, poll_seconds: float) -> None:
        """Say why getUpdates is refused (not on every retry), then wait as long as a poll."""
        if self._conflicts.conflict():
            log.warning(
                "getUpdates refused with 409 Conflict: %s; trying again every %.0f s",
                CONFLICT_CAUSE,
                max(poll_seconds, CONFLICT_PAUSE_SECONDS),
            )
        # Waiting here, rather than raising, keeps python-telegram-bot's retry loop from
        # logging a traceback each time; stopping the bot cancels this wait at once.
        await asyncio.sleep(max(poll_seconds, CONFLICT_PAUSE_SECONDS))


async def start_application(app: AnyApplication, *, poll_timeout: int) -> None:
    """Start as run_polling does (initialize, post_init, poll, start), in a running loop.

    For an application run alongside other work in one event loop (`smallsteps try`, the
    tests, the benchmarks), where run_polling would take over the loop and its signals.
    """
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=poll_timeout)
    await app.start()


async def stop_application(app: AnyApplication) -> None:
    """Stop as run_polling does on SIGTERM: polling, then the application, then shutdown."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
