"""Guided reflection: a library of gentle questions and the rule that picks the next one."""

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
    """One reflection question: a stable key for storage, its words, and whether it is gentle."""

    key: str
    text: str
    gentle: bool


def _gentle(key: str, text: str) -> Question:
    """A question that asks little and suits a heavy or low day."""
    return Question(key, text, gentle=True)


def _open(key: str, text: str) -> Question:
    """A question that asks a little more; kept for days with some ground underfoot."""
    return Question(key, text, gentle=False)


_GENTLE_QUESTIONS: Final = (
    _gentle("need-right-now", "What do you need right now? Even something very small counts."),
    _gentle("what-hurts", "What hurts today? You can name it without having to fix it."),
    _gentle(
        "heard-not-fixed",
        "Is something in you asking to be heard rather than fixed? What would it say?",
    ),
    _gentle("three-words", "If today had three words, what would they be?"),
    _gentle("still-here", "What moment lately reminded you that you're still here?"),
    _gentle("kind-to-body", "What would feel kind to your body right now?"),
    _gentle("small-comfort", "What is one small comfort within reach today?"),
    _gentle("heaviest-thing", "What feels heaviest right now? Naming it is enough."),
    _gentle("feels-safe", "Who or what feels safe to you, even a little?"),
    _gentle("one-breath", "Take one slow breath. What do you notice in your body?"),
    _gentle("enough-today", "What would “enough” look like for today?"),
    _gentle("soft-place", "Where could you land softly today? A room, a song, a person."),
    _gentle("got-through", "What did you get through recently that nobody else saw?"),
    _gentle("friend-words", "If a friend felt the way you do, what would you tell them?"),
    _gentle("permission-not-to", "What could you give yourself permission not to do today?"),
    _gentle("one-true-thing", "What is one true thing about how you feel right now?"),
    _gentle("words-to-hear", "What words do you wish someone would say to you today?"),
    _gentle("gentle-moment", "When were you gentle with yourself lately, even for a second?"),
)

_OPEN_QUESTIONS: Final = (
    _open("future-self", "What small step would your future self thank you for?"),
    _open("quietly-proud", "What are you quietly proud of, however small it seems?"),
    _open("little-better", "What went a little better than you expected lately?"),
    _open("most-yourself", "When in your day did you feel most like yourself?"),
    _open("gives-energy", "What gives you a bit of energy lately, even a little?"),
    _open("drains-energy", "What drains you, and could one piece of it wait?"),
    _open("enjoyed-today", "What did you enjoy today: a taste, a sound, a bit of light?"),
    _open("more-of", "What would you like a little more of in your days?"),
    _open("less-of", "What would you like a little less of?"),
    _open("not-yours", "Are you carrying something that isn't yours to carry?"),
    _open("say-no", "Is there something you'd like to say no to?"),
    _open("ask-for-help", "Who could you ask for a little help, and with what?"),
    _open("old-belief", "Which old belief about yourself are you starting to question?"),
    _open("allowed-messy", "Which part of your life is allowed to be messy for now?"),
    _open("since-you-began", "What has changed, even slightly, since you began?"),
    _open("easier-morning", "What could make tomorrow morning a little easier?"),
    _open("waiting-permission", "What are you waiting for permission to do?"),
    _open("thank-yourself", "What would you like to thank yourself for?"),
    _open("underneath", "What matters to you, underneath everything else?"),
    _open("last-laugh", "When did you last really laugh? What was it about?"),
    _open("fine-mask", "Where are you still saying “I'm fine”? What is true there instead?"),
    _open("reach-out", "Who have you been meaning to reach out to?"),
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
