"""The one way out for replies: what is waited out, retried or given up; one chat's pace."""

from __future__ import annotations

import datetime as dtm
import logging
from collections.abc import Sequence
from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.replies import REPLY, URGENT, ChatPace, ReplyLimiter, urgent
from testkit.clock import FakeClock

OK = {"ok": True}


def seconds(count: float) -> dtm.timedelta:
    """A retry_after, as python-telegram-bot 22 gives it once opted in (as the bot is)."""
    return dtm.timedelta(seconds=count)


class Telegram:
    """Answers each call with the next of `answers`: an error to raise, or success."""

    def __init__(self, answers: Sequence[Exception | None]) -> None:
        self.answers = list(answers)
        self.calls = 0

    async def __call__(self, *args: Any, **kwargs: Any) -> dict[str, bool]:
        self.calls += 1
        answer = self.answers.pop(0) if self.answers else None
        if answer is not None:
            raise answer
        return OK


class Waits:
    """A sleep that only writes down how long it was asked to wait."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)


async def call(
    answers: Sequence[Exception | None], endpoint: str = "sendMessage"
) -> tuple[Telegram, Waits, object]:
    """One call through a ReplyLimiter that never paces: what Telegram saw, waits, result."""
    telegram, waits = Telegram(answers), Waits()
    limiter = ReplyLimiter(None, sleep=waits)
    try:
        result: object = await limiter.process_request(
            telegram, (), {}, endpoint, {"chat_id": 7}, None
        )
    except Exception as error:
        result = error
    return telegram, waits, result


async def test_a_429_is_waited_out_and_the_reply_sent() -> None:
    telegram, waits, result = await call([RetryAfter(seconds(3)), RetryAfter(seconds(2))])

    assert (telegram.calls, waits.seconds, result) == (3, [3.0, 2.0], OK)


async def test_a_flood_longer_than_a_reply_may_wait_drops_it_at_once() -> None:
    telegram, waits, result = await call([RetryAfter(seconds(REPLY.flood_seconds + 1))])

    assert (telegram.calls, isinstance(result, RetryAfter)) == (1, True)
    assert waits.seconds == []


async def test_5xx_and_network_errors_are_retried_with_doubling_backoff() -> None:
    failures = [NetworkError("Internal Server Error (500)"), NetworkError("Bad Gateway")]

    telegram, waits, result = await call(failures)

    assert (telegram.calls, result) == (3, OK)
    assert waits.seconds == [0.5, 1.0]


async def test_an_ordinary_reply_gives_up_after_its_tries() -> None:
    telegram, _, result = await call([NetworkError("Bad Gateway")] * 50)

    assert (telegram.calls, isinstance(result, NetworkError)) == (REPLY.attempts, True)


async def test_a_timed_out_send_is_never_repeated() -> None:
    telegram, _, result = await call([TimedOut()])

    assert (telegram.calls, isinstance(result, TimedOut)) == (1, True)


@pytest.mark.parametrize("endpoint", ["editMessageText", "answerCallbackQuery", "setMyCommands"])
async def test_a_timed_out_call_that_changes_nothing_when_repeated_is_repeated(
    endpoint: str,
) -> None:
    telegram, _, result = await call([TimedOut()], endpoint)

    assert (telegram.calls, result) == (2, OK)


@pytest.mark.parametrize(
    "refusal", [BadRequest("Bad Request: chat not found"), Forbidden("Forbidden: bot was blocked")]
)
async def test_a_refusal_is_raised_at_once(refusal: Exception) -> None:
    telegram, _, result = await call([refusal])

    assert (telegram.calls, result) == (1, refusal)


async def test_a_crisis_answer_is_tried_longest_and_its_failure_is_an_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with urgent(), caplog.at_level(logging.WARNING):
        telegram, _, result = await call([NetworkError("Bad Gateway")] * 50)

    assert (telegram.calls, isinstance(result, NetworkError)) == (URGENT.attempts, True)
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors == ["a crisis answer could not be sent method=sendMessage error=NetworkError"]


async def test_a_crisis_answer_waits_out_a_flood_an_ordinary_reply_would_not() -> None:
    flood = seconds(REPLY.flood_seconds + 30)
    with urgent():
        telegram, _, result = await call([RetryAfter(flood)])

    assert (telegram.calls, result) == (2, OK)


async def test_urgency_ends_with_its_block() -> None:
    with urgent():
        pass
    telegram, _, _ = await call([NetworkError("Bad Gateway")] * 50)

    assert telegram.calls == REPLY.attempts


def test_a_chat_gets_a_short_burst_then_one_message_a_second() -> None:
    clock = FakeClock(seconds=100.0)
    pace = ChatPace(burst=3, per_second=1.0, clock=clock.monotonic)

    waits = [pace.wait_for(7) for _ in range(5)]
    other_chat = pace.wait_for(8)
    clock.advance(seconds=10)
    rested = pace.wait_for(7)

    assert (waits, other_chat, rested) == ([0.0, 0.0, 0.0, 1.0, 2.0], 0.0, 0.0)


async def test_new_messages_to_one_chat_wait_their_turn_but_edits_do_not() -> None:
    waits = Waits()
    limiter = ReplyLimiter(ChatPace(burst=1, per_second=1.0, clock=lambda: 0.0), sleep=waits)

    for endpoint in ("sendMessage", "sendPhoto", "editMessageText", "answerCallbackQuery"):
        await limiter.process_request(Telegram([]), (), {}, endpoint, {"chat_id": 7}, None)

    assert waits.seconds == [0.0, 1.0]
