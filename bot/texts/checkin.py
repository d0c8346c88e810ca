"""Every word of the daily check-in, in one place, ready for translation.

Tuples hold variants of the same message so daily wording does not feel canned; choose one
with `pick(variants, seed)`, for example with seed = person id + day ordinal. Placeholders are
`{words}`, `{step}` and `{until}`, filled with `str.format`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from enum import StrEnum
from typing import Final

from bot.texts.shape import pick

# --- Morning: the nudge and the mood scale ---------------------------------------------------

# Greetings that fit any hour; each part of the day adds its own to these.
ANY_TIME_GREETINGS: Final[tuple[str, ...]] = (
    "Hello. 🌿\nHow are you arriving?",
    "Before anything else: how are you?",
    "Hello. One tap is enough.\nHow are you?",
    "Hi. How is your heart right now?",
    "Take a breath, if you like.\nHow are you arriving?",
    "No need for a long answer.\nHow are you feeling?",
    "Hello. What's the weather like inside you?",
    "A quiet hello from me.\nHow are you right now?",
    "Hi, it's check-in time. 🌿\nHow are you doing?",
)

MORNING_GREETINGS: Final[tuple[str, ...]] = (
    "Good morning. 🌿\nHow are you arriving today?",
    "A new day is here.\nHow are you, honestly?",
    "Good to see you. How did you wake up today?",
    "Morning. How is today finding you?",
    "Whatever today holds,\nhow are you in this moment?",
    *ANY_TIME_GREETINGS,
)

AFTERNOON_GREETINGS: Final[tuple[str, ...]] = (
    "Good afternoon. 🌿\nHow are you doing?",
    "Hello again. How does today feel so far?",
    "Part way through the day.\nHow are you, honestly?",
    "An afternoon hello.\nHow is the day treating you?",
    "Whatever the rest of today holds,\nhow are you in this moment?",
    *ANY_TIME_GREETINGS,
)

EVENING_GREETINGS: Final[tuple[str, ...]] = (
    "Good evening. 🌿\nHow are you arriving tonight?",
    "The day is winding down.\nHow are you, honestly?",
    "An evening hello.\nHow has today been for you?",
    "Hello this evening. How are you feeling?",
    "However today went,\nhow are you in this moment?",
    *ANY_TIME_GREETINGS,
)

NIGHT_GREETINGS: Final[tuple[str, ...]] = (
    "A quiet hello for the night. 🌿\nHow are you?",
    "It's late, and that's alright.\nHow are you feeling?",
    "The night is quiet.\nHow are you, honestly?",
    "Hello, whatever the hour.\nHow are you in this moment?",
    "A gentle late hello.\nHow is your heart tonight?",
    *ANY_TIME_GREETINGS,
)

MOOD_SCALE: Final[tuple[tuple[int, str, str], ...]] = (
    (1, "🌧", "Heavy"),
    (2, "☁️", "Low"),
    (3, "🌥", "In between"),
    (4, "🌤", "Steady"),
    (5, "☀️", "Bright"),
)

NOT_NOW: Final = "Not now"

NOT_NOW_REPLY: Final[tuple[str, ...]] = (
    "That's okay. /checkin is here whenever you'd like.",
    "No problem. I'll be around, and /checkin opens this again any time.",
    "Alright. Take your time. /checkin whenever it suits you.",
)

MOOD_ACK: Final[Mapping[int, tuple[str, ...]]] = {
    1: (
        "Thank you for telling me. Heavy days are real, and this one can be taken slowly.\n"
        "If it's very heavy, /sos shows people you can talk to right now.",
        "I hear you. We'll keep today small and gentle.\n"
        "If it's very heavy, /sos shows people you can talk to right now.",
        "That sounds hard. Thank you for being here anyway.\n"
        "If it gets very heavy, /sos shows people you can reach right now.",
    ),
    2: (
        "Thanks for saying so. A low day can still hold one small, kind thing.",
        "Got it. We'll go gently today.",
        "Low days count too. Thank you for checking in.",
    ),
    3: (
        "In between is a fine place to be. Thanks for checking in.",
        "Okay. Let's see what today can hold.",
        "Somewhere in the middle. Thanks for telling me.",
    ),
    4: (
        "Steady. That's good to hear. 🌿",
        "Glad there's some ground under your feet today.",
        "Thanks for checking in. Steady it is.",
    ),
    5: (
        "A bright one. ☀️ Glad to hear it.",
        "That's lovely to hear. Enjoy the light today.",
        "Bright. Let's put a little of that into something kind for you.",
    ),
}

# --- Three words -------------------------------------------------------------------------------

THREE_WORDS_PROMPT: Final[tuple[str, ...]] = (
    "If you like, three words for how you feel. Any words are fine.",
    "Three words for right now? Just type them, or skip.",
    "Want to name it? Three words for how you feel, or skip this part.",
    "How would you put today in three words? There are no wrong ones.",
)

SKIP: Final = "Skip"

THREE_WORDS_ACK: Final[tuple[str, ...]] = (
    "“{words}”. Thank you, I've kept them.",
    "Kept: {words}. Thank you for naming it.",
    "{words}. Those are yours, and they're kept. 🌿",
    "Thank you. “{words}” is kept for you.",
)

# --- One small step ----------------------------------------------------------------------------

STEP_PROMPT_LOW: Final[tuple[str, ...]] = (
    "Let's keep it very small today. A few tiny ideas, or rest if that's what you need.",
    "Today can be gentle. One tiny thing, your own, or rest.",
    "Just one small thing, if any. Rest is a real answer too.",
)

STEP_PROMPT: Final[tuple[str, ...]] = (
    "One small step for today? Pick one, write your own, or choose rest.",
    "What small step would feel good today?",
    "A few ideas for one small step. Or your own, or rest.",
    "Choose one small thing for today. Small counts.",
)

OWN_STEP: Final = "✏️ My own step"
REST_TODAY: Final = "🌿 Rest today"
OWN_STEP_ASK: Final = "What's your small step for today? A few words are plenty."

STEP_CHOSEN: Final[tuple[str, ...]] = (
    "Today's small step:\n“{step}”\nThat's enough for today. 🌿",
    "Got it. Your step for today:\n“{step}”",
    "Chosen:\n“{step}”\nNo rush. Whenever it fits into your day.",
    "Today, just this:\n“{step}”\nSmall is exactly right.",
)

REST_CHOSEN: Final[tuple[str, ...]] = (
    "Rest it is. 🌿 Resting is a real choice, and a good one.",
    "Rest today. That's taking care of yourself too.",
    "Rest is a real answer. Let today be soft.",
    "A rest day, then. Nothing more is asked of you today.",
)

# --- Evening -----------------------------------------------------------------------------------

EVENING_QUESTION: Final[tuple[str, ...]] = (
    "Evening. 🌿 Today's small step was:\n“{step}”\nHow did it go?",
    "Checking in on your step:\n“{step}”\nDid it happen?",
    "Your small step today:\n“{step}”\nHow did it go, in the end?",
    "Before the day closes:\n“{step}”\nHow did it go? Any answer is fine.",
)

DONE: Final = "Done"
PARTLY: Final = "Partly"
NOT_TODAY: Final = "Not today"

DONE_REPLY: Final[tuple[str, ...]] = (
    "You did it. 🌿 A small step is still a step.",
    "That's real. Thank you for showing up for yourself today.",
    "Done. Take a moment to notice that you did it.",
    "Lovely. That one counts.",
)

PARTLY_REPLY: Final[tuple[str, ...]] = (
    "Partly is still something. It counts.",
    "Some of it happened, and that matters.",
    "Part of a step is still a step. 🌿",
    "Thank you for being honest. Partly counts.",
)

NOT_TODAY_REPLY: Final[tuple[str, ...]] = (
    "That's okay. Some days are for getting through, and that's enough.",
    "Not today is a real answer. Thank you for telling me. 🌿",
    "Okay. Nothing is lost. Be gentle with yourself tonight.",
    "Thanks for being honest. Today asked enough of you.",
    "That's alright. Rest well tonight.",
)

# A rest day's evening: a quiet good-night, and no question.
EVENING_AFTER_REST: Final[tuple[str, ...]] = (
    "Evening. 🌿 You chose rest today, and that was a fine choice. Sleep well when it comes.",
    "Just a quiet hello for the evening. I hope the rest was kind to you.",
    "No questions tonight. I hope today's rest was gentle.",
)

# --- Any time ----------------------------------------------------------------------------------

NOTE_KEPT: Final[tuple[str, ...]] = (
    "Kept it. 🌿",
    "Got it. It's kept.",
    "Thank you. I've kept that.",
    "Written down and kept.",
    "Kept safe. Thank you for sharing it.",
)

CHECKIN_ALREADY_DONE: Final = (
    "You've checked in today already. 🌿\n"
    "/step shows today's step, and anything you write here is kept."
)

STALE_BUTTON: Final = (
    "That button is from an earlier message, so nothing changed. "
    "/checkin starts a fresh one whenever you like."
)

PAUSED: Final = "Check-ins are paused until {until}. 🌿 /resume brings them back any time."
PAUSED_INDEFINITELY: Final = (
    "Check-ins are paused for now. Nothing is lost, and /resume brings them back "
    "whenever you're ready."
)
RESUMED: Final = "Welcome back. 🌿 Check-ins are on again, at your usual time."

NO_STEP_TODAY: Final = (
    "No step chosen today yet. /checkin if you'd like one, or simply let today be."
)

HISTORY_TITLE: Final = "Your recent days"
HISTORY_ONE_REFLECTION: Final = "📝 a reflection"
HISTORY_REFLECTIONS: Final = "📝 {count} reflections"
HISTORY_EMPTY: Final = "Nothing here yet. Your days will gather here after your first /checkin."


def history_reflections(count: int) -> str:
    """How many reflections a day of /history holds."""
    return HISTORY_ONE_REFLECTION if count == 1 else HISTORY_REFLECTIONS.format(count=count)


class DayPart(StrEnum):
    """A part of the person's day, for a greeting that fits the hour."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"


