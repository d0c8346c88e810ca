"""A gentle week in review: the figures of a week of check-ins, and which week is whose.

Pure facts, no words: the storage layer fills `WeekData` from its aggregates (already bucketed
into the person's local dates); `bot.texts.weekly.summary_text` turns the figures into the
message and `bot.charts` into the chart. The figures count what happened and never what did
not: a nudge left unanswered is not a day of showing up.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

WEEK_LENGTH: Final = 7
# A weekly summary sent Friday to Sunday looks at the week under way; earlier, at the week before.
CURRENT_WEEK_FROM_WEEKDAY: Final = 4
TOP_WORDS_LIMIT: Final = 5
# A line of the person's own words is quoted back only when it is this short and this whole.
OWN_WORDS_LIMIT: Final = 120
OWN_WORDS_MIN_WORDS: Final = 3

# Fillers dropped from the three-words answers; what is left are the feeling words.
STOP_WORDS: Final = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "so", "very", "bit", "little", "quite",
        "really", "rather", "somewhat", "kind", "kinda", "sort", "sorta", "of", "just",
        "too", "also", "i", "i'm", "im", "am", "is", "it", "it's", "its", "me", "my",
        "feel", "feeling", "feels", "today", "with", "to", "in", "at", "on", "for", "only",
        "should", "though", "yet", "more", "less", "like", "pretty", "super", "much",
    }
)  # fmt: skip
# Words of despair are heard when written and never named back as a week's words.
DISTRESS_WORDS: Final = frozenset(
    {
        "hopeless", "worthless", "useless", "pointless", "helpless", "trapped", "suicidal",
        "dead", "die", "dying", "numb", "empty", "broken", "burden", "despair", "desperate",
        "unbearable", "unwanted", "unloved", "failure", "pathetic", "disgusting", "hate",
    }
)  # fmt: skip
# "not tired" stays one feeling rather than becoming "tired".
NEGATIONS: Final = frozenset({"not", "no", "never"})

# Words that are not reflected back as "a line of yours": distress is answered when it is
# written, never quoted back in a weekly summary, and neither is self-blame.
_NOT_QUOTED: Final = re.compile(
    r"\b(die|dying|dead|death|kill|suicid\w*|end it|end my|hurt myself|harm myself|"
    r"self[- ]harm|can(?:not|[’']?t) (?:do this|go on)|no point|give up|giving up|hopeless|"
    r"worthless|useless|hate myself|should|failed|failure|missed|only|lazy|pathetic)\b",
    re.IGNORECASE,
)
_WORD_SPLIT: Final = re.compile(r"[\s,;/]+")
_EDGE_PUNCTUATION: Final = re.compile(r"^[^\w]+|[^\w]+$")
_SENTENCE_END: Final = re.compile(r"(?<=[.!?…])\s+|\n+")


@dataclass(frozen=True)
class DayEntry:
    """One local day of the week, as the storage layer aggregates it."""

    local_date: date
    mood: int | None = None
    evening_mood: int | None = None
    rest: bool = False
    chose_step: bool = False
    wrote: bool = False  # three words or a note that day
    reflections: int = 0

    @property
    def showed_up(self) -> bool:
        """Tell whether the person did something this day (an unanswered nudge is not them)."""
        return (
            self.mood is not None
            or self.evening_mood is not None
            or self.rest
            or self.chose_step
            or self.wrote
            or self.reflections > 0
        )


@dataclass(frozen=True)
class TakenStep:
    """A step as the week counts it: a library step by its key, or the person's own words.

    The summary puts a key into words (bot/texts/steps); own words are shown as written.
    """

    key: str | None = None
    own_words: str | None = None


@dataclass(frozen=True)
class StepTally:
    """A small step done or partly done in the week, how often, and the first day it was."""

    step: TakenStep
    times: int
    first: date


@dataclass(frozen=True)
class WeekData:
    """Everything kept about one person for one week (Monday to Sunday, local dates).

    `days` holds the week's local days with anything kept (at most one entry a date);
    `words` are the three-words answers in date order; `steps` are the steps taken, counted.
    """

    week_start: date
    days: list[DayEntry] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    steps: list[StepTally] = field(default_factory=list)
    reflection_lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    steps_since_start: int = 0
    # Days before the week on which the person showed up (for the weeks in a row).
    earlier_days: list[date] = field(default_factory=list)


@dataclass(frozen=True)
class WeekFigures:
    """What the summary and the chart show, worked out from one `WeekData`."""

    week_start: date
    days_showed_up: int
    morning_moods: tuple[int | None, ...]
    evening_moods: tuple[int | None, ...]
    top_words: tuple[str, ...]
    # Whether the top words each came more than once, so "most often" is true.
    top_words_repeat: bool
    steps_taken: tuple[tuple[TakenStep, int], ...]
    rest_days: int
    reflections: int
    own_words: str | None
    steps_since_start: int
    has_data: bool
    # Weeks in a row, up to this one, with at least one day of showing up (never days missed).
    weeks_in_a_row: int = 0

    @property
    def has_mood_points(self) -> bool:
        """Tell whether there is at least one mood to draw."""
        return any(mood is not None for mood in self.morning_moods + self.evening_moods)


# --- Figures -----------------------------------------------------------------------------------


def _in_week(week_start: date, day: date) -> bool:
    """Tell whether a local date falls in the week that starts on `week_start`."""
    return 0 <= (day - week_start).days < WEEK_LENGTH


def _week_days(data: WeekData) -> list[DayEntry]:
    """The week's days the person showed up, in date order, ignoring any outside the week."""
    inside = [
        day for day in data.days if day.showed_up and _in_week(data.week_start, day.local_date)
    ]
    return sorted(inside, key=lambda day: day.local_date)


