"""The small-step library's words: what each step asks, and its short button label, by key.

The steps themselves (their keys, energies and order) and the rule that offers them are in
`bot.core.steps`; a library step is stored and passed around by its key and put into words
here. A person's own step is their own words and never looked up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

# A step's label is a button's text: it must fit on a phone.
LABEL_MAX_LENGTH: Final = 30


@dataclass(frozen=True)
class StepWords:
    """A library step in words: what it asks of a person, and its short button label."""

    text: str
    label: str


STEP_WORDS: Final[Mapping[str, StepWords]] = {
    "sip-water": StepWords("Take a few slow sips of water.", "Sip some water"),
    "three-breaths": StepWords(
        "Take three slow breaths, a little longer out than in.", "Three slow breaths"
    ),
    "one-word": StepWords("Write down one word for how today feels.", "Write one word"),
    "quiet-minutes": StepWords(
        "Sit quietly for five minutes. A busy mind is allowed to come along.", "Five quiet minutes"
    ),
    "stretch-in-bed": StepWords(
        "Stretch your arms and legs, right where you are.", "Stretch where you are"
    ),
    "one-song": StepWords(
        "Listen to one song you love, all the way through.", "Listen to one song"
    ),
    "send-heart": StepWords(
        "Send a small heart to someone you care about.", "Send someone a heart"
    ),
    "take-a-break": StepWords(
        "Tell yourself “I need a break”, then take one, no guilt attached.", "Take a real break"
    ),
    "what-do-i-need": StepWords(
        "Ask yourself gently: what do I need right now?", "Ask what you need"
    ),
    "hand-on-heart": StepWords(
        "Rest a hand on your chest and feel it rise and fall.", "Hand on your heart"
    ),
    "notice-senses": StepWords(
        "Notice one thing you can see, one you can hear, one you can feel.", "Notice three things"
    ),
    "kind-sentence": StepWords(
        "Say one kind sentence to yourself, the way you would to a friend.", "One kind sentence"
    ),
    "feet-on-floor": StepWords(
        "Sit up and rest your feet on the floor for a moment.", "Feet on the floor"
    ),
    "soften-shoulders": StepWords(
        "Unclench your jaw and let your shoulders drop.", "Let your shoulders drop"
    ),
    "phone-down": StepWords("Put your phone face down for ten minutes.", "Phone down for 10 min"),
    "rest-on-purpose": StepWords(
        "Wrap up in a blanket and rest on purpose, not by accident.", "Rest on purpose"
    ),
    "one-good-thing": StepWords(
        "Notice one small thing that was okay today.", "One thing that was okay"
    ),
    "hand-cream": StepWords("Rub some cream into your hands, slowly.", "Cream on your hands"),
    "say-no": StepWords("Say no to one thing you have no energy for.", "Say no to one thing"),
    "warm-photo": StepWords(
        "Look at a photo that makes you feel a little warmer.", "Look at a warm photo"
    ),
    "make-bed": StepWords("Make your bed, even roughly.", "Make your bed"),
    "open-curtains": StepWords("Open the curtains and let the daylight in.", "Open the curtains"),
    "water-before-coffee": StepWords(
        "Have a glass of water before your first coffee or tea.", "Water before coffee"
    ),
    "brush-teeth": StepWords("Brush your teeth. That counts.", "Brush your teeth"),
    "wash-face": StepWords("Splash some cool water on your face.", "Wash your face"),
    "slow-tea": StepWords(
        "Make a cup of tea and drink it slowly, while it's warm.", "A slow cup of tea"
    ),
    "step-outside": StepWords(
        "Step outside for a moment and feel the sun or the air on your skin.", "Step outside"
    ),
    "open-window": StepWords("Open a window and breathe some fresh air.", "Open a window"),
    "tidy-surface": StepWords(
        "Clear one small surface: a shelf, a corner of the table.", "Tidy one small surface"
    ),
    "message-someone": StepWords(
        "Send a few words to someone you trust.", "Message someone you trust"
    ),
    "write-lines": StepWords(
        "Write a few lines about how you are. No need to make them good.", "Write a few lines"
    ),
    "eat-something": StepWords(
        "Eat something small: a piece of fruit, some toast, a few nuts.", "Eat a little something"
    ),
    "fresh-clothes": StepWords("Change into clean, comfortable clothes.", "Put on fresh clothes"),
    "three-dishes": StepWords("Wash three dishes. Just three.", "Wash three dishes"),
    "gentle-stretch": StepWords(
        "Stretch gently for five minutes, nothing that hurts.", "Stretch for 5 minutes"
    ),
    "ask-for-hug": StepWords("Ask someone close for a hug.", "Ask for a hug"),
    "cancel-a-plan": StepWords(
        "Cancel one plan your body is asking you to skip.", "Cancel one plan"
    ),
    "water-plant": StepWords("Water a plant, or look after one living thing.", "Water a plant"),
    "sit-in-sun": StepWords(
        "Sit by a window or outside in the sunlight for ten minutes.", "Sit in the sunlight"
    ),
    "read-pages": StepWords("Read a few pages of something gentle.", "Read a few pages"),
    "reply-one": StepWords("Answer one message that has been waiting.", "Answer one message"),
    "music-on": StepWords("Put on music you like and let it fill the room.", "Put some music on"),
    "ready-for-tomorrow": StepWords(
        "Put a glass of water and tomorrow's clothes within reach.", "Get ready for tomorrow"
    ),
    "short-walk": StepWords("Take a short walk, even just around the block.", "Take a short walk"),
    "shower": StepWords("Have a warm, unhurried shower.", "Take a shower"),
    "laundry": StepWords("Do one load of laundry. Folding can wait.", "Do one load of laundry"),
    "nourishing-meal": StepWords(
        "Cook one nourishing meal. Simple is fine.", "Cook one nourishing meal"
    ),
    "walk-somewhere-green": StepWords(
        "Walk somewhere green: a park, a street with trees.", "Walk somewhere green"
    ),
    "call-friend": StepWords("Call a friend, even for five minutes.", "Call a friend"),
    "tidy-fifteen": StepWords(
        "Tidy one room for fifteen minutes, then stop.", "Tidy for 15 minutes"
    ),
    "groceries": StepWords(
        "Buy a few groceries for the next couple of days.", "Buy a few groceries"
    ),
    "clean-sheets": StepWords("Put clean sheets on your bed.", "Change your sheets"),
    "move-twenty": StepWords(
        "Move your body for twenty minutes: dance, yoga, a walk.", "Move for 20 minutes"
    ),
    "book-appointment": StepWords(
        "Book one appointment you have been putting off.", "Book one appointment"
    ),
    "ask-for-help": StepWords(
        "Ask someone for help with one thing.", "Ask for help with one thing"
    ),
    "meet-someone": StepWords(
        "Meet someone you like for a coffee or a walk.", "Meet someone you like"
    ),
    "write-page": StepWords(
        "Write one full page about whatever is on your mind.", "Write one full page"
    ),
    "one-paper": StepWords(
        "Sort out one piece of paperwork or one bill.", "Sort one piece of paperwork"
    ),
    "make-something": StepWords(
        "Spend twenty minutes making something: draw, bake, play.", "Make something"
    ),
    "afternoon-sun-walk": StepWords(
        "Go for a walk in the late afternoon light.", "Walk in the afternoon sun"
    ),
}


def text_of(key: str) -> str:
    """What the library step with this key asks, as a sentence."""
    return STEP_WORDS[key].text


def label_of(key: str) -> str:
    """The short button label of the library step with this key."""
    return STEP_WORDS[key].label
