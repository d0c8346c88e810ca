"""The small-step library's words: what each step asks, and its short button label, by key.

The steps themselves (their keys, energies and order) and the rule that offers them are in
`bot.core.steps`; a library step is stored and passed around by its key and put into words
here. A person's own step is their own words and never looked up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from bot.texts.catalog import N_, Msg

# A step's label is a button's text: it must fit on a phone.
LABEL_MAX_LENGTH: Final = 30


@dataclass(frozen=True)
class StepWords:
    """A library step in words: what it asks of a person, and its short button label."""

    text: Msg
    label: Msg


STEP_WORDS: Final[Mapping[str, StepWords]] = {
    "sip-water": StepWords(N_("Take a few slow sips of water."), N_("Sip some water")),
    "three-breaths": StepWords(
        N_("Take three slow breaths, a little longer out than in."), N_("Three slow breaths")
    ),
    "one-word": StepWords(N_("Write down one word for how today feels."), N_("Write one word")),
    "quiet-minutes": StepWords(
        N_("Sit quietly for five minutes. A busy mind is allowed to come along."),
        N_("Five quiet minutes"),
    ),
    "stretch-in-bed": StepWords(
        N_("Stretch your arms and legs, right where you are."), N_("Stretch where you are")
    ),
    "one-song": StepWords(
        N_("Listen to one song you love, all the way through."), N_("Listen to one song")
    ),
    "send-heart": StepWords(
        N_("Send a small heart to someone you care about."), N_("Send someone a heart")
    ),
    "take-a-break": StepWords(
        N_("Tell yourself “I need a break”, then take one, no guilt attached."),
        N_("Take a real break"),
    ),
    "what-do-i-need": StepWords(
        N_("Ask yourself gently: what do I need right now?"), N_("Ask what you need")
    ),
    "hand-on-heart": StepWords(
        N_("Rest a hand on your chest and feel it rise and fall."), N_("Hand on your heart")
    ),
    "notice-senses": StepWords(
        N_("Notice one thing you can see, one you can hear, one you can feel."),
        N_("Notice three things"),
    ),
    "kind-sentence": StepWords(
        N_("Say one kind sentence to yourself, the way you would to a friend."),
        N_("One kind sentence"),
    ),
    "feet-on-floor": StepWords(
        N_("Sit up and rest your feet on the floor for a moment."), N_("Feet on the floor")
    ),
    "soften-shoulders": StepWords(
        N_("Unclench your jaw and let your shoulders drop."), N_("Let your shoulders drop")
    ),
    "phone-down": StepWords(
        N_("Put your phone face down for ten minutes."), N_("Phone down for 10 min")
    ),
    "rest-on-purpose": StepWords(
        N_("Wrap up in a blanket and rest on purpose, not by accident."), N_("Rest on purpose")
    ),
    "one-good-thing": StepWords(
        N_("Notice one small thing that was okay today."), N_("One thing that was okay")
    ),
    "hand-cream": StepWords(
        N_("Rub some cream into your hands, slowly."), N_("Cream on your hands")
    ),
    "say-no": StepWords(
        N_("Say no to one thing you have no energy for."), N_("Say no to one thing")
    ),
    "warm-photo": StepWords(
        N_("Look at a photo that makes you feel a little warmer."), N_("Look at a warm photo")
    ),
    "make-bed": StepWords(N_("Make your bed, even roughly."), N_("Make your bed")),
    "open-curtains": StepWords(
        N_("Open the curtains and let the daylight in."), N_("Open the curtains")
    ),
    "water-before-coffee": StepWords(
        N_("Have a glass of water before your first coffee or tea."), N_("Water before coffee")
    ),
    "brush-teeth": StepWords(N_("Brush your teeth. That counts."), N_("Brush your teeth")),
    "wash-face": StepWords(N_("Splash some cool water on your face."), N_("Wash your face")),
    "slow-tea": StepWords(
        N_("Make a cup of tea and drink it slowly, while it's warm."), N_("A slow cup of tea")
    ),
    "step-outside": StepWords(
        N_("Step outside for a moment and feel the sun or the air on your skin."),
        N_("Step outside"),
    ),
    "open-window": StepWords(N_("Open a window and breathe some fresh air."), N_("Open a window")),
    "tidy-surface": StepWords(
        N_("Clear one small surface: a shelf, a corner of the table."), N_("Tidy one small surface")
    ),
    "message-someone": StepWords(
        N_("Send a few words to someone you trust."), N_("Message someone you trust")
    ),
    "write-lines": StepWords(
        N_("Write a few lines about how you are. No need to make them good."),
        N_("Write a few lines"),
    ),
    "eat-something": StepWords(
        N_("Eat something small: a piece of fruit, some toast, a few nuts."),
        N_("Eat a little something"),
    ),
    "fresh-clothes": StepWords(
        N_("Change into clean, comfortable clothes."), N_("Put on fresh clothes")
    ),
    "three-dishes": StepWords(N_("Wash three dishes. Just three."), N_("Wash three dishes")),
    "gentle-stretch": StepWords(
        N_("Stretch gently for five minutes, nothing that hurts."), N_("Stretch for 5 minutes")
    ),
    "ask-for-hug": StepWords(N_("Ask someone close for a hug."), N_("Ask for a hug")),
    "cancel-a-plan": StepWords(
        N_("Cancel one plan your body is asking you to skip."), N_("Cancel one plan")
    ),
    "water-plant": StepWords(
        N_("Water a plant, or look after one living thing."), N_("Water a plant")
    ),
    "sit-in-sun": StepWords(
        N_("Sit by a window or outside in the sunlight for ten minutes."), N_("Sit in the sunlight")
    ),
    "read-pages": StepWords(N_("Read a few pages of something gentle."), N_("Read a few pages")),
    "reply-one": StepWords(
        N_("Answer one message that has been waiting."), N_("Answer one message")
    ),
    "music-on": StepWords(
        N_("Put on music you like and let it fill the room."), N_("Put some music on")
    ),
    "ready-for-tomorrow": StepWords(
        N_("Put a glass of water and tomorrow's clothes within reach."),
        N_("Get ready for tomorrow"),
    ),
    "short-walk": StepWords(
        N_("Take a short walk, even just around the block."), N_("Take a short walk")
    ),
    "shower": StepWords(N_("Have a warm, unhurried shower."), N_("Take a shower")),
    "laundry": StepWords(
        N_("Do one load of laundry. Folding can wait."), N_("Do one load of laundry")
    ),
    "nourishing-meal": StepWords(
        N_("Cook one nourishing meal. Simple is fine."), N_("Cook one nourishing meal")
    ),
    "walk-somewhere-green": StepWords(
        N_("Walk somewhere green: a park, a street with trees."), N_("Walk somewhere green")
    ),
    "call-friend": StepWords(N_("Call a friend, even for five minutes."), N_("Call a friend")),
    "tidy-fifteen": StepWords(
        N_("Tidy one room for fifteen minutes, then stop."), N_("Tidy for 15 minutes")
    ),
    "groceries": StepWords(
        N_("Buy a few groceries for the next couple of days."), N_("Buy a few groceries")
    ),
    "clean-sheets": StepWords(N_("Put clean sheets on your bed."), N_("Change your sheets")),
    "move-twenty": StepWords(
        N_("Move your body for twenty minutes: dance, yoga, a walk."), N_("Move for 20 minutes")
    ),
    "book-appointment": StepWords(
        N_("Book one appointment you have been putting off."), N_("Book one appointment")
    ),
    "ask-for-help": StepWords(
        N_("Ask someone for help with one thing."), N_("Ask for help with one thing")
    ),
    "meet-someone": StepWords(
        N_("Meet someone you like for a coffee or a walk."), N_("Meet someone you like")
    ),
    "write-page": StepWords(
        N_("Write one full page about whatever is on your mind."), N_("Write one full page")
    ),
    "one-paper": StepWords(
        N_("Sort out one piece of paperwork or one bill."), N_("Sort one piece of paperwork")
    ),
    "make-something": StepWords(
        N_("Spend twenty minutes making something: draw, bake, play."), N_("Make something")
    ),
    "afternoon-sun-walk": StepWords(
        N_("Go for a walk in the late afternoon light."), N_("Walk in the afternoon sun")
    ),
}


def text_of(key: str) -> Msg:
    """What the library step with this key asks, as a sentence."""
    return STEP_WORDS[key].text


def label_of(key: str) -> Msg:
    """The short button label of the library step with this key."""
    return STEP_WORDS[key].label
