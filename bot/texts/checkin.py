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

from bot.core.day import Later
from bot.core.stages import Answer
from bot.texts.catalog import N_, Msg, Translator
from bot.texts.shape import pick

# --- Morning: the nudge and the mood scale ---------------------------------------------------

# Greetings that fit any hour; each part of the day adds its own to these.
ANY_TIME_GREETINGS: Final[tuple[Msg, ...]] = (
    N_("Hello. 🌿\nHow are you arriving?"),
    N_("Before anything else: how are you?"),
    N_("Hello. One tap is enough.\nHow are you?"),
    N_("Hi. How is your heart right now?"),
    N_("Take a breath, if you like.\nHow are you arriving?"),
    N_("No need for a long answer.\nHow are you feeling?"),
    N_("Hello. What's the weather like inside you?"),
    N_("A quiet hello from me.\nHow are you right now?"),
    N_("Hi, it's check-in time. 🌿\nHow are you doing?"),
)

MORNING_GREETINGS: Final[tuple[Msg, ...]] = (
    N_("Good morning. 🌿\nHow are you arriving today?"),
    N_("A new day is here.\nHow are you, honestly?"),
    N_("Good to see you. How did you wake up today?"),
    N_("Morning. How is today finding you?"),
    N_("Whatever today holds,\nhow are you in this moment?"),
    *ANY_TIME_GREETINGS,
)

AFTERNOON_GREETINGS: Final[tuple[Msg, ...]] = (
    N_("Good afternoon. 🌿\nHow are you doing?"),
    N_("Hello again. How does today feel so far?"),
    N_("Part way through the day.\nHow are you, honestly?"),
    N_("An afternoon hello.\nHow is the day treating you?"),
    N_("Whatever the rest of today holds,\nhow are you in this moment?"),
    *ANY_TIME_GREETINGS,
)

EVENING_GREETINGS: Final[tuple[Msg, ...]] = (
    N_("Good evening. 🌿\nHow are you arriving tonight?"),
    N_("The day is winding down.\nHow are you, honestly?"),
    N_("An evening hello.\nHow has today been for you?"),
    N_("Hello this evening. How are you feeling?"),
    N_("However today went,\nhow are you in this moment?"),
    *ANY_TIME_GREETINGS,
)

NIGHT_GREETINGS: Final[tuple[Msg, ...]] = (
    N_("A quiet hello for the night. 🌿\nHow are you?"),
    N_("It's late, and that's alright.\nHow are you feeling?"),
    N_("The night is quiet.\nHow are you, honestly?"),
    N_("Hello, whatever the hour.\nHow are you in this moment?"),
    N_("A gentle late hello.\nHow is your heart tonight?"),
    *ANY_TIME_GREETINGS,
)

MOOD_SCALE: Final[tuple[tuple[int, str, Msg], ...]] = (
    (1, "🌧", N_("Heavy")),
    (2, "☁️", N_("Low")),
    (3, "🌥", N_("In between")),
    (4, "🌤", N_("Steady")),
    (5, "☀️", N_("Bright")),
)

NOT_NOW: Final = N_("Not now")
# "Later" on the morning nudge, and the times it offers.
LATER_LABELS: Final[Mapping[Later, Msg]] = {
    Later.ASK: N_("⏰ Later"),
    Later.HOUR: N_("In an hour"),
    Later.THREE_HOURS: N_("In 3 hours"),
    Later.EVENING: N_("This evening"),
}
LATER_SET: Final[tuple[Msg, ...]] = (
    N_("Okay. I'll come back at {time}. 🌿"),
    N_("Of course. I'll ask again at {time}, once."),
    N_("No rush. I'll check back at {time}."),
)

NOT_NOW_REPLY: Final[tuple[Msg, ...]] = (
    N_("That's okay. /checkin is here whenever you'd like."),
    N_("No problem. I'll be around, and /checkin opens this again any time."),
    N_("Alright. Take your time. /checkin whenever it suits you."),
)

