"""What one send is and what became of it: plain types any layer may use, no telegram."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

Sleep = Callable[[float], Awaitable[None]]


class SendStatus(StrEnum):
    """What became of one delivery."""

    SENT = "sent"
    MAYBE_SENT = "maybe_sent"
    BLOCKED = "blocked"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class SendResult:
    """The status of a send, and the message it created, if any."""

    status: SendStatus
    message_id: int | None = None


# A prepared send: makes exactly one Bot API call each time it is awaited.
Request = Callable[[], Awaitable[SendResult]]


class WithdrawnError(Exception):
    """Raised by a request, before its call, that is no longer its sender's to make."""


def seconds_of(period: timedelta | float | None) -> float:
    """A period in seconds, as python-telegram-bot gives it: timedelta, number or None (none)."""
    if isinstance(period, timedelta):
        return period.total_seconds()
    return float(period or 0)