_GREETINGS: Final[Mapping[DayPart, tuple[str, ...]]] = {
    DayPart.MORNING: MORNING_GREETINGS,
    DayPart.AFTERNOON: AFTERNOON_GREETINGS,
    DayPart.EVENING: EVENING_GREETINGS,
    DayPart.NIGHT: NIGHT_GREETINGS,
}


def day_part(local_time: time) -> DayPart:
    """Morning from 04:00, afternoon from 12:00, evening from 17:00, night from 22:00."""
    if time(4) <= local_time < time(12):
        return DayPart.MORNING
    if time(12) <= local_time < time(17):
        return DayPart.AFTERNOON
    if time(17) <= local_time < time(22):
        return DayPart.EVENING
    return DayPart.NIGHT


def greeting(local_time: time | None, seed: int) -> str:
    """A varied greeting that fits the person's local time (any hour's, if it is unknown)."""
    if local_time is None:
        return pick(ANY_TIME_GREETINGS, seed)
    return pick(_GREETINGS[day_part(local_time)], seed)


def step_prompt(mood: int | None, seed: int = 0) -> str:
    """Choose the step question: gentler wording for a low mood (1-2), else the usual."""
    is_low = mood is not None and mood <= 2
    return pick(STEP_PROMPT_LOW if is_low else STEP_PROMPT, seed)