MOOD_ACK: Final[Mapping[int, tuple[Msg, ...]]] = {
    1: (
        N_(
            "Thank you for telling me. Heavy days are real, and this one can be taken slowly.\n"
            "If it's very heavy, /sos shows people you can talk to right now."
        ),
        N_(
            "I hear you. We'll keep today small and gentle.\n"
            "If it's very heavy, /sos shows people you can talk to right now."
        ),
        N_(
            "That sounds hard. Thank you for being here anyway.\n"
            "If it gets very heavy, /sos shows people you can reach right now."
        ),
    ),
    2: (
        N_("Thanks for saying so. A low day can still hold one small, kind thing."),
        N_("Got it. We'll go gently today."),
        N_("Low days count too. Thank you for checking in."),
    ),
    3: (
        N_("In between is a fine place to be. Thanks for checking in."),
        N_("Okay. Let's see what today can hold."),
        N_("Somewhere in the middle. Thanks for telling me."),
    ),
    4: (
        N_("Steady. That's good to hear. 🌿"),
        N_("Glad there's some ground under your feet today."),
        N_("Thanks for checking in. Steady it is."),
    ),
    5: (
        N_("A bright one. ☀️ Glad to hear it."),
        N_("That's lovely to hear. Enjoy the light today."),
        N_("Bright. Let's put a little of that into something kind for you."),
    ),
}

# --- Three words -------------------------------------------------------------------------------

THREE_WORDS_PROMPT: Final[tuple[Msg, ...]] = (
    N_("If you like, three words for how you feel. Any words are fine."),
    N_("Three words for right now? Just type them, or skip."),
    N_("Want to name it? Three words for how you feel, or skip this part."),
    N_("How would you put today in three words? There are no wrong ones."),
)

SKIP: Final = N_("Skip")
TAP_OR_TYPE: Final = N_("Tap up to three, or type your own.")
FEELINGS_DONE: Final = N_("✔️ Done")
OWN_WORDS: Final = N_("✏️ My own words")
OWN_WORDS_HINT: Final = N_("Type them whenever you're ready. Any words are fine.")
TOO_MANY_FEELINGS: Final = N_("Three is plenty. Tap one again to let it go.")
# The feeling words to tap, by key (bot/core/feelings.py): what they are called when kept.
FEELING_WORDS: Final[Mapping[str, Msg]] = {
    "tired": N_("tired"),
    "sad": N_("sad"),
    "anxious": N_("anxious"),
    "lonely": N_("lonely"),
    "overwhelmed": N_("overwhelmed"),
    "hurt": N_("hurt"),
    "low": N_("low"),
    "worried": N_("worried"),
    "flat": N_("flat"),
    "tense": N_("tense"),
    "restless": N_("restless"),
    "okay": N_("okay"),
    "calm": N_("calm"),
    "unsure": N_("unsure"),
    "distracted": N_("distracted"),
    "content": N_("content"),
    "focused": N_("focused"),
    "hopeful": N_("hopeful"),
    "grateful": N_("grateful"),
    "rested": N_("rested"),
    "happy": N_("happy"),
    "energised": N_("energised"),
    "proud": N_("proud"),
    "light": N_("light"),
}

THREE_WORDS_ACK: Final[tuple[Msg, ...]] = (
    N_("“{words}”. Thank you, I've kept them."),
    N_("Kept: {words}. Thank you for naming it."),
    N_("{words}. Those are yours, and they're kept. 🌿"),
    N_("Thank you. “{words}” is kept for you."),
)

# --- One small step ----------------------------------------------------------------------------

STEP_PROMPT_LOW: Final[tuple[Msg, ...]] = (
    N_("Let's keep it very small today. A few tiny ideas, or rest if that's what you need."),
    N_("Today can be gentle. One tiny thing, your own, or rest."),
    N_("Just one small thing, if any. Rest is a real answer too."),
)

STEP_PROMPT: Final[tuple[Msg, ...]] = (
    N_("One small step for today? Pick one, write your own, or choose rest."),
    N_("What small step would feel good today?"),
    N_("A few ideas for one small step. Or your own, or rest."),
    N_("Choose one small thing for today. Small counts."),
)

OWN_STEP: Final = N_("✏️ My own step")
REST_TODAY: Final = N_("🌿 Rest today")
OWN_STEP_ASK: Final = N_("What's your small step for today? A few words are plenty.")

STEP_CHOSEN: Final[tuple[Msg, ...]] = (
    N_("Today's small step:\n“{step}”\nThat's enough for today. 🌿"),
    N_("Got it. Your step for today:\n“{step}”"),
    N_("Chosen:\n“{step}”\nNo rush. Whenever it fits into your day."),
    N_("Today, just this:\n“{step}”\nSmall is exactly right."),
)

REST_CHOSEN: Final[tuple[Msg, ...]] = (
    N_("Rest it is. 🌿 Resting is a real choice, and a good one."),
    N_("Rest today. That's taking care of yourself too."),
    N_("Rest is a real answer. Let today be soft."),
    N_("A rest day, then. Nothing more is asked of you today."),
)

# --- Evening -----------------------------------------------------------------------------------

