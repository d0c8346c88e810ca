"""Guided reflection: a library of questions (keys; their words: bot/texts/reflect) and the
rule that picks the next one."""

from __future__ import annotations

import random
from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import Final

LOW_MOOD_CEILING: Final = 2


# The question key stored with words sent as `/reflect <text>`, outside any guided question.
FREE_REFLECTION_KEY: Final = "free"


@dataclass(frozen=True)
class Question:
    """One reflection question as the rules see it: a stable key, and whether it is gentle.

    Its words are in `bot.texts.reflect`, by key.
    """

    key: str
    gentle: bool


# Questions that ask little and suit a heavy or low day.
_GENTLE_QUESTIONS: Final = tuple(
    Question(key, gentle=True)
    for key in (
        "need-right-now",
        "what-hurts",
        "heard-not-fixed",
        "three-words",
        "still-here",
        "kind-to-body",
        "small-comfort",
        "heaviest-thing",
        "feels-safe",
        "one-breath",
        "enough-today",
        "soft-place",
        "got-through",
        "friend-words",
        "permission-not-to",
        "one-true-thing",
        "words-to-hear",
        "gentle-moment",
    )
)

# Questions that ask a little more; kept for days with some ground underfoot.
_OPEN_QUESTIONS: Final = tuple(
    Question(key, gentle=False)
    for key in (
        "future-self",
        "quietly-proud",
        "little-better",
        "most-yourself",
        "gives-energy",
        "drains-energy",
        "enjoyed-today",
        "more-of",
        "less-of",
        "not-yours",
        "say-no",
        "ask-for-help",
        "old-belief",
        "allowed-messy",
        "since-you-began",
        "easier-morning",
        "waiting-permission",
        "thank-yourself",
        "underneath",
        "last-laugh",
        "fine-mask",
        "reach-out",
    )
)

QUESTIONS: Final[tuple[Question, ...]] = _GENTLE_QUESTIONS + _OPEN_QUESTIONS

_QUESTIONS_BY_KEY: Final = {question.key: question for question in QUESTIONS}


def question_by_key(key: str) -> Question | None:
    """Return the question with this key, or None if there is none."""
    return _QUESTIONS_BY_KEY.get(key)


def is_low_mood(mood: int | None) -> bool:
    """Tell whether a mood on the 1-5 scale is low (1 or 2)."""
    return mood is not None and mood <= LOW_MOOD_CEILING


def _pool_for(last_mood: int | None) -> tuple[Question, ...]:
    """The questions a mood may be offered: only gentle ones after a low mood."""
    if is_low_mood(last_mood):
        return _GENTLE_QUESTIONS
    return QUESTIONS


def _choose(candidates: Sequence[Question], seed: int) -> Question:
    """Choose one candidate, the same one for the same seed and candidates."""
    return random.Random(seed).choice(candidates)


def next_question(asked_recently: Set[str], last_mood: int | None, seed: int) -> Question:
    """Pick the next question, avoiding keys asked in the last 7 days and staying gentle if low.

    `asked_recently` holds the keys asked within the last 7 days. A question from it comes back
    only when every question in the pool has been asked. After a low mood (1-2) the pool is the
    gentle questions alone: when those are all used up, a gentle one repeats rather than a
    harder one arriving on a heavy day. The result is the same for the same inputs.
    """
    pool = _pool_for(last_mood)
    fresh = [question for question in pool if question.key not in asked_recently]
    return _choose(fresh or pool, seed)
