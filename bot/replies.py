"""One way out for everything the bot says in answer to a person: the discipline nudges have.

Every reply, edit, photo, document and callback answer the Application's bot makes passes
through `ReplyLimiter` (python-telegram-bot's rate-limiter hook, which sees every call but
getUpdates). There:

- a 429 is waited out (its `retry_after`) and the call made again, for at most
  `Patience.flood_seconds` in all; beyond that the call fails with the RetryAfter, and the
  error handler drops the reply with a WARNING (never an apology inside the flood window);
- a 5xx or a network error is retried with backoff, `Patience.attempts` times in all;
- a timed-out send is never repeated (Telegram may have delivered it); an edit, a callback
  answer or a settings call, which change nothing when repeated, is retried like a 5xx;
- every other answer (400, 403) is raised as it is, at once;
- a new message in a chat waits its turn so that one chat never gets more than
  `CHAT_BURST` at once or, after that, more than one a second (Telegram's per-chat limit).

A crisis answer is sent under `urgent()`: it is retried longest, and if it still cannot be sent
the failure is logged as an ERROR that an operator's alerting can catch.

Replies stay outside the nudges' rate budget (scheduler/dispatcher.py), which has its own bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

from scheduler.sending import Sleep, seconds_of

log = logging.getLogger("smallsteps.replies")

Result = bool | dict[str, Any] | list[dict[str, Any]]

# Calls that create a message: repeating one after a timeout could say it twice.
SENDS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendVoice",
        "sendAudio",
        "sendVideo",
        "sendAnimation",
        "sendVideoNote",
        "sendSticker",
        "sendLocation",
        "sendContact",
        "sendMediaGroup",
        "copyMessage",
        "forwardMessage",
    }
)
# Telegram lets a chat have a short burst of messages, then about one a second.
CHAT_BURST = 3
CHAT_MESSAGES_PER_SECOND = 1.0


def is_passing_fault(error: BaseException) -> bool:
    """A 429, 5xx, timeout or lost connection: Telegram's bad moment, not a refusal or our bug."""
    # python-telegram-bot makes a 400 (BadRequest) a NetworkError too; it is a refusal.
    return isinstance(error, RetryAfter | NetworkError) and not isinstance(error, BadRequest)


@dataclass(frozen=True)
class Patience:
    """How long one call may be tried before it is given up."""

    attempts: int  # tries in all, for 5xx and network errors
    flood_seconds: float  # waiting out 429s, in all
    first_backoff: float = 0.5
    longest_backoff: float = 8.0

    def backoff(self, failures: int) -> float:
        """The wait after the `failures`-th failed try: doubling, up to `longest_backoff`."""
        return float(min(self.first_backoff * 2 ** (failures - 1), self.longest_backoff))


# An ordinary reply: about 8 s of retries, and a minute of flood waits, then it is dropped.
REPLY = Patience(attempts=5, flood_seconds=60.0)
# A crisis answer is the last message that may be lost: about 2 minutes of retries, and as long
# as Telegram asks for in 429s up to 5 minutes.
URGENT = Patience(attempts=16, flood_seconds=300.0)

_patience: contextvars.ContextVar[Patience] = contextvars.ContextVar("patience", default=REPLY)


@contextlib.contextmanager
def urgent() -> Iterator[None]:
    """Within this block, this task's replies are tried with the crisis answer's patience."""
    token = _patience.set(URGENT)
    try:
        yield
    finally:
        _patience.reset(token)