EVENING_QUESTION: Final[tuple[Msg, ...]] = (
    N_("Evening. 🌿 Today's small step was:\n“{step}”\nHow did it go?"),
    N_("Checking in on your step:\n“{step}”\nDid it happen?"),
    N_("Your small step today:\n“{step}”\nHow did it go, in the end?"),
    N_("Before the day closes:\n“{step}”\nHow did it go? Any answer is fine."),
)

DONE: Final = N_("Done")
PARTLY: Final = N_("Partly")
NOT_TODAY: Final = N_("Not today")

DONE_REPLY: Final[tuple[Msg, ...]] = (
    N_("You did it. 🌿 A small step is still a step."),
    N_("That's real. Thank you for showing up for yourself today."),
    N_("Done. Take a moment to notice that you did it."),
    N_("Lovely. That one counts."),
)

PARTLY_REPLY: Final[tuple[Msg, ...]] = (
    N_("Partly is still something. It counts."),
    N_("Some of it happened, and that matters."),
    N_("Part of a step is still a step. 🌿"),
    N_("Thank you for being honest. Partly counts."),
)

NOT_TODAY_REPLY: Final[tuple[Msg, ...]] = (
    N_("That's okay. Some days are for getting through, and that's enough."),
    N_("Not today is a real answer. Thank you for telling me. 🌿"),
    N_("Okay. Nothing is lost. Be gentle with yourself tonight."),
    N_("Thanks for being honest. Today asked enough of you."),
    N_("That's alright. Rest well tonight."),
)

# A rest day's evening: a quiet good-night, and no question.
EVENING_AFTER_REST: Final[tuple[Msg, ...]] = (
    N_("Evening. 🌿 You chose rest today, and that was a fine choice. Sleep well when it comes."),
    N_("Just a quiet hello for the evening. I hope the rest was kind to you."),
    N_("No questions tonight. I hope today's rest was gentle."),
)

# --- Any time ----------------------------------------------------------------------------------

NOTE_KEPT: Final[tuple[Msg, ...]] = (
    N_("Kept it. 🌿"),
    N_("Got it. It's kept."),
    N_("Thank you. I've kept that."),
    N_("Written down and kept."),
    N_("Kept safe. Thank you for sharing it."),
)

# /checkin on a finished day: its answers, each with a button to change it until the day ends.
TODAY_SO_FAR: Final = N_("Today so far 🌿")
TODAY_MOOD: Final = N_("Mood: {mood}")
TODAY_WORDS: Final = N_("Three words: {words}")
TODAY_STEP: Final = N_("Small step: {step}")
TODAY_REST: Final = N_("Resting today, and that counts.")
TODAY_EVENING: Final = N_("This evening: {mood}")
TODAY_CHANGE_HINT: Final = N_(
    "Anything can change until your day ends. /step marks how the step went, and anything "
    "you write here is kept."
)
CHANGE_LABELS: Final[Mapping[Answer, Msg]] = {
    Answer.MOOD: N_("Change mood"),
    Answer.WORDS: N_("Change words"),
    Answer.STEP: N_("Change step or rest"),
}

STALE_BUTTON: Final = N_(
    "That button is from an earlier message, so nothing changed. "
    "/checkin starts a fresh one whenever you like."
)

PAUSED: Final = N_("Check-ins are paused until {until}. 🌿 /resume brings them back any time.")
PAUSED_NEXT: Final = N_(
    "Check-ins are paused. The next one comes on {day}. 🌿 /resume brings them back sooner."
)
PAUSED_INDEFINITELY: Final = N_(
    "Check-ins are paused for now. Nothing is lost, and /resume brings them back "
    "whenever you're ready."
)
RESUMED: Final = N_("Welcome back. 🌿 Check-ins are on again, at your usual time.")

NO_STEP_TODAY: Final = N_(
    "No step chosen today yet. /checkin if you'd like one, or simply let today be."
)

HISTORY_TITLE: Final = N_("Your recent days")
HISTORY_EMPTY: Final = N_("Nothing here yet. Your days will gather here after your first /checkin.")


def history_reflections(tr: Translator, count: int) -> str:
    """How many reflections a day of /history holds."""
    if count == 1:
        return tr(N_("📝 a reflection"))
    return tr.plural("📝 {count} reflection", "📝 {count} reflections", count).format(count=count)


