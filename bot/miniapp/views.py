"""The year as the Mini App's page receives it: every word in the person's language."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any, Final

from bot.core import zones
from bot.core.helplines import resources_for_zone
from bot.core.languages import Language
from bot.core.safety_plan import PARTS
from bot.handlers.checkin_views import MOOD_WORDS
from bot.services.checkins import DayView
from bot.services.days import DayDetail, DayNote, Refusal
from bot.services.people import PersonSettings
from bot.services.safety_plans import Plan
from bot.services.screening import CheckNeeded, CrisisNoticed
from bot.services.year import Year, YearDay
from bot.texts import export as export_texts
from bot.texts import miniapp as miniapp_texts
from bot.texts import safety as safety_texts
from bot.texts import safety_plan as plan_texts
from bot.texts import settings as settings_texts
from bot.texts import steps as step_texts
from bot.texts import year as year_texts
from bot.texts.catalog import Translator
from bot.texts.languages import NAMES as LANGUAGE_NAMES


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
    } | form_words(tr)


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


# Why a day cannot be changed, or an edit was refused, in words; nothing changed.
REFUSALS: Final = {
    Refusal.CLOSED_DAY: miniapp_texts.READ_ONLY,
    Refusal.NOT_YET: miniapp_texts.NOT_YET,
    Refusal.REST_AND_STEP: miniapp_texts.REST_AND_STEP,
    Refusal.NO_STEP: miniapp_texts.NO_STEP,
}


def form_words(tr: Translator) -> dict[str, Any]:
    """Every word the day, plan and settings forms show (sent once, with the year)."""
    return {
        "tab_year": tr(year_texts.YEAR_TITLE),
        "tab_plan": tr(miniapp_texts.TAB_PLAN),
        "tab_settings": tr(miniapp_texts.TAB_SETTINGS),
        "mood": tr(miniapp_texts.MOOD),
        "evening_mood": tr(miniapp_texts.EVENING_MOOD),
        "three_words": tr(miniapp_texts.THREE_WORDS),
        "small_step": tr(miniapp_texts.SMALL_STEP),
        "step_placeholder": tr(miniapp_texts.STEP_PLACEHOLDER),
        "rest": tr(miniapp_texts.REST),
        "how_it_went": tr(miniapp_texts.HOW_IT_WENT),
        "outcomes": {key: tr(words) for key, words in export_texts.OUTCOME_WORDS.items()},
        "notes": tr(miniapp_texts.NOTES),
        "add_note": tr(miniapp_texts.ADD_NOTE),
        "reflections": tr(miniapp_texts.REFLECTIONS),
        "save": tr(miniapp_texts.SAVE),
        "saved": tr(miniapp_texts.SAVED),
        "close": tr(miniapp_texts.CLOSE),
        "nothing_to_save": tr(miniapp_texts.NOTHING_TO_SAVE),
        "not_saved": tr(miniapp_texts.NOT_SAVED),
        "part_empty": tr(miniapp_texts.PART_EMPTY),
        "plan_intro": tr(miniapp_texts.PLAN_INTRO),
        "timezone": tr(settings_texts.LABEL_TIMEZONE),
        "zone_search": tr(miniapp_texts.ZONE_SEARCH),
        "zone_none": tr(miniapp_texts.ZONE_NONE),
        "checkin": tr(settings_texts.LABEL_CHECKIN_TIME),
        "evening": tr(settings_texts.LABEL_EVENING),
        "weekly": tr(settings_texts.LABEL_WEEKLY),
        "weekly_day": tr(miniapp_texts.WEEKLY_DAY),
        "weekday_names": [tr.weekday(index) for index in range(7)],
        "off": tr(settings_texts.BUTTON_OFF),
        "nudges": tr(miniapp_texts.NUDGES),
        "nudges_on": tr(miniapp_texts.NUDGES_ON),
        "pause_for": tr(miniapp_texts.PAUSE_FOR),
        "pause_days": tr(miniapp_texts.PAUSE_DAYS),
        "pause_until_resumed": tr(miniapp_texts.PAUSE_UNTIL_RESUMED),
        "language": tr(miniapp_texts.LANGUAGE),
    }


def day_json(tr: Translator, detail: DayDetail) -> dict[str, Any]:
    """A day opened from the year: what it holds, for reading and for the form."""
    checkin = detail.checkin
    shown: dict[str, Any] = {
        "date": detail.local_date.isoformat(),
        "changeable": detail.closed is None,
        "why_not": tr(REFUSALS[detail.closed]) if detail.closed else None,
        "notes": [_note(tr, note) for note in detail.notes],
        "reflections": [
            {"question": r.question, "text": r.text or tr(miniapp_texts.KEPT_NOT_SHOWN)}
            for r in detail.reflections
        ],
    }
    if checkin is None:
        return shown | {"mood": None, "evening": None, "words": "", "step": "", "rest": False}
    return shown | {
        "mood": checkin.mood,
        "evening": checkin.evening_mood,
        # Words the crisis screen caught are kept, never shown back (as in /history).
        "words": "" if checkin.words_flagged else checkin.words or "",
        "words_hidden": tr(miniapp_texts.KEPT_NOT_SHOWN) if checkin.words_flagged else None,
        "step": _step_words(tr, checkin),
        "rest": checkin.rest,
        "outcome": checkin.outcome.value if checkin.outcome else None,
        "later": checkin.past,
    }


def plan_json(tr: Translator, plan: Plan) -> dict[str, Any]:
    """The safety plan's parts in order: each one's heading, question and what is written."""
    return {
        "parts": [
            {
                "key": part,
                "heading": tr(plan_texts.words_for(part).heading),
                "question": tr(plan_texts.words_for(part).question),
                "text": plan.parts.get(part, ""),
            }
            for part in PARTS
        ]
    }


def settings_json(settings: PersonSettings, language: Language, now: datetime) -> dict[str, Any]:
    """The settings as the form shows them (times as HH:MM, the zone with its offset now)."""
    return {
        "timezone": settings.timezone,
        "timezone_label": zones.describe_zone(settings.timezone, now) if settings.timezone else "",
        "checkin": _clock(settings.checkin_time),
        "evening": _clock(settings.evening_time),
        "weekly": settings.weekly_enabled,
        "weekly_day": settings.weekly_day,
        "weekly_time": _clock(settings.weekly_time),
        "paused": settings.paused,
        "paused_until": settings.paused_until.isoformat() if settings.paused_until else None,
        "language": language.value,
        "languages": [{"code": code.value, "name": name} for code, name in LANGUAGE_NAMES.items()],
    }


def zones_json(names: list[str], now: datetime) -> list[dict[str, str]]:
    """Zones found by a search, each with its offset now."""
    return [{"zone": name, "label": zones.describe_zone(name, now)} for name in names]


def first_json(tr: Translator, first: CrisisNoticed | CheckNeeded | None) -> str | None:
    """What the page says before anything else when the screen caught words: the people to
    reach, as the chat's crisis answer or /sos gives them."""
    if first is None:
        return None
    resources = resources_for_zone(first.timezone)
    if isinstance(first, CheckNeeded):
        return safety_texts.sos_message(tr, resources)
    if first.again:
        return safety_texts.crisis_again_message(tr)
    return safety_texts.crisis_message(tr, resources)


def _note(tr: Translator, note: DayNote) -> str:
    """A note as the day shows it."""
    if note.text is None:
        return tr(miniapp_texts.KEPT_NOT_SHOWN)
    if note.media is not None:
        kept = tr(miniapp_texts.MEDIA_KEPT)
        return f"{kept}: {note.text}" if note.text else kept
    return note.text


def _step_words(tr: Translator, checkin: DayView) -> str:
    """The day's step in words: a library step in the person's language, or their own."""
    if checkin.step_key is not None:
        return tr(step_texts.text_of(checkin.step_key))
    return checkin.step_text or ""


def _clock(at: time | None) -> str:
    """A time as the form's time fields hold it (HH:MM), or empty."""
    return at.strftime("%H:%M") if at is not None else ""
