# ruff: noqa: ASYNC109  (the helpers' public contract is an explicit `timeout=` keyword)
"""The tests' Bot API: the bundled server made fuller, with faults, statistics and people.

Typical use::

    async with FakeBotApi() as api:
        app = (
            ApplicationBuilder().token("123456:TEST").base_url(api.base_url)
            .base_file_url(api.base_file_url).request(stock_request())
            .get_updates_request(stock_request(1)).job_queue(None).build()
        )
        await start_application(app)  # testkit.app
        sam = api.person(user_id=1001, first_name="Sam")
        await sam.command("/start")
        welcome = await sam.expect_text("welcome")
        answer = await (await sam.press("Yes")).wait_answered()
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.localapi.errors import CONFLICT_POLL, ApiError
from bot.localapi.records import JsonDict
from testkit.fullapi import FullBotApi
from testkit.person import GroupChat, ScriptedPerson

SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})
"""Methods that post a message; these are the ones the rate limiter counts."""


@dataclass
class ApiCall:
    """One HTTP call the bot made to the fake API."""

    method: str
    params: JsonDict
    timestamp: float
    token: str
    chat_id: int | str | None = None
    status: int | None = None
    description: str | None = None
    result: Any = None

    @property
    def ok(self) -> bool:
        """Whether the call succeeded."""
        return self.status == 200


@dataclass
class FailureRule:
    """An injected failure for the next ``remaining`` calls of a method."""

    status: int
    description: str
    retry_after: int | None
    remaining: int


@dataclass
class Stats:
    """Counters describing how the bot used the API."""

    rate_limited: int = 0
    injected_failures: int = 0
    calls_by_method: Counter[str] = field(default_factory=Counter)
    errors_by_status: Counter[int] = field(default_factory=Counter)
    sends: int = 0

    @property
    def too_many_requests(self) -> int:
        """All 429 answers (rate limiter plus injected)."""
        return self.errors_by_status[429]


class BadGatewayError(ApiError):
    """What a proxy in front of Telegram answers when Telegram does not: an HTML 502."""

    def response(self) -> web.Response:
        """The proxy's HTML page."""
        body = "<html><head><title>502 Bad Gateway</title></head></html>"
        return web.Response(status=502, text=body, content_type="text/html")


def default_description(status: int, retry_after: int | None) -> str:
    """Telegram's usual description for an HTTP status."""
    return {
        400: "Bad Request: injected failure",
        401: "Unauthorized",
        403: "Forbidden: bot was blocked by the user",
        404: "Not Found",
        409: CONFLICT_POLL,
        429: f"Too Many Requests: retry after {retry_after}",
        500: "Internal Server Error",
        502: "Bad Gateway",
    }.get(status, f"Error {status}")


def chat_id_of(params: JsonDict) -> int | str | None:
    """The chat_id parameter of a call, as int when numeric."""
    value = params.get("chat_id")
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value if isinstance(value, int | str) else None


