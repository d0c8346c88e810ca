"""How settings and their questions look on a phone: text plus inline buttons."""

from __future__ import annotations

from datetime import datetime, time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core import timeparse, zones
from bot.handlers.callbacks import AskSetting, ChooseSetting, SettingValue, WeeklyAt
from bot.services.people import NoteKept, PersonSettings, Setting, SettingChanged
from bot.texts import onboarding
from bot.texts import settings as settings_texts
from bot.texts.shape import pick

QUESTION_TEXT = {
    Setting.TIMEZONE: onboarding.ASK_TIMEZONE,
    Setting.CHECKIN_TIME: onboarding.ASK_CHECKIN_TIME,
    Setting.EVENING: settings_texts.ASK_EVENING,
    Setting.WEEKLY: settings_texts.ASK_WEEKLY,
}
NOT_UNDERSTOOD_TEXT = {
    Setting.TIMEZONE: settings_texts.TIMEZONE_NOT_UNDERSTOOD,
    Setting.CHECKIN_TIME: settings_texts.TIME_NOT_UNDERSTOOD,
    Setting.EVENING: settings_texts.EVENING_NOT_UNDERSTOOD,
    Setting.WEEKLY: settings_texts.WEEKLY_NOT_UNDERSTOOD,
}
TYPED_NOT_UNDERSTOOD_TEXT = {
    Setting.TIMEZONE: settings_texts.TYPED_TIMEZONE_NOT_UNDERSTOOD,
    Setting.CHECKIN_TIME: settings_texts.TYPED_TIME_NOT_UNDERSTOOD,
    Setting.EVENING: settings_texts.TYPED_EVENING_NOT_UNDERSTOOD,
    Setting.WEEKLY: settings_texts.TYPED_WEEKLY_NOT_UNDERSTOOD,
}
SETTING_LABEL = {
    Setting.TIMEZONE: settings_texts.LABEL_TIMEZONE,
    Setting.CHECKIN_TIME: settings_texts.LABEL_CHECKIN_TIME,
    Setting.EVENING: settings_texts.LABEL_EVENING,
    Setting.WEEKLY: settings_texts.LABEL_WEEKLY,
}
CHECKIN_CHOICES = (time(7), time(8), time(9))
EVENING_CHOICES = (time(19), time(20), time(21))
WEEKLY_CHOICES = (WeeklyAt(6, time(18)), WeeklyAt(4, time(17)), WeeklyAt(0, time(8)))


def _button(label: str, setting: Setting, value: SettingValue) -> InlineKeyboardButton:
    """One choice button (None: off)."""
    return InlineKeyboardButton(label, callback_data=ChooseSetting(setting, value).encode())


def question_markup(setting: Setting) -> InlineKeyboardMarkup:
    """The buttons offered with a question."""
    if setting is Setting.TIMEZONE:
        buttons = [_button(zones.zone_label(z), setting, z) for z in zones.COMMON_ZONES]
        return InlineKeyboardMarkup([buttons[i : i + 3] for i in range(0, len(buttons), 3)])
    if setting is Setting.CHECKIN_TIME:
        return InlineKeyboardMarkup([[_button(_clock(t), setting, t) for t in CHECKIN_CHOICES]])
    if setting is Setting.EVENING:
        row = [_button(_clock(t), setting, t) for t in EVENING_CHOICES]
        return InlineKeyboardMarkup([row, [_button(settings_texts.BUTTON_OFF, setting, None)]])
    row = [_button(weekly_label(w), setting, w) for w in WEEKLY_CHOICES]
    return InlineKeyboardMarkup([row, [_button(settings_texts.BUTTON_OFF, setting, None)]])


def weekly_label(value: WeeklyAt) -> str:
    """A weekly time as a short button label: 'Sun 18:00'."""
    day = timeparse.weekday_short(value.weekday).capitalize()
    return f"{day} {timeparse.format_clock_time(value.at)}"


def settings_markup() -> InlineKeyboardMarkup:
    """One button per setting, each asking its question."""
    rows = [
        (settings_texts.BUTTON_TIMEZONE, Setting.TIMEZONE),
        (settings_texts.BUTTON_CHECKIN_TIME, Setting.CHECKIN_TIME),
        (settings_texts.BUTTON_EVENING, Setting.EVENING),
        (settings_texts.BUTTON_WEEKLY, Setting.WEEKLY),
    ]
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=AskSetting(s).encode())] for label, s in rows]
    )


def _clock(at: time | None) -> str:
    """A time as 07:45, or 'not set yet'."""
    return timeparse.format_clock_time(at) if at else settings_texts.NOT_SET


