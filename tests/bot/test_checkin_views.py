"""Every check-in view built from a person's words fits Telegram, whatever they wrote."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from telegram import InlineKeyboardMarkup

from bot.core.stages import Stage
from bot.core.steps import STEPS
from bot.handlers import callbacks
from bot.handlers import checkin_views as views
from bot.services.checkins import DayView, HistoryDay, StepOutcome
from bot.texts.checkin import EVENING_AFTER_REST, EVENING_GREETINGS, NIGHT_GREETINGS
from bot.texts.shape import utf16_length
from bot.texts.steps import label_of, text_of
from testkit.words import EN, en, en_all

TEXT_LIMIT = 4096
LONGEST = [
    "x" * 4096,
    "🌿" * 2048,
    ("tired but here " * 300)[:4096],
    "line\n" * 819,
    "{words} {step} }{",
]
DAY = DayView(
    checkin_id=2_147_483_647,
    local_date=date(2026, 11, 23),
    stage=Stage.CHOSEN,
    mood=3,
    words=None,
    words_flagged=False,
    step_key=None,
    step_text=None,
    rest=False,
    outcome=None,
    suggestions=tuple(STEPS[:3]),
    message_id=None,
    seed=7,
)


def callback_data(markup: InlineKeyboardMarkup | None) -> list[str]:
    """Every button's callback data."""
    rows = markup.inline_keyboard if markup else ()
    return [str(button.callback_data) for row in rows for button in row]


def of_day(day: DayView, reflections: int = 0) -> HistoryDay:
    return HistoryDay(day.local_date, day, reflections)


@pytest.mark.parametrize("text", LONGEST)
def test_every_echo_of_their_words_fits_one_message(text: str) -> None:
    day = replace(DAY, words=text, step_text=text, outcome=StepOutcome.PARTLY)
    days = [
        HistoryDay(
            day.local_date - timedelta(days=n),
            replace(day, local_date=day.local_date - timedelta(days=n)),
            3,
        )
        for n in range(14)
    ]

    shown = [
        views.words_kept(EN, day),
        views.step_chosen(EN, day),
        views.evening_question(EN, day)[0],
        views.today_step(EN, day)[0],
        views.history(EN, days),
        views.chosen(views.today_step(EN, day)[0], views.outcome_label(EN, StepOutcome.DONE)),
        views.chosen(text, text),
    ]

    assert [utf16_length(message) <= TEXT_LIMIT for message in shown] == [True] * len(shown)


def test_short_words_are_shown_back_whole() -> None:
    day = replace(DAY, words="slow, grey, okay", step_text="call my sister")

    assert "slow, grey, okay" in views.words_kept(EN, day)
    assert "“call my sister”" in views.step_chosen(EN, day)
    assert "“call my sister”" in views.evening_question(EN, day)[0]
    assert "Mon 23 Nov · 🌥 · slow, grey, okay · call my sister" in views.history(EN, [of_day(day)])


def test_a_library_step_is_shown_in_its_words() -> None:
    step = STEPS[0]
    day = replace(DAY, step_key=step.key, outcome=StepOutcome.DONE)

    assert day.has_step and day.answered
    assert f"“{en(text_of(step.key))}”" in views.step_chosen(EN, day)
    assert f"“{en(text_of(step.key))}”" in views.evening_question(EN, day)[0]
    assert views.today_step(EN, day)[0].startswith(f"“{en(text_of(step.key))}”")
    assert views.history(EN, [of_day(day)]).endswith(f" · {en(text_of(step.key))} ✅")


def test_suggestions_are_offered_in_their_words_with_their_labels() -> None:
    text, markup = views.step_prompt(EN, DAY)

    for step in DAY.suggestions:
        assert f"• {en(text_of(step.key))}" in text
    labels = [button.text for row in markup.inline_keyboard for button in row]
    assert labels[:3] == [en(label_of(step.key)) for step in DAY.suggestions]


def test_long_words_are_shown_back_shortened_to_fit_a_phone() -> None:
    day = replace(DAY, words="a" * 4096, step_text="b" * 4096)

    assert utf16_length(views.words_kept(EN, day)) < 400
    assert utf16_length(views.step_chosen(EN, day)) < 400
    assert "a" * 39 + "…" in views.history(EN, [of_day(day)])


def test_history_keeps_each_day_on_one_line() -> None:
    day = replace(DAY, words="tired\nbut\nhere", step_text="walk\n\nslowly")

    assert views.history(EN, [of_day(day)]).splitlines()[-1] == (
        "Mon 23 Nov · 🌥 · tired but here · walk slowly"
    )


@pytest.mark.parametrize("text", LONGEST)
def test_button_data_never_holds_their_words_and_fits_64_bytes(text: str) -> None:
    day = replace(DAY, words=text, step_text=text)
    markups = [
        views.mood_prompt(EN, day, time(8))[1],
        views.words_prompt(EN, day)[1],
        views.step_prompt(EN, day)[1],
        views.today_step(EN, day)[1],
        views.markup_of(views.evening_question(EN, day)[1] or []),
        views.evening_mood_markup(EN, day),
    ]

    data = [item for markup in markups for item in callback_data(markup)]
    assert [len(item.encode()) <= 64 for item in data] == [True] * len(data)
    assert [item for item in data if text[:8] in item] == []
    # Every button decodes, and names the check-in it was sent for.
    checkin_ids = [getattr(callbacks.decode(item), "checkin_id", None) for item in data]
    assert checkin_ids == [DAY.checkin_id] * len(data)


def test_a_rest_day_gets_a_quiet_good_night_and_no_buttons() -> None:
    text, markup = views.evening_question(EN, replace(DAY, rest=True))

    assert (text in en_all(EVENING_AFTER_REST), markup) == (True, None)


def test_the_nudge_greets_for_the_persons_hour() -> None:
    assert views.mood_prompt(EN, DAY, time(21, 13))[0] in en_all(EVENING_GREETINGS)
    assert views.mood_prompt(EN, DAY, time(23, 30))[0] in en_all(NIGHT_GREETINGS)


def test_history_names_the_reflections_of_each_day() -> None:
    only_reflected = HistoryDay(DAY.local_date - timedelta(days=1), None, 2)

    lines = views.history(EN, [of_day(DAY, 1), only_reflected]).splitlines()

    assert lines[-2] == "Mon 23 Nov · 🌥 · 📝 a reflection"
    assert lines[-1] == "Sun 22 Nov · 📝 2 reflections"