class FakeBotApi(FullBotApi):
    """The fuller Bot API, recording every call, with faults to inject and people to script."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.calls: list[ApiCall] = []
        self.internal_errors: list[Exception] = []
        self.stats = Stats()
        self._failures: defaultdict[str, deque[FailureRule]] = defaultdict(deque)
        self._delays: dict[str, float] = {}
        self._rate_per_second: int | None = None
        self._rate_per_chat: int | None = None
        self._rate_window: deque[float] = deque()
        self._chat_windows: defaultdict[int, deque[float]] = defaultdict(deque)
        self._send_times: list[float] = []

    # ------------------------------------------------------------------ people

    def person(
        self,
        user_id: int = 1001,
        first_name: str = "Sam",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        started: bool = False,
    ) -> ScriptedPerson:
        """A scripted person with a private chat (chat id = user id)."""
        user, chat = self.add_private_chat(
            user_id,
            first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
            started=started,
        )
        return ScriptedPerson(self, user, chat)

    def group(
        self, chat_id: int = -100123, title: str = "Friends", chat_type: str | None = None
    ) -> GroupChat:
        """A group chat handle; ids starting with -100 are supergroups by default."""
        return GroupChat(self, self.add_group(chat_id, title, chat_type))

    # ------------------------------------------------------------------ every call, recorded

    async def _call(self, method: str, params: JsonDict, token: str) -> Any:
        """Record the call; apply delays, injected faults and rate limits; then answer."""
        call = ApiCall(method, params, time.monotonic(), token, chat_id_of(params))
        self.calls.append(call)
        self.stats.calls_by_method[method] += 1
        self._notify()  # a call on its way is news too (a test may act while it is held)
        try:
            if (seconds := self._delays.get(method)) is not None:
                await asyncio.sleep(seconds)
            self._check_injected(method)
            self._check_rate(method, params)
            result = await super()._call(method, params, token)
        except ApiError as error:
            self._finish(call, error.status, error.description, None)
            raise
        except ConnectionResetError:
            self._finish(call, 499, "client closed the connection", None)
            raise
        except Exception as error:
            self._finish(call, 500, f"Internal Server Error: local API bug: {error!r}", None)
            raise
        if method in SEND_METHODS:
            self._record_send(params)
        self._finish(call, 200, None, result)
        return result

    def _finish(self, call: ApiCall, status: int, description: str | None, result: Any) -> None:
        """Complete a call record and wake waiters."""
        call.status, call.description, call.result = status, description, result
        if status != 200:
            self.stats.errors_by_status[status] += 1
        self._notify()

    def _internal_error(self, error: Exception) -> None:
        """Kept for the test to look at, not logged (tests read the bot's log)."""
        self.internal_errors.append(error)

    def calls_to(self, method: str) -> list[ApiCall]:
        """All recorded calls of one method (case-insensitive name)."""
        name = self._method_name(method)
        return [call for call in self.calls if call.method == name]

    def method_log(self) -> list[str]:
        """Compact list of ``method -> status`` strings, for assertion messages."""
        return [f"{call.method}->{call.status}" for call in self.calls]

    # ------------------------------------------------------------------ fault injection

    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int = 2,
        count: int = 1,
        description: str | None = None,
    ) -> None:
        """Make the next ``count`` calls of ``method`` (or ``"*"``) fail with ``status``."""
        name = "*" if method == "*" else self._method_name(method)
        after = retry_after if status == 429 else None
        text = description or default_description(status, after)
        self._failures[name].append(FailureRule(status, text, after, count))

    def delay(self, method: str, seconds: float | None) -> None:
        """Answer ``method`` only after ``seconds`` (None or 0 removes the delay)."""
        name = self._method_name(method)
        if seconds:
            self._delays[name] = seconds
        else:
            self._delays.pop(name, None)

    def rate_limit(self, per_second: int | None = 30, *, per_chat: int | None = None) -> None:
        """Enforce a sliding one-second window over send methods (None disables)."""
        self._rate_per_second = per_second
        self._rate_per_chat = per_chat
        self._rate_window.clear()
        self._chat_windows.clear()

    def _check_injected(self, method: str) -> None:
        """Raise the next injected failure for this method, if any."""
        rules = self._failures.get(method) or self._failures.get("*")
        if not rules:
            return
        rule = rules[0]
        rule.remaining -= 1
        if rule.remaining <= 0:
            rules.popleft()
        self.stats.injected_failures += 1
        error = BadGatewayError if rule.status == 502 else ApiError
        raise error(rule.status, rule.description, rule.retry_after)

    def _check_rate(self, method: str, params: JsonDict) -> None:
        """Answer 429 when a send would exceed the configured per-second limits."""
        if method not in SEND_METHODS:
            return
        now = time.monotonic()
        chat_id = chat_id_of(params)
        windows: list[tuple[deque[float], int | None]] = [
            (self._rate_window, self._rate_per_second)
        ]
        if isinstance(chat_id, int):
            windows.append((self._chat_windows[chat_id], self._rate_per_chat))
        for window, limit in windows:
            while window and now - window[0] >= 1.0:
                window.popleft()
            if limit is not None and len(window) >= limit:
                self.stats.rate_limited += 1
                raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)

    def _record_send(self, params: JsonDict) -> None:
        """Count a successful send for rate limiting and statistics."""
        now = time.monotonic()
        self._send_times.append(now)
        self._rate_window.append(now)
        chat_id = chat_id_of(params)
        if isinstance(chat_id, int):
            self._chat_windows[chat_id].append(now)
        self.stats.sends += 1

    # ------------------------------------------------------------------ statistics

    def peak_sends_per_second(self) -> int:
        """The largest number of successful sends within any one-second window."""
        times, peak, start = self._send_times, 0, 0
        for end, stamp in enumerate(times):
            while stamp - times[start] >= 1.0:
                start += 1
            peak = max(peak, end - start + 1)
        return peak

    def sends_per_second(self) -> dict[int, int]:
        """Histogram of successful sends per whole second since the first send."""
        if not self._send_times:
            return {}
        first = self._send_times[0]
        return dict(sorted(Counter(int(t - first) for t in self._send_times).items()))

    # ------------------------------------------------------------------ waiting

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Wait until ``predicate()`` is true (re-checked on every state change)."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            event = self._changed
            if predicate():
                return True
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[ApiCall], bool] | None = None,
        timeout: float = 5.0,
        since: int = 0,
    ) -> ApiCall:
        """Wait for a finished call of ``method`` (index >= ``since`` in ``calls``)."""
        name = self._method_name(method)

        def find() -> ApiCall | None:
            """The first matching finished call, if any."""
            for call in self.calls[since:]:
                finished = call.method == name and call.status is not None
                if finished and (predicate is None or predicate(call)):
                    return call
            return None

        if not await self.wait_until(lambda: find() is not None, timeout):
            raise AssertionError(f"no {name} call within {timeout}s; calls: {self.method_log()}")
        found = find()
        assert found is not None
        return found

    async def wait_delivered(self, update_id: int, timeout: float = 5.0) -> None:
        """Wait until the bot has fetched the update with getUpdates."""
        if not await self.wait_until(lambda: update_id in self.delivered_update_ids, timeout):
            raise AssertionError(f"update {update_id} was not fetched within {timeout}s")