def _moods_by_weekday(
    week_start: date, days: Sequence[DayEntry], evening: bool
) -> tuple[int | None, ...]:
    """Seven moods, Monday first, None where there is no mood that day."""
    moods: list[int | None] = [None] * WEEK_LENGTH
    for day in days:
        moods[(day.local_date - week_start).days] = day.evening_mood if evening else day.mood
    return tuple(moods)


def _tokens(answer: str) -> list[str]:
    """Lowercase words of one answer, edge punctuation stripped, empty pieces dropped."""
    pieces = (_EDGE_PUNCTUATION.sub("", piece.lower()) for piece in _WORD_SPLIT.split(answer))
    return [piece.replace("’", "'") for piece in pieces if piece]


def feeling_words(answer: str) -> list[str]:
    """The feeling words in one three-words answer, fillers dropped, "not x" kept whole."""
    words: list[str] = []
    negation: str | None = None
    for token in _tokens(answer):
        if token in NEGATIONS:
            negation = token
        elif token not in STOP_WORDS:
            words.append(f"{negation} {token}" if negation else token)
            negation = None
    return words


def _most_common(items: Iterable[str], limit: int | None = None) -> list[tuple[str, int]]:
    """Items with their counts, most frequent first, ties in order of first appearance."""
    counts = Counter(items)  # Counter keeps first-seen order, and sorted() is stable
    ranked = sorted(counts.items(), key=lambda pair: -pair[1])
    return ranked[:limit] if limit is not None else ranked


def top_feeling_words(answers: Iterable[str]) -> tuple[tuple[str, ...], bool]:
    """Up to five feeling words from the week's answers, most used first, and if they repeat.

    "Most often" must be true: when some words came more than once, only those are named.
    Distress words are answered when written, never named back.
    """
    words = (
        word
        for answer in answers
        for word in feeling_words(answer)
        if not DISTRESS_WORDS.intersection(word.split())
    )
    ranked = _most_common(words, TOP_WORDS_LIMIT)
    repeated = tuple(word for word, count in ranked if count > 1)
    return (repeated, True) if repeated else (tuple(word for word, _ in ranked), False)


