"""The small-step library and the rule that suggests a few steps sized to today's mood."""

from __future__ import annotations

import random
from collections.abc import Sequence, Set
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum
from typing import Final

LABEL_MAX_LENGTH: Final = 30
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
    """One small step: a stable key for storage, its words, a short button label, its energy."""

    key: str
    text: str
    label: str
    energy: Energy


_TINY_STEPS: Final = (
    Step("sip-water", "Take a few slow sips of water.", "Sip some water", Energy.TINY),
    Step(
        "three-breaths",
        "Take three slow breaths, a little longer out than in.",
        "Three slow breaths",
        Energy.TINY,
    ),
    Step("one-word", "Write down one word for how today feels.", "Write one word", Energy.TINY),
    Step(
        "quiet-minutes",
        "Sit quietly for five minutes. A busy mind is allowed to come along.",
        "Five quiet minutes",
        Energy.TINY,
    ),
    Step(
        "stretch-in-bed",
        "Stretch your arms and legs, right where you are.",
        "Stretch where you are",
        Energy.TINY,
    ),
    Step(
        "one-song",
        "Listen to one song you love, all the way through.",
        "Listen to one song",
        Energy.TINY,
    ),
    Step(
        "send-heart",
        "Send a small heart to someone you care about.",
        "Send someone a heart",
        Energy.TINY,
    ),
    Step(
        "take-a-break",
        "Tell yourself “I need a break”, then take one, no guilt attached.",
        "Take a real break",
        Energy.TINY,
    ),
    Step(
        "what-do-i-need",
        "Ask yourself gently: what do I need right now?",
        "Ask what you need",
        Energy.TINY,
    ),
    Step(
        "hand-on-heart",
        "Rest a hand on your chest and feel it rise and fall.",
        "Hand on your heart",
        Energy.TINY,
    ),
    Step(
        "notice-senses",
        "Notice one thing you can see, one you can hear, one you can feel.",
        "Notice three things",
        Energy.TINY,
    ),
    Step(
        "kind-sentence",
        "Say one kind sentence to yourself, the way you would to a friend.",
        "One kind sentence",
        Energy.TINY,
    ),
    Step(
        "feet-on-floor",
        "Sit up and rest your feet on the floor for a moment.",
        "Feet on the floor",
        Energy.TINY,
    ),
    Step(
        "soften-shoulders",
        "Unclench your jaw and let your shoulders drop.",
        "Let your shoulders drop",
        Energy.TINY,
    ),
    Step(
        "phone-down",
        "Put your phone face down for ten minutes.",
        "Phone down for 10 min",
        Energy.TINY,
    ),
    Step(
        "rest-on-purpose",
        "Wrap up in a blanket and rest on purpose, not by accident.",
        "Rest on purpose",
        Energy.TINY,
    ),
    Step(
        "one-good-thing",
        "Notice one small thing that was okay today.",
        "One thing that was okay",
        Energy.TINY,
    ),
    Step(
        "hand-cream", "Rub some cream into your hands, slowly.", "Cream on your hands", Energy.TINY
    ),
    Step(
        "say-no", "Say no to one thing you have no energy for.", "Say no to one thing", Energy.TINY
    ),
    Step(
        "warm-photo",
        "Look at a photo that makes you feel a little warmer.",
        "Look at a warm photo",
        Energy.TINY,
    ),
)

