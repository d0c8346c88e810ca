from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from bot.charts import chart_days
from bot.core.steps import STEPS
from bot.core.week import (
    DayEntry,
    StepTally,
    TakenStep,
    WeekData,
    WeekFigures,
    delivery_dates_of,
    feeling_words,
    own_words_line,
    summarised_week,
    week_figures,
    week_start_of,
    weeks_in_a_row,
)
from bot.texts import weekly
from bot.texts.steps import label_of
from bot.texts.weekly import SUMMARY_LIMIT, summary_text
from testkit.words import EN, en, en_all

MONDAY = date(2026, 11, 16)
SEEDS = range(60)
LABELS = (en(weekly.THIS_WEEK_LABEL), en(weekly.LAST_WEEK_LABEL))
NEVER_SAID = ("missed", "only", "failed", "should")


WALK = "short-walk"  # "Take a short walk", from the library


def day(
    offset: int,
    *,
    mood: int | None = 3,
    evening: int | None = None,
    rest: bool = False,
    step: bool = False,
    wrote: bool = False,
    reflections: int = 0,
) -> DayEntry:
    return DayEntry(MONDAY + timedelta(days=offset), mood, evening, rest, step, wrote, reflections)


def own(words: str) -> TakenStep:
    return TakenStep(own_words=words)


def tally(text: str, times: int, offset: int = 0) -> StepTally:
    """A tally of a person's own step, in their words."""
    return StepTally(own(text), times, MONDAY + timedelta(days=offset))


def library_tally(key: str, times: int, offset: int = 0) -> StepTally:
    return StepTally(TakenStep(key=key), times, MONDAY + timedelta(days=offset))


def full_week() -> WeekData:
    days = [
        day(0, mood=2, evening=3, step=True, wrote=True, reflections=2),
        day(1, mood=3, step=True, wrote=True),
        day(2, mood=3, evening=4, step=True, wrote=True, reflections=2),
        day(3, mood=None, rest=True),
        day(4, mood=4, evening=4, step=True, wrote=True),
        day(5, mood=5, evening=5, step=True, wrote=True),
        day(6, mood=1, rest=True, wrote=True),
    ]
    return WeekData(
        week_start=MONDAY,
        days=days,
        words=[
            "tired, heavy, hopeful",
            "Tired and a bit calm",
            "calm, tired, okay",
            "hopeful, CALM!",
            "light, warm, hopeful",
            "so very tired",
        ],
        steps=[library_tally(WALK, 3), tally("Sip some water", 1, 1)],
        reflection_lines=[
            "I made my bed this morning. It felt pointless, and I did it anyway.",
            "ok",
        ],
        notes=["The tea was warm and the afternoon light was soft."],
        steps_since_start=37,
    )


def assert_kind(text: str) -> None:
    lowered = text.lower()
    for word in NEVER_SAID:
        assert re.search(rf"\b{word}\b", lowered) is None, (word, text)


# --- figures -------------------------------------------------------------------------------


def test_no_data() -> None:
    figures = week_figures(WeekData(week_start=MONDAY))
    assert not figures.has_data
    assert figures.days_showed_up == 0
    assert figures.morning_moods == (None,) * 7
    assert figures.evening_moods == (None,) * 7
    assert figures.top_words == ()
    assert figures.steps_taken == ()
    assert figures.rest_days == 0
    assert figures.reflections == 0
    assert figures.own_words is None
    assert not figures.has_mood_points


def test_no_data_this_week_but_steps_from_before() -> None:
    figures = week_figures(WeekData(week_start=MONDAY, steps_since_start=12))
    assert not figures.has_data
    assert figures.steps_since_start == 12


def test_one_day() -> None:
    data = WeekData(
        week_start=MONDAY,
        days=[day(2, mood=2, evening=3, step=True, wrote=True)],
        words=["Tired, hopeful"],
        steps=[tally("Open the curtains", 1, 2)],
        steps_since_start=1,
    )
    figures = week_figures(data)
    assert figures.has_data
    assert figures.days_showed_up == 1
    assert figures.morning_moods == (None, None, 2, None, None, None, None)
    assert figures.evening_moods == (None, None, 3, None, None, None, None)
    assert figures.top_words == ("tired", "hopeful")
    assert not figures.top_words_repeat
    assert figures.steps_taken == ((own("Open the curtains"), 1),)
    assert figures.rest_days == 0
    assert figures.steps_since_start == 1
    assert figures.has_mood_points


