"""A nudge's keyboard, sent as plain JSON, is the one the handlers show as markup."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.core.languages import Language
from bot.core.stages import Stage
from bot.handlers.checkin_views import (
    Rows,
    evening_question,
    keyboard_json,
    markup_of,
    mood_nudge,
    mood_prompt,
)
from bot.services.checkins import DayView
from bot.texts.catalog import translator

DAY = DayView(
    checkin_id=812,
    local_date=date(2026, 12, 7),
    stage=Stage.MOOD,
    mood=None,
    words=None,
    words_flagged=False,
    step_key="make-bed",
    step_text=None,
    rest=False,
    outcome=None,
    suggestions=(),
    message_id=None,
    seed=3,
)
YESTERDAY = date(2026, 12, 6)


def nudge_rows() -> list[Rows]:
    rows = []
    for language in Language:
        tr = translator(language)
        for later in (False, True):
            rows.append(mood_nudge(tr, DAY, time(8, 0), later=later, add_day=YESTERDAY)[1])
        question = evening_question(tr, DAY)[1]
        assert question is not None
        rows.append(question)
    return rows


@pytest.mark.parametrize("rows", nudge_rows())
def test_a_nudges_keyboard_as_json_is_ptbs_markup_as_json(rows: Rows) -> None:
    actual = keyboard_json(rows)
    assert actual == markup_of(rows).to_dict()


@pytest.mark.parametrize("language", list(Language))
def test_the_nudge_is_the_prompt_a_handler_shows(language: Language) -> None:
    tr = translator(language)
    text, rows = mood_nudge(tr, DAY, time(8, 0), later=True, add_day=YESTERDAY)
    actual = (text, markup_of(rows))
    assert actual == mood_prompt(tr, DAY, time(8, 0), later=True, add_day=YESTERDAY)
