"""Every word of /reflect: the questions, their intro, buttons, and the thanks for an answer.

Tuples hold variants; choose one with `bot.texts.shape.pick(variants, seed)`. Which question
comes next is `bot.core.reflect`'s rule, by key; `question_text` puts a key into words, and
`question_message` puts an intro line above them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from bot.core.languages import Language
from bot.core.reflect import FREE_REFLECTION_KEY
from bot.texts.catalog import N_, Msg, Translator, translator

# Each question's words, by its key in `bot.core.reflect`; the gentle ones first.
QUESTION_TEXTS: Final[Mapping[str, Msg]] = {
    "need-right-now": N_("What do you need right now? Even something very small counts."),
    "what-hurts": N_("What hurts today? You can name it without having to fix it."),
    "heard-not-fixed": (
        N_("Is something in you asking to be heard rather than fixed? What would it say?")
    ),
    "three-words": N_("If today had three words, what would they be?"),
    "still-here": N_("What moment lately reminded you that you're still here?"),
    "kind-to-body": N_("What would feel kind to your body right now?"),
    "small-comfort": N_("What is one small comfort within reach today?"),
    "heaviest-thing": N_("What feels heaviest right now? Naming it is enough."),
    "feels-safe": N_("Who or what feels safe to you, even a little?"),
    "one-breath": N_("Take one slow breath. What do you notice in your body?"),
    "enough-today": N_("What would “enough” look like for today?"),
    "soft-place": N_("Where could you land softly today? A room, a song, a person."),
    "got-through": N_("What did you get through recently that nobody else saw?"),
    "friend-words": N_("If a friend felt the way you do, what would you tell them?"),
    "permission-not-to": N_("What could you give yourself permission not to do today?"),
    "one-true-thing": N_("What is one true thing about how you feel right now?"),
    "words-to-hear": N_("What words do you wish someone would say to you today?"),
    "gentle-moment": N_("When were you gentle with yourself lately, even for a second?"),
    "future-self": N_("What small step would your future self thank you for?"),
    "quietly-proud": N_("What are you quietly proud of, however small it seems?"),
    "little-better": N_("What went a little better than you expected lately?"),
    "most-yourself": N_("When in your day did you feel most like yourself?"),
    "gives-energy": N_("What gives you a bit of energy lately, even a little?"),
    "drains-energy": N_("What drains you, and could one piece of it wait?"),
    "enjoyed-today": N_("What did you enjoy today: a taste, a sound, a bit of light?"),
    "more-of": N_("What would you like a little more of in your days?"),
    "less-of": N_("What would you like a little less of?"),
    "not-yours": N_("Are you carrying something that isn't yours to carry?"),
    "say-no": N_("Is there something you'd like to say no to?"),
    "ask-for-help": N_("Who could you ask for a little help, and with what?"),
    "old-belief": N_("Which old belief about yourself are you starting to question?"),
    "allowed-messy": N_("Which part of your life is allowed to be messy for now?"),
    "since-you-began": N_("What has changed, even slightly, since you began?"),
    "easier-morning": N_("What could make tomorrow morning a little easier?"),
    "waiting-permission": N_("What are you waiting for permission to do?"),
    "thank-yourself": N_("What would you like to thank yourself for?"),
    "underneath": N_("What matters to you, underneath everything else?"),
    "last-laugh": N_("When did you last really laugh? What was it about?"),
    "fine-mask": N_("Where are you still saying “I'm fine”? What is true there instead?"),
    "reach-out": N_("Who have you been meaning to reach out to?"),
}

# Kept as the question of words sent as `/reflect <text>`, outside any guided question.
FREE_QUESTION_TEXT: Final = N_("(free reflection)")

REFLECT_INTRO: Final[tuple[Msg, ...]] = (
    N_("Here's one question to sit with. 🌿 A word is enough, and so is a page."),
    N_("One question, no right answers. Write as much or as little as you like."),
    N_("Something to wonder about, if you'd like. Answer in your own time."),
    N_("A question for you. There's no need to get it right."),
    N_("Just one question. Answer it, or let it keep you company for a while."),
    N_("Here's a question. Whatever you write is kept for you."),
)

REFLECT_INTRO_LOW: Final[tuple[Msg, ...]] = (
    N_("A gentle question, if you feel like it. One word is plenty."),
    N_("Only if it helps: one small question. Skipping is fine too."),
    N_("No pressure at all. Here's a soft question to hold."),
)

ANOTHER_QUESTION: Final = N_("Another question")
DONE_FOR_NOW: Final = N_("Done for now")

ANSWER_ACK: Final[tuple[Msg, ...]] = (
    N_("Thank you. It's kept. 🌿"),
    N_("Thank you for putting that into words."),
    N_("Kept, just as you wrote it."),
    N_("Thank you for sitting with that."),
    N_("That's written down and kept for you."),
    N_("Thank you. Those words matter."),
)

REFLECT_CLOSING: Final[tuple[Msg, ...]] = (
    N_("That's enough for now. 🌿 /reflect is here whenever you want another."),
    N_("Thank you for taking this time. Come back to /reflect whenever you like."),
    N_("Let's leave it there. Your words are kept, and /reflect is always here."),
    N_("Good place to pause. Be gentle with yourself for the rest of the day."),
)

FREE_REFLECTION_ACK: Final[tuple[Msg, ...]] = (
    N_("Kept as a reflection. 🌿 Thank you for writing it."),
    N_("Thank you. That's kept with your reflections."),
    N_("Written down and kept with your reflections."),
    N_("Kept. Thank you for giving it some words."),
)

STALE_QUESTION: Final = N_(
    "That question is from earlier, so nothing changed. /reflect offers a fresh one."
)


def question_message(tr: Translator, key: str, seed: int, *, low_mood: bool = False) -> str:
    """The message that offers a question: an intro line, then the question on its own."""
    intro = tr.pick(REFLECT_INTRO_LOW if low_mood else REFLECT_INTRO, seed)
    return f"{intro}\n\n{question_text(tr, key)}"


def question_text(tr: Translator, key: str) -> str:
    """The words of the question with this key, as shown and as kept with the answer."""
    if key == FREE_REFLECTION_KEY:
        return tr(FREE_QUESTION_TEXT)
    return tr(QUESTION_TEXTS[key])


def question_words(key: str, language: Language) -> str:
    """The words of a question in a language: what is kept with an answer as it was shown."""
    return question_text(translator(language), key)