class ChatPace:
    """Per chat, a burst of `burst` messages, then one every `1/per_second` seconds."""

    def __init__(
        self,
        burst: int = CHAT_BURST,
        per_second: float = CHAT_MESSAGES_PER_SECOND,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._burst = burst
        self._spacing = 1.0 / per_second
        self._clock = clock
        # chat id -> the moment its bucket is full again (a "virtual" time, as in GCRA).
        self._full_at: dict[int | str, float] = {}

    def wait_for(self, chat_id: int | str) -> float:
        """Take a turn for one message in the chat; how long to wait before sending it."""
        now = self._clock()
        full_at = max(self._full_at.get(chat_id, now), now)
        wait = max(0.0, full_at - now - (self._burst - 1) * self._spacing)
        self._full_at[chat_id] = full_at + self._spacing
        self._forget_idle(now)
        return wait

    def _forget_idle(self, now: float) -> None:
        """Drop chats whose bucket is full again, so the map stays as small as the busy chats."""
        if len(self._full_at) > 1024:
            self._full_at = {chat: at for chat, at in self._full_at.items() if at > now}


# Calls that answer a person, as the operator's reply counts see them (not start-up calls,
# polling or file downloads).
ANSWERS = SENDS | {
    "editMessageText",
    "editMessageReplyMarkup",
    "editMessageCaption",
    "answerCallbackQuery",
    "deleteMessage",
}


def _outcome_of(error: BaseException) -> str:
    """How a call that raised ended, for the operator's count."""
    if isinstance(error, RetryAfter):
        return "rate_limited"
    if isinstance(error, BadRequest | Forbidden):
        return "refused"
    return "failed"


class ReplyLimiter(BaseRateLimiter[None]):
    """python-telegram-bot's hook on every call the bot makes: the discipline above."""

    def __init__(
        self,
        pace: ChatPace | None,
        sleep: Sleep = asyncio.sleep,
        counted: Callable[[str], None] = lambda _outcome: None,
    ) -> None:
        self._pace = pace  # None: no per-chat pace (a Bot API server without Telegram's limit)
        self._sleep = sleep
        # Told how each call answering a person ended: sent, refused, rate_limited or failed.
        self._counted = counted

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> Result:
        """Make the call, waiting out 429s and retrying what may be retried."""
        patience = _patience.get()
        chat_id = data.get("chat_id") if endpoint in SENDS else None
        try:
            result = await self._tried(
                partial(callback, *args, **kwargs), endpoint, chat_id, patience
            )
        except Exception as error:
            if endpoint in ANSWERS:
                self._counted(_outcome_of(error))
            if patience is URGENT:
                log.error(
                    "a crisis answer could not be sent method=%s error=%s",
                    endpoint,
                    type(error).__name__,
                )
            raise
        if endpoint in ANSWERS:
            self._counted("sent")
        return result

    async def _tried(
        self,
        call: Callable[[], Coroutine[Any, Any, Result]],
        endpoint: str,
        chat_id: int | str | None,
        patience: Patience,
    ) -> Result:
        """The call, tried as `patience` allows; a new message waits its turn in `chat_id`."""
        failures, flood_waited = 0, 0.0
        while True:
            if chat_id is not None and self._pace is not None:
                await self._sleep(self._pace.wait_for(chat_id))
            try:
                return await call()
            except RetryAfter as error:
                wait = seconds_of(error.retry_after)
                if flood_waited + wait > patience.flood_seconds:
                    raise  # dropped: whoever made the call says so, once (the error handler)
                flood_waited += wait
                log.warning("rate limited on a reply retry_after=%s method=%s", wait, endpoint)
                await self._sleep(wait)
            except BadRequest:
                raise  # python-telegram-bot makes it a NetworkError; it is a refusal, not a hiccup
            except TimedOut as timed_out:
                if endpoint in SENDS:
                    raise  # Telegram may have it: a second try could say it twice.
                failures = await self._backed_off(timed_out, failures, patience)
            except NetworkError as error:  # 5xx, a proxy's 502, a dropped connection
                failures = await self._backed_off(error, failures, patience)

    async def _backed_off(self, error: NetworkError, failures: int, patience: Patience) -> int:
        """Count one more failed try and wait before the next; raise `error` when none is left."""
        failures += 1
        if failures >= patience.attempts:
            raise error  # whoever made the call says so, once (the error handler, the CLI)
        await self._sleep(patience.backoff(failures))
        return failures