def _same_step(step: TakenStep) -> TakenStep | None:
    """The step a tally counts toward: its library key, or its own words trimmed; None if blank."""
    if step.key is not None:
        return TakenStep(key=step.key)
    words = (step.own_words or "").strip()
    return TakenStep(own_words=words) if words else None


def steps_taken(tallies: Iterable[StepTally]) -> tuple[tuple[TakenStep, int], ...]:
    """Steps done or partly done, with how often, most frequent first, ties in week order.

    The same own words may arrive as several tallies (stored encrypted, or spaced differently),
    so they are added up by their words here; a library step is counted by its key.
    """
    counts: Counter[TakenStep] = Counter()
    for tally in sorted(tallies, key=lambda tally: tally.first):
        step = _same_step(tally.step)
        if step is not None:
            counts[step] += tally.times
    return tuple(sorted(counts.items(), key=lambda pair: -pair[1]))


def _sentences(text: str) -> list[str]:
    """Split a piece of writing into trimmed sentences."""
    return [piece.strip(" \t\"'“”‘’") for piece in _SENTENCE_END.split(text) if piece.strip()]


def _fit_to_quote(sentence: str) -> bool:
    """Tell whether a sentence is short, whole and kind enough to reflect back."""
    return (
        len(sentence) <= OWN_WORDS_LIMIT
        and len(sentence.split()) >= OWN_WORDS_MIN_WORDS
        and not sentence.startswith("/")
        and _NOT_QUOTED.search(sentence) is None
    )


def own_words_line(texts: Iterable[str]) -> str | None:
    """The shortest quotable sentence among the person's own words, first one on a tie."""
    candidates = [s for text in texts for s in _sentences(text) if _fit_to_quote(s)]
    return min(candidates, key=len) if candidates else None


def week_figures(data: WeekData) -> WeekFigures:
    """Work out everything the weekly summary and chart show."""
    days = _week_days(data)
    showed_up = len({day.local_date for day in days})
    top_words, top_words_repeat = top_feeling_words(data.words)
    return WeekFigures(
        week_start=data.week_start,
        days_showed_up=showed_up,
        morning_moods=_moods_by_weekday(data.week_start, days, evening=False),
        evening_moods=_moods_by_weekday(data.week_start, days, evening=True),
        top_words=top_words,
        top_words_repeat=top_words_repeat,
        steps_taken=steps_taken(data.steps),
        rest_days=sum(1 for day in days if day.rest),
        reflections=sum(day.reflections for day in days),
        own_words=own_words_line([*data.reflection_lines, *data.notes]),
        steps_since_start=data.steps_since_start,
        has_data=showed_up > 0,
        weeks_in_a_row=weeks_in_a_row(data.week_start, data.earlier_days) if showed_up else 0,
    )


def weeks_in_a_row(week_start: date, earlier_days: Iterable[date]) -> int:
    """This week and the weeks just before it with a day of showing up, counted back to a gap."""
    weeks_back = {(week_start - day).days // WEEK_LENGTH + 1 for day in earlier_days}
    count = 1
    while count in weeks_back:
        count += 1
    return count


def week_start_of(day: date) -> date:
    """The Monday of the week a local date belongs to."""
    return day - timedelta(days=day.weekday())


def summarised_week(delivery_date: date) -> date:
    """The Monday of the week a weekly summary delivered on this local date looks at."""
    start = week_start_of(delivery_date)
    if delivery_date.weekday() < CURRENT_WEEK_FROM_WEEKDAY:
        return start - timedelta(days=WEEK_LENGTH)
    return start


def delivery_dates_of(week_start: date) -> tuple[date, date]:
    """The first and last local delivery dates whose weekly summary looks at this week."""
    first = week_start + timedelta(days=CURRENT_WEEK_FROM_WEEKDAY)
    return first, first + timedelta(days=WEEK_LENGTH - 1)