def test_full_week() -> None:
    figures = week_figures(full_week())
    assert figures.has_data
    assert figures.days_showed_up == 7
    assert figures.morning_moods == (2, 3, 3, None, 4, 5, 1)
    assert figures.evening_moods == (3, None, 4, None, 4, 5, None)
    assert figures.top_words == ("tired", "hopeful", "calm")
    assert figures.top_words_repeat
    assert figures.steps_taken == ((TakenStep(key=WALK), 3), (own("Sip some water"), 1))
    assert figures.rest_days == 2
    assert figures.reflections == 4
    assert figures.own_words == "I made my bed this morning."
    assert figures.steps_since_start == 37


def test_a_day_counts_once_with_check_in_reflection_and_note() -> None:
    data = WeekData(
        week_start=MONDAY,
        days=[day(0, wrote=True, reflections=2), day(1), day(4, mood=None, reflections=1)],
        reflection_lines=["one", "two", "three"],
        notes=["a note"],
    )
    figures = week_figures(data)
    assert figures.days_showed_up == 3
    assert figures.reflections == 3


def test_unanswered_nudges_are_not_days_of_showing_up() -> None:
    # Every morning nudge opens an empty check-in; only Wednesday was answered.
    days = [day(offset, mood=None) for offset in range(7) if offset != 2]
    data = WeekData(week_start=MONDAY, days=[*days, day(2, mood=4)], steps_since_start=3)
    figures = week_figures(data)
    assert figures.days_showed_up == 1
    assert figures.morning_moods == (None, None, 4, None, None, None, None)
    text = summary_text(EN, figures, 0, label=en(weekly.THIS_WEEK_LABEL))
    assert "1 day" in text and "1 days" not in text and "7 days" not in text


def test_a_week_of_only_unanswered_nudges_has_no_data() -> None:
    data = WeekData(week_start=MONDAY, days=[day(offset, mood=None) for offset in range(7)])
    figures = week_figures(data)
    assert not figures.has_data
    assert figures.days_showed_up == 0
    assert not figures.has_mood_points


@pytest.mark.parametrize(
    "entry",
    [
        day(1, mood=2),
        day(1, mood=None, evening=4),
        day(1, mood=None, rest=True),
        day(1, mood=None, step=True),
        day(1, mood=None, wrote=True),
        day(1, mood=None, reflections=1),
    ],
)
def test_any_one_thing_done_makes_a_day_of_showing_up(entry: DayEntry) -> None:
    assert week_figures(WeekData(week_start=MONDAY, days=[entry])).days_showed_up == 1


def test_days_outside_the_week_are_ignored() -> None:
    data = WeekData(
        week_start=MONDAY,
        days=[day(-1, mood=1), day(7, mood=1), day(3, mood=4), day(-2, reflections=1)],
    )
    figures = week_figures(data)
    assert figures.days_showed_up == 1
    assert figures.morning_moods == (None, None, None, 4, None, None, None)


def test_days_may_arrive_in_any_order() -> None:
    ordered = full_week()
    shuffled = WeekData(
        week_start=MONDAY,
        days=list(reversed(ordered.days)),
        words=ordered.words,
        steps=list(reversed(ordered.steps)),
        reflection_lines=ordered.reflection_lines,
        notes=ordered.notes,
        steps_since_start=ordered.steps_since_start,
    )
    assert week_figures(shuffled) == week_figures(ordered)


# --- feeling words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        ("tired, hopeful, calm", ["tired", "hopeful", "calm"]),
        ("Tired and a bit calm", ["tired", "calm"]),
        ("so very tired", ["tired"]),
        ("  Calm!!  ,, “hopeful”. ", ["calm", "hopeful"]),
        ("worn-out, wobbly", ["worn-out", "wobbly"]),
        ("not okay, lonely", ["not okay", "lonely"]),
        ("müde, ruhig", ["müde", "ruhig"]),
        ("🌧 heavy", ["heavy"]),
        ("a and the", []),
    ],
)
def test_feeling_words(answer: str, words: list[str]) -> None:
    assert feeling_words(answer) == words


def test_top_words_ranked_by_count_then_first_use() -> None:
    answers = ["quiet, warm, tired", "tired, warm", "soft, quiet, raw", "bright, soft"]
    days = [day(offset, wrote=True) for offset in range(4)]
    figures = week_figures(WeekData(week_start=MONDAY, days=days, words=answers))
    assert figures.top_words == ("quiet", "warm", "tired", "soft")


