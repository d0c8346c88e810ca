"""Every word of the weekly look back, and the summary message composed from the week's figures.

Tuples hold variants so a weekly message does not read the same each week; one is chosen with
`pick(variants, seed)`. Placeholders are filled with `str.format`. The summary counts what
happened and never what did not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from bot.charts import ChartWords
from bot.core.week import OWN_WORDS_LIMIT, TakenStep, WeekFigures
from bot.texts import steps as step_words
from bot.texts.catalog import N_, Msg, Translator
from bot.texts.checkin import MOOD_SCALE
from bot.texts.shape import shorten

STEPS_SHOWN: Final = 3
# The weeks in a row are named from two: one week is simply this one.
STREAK_SHOWN_FROM: Final = 2
STEP_TEXT_LIMIT: Final = 44
WORD_LIMIT: Final = 20
LABEL_LIMIT: Final = 40
# Every part of the summary is capped, so the whole message stays under this on a phone.
SUMMARY_LIMIT: Final = 900

THIS_WEEK_LABEL: Final = N_("This week so far")
LAST_WEEK_LABEL: Final = N_("Last week")
WEEK_OF_LABEL: Final = N_("The week of {day}")


# --- The summary, line by line -----------------------------------------------------------------

SUMMARY_HEADER: Final[tuple[Msg, ...]] = (
    N_("{label}, in a few lines 🌿"),
    N_("{label}: a gentle look back 🌿"),
    N_("{label}, in brief 🌿"),
    N_("🌿 {label}, looking back"),
)

SHOWED_UP: Final[tuple[Msg, ...]] = (
    N_("You showed up on {days}."),
    N_("You were here on {days}."),
    N_("You checked in with yourself on {days}."),
    N_("{days} of showing up for yourself."),
)

TOP_WORDS: Final[tuple[Msg, ...]] = (
    N_("Words you used most: {words}."),
    N_("Words that kept coming back: {words}."),
    N_("How you named it most often: {words}."),
)
# When no word came twice, "most" would not be true.
WORDS_USED: Final[tuple[Msg, ...]] = (
    N_("Your words for these days: {words}."),
    N_("How you named your days: {words}."),
    N_("In your three words: {words}."),
)

STEPS_HEADER: Final[tuple[Msg, ...]] = (
    N_("Small steps you took:"),
    N_("Steps that happened, all or in part:"),
    N_("Your small steps:"),
)

STEP_LINE: Final = N_("• {step} ({times})")
MORE_STEPS: Final = N_("• and {steps}")

REST_LINE: Final[tuple[Msg, ...]] = (
    N_("You chose rest on {days}. That was care too."),
    N_("{days} of rest. Rest is part of it."),
    N_("You rested on {days}, and rest counts."),
)

REFLECTIONS_LINE: Final[tuple[Msg, ...]] = (
    N_("You wrote {reflections}."),
    N_("{reflections}, kept for you."),
    N_("You made time for {reflections}."),
)

OWN_WORDS: Final[tuple[Msg, ...]] = (
    N_("In your own words:\n“{line}”"),
    N_("Something you wrote:\n“{line}”"),
    N_("A line of yours:\n“{line}”"),
)

RUNNING_COUNT: Final[tuple[Msg, ...]] = (
    N_("Since you began: {steps} and counting."),
    N_("That makes {steps} since you started."),
    N_("All together, {steps} since you began."),
)

QUESTION_INTRO: Final[tuple[Msg, ...]] = (
    N_("For the days ahead:\n{question}"),
    N_("One question to take with you:\n{question}"),
    N_("Something to wonder about this week:\n{question}"),
)

WEEK_AHEAD_QUESTIONS: Final[tuple[Msg, ...]] = (
    N_("What is one small thing that would make the coming days a little kinder?"),
    N_("Which small step from these days would you like to keep?"),
    N_("What could be “good enough” this week, instead of perfect?"),
    N_("Who could you reach out to, even briefly?"),
    N_("When could you give yourself a real rest in the days ahead?"),
    N_("What small comfort could you keep ready for a heavy moment?"),
    N_("What would your future self thank you for, a week from now?"),
    N_("What gave you a little energy lately, and could it happen again?"),
    N_("Where could you find ten quiet minutes for yourself?"),
    N_("What could you say no to, to make room for yourself?"),
    N_("What do you need more of in the week ahead?"),
    N_("What would help tomorrow morning feel a little softer?"),
)

NO_DATA: Final[tuple[Msg, ...]] = (
    N_(
        "{label}: a quiet one here, and that's alright. 🌿\n"
        "Some weeks are for getting through. /checkin is here whenever you'd like."
    ),
    N_(
        "{label}: nothing written down here, and that's okay.\n"
        "Whenever it suits you, /checkin or /reflect is here. 🌿"
    ),
    N_(
        "{label}: a blank page so far, and blank pages are fine.\n"
        "I'm here whenever you want to check in. 🌿"
    ),
)

# --- The chart ---------------------------------------------------------------------------------

CHART_TITLE: Final = N_("How your days felt")
CHART_MORNING: Final = N_("Morning")
CHART_EVENING: Final = N_("Evening")


def chart_words(tr: Translator) -> ChartWords:
    """Every word on the mood chart, in the person's language."""
    moods = tuple(tr(word) for _, _, word in MOOD_SCALE)
    return ChartWords(tr(CHART_TITLE), tr(CHART_MORNING), tr(CHART_EVENING), moods)


def day_labels(tr: Translator) -> list[str]:
    """The chart's short weekday names, Monday to Sunday, as the language writes them."""
    return [tr.weekday(index, "abbreviated").rstrip(".").capitalize() for index in range(7)]


# --- Counting words ----------------------------------------------------------------------------


