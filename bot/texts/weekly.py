"""Every word of the weekly look back: the summary lines, the questions, the chart's words.

Tuples hold variants so a weekly message does not read the same each week; choose one with
`bot.texts.checkin.pick(variants, seed)`. Placeholders are filled with `str.format`. The summary
counts what happened and never what did not.
"""

from __future__ import annotations

from typing import Final

THIS_WEEK_LABEL: Final = "This week so far"
LAST_WEEK_LABEL: Final = "Last week"

WEEKDAY_LABELS: Final[tuple[str, ...]] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# --- The summary, line by line -----------------------------------------------------------------

SUMMARY_HEADER: Final[tuple[str, ...]] = (
    "{label}, in a few lines 🌿",
    "{label}: a gentle look back 🌿",
    "{label}, in brief 🌿",
    "🌿 {label}, looking back",
)

SHOWED_UP: Final[tuple[str, ...]] = (
    "You showed up on {days}.",
    "You were here on {days}.",
    "You checked in with yourself on {days}.",
    "{days} of showing up for yourself.",
)

TOP_WORDS: Final[tuple[str, ...]] = (
    "Words you used most: {words}.",
    "Words that kept coming back: {words}.",
    "How you named it most often: {words}.",
)
# When no word came twice, "most" would not be true.
WORDS_USED: Final[tuple[str, ...]] = (
    "Your words for these days: {words}.",
    "How you named your days: {words}.",
    "In your three words: {words}.",
)

STEPS_HEADER: Final[tuple[str, ...]] = (
    "Small steps you took:",
    "Steps that happened, all or in part:",
    "Your small steps:",
)

STEP_LINE: Final = "• {step} ({times})"
MORE_STEPS: Final = "• and {steps}"

REST_LINE: Final[tuple[str, ...]] = (
    "You chose rest on {days}. That was care too.",
    "{days} of rest. Rest is part of it.",
    "You rested on {days}, and rest counts.",
)

REFLECTIONS_LINE: Final[tuple[str, ...]] = (
    "You wrote {reflections}.",
    "{reflections}, kept for you.",
    "You made time for {reflections}.",
)

OWN_WORDS: Final[tuple[str, ...]] = (
    "In your own words:\n“{line}”",
    "Something you wrote:\n“{line}”",
    "A line of yours:\n“{line}”",
)

RUNNING_COUNT: Final[tuple[str, ...]] = (
    "Since you began: {steps} and counting.",
    "That makes {steps} since you started.",
    "All together, {steps} since you began.",
)

QUESTION_INTRO: Final[tuple[str, ...]] = (
    "For the days ahead:\n{question}",
    "One question to take with you:\n{question}",
    "Something to wonder about this week:\n{question}",
)

WEEK_AHEAD_QUESTIONS: Final[tuple[str, ...]] = (
    "What is one small thing that would make the coming days a little kinder?",
    "Which small step from these days would you like to keep?",
    "What could be “good enough” this week, instead of perfect?",
    "Who could you reach out to, even briefly?",
    "When could you give yourself a real rest in the days ahead?",
    "What small comfort could you keep ready for a heavy moment?",
    "What would your future self thank you for, a week from now?",
    "What gave you a little energy lately, and could it happen again?",
    "Where could you find ten quiet minutes for yourself?",
    "What could you say no to, to make room for yourself?",
    "What do you need more of in the week ahead?",
    "What would help tomorrow morning feel a little softer?",
)

NO_DATA: Final[tuple[str, ...]] = (
    "{label}: a quiet one here, and that's alright. 🌿\n"
    "Some weeks are for getting through. /checkin is here whenever you'd like.",
    "{label}: nothing written down here, and that's okay.\n"
    "Whenever it suits you, /checkin or /reflect is here. 🌿",
    "{label}: a blank page so far, and blank pages are fine.\n"
    "I'm here whenever you want to check in. 🌿",
)

# --- Counting words ----------------------------------------------------------------------------

DAY: Final = ("day", "days")
REFLECTION: Final = ("reflection", "reflections")
SMALL_STEP: Final = ("small step", "small steps")
OTHER_STEP: Final = ("other step", "other steps")
ONCE: Final = "once"
TWICE: Final = "twice"
TIMES: Final = "{count} times"

# --- The chart ---------------------------------------------------------------------------------

CHART_TITLE: Final = "How your days felt"
CHART_MORNING: Final = "Morning"
CHART_EVENING: Final = "Evening"
CHART_CAPTION: Final[tuple[str, ...]] = (
    "Your mornings and evenings, day by day. 🌿",
    "How the days felt, morning and evening.",
    "A small picture of your week, in moods.",
)


def count_phrase(count: int, forms: tuple[str, str]) -> str:
    """Put a number with its word: 1 day, 3 days."""
    singular, plural = forms
    return f"{count} {singular if count == 1 else plural}"


def times_phrase(count: int) -> str:
    """Say how often something happened: once, twice, 3 times."""
    if count == 1:
        return ONCE
    if count == 2:
        return TWICE
    return TIMES.format(count=count)