def test_most_often_names_only_words_that_came_more_than_once() -> None:
    answers = ["calm, tired", "calm", "bright"]
    days = [day(offset, wrote=True) for offset in range(3)]
    figures = week_figures(WeekData(week_start=MONDAY, days=days, words=answers))
    assert (figures.top_words, figures.top_words_repeat) == (("calm",), True)


def test_distress_words_are_never_named_back() -> None:
    answers = ["hopeless, worthless, tired", "hopeless, empty", "worthless, tired, not hopeless"]
    days = [day(offset, wrote=True) for offset in range(3)]
    figures = week_figures(WeekData(week_start=MONDAY, days=days, words=answers))
    assert (figures.top_words, figures.top_words_repeat) == (("tired",), True)


def test_when_no_word_repeats_the_summary_does_not_say_most() -> None:
    answers = ["calm, tired", "bright"]
    days = [day(offset, wrote=True) for offset in range(2)]
    figures = week_figures(WeekData(week_start=MONDAY, days=days, words=answers))
    text = summary_text(EN, figures, seed=0, label="This week")
    assert ("most" in text.casefold(), "calm, tired, bright" in text) == (False, True)


def test_at_most_five_top_words_and_stop_words_never_among_them() -> None:
    answers = [f"a very happy so bit and word{i % 3} calm{i % 3}" for i in range(7)]
    days = [day(i, wrote=True) for i in range(7)]
    figures = week_figures(WeekData(week_start=MONDAY, days=days, words=answers))
    assert figures.top_words[0] == "happy"
    assert len(figures.top_words) == 5
    assert not {"a", "very", "so", "bit", "and"} & set(figures.top_words)


# --- steps and rest ------------------------------------------------------------------------


def test_step_tallies_of_the_same_words_are_added_up() -> None:
    # Encrypted own steps reach the figures one tally each; spacing does not make a new step.
    steps = [
        tally("Make the bed", 1, 0),
        tally("Drink water first", 2, 1),
        tally("  Drink water first ", 1, 5),
        tally("   ", 2, 6),
    ]
    figures = week_figures(WeekData(week_start=MONDAY, days=[day(0)], steps=steps))
    assert figures.steps_taken == ((own("Drink water first"), 3), (own("Make the bed"), 1))


def test_steps_tied_on_count_keep_the_order_they_were_first_taken() -> None:
    steps = [tally("Call a friend", 1, 4), tally("Make the bed", 1, 0), tally("Stretch", 2, 6)]
    figures = week_figures(WeekData(week_start=MONDAY, days=[day(0)], steps=steps))
    assert figures.steps_taken == (
        (own("Stretch"), 2),
        (own("Make the bed"), 1),
        (own("Call a friend"), 1),
    )


def test_library_steps_are_counted_by_their_key() -> None:
    steps = [
        library_tally("make-bed", 1, 0),
        tally("Make the bed", 1, 1),
        library_tally("make-bed", 2, 3),
        library_tally("shower", 1, 4),
    ]
    figures = week_figures(WeekData(week_start=MONDAY, days=[day(0)], steps=steps))
    assert figures.steps_taken == (
        (TakenStep(key="make-bed"), 3),
        (own("Make the bed"), 1),
        (TakenStep(key="shower"), 1),
    )


def test_rest_days_counted() -> None:
    days = [day(0, rest=True), day(2, rest=True, mood=1), day(4)]
    figures = week_figures(WeekData(week_start=MONDAY, days=days))
    assert figures.rest_days == 2
    assert figures.days_showed_up == 3


# --- their own words -----------------------------------------------------------------------


def test_own_words_picks_the_shortest_meaningful_sentence() -> None:
    texts = [
        "Today I opened the curtains. Then I sat in the sun for a while!",
        "ok",
        "I called my sister.",
    ]
    assert own_words_line(texts) == "I called my sister."


def test_own_words_ties_go_to_the_first() -> None:
    assert own_words_line(["I had tea.", "We had tea."]) == "I had tea."


def test_own_words_skips_too_long_too_short_and_heavy_lines() -> None:
    texts = [
        "word " * 40,
        "fine",
        "I can't do this anymore.",
        "Honestly I can’t go on like this.",
        "I cannot do this much longer.",
        "I should have done more.",
        "/reflect",
    ]
    assert own_words_line(texts) is None