def days_phrase(tr: Translator, count: int) -> str:
    """A number of days: 1 day, 3 days."""
    return tr.plural("{count} day", "{count} days", count).format(count=count)


def reflections_phrase(tr: Translator, count: int) -> str:
    """A number of reflections: 1 reflection, 3 reflections."""
    return tr.plural("{count} reflection", "{count} reflections", count).format(count=count)


def small_steps_phrase(tr: Translator, count: int) -> str:
    """A number of small steps: 1 small step, 3 small steps."""
    return tr.plural("{count} small step", "{count} small steps", count).format(count=count)


def other_steps_phrase(tr: Translator, count: int) -> str:
    """How many more steps were not listed: 1 other step, 3 other steps."""
    return tr.plural("{count} other step", "{count} other steps", count).format(count=count)


def times_phrase(tr: Translator, count: int) -> str:
    """Say how often something happened: once, twice, 3 times."""
    if count == 1:
        return tr(N_("once"))
    if count == 2:
        return tr(N_("twice"))
    return tr.plural("{count} time", "{count} times", count).format(count=count)


# --- The summary, composed from the week's figures --------------------------------------------


def step_name(tr: Translator, step: TakenStep) -> str:
    """A step as the summary names it: a library step by its short label, an own one as written."""
    if step.key is not None:
        return tr(step_words.label_of(step.key))
    return step.own_words or ""


def _steps_block(tr: Translator, steps: Sequence[tuple[TakenStep, int]], seed: int) -> str:
    """The small steps as a short list, the rest counted in one line."""
    lines = [tr.pick(STEPS_HEADER, seed)]
    for taken, times in steps[:STEPS_SHOWN]:
        step = shorten(step_name(tr, taken), STEP_TEXT_LIMIT)
        lines.append(tr(STEP_LINE).format(step=step, times=times_phrase(tr, times)))
    hidden = len(steps) - STEPS_SHOWN
    if hidden > 0:
        lines.append(tr(MORE_STEPS).format(steps=other_steps_phrase(tr, hidden)))
    return "\n".join(lines)


def _presence_lines(tr: Translator, figures: WeekFigures, seed: int) -> list[str]:
    """The days they showed up, and the words they used most."""
    days = days_phrase(tr, figures.days_showed_up)
    lines = [tr.pick(SHOWED_UP, seed).format(days=days)]
    if figures.top_words:
        words = ", ".join(shorten(word, WORD_LIMIT) for word in figures.top_words)
        named = TOP_WORDS if figures.top_words_repeat else WORDS_USED
        lines.append(tr.pick(named, seed).format(words=words))
    return lines


def _care_lines(tr: Translator, figures: WeekFigures, seed: int) -> list[str]:
    """Rest days named as rest, and the reflections written."""
    lines: list[str] = []
    if figures.rest_days:
        rest = days_phrase(tr, figures.rest_days)
        lines.append(tr.pick(REST_LINE, seed).format(days=rest))
    if figures.reflections:
        reflections = reflections_phrase(tr, figures.reflections)
        lines.append(tr.pick(REFLECTIONS_LINE, seed).format(reflections=reflections))
    return lines


def _own_words_lines(tr: Translator, figures: WeekFigures, seed: int) -> list[str]:
    """One line of their own words, in quotes, if there is one to reflect back."""
    if not figures.own_words:
        return []
    line = shorten(figures.own_words, OWN_WORDS_LIMIT)
    return [tr.pick(OWN_WORDS, seed).format(line=line)]


def _running_count_lines(tr: Translator, figures: WeekFigures, seed: int) -> list[str]:
    """The small steps since they began, counted up, and the weeks in a row they came."""
    lines = []
    if figures.steps_since_start:
        steps = small_steps_phrase(tr, figures.steps_since_start)
        lines.append(tr.pick(RUNNING_COUNT, seed).format(steps=steps))
    if figures.weeks_in_a_row >= STREAK_SHOWN_FROM:
        count = figures.weeks_in_a_row
        line = tr.plural(
            "You've come by {count} week in a row now. 🌿",
            "You've come by {count} weeks in a row now. 🌿",
            count,
        )
        lines.append(line.format(count=count))
    return lines


def _paragraphs(tr: Translator, figures: WeekFigures, seed: int) -> list[str]:
    """The summary's middle paragraphs, each present only when it has something to say."""
    steps = [_steps_block(tr, figures.steps_taken, seed)] if figures.steps_taken else []
    groups = (
        _presence_lines(tr, figures, seed),
        steps,
        _care_lines(tr, figures, seed),
        _own_words_lines(tr, figures, seed),
        _running_count_lines(tr, figures, seed),
    )
    return ["\n".join(group) for group in groups if group]


def week_label(tr: Translator, *, last_week: bool, week: date | None = None) -> str:
    """Which week a summary looks back on: 'This week so far', 'Last week', or, sent at its
    scheduled hour, 'The week of 23 November' (the week closing, not one under way)."""
    if week is not None:
        return tr(WEEK_OF_LABEL).format(day=tr.date(week, "MMMMd"))
    return tr(LAST_WEEK_LABEL if last_week else THIS_WEEK_LABEL)


def summary_text(tr: Translator, figures: WeekFigures, seed: int, *, label: str) -> str:
    """The weekly summary message; a short kind note instead when the week holds nothing."""
    label = shorten(label, LABEL_LIMIT)
    if not figures.has_data:
        return tr.pick(NO_DATA, seed).format(label=label)
    header = tr.pick(SUMMARY_HEADER, seed).format(label=label)
    question = tr.pick(QUESTION_INTRO, seed).format(question=tr.pick(WEEK_AHEAD_QUESTIONS, seed))
    return "\n\n".join([header, *_paragraphs(tr, figures, seed), question])
