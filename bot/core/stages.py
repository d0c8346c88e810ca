"""Where a day's check-in stands, and which typed answer it waits for at each stage."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from bot.core.conversation import Topic


class Stage(StrEnum):
    """Where a day's check-in stands."""

    MOOD = "mood"
    LATER = "later"
    WORDS = "words"
    STEP = "step"
    OWN_STEP = "own_step"
    CHOSEN = "chosen"
    CLOSED = "closed"


# A check-in at these stages waits on the person (a tap or typed words); the others have
# nothing left to ask.
ASKING_STAGES: Final = frozenset({Stage.MOOD, Stage.WORDS, Stage.STEP, Stage.OWN_STEP})
# A check-in at these stages waits for typed text; anything else waits for a tap.
TYPED_TOPIC_BY_STAGE: Final[Mapping[str, Topic]] = MappingProxyType(
    {Stage.WORDS: Topic.CHECKIN_WORDS, Stage.OWN_STEP: Topic.CHECKIN_OWN_STEP}
)

# A check-in at these stages has nothing left to ask: its answers can still be changed that day.
DONE_STAGES: Final = frozenset({Stage.CHOSEN, Stage.CLOSED})


class Answer(StrEnum):
    """An answer of a finished day that can be changed (the value is its code in button data)."""

    MOOD = "m"
    WORDS = "w"
    STEP = "s"


# Where changing an answer takes the check-in: the stage that asks it again.
STAGE_TO_CHANGE: Final[Mapping[Answer, Stage]] = MappingProxyType(
    {Answer.MOOD: Stage.MOOD, Answer.WORDS: Stage.WORDS, Answer.STEP: Stage.STEP}
)