def test_own_words_come_from_notes_too() -> None:
    data = WeekData(week_start=MONDAY, days=[day(0)], notes=["The light was soft today."])
    assert week_figures(data).own_words == "The light was soft today."


# --- the summary ---------------------------------------------------------------------------


@pytest.mark.parametrize("label", LABELS)
def test_no_data_summary_is_short_and_kind(label: str) -> None:
    figures = week_figures(WeekData(week_start=MONDAY, steps_since_start=5))
    for seed in SEEDS:
        text = summary_text(EN, figures, seed, label=label)
        assert text.startswith(label)
        assert len(text) <= 200
        assert_kind(text)
        assert " 0 " not in text


@pytest.mark.parametrize("label", LABELS)
def test_one_day_summary(label: str) -> None:
    data = WeekData(
        week_start=MONDAY,
        days=[day(4, step=True, wrote=True)],
        words=["calm, hopeful"],
        steps=[tally("Open the curtains", 1, 4)],
        steps_since_start=1,
    )
    figures = week_figures(data)
    for seed in SEEDS:
        text = summary_text(EN, figures, seed, label=label)
        assert label in text
        assert "1 day" in text
        assert "1 days" not in text
        assert "calm, hopeful" in text
        assert "Open the curtains (once)" in text
        assert re.search(r"\b1 small step\b", text)
        body, _, question = text.rpartition("\n\n")
        assert "rest" not in body.lower()
        assert "reflection" not in body.lower()
        assert question.endswith("?")
        assert_kind(text)
        assert len(text) <= SUMMARY_LIMIT


@pytest.mark.parametrize("label", LABELS)
def test_full_week_summary(label: str) -> None:
    figures = week_figures(full_week())
    for seed in SEEDS:
        text = summary_text(EN, figures, seed, label=label)
        assert label in text
        assert "7 days" in text
        assert "tired, hopeful, calm." in text
        assert "Take a short walk (3 times)" in text  # the library step's short label
        assert "Sip some water (once)" in text
        assert "2 days" in text and "rest" in text.lower()
        assert "4 reflections" in text
        assert "“I made my bed this morning.”" in text
        assert "37 small steps" in text
        assert any(question in text for question in en_all(weekly.WEEK_AHEAD_QUESTIONS))
        assert_kind(text)
        assert len(text) <= SUMMARY_LIMIT


def test_summaries_vary_from_week_to_week() -> None:
    figures = week_figures(full_week())
    texts = {summary_text(EN, figures, seed, label="Last week") for seed in range(10)}
    assert len(texts) >= 5


def test_long_lists_are_cut_to_fit_a_phone() -> None:
    long_step = "Walk all the way to the far side of the park and back again, slowly, " * 2
    days = [day(i, step=True, wrote=True, rest=i == 6, reflections=20) for i in range(7)]
    data = WeekData(
        week_start=MONDAY,
        days=days,
        words=[
            f"overwhelminglyexhaustedfeeling{i} extraordinarilyrestless{i} wordy{i}"
            for i in range(7)
        ],
        steps=[tally(f"{i} {long_step}", 1, i) for i in range(7)],
        reflection_lines=["x" * 500, "A sentence of exactly the kind one writes " + "y" * 70],
        steps_since_start=12345,
    )
    figures = week_figures(data)
    assert len(figures.steps_taken) == 7
    for seed in SEEDS:
        text = summary_text(EN, figures, seed, label="A very long label for a week " * 3)
        assert len(text) <= SUMMARY_LIMIT, len(text)
        assert "4 other steps" in text
        assert_kind(text)


def test_worst_case_length_with_every_part_at_its_limit() -> None:
    figures = WeekFigures(
        week_start=MONDAY,
        days_showed_up=7,
        morning_moods=(1,) * 7,
        evening_moods=(1,) * 7,
        top_words=tuple("w" * 60 for _ in range(5)),
        top_words_repeat=True,
        steps_taken=tuple((own("s" * 200), 7) for _ in range(9)),
        rest_days=7,
        reflections=999,
        own_words="q" * 300,
        steps_since_start=99999,
        has_data=True,
    )
    longest = max(
        len(summary_text(EN, figures, seed, label=en(weekly.THIS_WEEK_LABEL)))
        for seed in range(200)
    )
    assert longest <= SUMMARY_LIMIT


