"""The year as the Mini App's page receives it: every word in the person's language."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from bot.handlers.checkin_views import MOOD_WORDS
from bot.services.year import Year, YearDay
from bot.texts import export as export_texts
from bot.texts import year as year_texts
from bot.texts.catalog import Translator


def year_json(tr: Translator, year: Year) -> dict[str, Any]:
    """The page's data: its words, and every day of the year, kept or not, with its name."""
    kept = {day.local_date: day for day in year.days}
    dates = [year.first + timedelta(days=n) for n in range((year.today - year.first).days + 1)]
    return {
        "language": tr.language.value,
        "words": page_words(tr),
        "days": [_day(tr, when, kept.get(when)) for when in dates],
    }


def page_words(tr: Translator) -> dict[str, Any]:
    """Every word the page shows around the days."""
    months = tr.locale.months["stand-alone"]["wide"]
    return {
        "title": tr(year_texts.YEAR_TITLE),
        "months": [str(months[month]) for month in range(1, 13)],
        "weekdays": [tr.weekday(index, "narrow") for index in range(7)],
        "moods": {str(mood): tr(MOOD_WORDS[mood]) for mood in MOOD_WORDS},
        "rest": tr(export_texts.REST_DAY),
        "later": tr(export_texts.SOURCE_LINES["later"]),
        "nothing": tr(year_texts.NOTHING_KEPT),
        "open_again": tr(year_texts.OPEN_AGAIN),
        "not_loaded": tr(year_texts.NOT_LOADED),
    }


def day_name(tr: Translator, day: YearDay | None, date_text: str) -> str:
    """A day's accessible name: its date and what it held, in words."""
    facts = _facts(tr, day) if day is not None else []
    if not facts:
        facts = [tr(year_texts.NOTHING_KEPT)]
    return tr(year_texts.DAY_SUMMARY).format(day=date_text, facts=", ".join(facts))


def _facts(tr: Translator, day: YearDay) -> list[str]:
    """What a kept day held, in words."""
    facts = []
    if day.mood is not None:
        facts.append(tr(year_texts.MORNING_MOOD).format(mood=tr(MOOD_WORDS[day.mood])))
    if day.evening_mood is not None:
        facts.append(tr(year_texts.EVENING_MOOD).format(mood=tr(MOOD_WORDS[day.evening_mood])))
    if day.rest:
        facts.append(tr(export_texts.REST_DAY))
    if day.filled_in_later:
        facts.append(tr(export_texts.SOURCE_LINES["later"]))
    return facts


def _day(tr: Translator, when: date, day: YearDay | None) -> dict[str, Any]:
    """One day for the page; a day not kept has only its date and name."""
    shown: dict[str, Any] = {
        "date": when.isoformat(),
        "name": day_name(tr, day, tr.full_date(when)),
    }
    if day is not None:
        shown |= {
            "mood": day.mood,
            "evening": day.evening_mood,
            "rest": day.rest,
            "later": day.filled_in_later,
        }
    return shown
