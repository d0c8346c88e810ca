"""Feeling words to tap after the mood, offered for that mood (the words: bot/texts/checkin).

Pure rules: no telegram, no SQL, no words.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from bot.core.steps import MIDDLE_MOOD

# Feeling words to tap after the mood, chosen for it (their words: bot/texts/checkin.py). Keys
# only grow at the end: a button names a feeling by its place here.
FEELINGS: Final = (
    "tired", "sad", "anxious", "lonely", "overwhelmed", "hurt",
    "low", "worried", "flat", "tense", "restless", "okay",
    "calm", "unsure", "distracted", "content", "focused", "hopeful",
    "grateful", "rested", "happy", "energised", "proud", "light",
)  # fmt: skip
FEELINGS_FOR_MOOD: Final[Mapping[int, tuple[str, ...]]] = MappingProxyType(
    {
        1: ("tired", "sad", "anxious", "lonely", "overwhelmed", "hurt"),
        2: ("tired", "low", "worried", "lonely", "flat", "tense"),
        3: ("okay", "tired", "restless", "calm", "unsure", "distracted"),
        4: ("calm", "content", "focused", "hopeful", "grateful", "rested"),
        5: ("happy", "energised", "proud", "grateful", "light", "hopeful"),
    }
)
# At most this many feelings are tapped: three words, as typed.
MOST_FEELINGS: Final = 3


def feelings_for(mood: int | None) -> tuple[str, ...]:
    """The feeling words offered after a mood (the middle one's when there is none)."""
    return FEELINGS_FOR_MOOD.get(mood or MIDDLE_MOOD, FEELINGS_FOR_MOOD[MIDDLE_MOOD])