_LOW_STEPS: Final = (
    Step("make-bed", "Make your bed, even roughly.", "Make your bed", Energy.LOW),
    Step(
        "open-curtains",
        "Open the curtains and let the daylight in.",
        "Open the curtains",
        Energy.LOW,
    ),
    Step(
        "water-before-coffee",
        "Have a glass of water before your first coffee or tea.",
        "Water before coffee",
        Energy.LOW,
    ),
    Step("brush-teeth", "Brush your teeth. That counts.", "Brush your teeth", Energy.LOW),
    Step("wash-face", "Splash some cool water on your face.", "Wash your face", Energy.LOW),
    Step(
        "slow-tea",
        "Make a cup of tea and drink it slowly, while it's warm.",
        "A slow cup of tea",
        Energy.LOW,
    ),
    Step(
        "step-outside",
        "Step outside for a moment and feel the sun or the air on your skin.",
        "Step outside",
        Energy.LOW,
    ),
    Step("open-window", "Open a window and breathe some fresh air.", "Open a window", Energy.LOW),
    Step(
        "tidy-surface",
        "Clear one small surface: a shelf, a corner of the table.",
        "Tidy one small surface",
        Energy.LOW,
    ),
    Step(
        "message-someone",
        "Send a few words to someone you trust.",
        "Message someone you trust",
        Energy.LOW,
    ),
    Step(
        "write-lines",
        "Write a few lines about how you are. No need to make them good.",
        "Write a few lines",
        Energy.LOW,
    ),
    Step(
        "eat-something",
        "Eat something small: a piece of fruit, some toast, a few nuts.",
        "Eat a little something",
        Energy.LOW,
    ),
    Step(
        "fresh-clothes",
        "Change into clean, comfortable clothes.",
        "Put on fresh clothes",
        Energy.LOW,
    ),
    Step("three-dishes", "Wash three dishes. Just three.", "Wash three dishes", Energy.LOW),
    Step(
        "gentle-stretch",
        "Stretch gently for five minutes, nothing that hurts.",
        "Stretch for 5 minutes",
        Energy.LOW,
    ),
    Step("ask-for-hug", "Ask someone close for a hug.", "Ask for a hug", Energy.LOW),
    Step(
        "cancel-a-plan",
        "Cancel one plan your body is asking you to skip.",
        "Cancel one plan",
        Energy.LOW,
    ),
    Step(
        "water-plant", "Water a plant, or look after one living thing.", "Water a plant", Energy.LOW
    ),
    Step(
        "sit-in-sun",
        "Sit by a window or outside in the sunlight for ten minutes.",
        "Sit in the sunlight",
        Energy.LOW,
    ),
    Step("read-pages", "Read a few pages of something gentle.", "Read a few pages", Energy.LOW),
    Step(
        "reply-one", "Answer one message that has been waiting.", "Answer one message", Energy.LOW
    ),
    Step(
        "music-on",
        "Put on music you like and let it fill the room.",
        "Put some music on",
        Energy.LOW,
    ),
    Step(
        "ready-for-tomorrow",
        "Put a glass of water and tomorrow's clothes within reach.",
        "Get ready for tomorrow",
        Energy.LOW,
    ),
)

_MEDIUM_STEPS: Final = (
    Step(
        "short-walk",
        "Take a short walk, even just around the block.",
        "Take a short walk",
        Energy.MEDIUM,
    ),
    Step("shower", "Have a warm, unhurried shower.", "Take a shower", Energy.MEDIUM),
    Step(
        "laundry",
        "Do one load of laundry. Folding can wait.",
        "Do one load of laundry",
        Energy.MEDIUM,
    ),
    Step(
        "nourishing-meal",
        "Cook one nourishing meal. Simple is fine.",
        "Cook one nourishing meal",
        Energy.MEDIUM,
    ),
    Step(
        "walk-somewhere-green",
        "Walk somewhere green: a park, a street with trees.",
        "Walk somewhere green",
        Energy.MEDIUM,
    ),
    Step("call-friend", "Call a friend, even for five minutes.", "Call a friend", Energy.MEDIUM),
    Step(
        "tidy-fifteen",
        "Tidy one room for fifteen minutes, then stop.",
        "Tidy for 15 minutes",
        Energy.MEDIUM,
    ),
    Step(
        "groceries",
        "Buy a few groceries for the next couple of days.",
        "Buy a few groceries",
        Energy.MEDIUM,
    ),
    Step("clean-sheets", "Put clean sheets on your bed.", "Change your sheets", Energy.MEDIUM),
    Step(
        "move-twenty",
        "Move your body for twenty minutes: dance, yoga, a walk.",
        "Move for 20 minutes",
        Energy.MEDIUM,
    ),
    Step(
        "book-appointment",
        "Book one appointment you have been putting off.",
        "Book one appointment",
        Energy.MEDIUM,
    ),
    Step(
        "ask-for-help",
        "Ask someone for help with one thing.",
        "Ask for help with one thing",
        Energy.MEDIUM,
    ),
    Step(
        "meet-someone",
        "Meet someone you like for a coffee or a walk.",
        "Meet someone you like",
        Energy.MEDIUM,
    ),
    Step(
        "write-page",
        "Write one full page about whatever is on your mind.",
        "Write one full page",
        Energy.MEDIUM,
    ),
    Step(
        "one-paper",
        "Sort out one piece of paperwork or one bill.",
        "Sort one piece of paperwork",
        Energy.MEDIUM,
    ),
    Step(
        "make-something",
        "Spend twenty minutes making something: draw, bake, play.",
        "Make something",
        Energy.MEDIUM,
    ),
    Step(
        "afternoon-sun-walk",
        "Go for a walk in the late afternoon light.",
        "Walk in the afternoon sun",
        Energy.MEDIUM,
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