def _nudges(settings: PersonSettings, now: datetime) -> str:
    """Whether nudges are on or paused."""
    if not settings.paused:
        return settings_texts.NUDGES_ON
    if settings.paused_until is None:
        return settings_texts.NUDGES_PAUSED
    until = settings.paused_until
    if settings.timezone:
        until = until.astimezone(zones.zone_for(settings.timezone))
    return settings_texts.NUDGES_PAUSED_UNTIL.format(until=f"{until:%a %d %b}")


def weekly_text(settings: PersonSettings) -> str:
    """'Sunday 18:00' or 'off'."""
    if not settings.weekly_enabled:
        return settings_texts.OFF
    day = timeparse.weekday_name(settings.weekly_day)
    return f"{day} {timeparse.format_clock_time(settings.weekly_time)}"


def settings_text(settings: PersonSettings, now: datetime) -> str:
    """Every current setting, one per line."""
    lines = settings_texts.SETTINGS_LINES.format(
        zone=zone_text(settings.timezone, now),
        time=_clock(settings.checkin_time),
        evening=_clock(settings.evening_time) if settings.evening_time else settings_texts.OFF,
        weekly=weekly_text(settings),
        nudges=_nudges(settings, now),
    )
    return f"{settings_texts.SETTINGS_TITLE}\n\n{lines}\n\n{settings_texts.SETTINGS_HINT}"


def zone_text(zone: str | None, now: datetime) -> str:
    """A timezone for people to read."""
    return zones.describe_zone(zone, now) if zone else settings_texts.NOT_SET


def not_understood_text(setting: Setting, *, typed: bool, seed: int) -> str:
    """Why a value could not be read: command examples for a setter, plain typing otherwise."""
    if not typed:
        return NOT_UNDERSTOOD_TEXT[setting]
    return pick(TYPED_NOT_UNDERSTOOD_TEXT[setting], seed)


def changing_text(setting: Setting) -> str:
    """A tapped /settings message, showing which setting is being changed."""
    return settings_texts.CHANGING.format(label=SETTING_LABEL[setting].lower())


def chosen_value(change: SettingChanged) -> str:
    """The new value of the changed setting, as shown on the tapped message."""
    settings = change.settings
    if change.setting is Setting.TIMEZONE:
        return settings.timezone or settings_texts.NOT_SET
    if change.setting is Setting.CHECKIN_TIME:
        return _clock(settings.checkin_time)
    if change.setting is Setting.EVENING:
        return _clock(settings.evening_time) if settings.evening_time else settings_texts.OFF
    return weekly_text(settings)


def confirmation_text(change: SettingChanged, now: datetime) -> str:
    """Confirm a change, naming the value (e.g. '07:45, Europe/Berlin')."""
    settings = change.settings
    zone = settings.timezone
    if change.onboarding_finished:
        return onboarding.ONBOARDING_DONE.format(time=_clock(settings.checkin_time), zone=zone)
    if change.setting is Setting.TIMEZONE:
        # A timezone that was just saved is always set; "UTC" only satisfies the type.
        chosen = zone or "UTC"
        local_now = now.astimezone(zones.zone_for(chosen))
        return settings_texts.TIMEZONE_SET.format(zone=chosen, local_time=f"{local_now:%H:%M}")
    if change.setting is Setting.CHECKIN_TIME:
        template = (
            settings_texts.CHECKIN_TIME_SET if zone else settings_texts.CHECKIN_TIME_SET_NO_ZONE
        )
        return template.format(time=_clock(settings.checkin_time), zone=zone)
    if change.setting is Setting.EVENING:
        if settings.evening_time is None:
            return settings_texts.EVENING_OFF
        template = settings_texts.EVENING_SET if zone else settings_texts.EVENING_SET_NO_ZONE
        return template.format(time=_clock(settings.evening_time), zone=zone)
    if not settings.weekly_enabled:
        return settings_texts.WEEKLY_OFF
    day = timeparse.weekday_name(settings.weekly_day)
    template = settings_texts.WEEKLY_SET if zone else settings_texts.WEEKLY_SET_NO_ZONE
    return template.format(day=day, time=_clock(settings.weekly_time), zone=zone)


def note_kept_text(kept: NoteKept) -> str:
    """Acknowledge a kept note, gently re-asking any question still open."""
    if kept.still_asking is not None:
        return settings_texts.KEPT_STILL_ASKING.format(
            question=SETTING_LABEL[kept.still_asking].lower()
        )
    return onboarding.NOTE_KEPT if kept.onboarded else onboarding.NOTE_BEFORE_ONBOARDING
