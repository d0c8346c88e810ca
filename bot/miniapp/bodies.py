"""What the Mini App's page may send: each request's JSON body, read strictly (exactly these
fields, of these types, or 400), and turned into what the services take."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from bot.core.languages import Language
from bot.core.safety_plan import PARTS
from bot.core.timeparse import MAX_PAUSE_DAYS, weekday_name
from bot.services.checkins import StepOutcome
from bot.services.days import DayEdit
from bot.services.people import Setting, SettingsForm

# What a person writes in a form: as much as one Telegram message holds, and not nothing.
Written = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4096)]
ClockTime = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
Mood = Annotated[int, Field(ge=1, le=5)]


class Body(BaseModel):
    """A request's JSON body: exactly these fields, of these types, or 400."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class DayAsked(Body):
    """One of the person's days, by its date."""

    date: date


class DayEdited(Body):
    """What changed on a day; what is absent stays as it is."""

    date: date
    mood: Mood | None = None
    evening: Mood | None = None
    words: Written | None = None
    step: Written | None = None
    rest: bool = False
    outcome: StepOutcome | None = None
    note: Written | None = None


class PlanWritten(Body):
    """Safety plan parts written, by part; parts absent stay as they are."""

    parts: dict[Literal[PARTS], Written]  # type: ignore[valid-type]


class ZoneSearched(Body):
    """What has been typed into the timezone search so far."""

    query: Annotated[str, StringConstraints(max_length=100)]


class SettingsChanged(Body):
    """The settings changed in the form; what is absent stays as it is."""

    timezone: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = None
    checkin: ClockTime | None = None
    evening: ClockTime | Literal["off"] | None = None
    weekly: bool | None = None
    weekly_day: Annotated[int, Field(ge=0, le=6)] | None = None
    weekly_time: ClockTime | None = None
    paused: bool | None = None
    pause_days: Annotated[int, Field(ge=1, le=MAX_PAUSE_DAYS)] | None = None
    language: Language | None = None


class Empty(Body):
    """Nothing: the launch data says everything (who)."""


def day_edit(asked: DayEdited) -> DayEdit:
    """A day's changes as the day service takes them."""
    return DayEdit(
        mood=asked.mood,
        evening_mood=asked.evening,
        words=asked.words,
        step=asked.step,
        rest=asked.rest,
        outcome=asked.outcome,
        note=asked.note,
    )


def settings_form(asked: SettingsChanged) -> SettingsForm:
    """The form's changes, as the chat's commands would be typed (each read by the same rules).

    An evening question that moves with the check-in is let go first, so the new pair is
    judged together, not against the old one.
    """
    changes: list[tuple[Setting, str]] = []
    if asked.timezone is not None:
        changes.append((Setting.TIMEZONE, asked.timezone))
    if asked.evening is not None and asked.checkin is not None:
        changes.append((Setting.EVENING, "off"))
    if asked.checkin is not None:
        changes.append((Setting.CHECKIN_TIME, asked.checkin))
    if asked.evening is not None:
        changes.append((Setting.EVENING, asked.evening))
    if asked.weekly is False:
        changes.append((Setting.WEEKLY, "off"))
    elif asked.weekly_day is not None and asked.weekly_time is not None:
        changes.append((Setting.WEEKLY, f"{weekday_name(asked.weekly_day)} {asked.weekly_time}"))
    return SettingsForm(tuple(changes), asked.language, asked.paused, asked.pause_days)
