"""Where a day's check-in stands, and which typed answer it waits for at each stage."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final


class Stage(StrEnum):
    """Where a day's check-in stands."""

    MOOD = "mood"
    LATER = "later"
    WORDS = "words"
    STEP = "step"
    OWN_STEP = "own_step"
    CHOSEN = "chosen"
    CLOSED = "closed"


class Pending(StrEnum):
    """Typed answers a check-in may be waiting for (stored on the person)."""

    WORDS = "checkin_words"
    OWN_STEP = "checkin_own_step"


# A check-in at these stages waits for typed text; anything else waits for a tap.
PENDING_BY_STAGE: Final[Mapping[str, Pending]] = MappingProxyType(
    {Stage.WORDS: Pending.WORDS, Stage.OWN_STEP: Pending.OWN_STEP}
)