class DayPart(StrEnum):
    """A part of the person's day, for a greeting that fits the hour."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"


_GREETINGS: Final[Mapping[DayPart, tuple[Msg, ...]]] = {
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


def greeting(local_time: time | None, seed: int) -> Msg:
    """A varied greeting that fits the person's local time (any hour's, if it is unknown)."""
    if local_time is None:
        return pick(ANY_TIME_GREETINGS, seed)
    return pick(_GREETINGS[day_part(local_time)], seed)


def step_prompt(mood: int | None, seed: int = 0) -> Msg:
    """Choose the step question: gentler wording for a low mood (1-2), else the usual."""
    is_low = mood is not None and mood <= 2
    return pick(STEP_PROMPT_LOW if is_low else STEP_PROMPT, seed)


PAUSE_OUT_OF_RANGE: Final = N_(
    "A pause can be from 1 to {most} days, so nothing changed. For example: /pause 3, "
    "/pause 2 weeks, or just /pause until you /resume."
)
PAUSE_NOT_UNDERSTOOD: Final = N_(
    "I couldn't read that as a number of days, so nothing changed. For example: /pause 3, "
    "/pause 2 weeks, or just /pause until you /resume."
)
NUDGE_STILL_WAITING: Final = N_("The buttons above are there whenever you'd like them.")

# The morning after crisis language: the bot remembers, asks for nothing, and never repeats it.
GENTLE_GREETINGS: Final[tuple[Msg, ...]] = (
    N_(
        "Good morning. I haven't forgotten how hard things were when we last spoke. There's "
        "nothing you need to do today; I'd just like to know how you are. 🌿"
    ),
    N_(
        "Hello again. I'm glad you're here, after how heavy things felt. No tasks today unless "
        "you want one. How are you feeling?"
    ),
    N_(
        "Good morning. After last time, today can be as small as you need it to be. How are you, "
        "right now?"
    ),
)
GENTLE_STEP_PROMPT: Final[tuple[Msg, ...]] = (
    N_("Only if you'd like: a few of the tiniest things, or simply rest. Rest is a real answer."),
    N_("Today is for going gently. Rest, or one very tiny thing if it helps."),
    N_("Nothing is asked of you today. Rest counts, and so does the smallest thing."),
)

EVENING_MOOD_QUESTION: Final = N_("And how are you this evening?")
# After the heaviest evening: the same gentle word and /sos offer as a heavy morning.
EVENING_MOOD_HEAVY: Final[tuple[Msg, ...]] = (
    N_(
        "Thank you for telling me. Heavy evenings are real; be as gentle with yourself as you can "
        "tonight.\nIf it's very heavy, /sos shows people you can talk to right now."
    ),
    N_(
        "I hear you. Tonight can be slow and quiet.\n"
        "If it gets very heavy, /sos shows people you can reach right now."
    ),
    N_(
        "That sounds like a hard evening. Thank you for still being here.\n"
        "If it's too much to hold alone, /sos shows people you can talk to right now."
    ),
)
EVENING_MOOD_THANKS: Final[tuple[Msg, ...]] = (
    N_("Thank you. Rest well tonight. 🌿"),
    N_("Noted, gently. Sleep well when it comes."),
    N_("Thank you for telling me. Go easy on yourself tonight."),
)

# A past day filled in or changed afterwards (/yesterday, or "Add yesterday" on the nudge).
ADD_YESTERDAY: Final = N_("➕ Add yesterday")
ANOTHER_DAY: Final = N_("📅 Another day")
PICK_DAY: Final = N_("Which day would you like to fill in? Any of the last seven is fine.")
PAST_DAY_MOOD: Final = N_("Looking back at {day}: how was it?")
PAST_WORDS_PROMPT: Final = N_("Three words for that day? There are no wrong ones.")
PAST_STEP_PROMPT: Final = N_(
    "Was there a small step that day? Rest counts too, and so does the smallest thing."
)
PAST_REST: Final = N_("🌿 A rest day")
PAST_DAY_REST: Final = N_("A rest day, and that counts.")
PAST_OWN_STEP_ASK: Final = N_("What was your small step? A few words are plenty.")
PAST_OUTCOME_QUESTION: Final = N_("And how did it go?")
PAST_NOT_TODAY: Final = N_("Not in the end")
PAST_DAY_KEPT: Final = N_("{day} is filled in. Thank you for coming back to it. 🌿")
PAST_SO_FAR: Final = N_("{day}, as you told it")
PAST_CHANGE_HINT: Final = N_("You can change any of it for a week after the day.")
ADD_NOTE: Final = N_("📝 Add a note to it")
DAY_NOTE_ASK: Final = N_("Type it whenever you're ready, and I'll keep it with {day}.")
DAY_NOTE_KEPT: Final = N_("Kept with {day}.")
