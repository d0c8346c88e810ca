"""Every word of the weekly look back, and the summary message composed from the week's figures.

Tuples hold variants so a weekly message does not read the same each week; one is chosen with
`pick(variants, seed)`. Placeholders are filled with `str.format`. The summary counts what
happened and never what did not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from bot.core.week import OWN_WORDS_LIMIT, TakenStep, WeekFigures
from bot.texts import steps as step_words
from bot.texts.shape import pick, shorten

STEPS_SHOWN: Final = 3
STEP_TEXT_LIMIT: Final = 44
WORD_LIMIT: Final = 20
LABEL_LIMIT: Final = 40
# Every part of the summary is capped, so the whole message stays under this on a phone.
SUMMARY_LIMIT: Final = 900

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


# --- The summary, composed from the week's figures --------------------------------------------


def step_name(step: TakenStep) -> str:
    """A step as the summary names it: a library step by its short label, an own one as written."""
    if step.key is not None:
        return step_words.label_of(step.key)
    return step.own_words or ""


def _steps_block(steps: Sequence[tuple[TakenStep, int]], seed: int) -> str:
    """The small steps as a short list, the rest counted in one line."""
    lines = [pick(STEPS_HEADER, seed)]
    for taken, times in steps[:STEPS_SHOWN]:
        step = shorten(step_name(taken), STEP_TEXT_LIMIT)
        lines.append(STEP_LINE.format(step=step, times=times_phrase(times)))
    hidden = len(steps) - STEPS_SHOWN
    if hidden > 0:
        more = count_phrase(hidden, OTHER_STEP)
        lines.append(MORE_STEPS.format(steps=more))
    return "\n".join(lines)


def _presence_lines(figures: WeekFigures, seed: int) -> list[str]:
    """The days they showed up, and the words they used most."""
    days = count_phrase(figures.days_showed_up, DAY)
    lines = [pick(SHOWED_UP, seed).format(days=days)]
    if figures.top_words:
        words = ", ".join(shorten(word, WORD_LIMIT) for word in figures.top_words)
        named = TOP_WORDS if figures.top_words_repeat else WORDS_USED
        lines.append(pick(named, seed).format(words=words))
    return lines


def _care_lines(figures: WeekFigures, seed: int) -> list[str]:
    """Rest days named as rest, and the reflections written."""
    lines: list[str] = []
    if figures.rest_days:
        rest = count_phrase(figures.rest_days, DAY)
        lines.append(pick(REST_LINE, seed).format(days=rest))
    if figures.reflections:
        reflections = count_phrase(figures.reflections, REFLECTION)
        lines.append(pick(REFLECTIONS_LINE, seed).format(reflections=reflections))
    return lines


def _own_words_lines(figures: WeekFigures, seed: int) -> list[str]:
    """One line of their own words, in quotes, if there is one to reflect back."""
    if not figures.own_words:
        return []
    line = shorten(figures.own_words, OWN_WORDS_LIMIT)
    return [pick(OWN_WORDS, seed).format(line=line)]


def _running_count_lines(figures: WeekFigures, seed: int) -> list[str]:
    """The small steps since they began, counted up."""
    if not figures.steps_since_start:
        return []
    steps = count_phrase(figures.steps_since_start, SMALL_STEP)
    return [pick(RUNNING_COUNT, seed).format(steps=steps)]


def _paragraphs(figures: WeekFigures, seed: int) -> list[str]:
    """The summary's middle paragraphs, each present only when it has something to say."""
    steps = [_steps_block(figures.steps_taken, seed)] if figures.steps_taken else []
    groups = (
        _presence_lines(figures, seed),
        steps,
        _care_lines(figures, seed),
        _own_words_lines(figures, seed),
        _running_count_lines(figures, seed),
    )
    return ["\n".join(group) for group in groups if group]


def week_ahead_question(seed: int) -> str:
    """One gentle question for the days ahead."""
    return pick(WEEK_AHEAD_QUESTIONS, seed)


def summary_text(figures: WeekFigures, seed: int, *, label: str) -> str:
    """The weekly summary message; a short kind note instead when the week holds nothing."""
    label = shorten(label, LABEL_LIMIT)
    if not figures.has_data:
        return pick(NO_DATA, seed).format(label=label)
    header = pick(SUMMARY_HEADER, seed).format(label=label)
    question = pick(QUESTION_INTRO, seed).format(question=week_ahead_question(seed))
    return "\n\n".join([header, *_paragraphs(figures, seed), question])
