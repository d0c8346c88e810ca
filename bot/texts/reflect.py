"""Every word of /reflect: the questions, their intro, buttons, and the thanks for an answer.

Tuples hold variants; choose one with `bot.texts.shape.pick(variants, seed)`. Which question
comes next is `bot.core.reflect`'s rule, by key; `question_text` puts a key into words, and
`question_message` puts an intro line above them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from bot.core.reflect import FREE_REFLECTION_KEY
from bot.texts.shape import pick

# Each question's words, by its key in `bot.core.reflect`; the gentle ones first.
QUESTION_TEXTS: Final[Mapping[str, str]] = {
    "need-right-now": "What do you need right now? Even something very small counts.",
    "what-hurts": "What hurts today? You can name it without having to fix it.",
    "heard-not-fixed": (
        "Is something in you asking to be heard rather than fixed? What would it say?"
    ),
    "three-words": "If today had three words, what would they be?",
    "still-here": "What moment lately reminded you that you're still here?",
    "kind-to-body": "What would feel kind to your body right now?",
    "small-comfort": "What is one small comfort within reach today?",
    "heaviest-thing": "What feels heaviest right now? Naming it is enough.",
    "feels-safe": "Who or what feels safe to you, even a little?",
    "one-breath": "Take one slow breath. What do you notice in your body?",
    "enough-today": "What would “enough” look like for today?",
    "soft-place": "Where could you land softly today? A room, a song, a person.",
    "got-through": "What did you get through recently that nobody else saw?",
    "friend-words": "If a friend felt the way you do, what would you tell them?",
    "permission-not-to": "What could you give yourself permission not to do today?",
    "one-true-thing": "What is one true thing about how you feel right now?",
    "words-to-hear": "What words do you wish someone would say to you today?",
    "gentle-moment": "When were you gentle with yourself lately, even for a second?",
    "future-self": "What small step would your future self thank you for?",
    "quietly-proud": "What are you quietly proud of, however small it seems?",
    "little-better": "What went a little better than you expected lately?",
    "most-yourself": "When in your day did you feel most like yourself?",
    "gives-energy": "What gives you a bit of energy lately, even a little?",
    "drains-energy": "What drains you, and could one piece of it wait?",
    "enjoyed-today": "What did you enjoy today: a taste, a sound, a bit of light?",
    "more-of": "What would you like a little more of in your days?",
    "less-of": "What would you like a little less of?",
    "not-yours": "Are you carrying something that isn't yours to carry?",
    "say-no": "Is there something you'd like to say no to?",
    "ask-for-help": "Who could you ask for a little help, and with what?",
    "old-belief": "Which old belief about yourself are you starting to question?",
    "allowed-messy": "Which part of your life is allowed to be messy for now?",
    "since-you-began": "What has changed, even slightly, since you began?",
    "easier-morning": "What could make tomorrow morning a little easier?",
    "waiting-permission": "What are you waiting for permission to do?",
    "thank-yourself": "What would you like to thank yourself for?",
    "underneath": "What matters to you, underneath everything else?",
    "last-laugh": "When did you last really laugh? What was it about?",
    "fine-mask": "Where are you still saying “I'm fine”? What is true there instead?",
    "reach-out": "Who have you been meaning to reach out to?",
}

# Kept as the question of words sent as `/reflect <text>`, outside any guided question.
FREE_QUESTION_TEXT: Final = "(free reflection)"

REFLECT_INTRO: Final[tuple[str, ...]] = (
    "Here's one question to sit with. 🌿 A word is enough, and so is a page.",
    "One question, no right answers. Write as much or as little as you like.",
    "Something to wonder about, if you'd like. Answer in your own time.",
    "A question for you. There's no need to get it right.",
    "Just one question. Answer it, or let it keep you company for a while.",
    "Here's a question. Whatever you write is kept for you.",
)

REFLECT_INTRO_LOW: Final[tuple[str, ...]] = (
    "A gentle question, if you feel like it. One word is plenty.",
    "Only if it helps: one small question. Skipping is fine too.",
    "No pressure at all. Here's a soft question to hold.",
)

ANOTHER_QUESTION: Final = "Another question"
DONE_FOR_NOW: Final = "Done for now"

ANSWER_ACK: Final[tuple[str, ...]] = (
    "Thank you. It's kept. 🌿",
    "Thank you for putting that into words.",
    "Kept, just as you wrote it.",
    "Thank you for sitting with that.",
    "That's written down and kept for you.",
    "Thank you. Those words matter.",
)

REFLECT_CLOSING: Final[tuple[str, ...]] = (
    "That's enough for now. 🌿 /reflect is here whenever you want another.",
    "Thank you for taking this time. Come back to /reflect whenever you like.",
    "Let's leave it there. Your words are kept, and /reflect is always here.",
    "Good place to pause. Be gentle with yourself for the rest of the day.",
)

FREE_REFLECTION_ACK: Final[tuple[str, ...]] = (
    "Kept as a reflection. 🌿 Thank you for writing it.",
    "Thank you. That's kept with your reflections.",
    "Written down and kept with your reflections.",
    "Kept. Thank you for giving it some words.",
)

STALE_QUESTION: Final = (
    "That question is from earlier, so nothing changed. /reflect offers a fresh one."
)


def question_message(question: str, seed: int, *, low_mood: bool = False) -> str:
    """The message that offers a question: an intro line, then the question on its own."""
    intro = pick(REFLECT_INTRO_LOW if low_mood else REFLECT_INTRO, seed)
    return f"{intro}\n\n{question}"


def question_text(key: str) -> str:
    """The words of the question with this key, as shown and as kept with the answer."""
    if key == FREE_REFLECTION_KEY:
        return FREE_QUESTION_TEXT
    return QUESTION_TEXTS[key]
