"""The small-step library (keys and energies; the words are in bot/texts/steps) and the rule
that suggests a few steps sized to today's mood."""

from __future__ import annotations

import random
from collections.abc import Sequence, Set
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum
from typing import Final

LOWEST_MOOD: Final = 1
HIGHEST_MOOD: Final = 5
MIDDLE_MOOD: Final = 3


class Energy(IntEnum):
    """How much energy a step asks of a person."""

    TINY = 1
    LOW = 2
    MEDIUM = 3


@dataclass(frozen=True)
class Step:
    """One small step as the rules see it: a stable key for storage, and its energy.

    Its words (what it asks, and its short button label) are in `bot.texts.steps`, by key.
    """

    key: str
    energy: Energy


def _steps(energy: Energy, keys: tuple[str, ...]) -> tuple[Step, ...]:
    """The library's steps of one energy, in the library's order."""
    return tuple(Step(key, energy) for key in keys)


_TINY_STEPS: Final = _steps(
    Energy.TINY,
    (
        "sip-water",
        "three-breaths",
        "one-word",
        "quiet-minutes",
        "stretch-in-bed",
        "one-song",
        "send-heart",
        "take-a-break",
        "what-do-i-need",
        "hand-on-heart",
        "notice-senses",
        "kind-sentence",
        "feet-on-floor",
        "soften-shoulders",
        "phone-down",
        "rest-on-purpose",
        "one-good-thing",
        "hand-cream",
        "say-no",
        "warm-photo",
    ),
)

_LOW_STEPS: Final = _steps(
    Energy.LOW,
    (
        "make-bed",
        "open-curtains",
        "water-before-coffee",
        "brush-teeth",
        "wash-face",
        "slow-tea",
        "step-outside",
        "open-window",
        "tidy-surface",
        "message-someone",
        "write-lines",
        "eat-something",
        "fresh-clothes",
        "three-dishes",
        "gentle-stretch",
        "ask-for-hug",
        "cancel-a-plan",
        "water-plant",
        "sit-in-sun",
        "read-pages",
        "reply-one",
        "music-on",
        "ready-for-tomorrow",
    ),
)

_MEDIUM_STEPS: Final = _steps(
    Energy.MEDIUM,
    (
        "short-walk",
        "shower",
        "laundry",
        "nourishing-meal",
        "walk-somewhere-green",
        "call-friend",
        "tidy-fifteen",
        "groceries",
        "clean-sheets",
        "move-twenty",
        "book-appointment",
        "ask-for-help",
        "meet-someone",
        "write-page",
        "one-paper",
        "make-something",
        "afternoon-sun-walk",
    ),
)

STEPS: Final[tuple[Step, ...]] = _TINY_STEPS + _LOW_STEPS + _MEDIUM_STEPS

_STEPS_BY_KEY: Final = {step.key: step for step in STEPS}


def step_by_key(key: str) -> Step | None:
    """Return the library step with this key, or None if there is none."""
    return _STEPS_BY_KEY.get(key)


@dataclass(frozen=True)
class _Mix:
    """Which energies a mood may be offered, and how many TINY steps at most (None: no limit)."""

    energies: frozenset[Energy]
    tiny_limit: int | None


_LOW_MOOD_MIX: Final = _Mix(frozenset({Energy.TINY}), tiny_limit=None)
_MIDDLE_MOOD_MIX: Final = _Mix(frozenset({Energy.TINY, Energy.LOW}), tiny_limit=None)
_GOOD_MOOD_MIX: Final = _Mix(frozenset({Energy.TINY, Energy.LOW, Energy.MEDIUM}), tiny_limit=1)


def _mix_for(mood: int | None) -> _Mix:
    """Return the energy mix for a mood from 1 (lowest) to 5; None counts as the middle."""
    level = MIDDLE_MOOD if mood is None else mood
    if not LOWEST_MOOD <= level <= HIGHEST_MOOD:
        raise ValueError(f"mood must be {LOWEST_MOOD}..{HIGHEST_MOOD} or None, not {mood!r}")
    if level < MIDDLE_MOOD:
        return _LOW_MOOD_MIX
    if level == MIDDLE_MOOD:
        return _MIDDLE_MOOD_MIX
    return _GOOD_MOOD_MIX


def _take(candidates: Sequence[Step], count: int, tiny_limit: int | None) -> list[Step]:
    """Take the first `count` candidates in order, skipping TINY steps beyond the limit."""
    chosen: list[Step] = []
    tiny_taken = 0
    for step in candidates:
        if len(chosen) >= count:
            break
        if step.energy is Energy.TINY:
            if tiny_limit is not None and tiny_taken >= tiny_limit:
                continue
            tiny_taken += 1
        chosen.append(step)
    return chosen


def suggest_steps(mood: int | None, avoid: Set[str], seed: int, count: int = 3) -> list[Step]:
    """Suggest `count` distinct steps sized to the mood, steering clear of keys in `avoid`.

    Mood 1-2 gets only TINY steps, 3 (or None) TINY and LOW, 4-5 LOW and MEDIUM with at most
    one TINY. Avoided steps are used only when there are not enough others. The result is
    the same for the same seed; fewer than `count` only if the library itself runs out.
    """
    mix = _mix_for(mood)
    pool = [step for step in STEPS if step.energy in mix.energies]
    random.Random(seed).shuffle(pool)
    fresh = [step for step in pool if step.key not in avoid]
    avoided = [step for step in pool if step.key in avoid]
    return _take(fresh + avoided, count, mix.tiny_limit)


def is_gentle_day(last_crisis_day: date | None, day: date) -> bool:
    """A day that begins gently: the day crisis language was written, or the day after it."""
    return last_crisis_day is not None and timedelta(0) <= day - last_crisis_day <= timedelta(1)