PAUSE_NOT_UNDERSTOOD: Final = (
    "I couldn't read that as a number of days, so nothing changed. For example: /pause 3, "
    "/pause 2 weeks, or just /pause until you /resume."
)
NUDGE_STILL_WAITING: Final = "The buttons above are there whenever you'd like them."

# The morning after crisis language: the bot remembers, asks for nothing, and never repeats it.
GENTLE_GREETINGS: Final[tuple[str, ...]] = (
    "Good morning. I haven't forgotten how hard things were when we last spoke. There's "
    "nothing you need to do today; I'd just like to know how you are. 🌿",
    "Hello again. I'm glad you're here, after how heavy things felt. No tasks today unless "
    "you want one. How are you feeling?",
    "Good morning. After last time, today can be as small as you need it to be. How are you, "
    "right now?",
)
GENTLE_STEP_PROMPT: Final[tuple[str, ...]] = (
    "Only if you'd like: a few of the tiniest things, or simply rest. Rest is a real answer.",
    "Today is for going gently. Rest, or one very tiny thing if it helps.",
    "Nothing is asked of you today. Rest counts, and so does the smallest thing.",
)

EVENING_MOOD_QUESTION: Final = "And how are you this evening?"
# After the heaviest evening: the same gentle word and /sos offer as a heavy morning.
EVENING_MOOD_HEAVY: Final[tuple[str, ...]] = (
    "Thank you for telling me. Heavy evenings are real; be as gentle with yourself as you can "
    "tonight.\nIf it's very heavy, /sos shows people you can talk to right now.",
    "I hear you. Tonight can be slow and quiet.\n"
    "If it gets very heavy, /sos shows people you can reach right now.",
    "That sounds like a hard evening. Thank you for still being here.\n"
    "If it's too much to hold alone, /sos shows people you can talk to right now.",
)
EVENING_MOOD_THANKS: Final[tuple[str, ...]] = (
    "Thank you. Rest well tonight. 🌿",
    "Noted, gently. Sleep well when it comes.",
    "Thank you for telling me. Go easy on yourself tonight.",
)
