"""Every word of /reflect: the guided question, its buttons, and the thanks for an answer.

Tuples hold variants; choose one with `bot.texts.checkin.pick(variants, seed)`. The question
itself comes from `bot.core.reflect`; `question_message` puts an intro line above it.
"""

from __future__ import annotations

from typing import Final

from bot.texts.checkin import pick

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


def question_message(question_text: str, seed: int, *, low_mood: bool = False) -> str:
    """The message that offers a question: an intro line, then the question on its own."""
    intro = pick(REFLECT_INTRO_LOW if low_mood else REFLECT_INTRO, seed)
    return f"{intro}\n\n{question_text}"