def test_library_steps_are_named_by_their_label() -> None:
    step = STEPS[0]
    data = WeekData(week_start=MONDAY, days=[day(0)], steps=[library_tally(step.key, 1)])
    text = summary_text(EN, week_figures(data), 0, label="Last week")
    assert f"• {en(label_of(step.key))} (once)" in text


def test_own_steps_are_named_in_their_own_words() -> None:
    data = WeekData(week_start=MONDAY, days=[day(0)], steps=[tally("  Call Jo ", 2)])
    text = summary_text(EN, week_figures(data), 0, label="Last week")
    assert "• Call Jo (twice)" in text


# --- texts and helpers ---------------------------------------------------------------------


def test_week_ahead_questions() -> None:
    questions = en_all(weekly.WEEK_AHEAD_QUESTIONS)
    assert len(questions) >= 10
    assert len(set(questions)) == len(questions)
    for question in questions:
        assert question.endswith("?")
        assert_kind(question)


def test_weekly_texts_never_blame() -> None:
    for name in dir(weekly):
        value = getattr(weekly, name)
        variants = value if isinstance(value, tuple) else (value,)
        for variant in variants:
            if isinstance(variant, str):
                assert_kind(variant)


def test_count_and_times_phrases() -> None:
    assert weekly.days_phrase(EN, 1) == "1 day"
    assert weekly.days_phrase(EN, 3) == "3 days"
    assert [weekly.times_phrase(EN, n) for n in (1, 2, 5)] == ["once", "twice", "5 times"]


def test_chart_days_are_monday_to_sunday() -> None:
    chart = chart_days(week_figures(full_week()), weekly.day_labels(EN))
    assert [d.label for d in chart] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert [d.morning for d in chart] == [2, 3, 3, None, 4, 5, 1]
    assert [d.evening for d in chart] == [3, None, 4, None, 4, 5, None]


def test_week_start_of() -> None:
    assert week_start_of(MONDAY) == MONDAY
    assert week_start_of(MONDAY + timedelta(days=6)) == MONDAY
    assert week_start_of(MONDAY + timedelta(days=7)) == MONDAY + timedelta(days=7)


def test_a_weekly_summary_looks_at_this_week_from_friday_and_last_week_before() -> None:
    sunday, monday = MONDAY + timedelta(days=6), MONDAY + timedelta(days=7)
    assert summarised_week(MONDAY + timedelta(days=4)) == MONDAY  # Friday
    assert summarised_week(sunday) == MONDAY
    assert summarised_week(monday) == MONDAY
    assert summarised_week(MONDAY + timedelta(days=10)) == MONDAY  # the Thursday after
    assert summarised_week(MONDAY + timedelta(days=11)) == monday


def test_delivery_dates_of_a_week_are_exactly_those_that_summarise_it() -> None:
    first, last = delivery_dates_of(MONDAY)
    window = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    nearby = [MONDAY + timedelta(days=n) for n in range(-7, 21)]
    assert [d for d in nearby if summarised_week(d) == MONDAY] == window


def test_weeks_in_a_row_count_back_to_the_first_gap() -> None:
    monday = date(2026, 11, 23)
    earlier = [monday - timedelta(days=1), monday - timedelta(days=10), monday - timedelta(days=30)]
    # Last week (the Sunday) and the week before it (a Friday); then a gap, so not the fourth.
    assert weeks_in_a_row(monday, earlier) == 3
    assert weeks_in_a_row(monday, []) == 1
    assert weeks_in_a_row(monday, [monday - timedelta(days=8)]) == 1  # two weeks back: a gap


def test_the_summary_names_the_weeks_in_a_row_from_two_and_never_a_gap() -> None:
    monday = MONDAY
    data = WeekData(
        week_start=monday,
        days=[day(0, mood=3)],
        earlier_days=[monday - timedelta(days=3), monday - timedelta(days=9)],
    )
    figures = week_figures(data)
    assert figures.weeks_in_a_row == 3
    text = summary_text(EN, figures, seed=0, label="This week")
    assert "You've come by 3 weeks in a row now. 🌿" in text
    alone = week_figures(WeekData(week_start=monday, days=[day(0, mood=3)]))
    assert "in a row" not in summary_text(EN, alone, seed=0, label="This week")
