"""How settings and their questions look on a phone: text plus inline buttons."""

from __future__ import annotations

from datetime import datetime, time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core import day, timeparse, zones
from bot.handlers.callbacks import AskSetting, ChooseSetting, SettingValue, WeeklyAt
from bot.services.people import NoteKept, OutOfOrder, PersonSettings, Setting, SettingChanged
from bot.texts import onboarding
from bot.texts import settings as settings_texts
from bot.texts.catalog import Translator

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
SETTING_NAME = {
    Setting.TIMEZONE: settings_texts.NAME_TIMEZONE,
    Setting.CHECKIN_TIME: settings_texts.NAME_CHECKIN_TIME,
    Setting.EVENING: settings_texts.NAME_EVENING,
    Setting.WEEKLY: settings_texts.NAME_WEEKLY,
}
CHECKIN_CHOICES = (time(7), time(8), time(9))
EVENING_CHOICES = (time(19), time(20), time(21))
WEEKLY_CHOICES = (WeeklyAt(6, time(18)), WeeklyAt(4, time(17)), WeeklyAt(0, time(8)))


def _button(label: str, setting: Setting, value: SettingValue) -> InlineKeyboardButton:
    """One choice button (None: off)."""
    return InlineKeyboardButton(label, callback_data=ChooseSetting(setting, value).encode())


def question_markup(tr: Translator, setting: Setting) -> InlineKeyboardMarkup:
    """The buttons offered with a question."""
    if setting is Setting.TIMEZONE:
        buttons = [_button(zone_label(tr, z), setting, z) for z in zones.COMMON_ZONES]
        return InlineKeyboardMarkup([buttons[i : i + 3] for i in range(0, len(buttons), 3)])
    if setting is Setting.CHECKIN_TIME:
        return InlineKeyboardMarkup([[_button(_clock(tr, t), setting, t) for t in CHECKIN_CHOICES]])
    if setting is Setting.EVENING:
        row = [_button(_clock(tr, t), setting, t) for t in EVENING_CHOICES]
        return InlineKeyboardMarkup([row, [_button(tr(settings_texts.BUTTON_OFF), setting, None)]])
    row = [_button(weekly_label(tr, w), setting, w) for w in WEEKLY_CHOICES]
    return InlineKeyboardMarkup([row, [_button(tr(settings_texts.BUTTON_OFF), setting, None)]])


def weekly_label(tr: Translator, value: WeeklyAt) -> str:
    """A weekly time as a short button label: 'Sun 18:00'."""
    day = tr.weekday(value.weekday, "abbreviated").rstrip(".").capitalize()
    return f"{day} {timeparse.format_clock_time(value.at)}"


def zone_label(tr: Translator, zone: str) -> str:
    """A common zone as a button label: its city in the person's language ('Nueva York')."""
    city = tr.locale.time_zones.get(zone, {}).get("city")
    return str(city) if city else zones.zone_label(zone)


def settings_markup(tr: Translator) -> InlineKeyboardMarkup:
    """One button per setting, each asking its question."""
    rows = [
        (settings_texts.BUTTON_TIMEZONE, Setting.TIMEZONE),
        (settings_texts.BUTTON_CHECKIN_TIME, Setting.CHECKIN_TIME),
        (settings_texts.BUTTON_EVENING, Setting.EVENING),
        (settings_texts.BUTTON_WEEKLY, Setting.WEEKLY),
    ]
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(tr(label), callback_data=AskSetting(s).encode())]
            for label, s in rows
        ]
    )


def _clock(tr: Translator, at: time | None) -> str:
    """A time as 07:45, or 'not set yet'."""
    return timeparse.format_clock_time(at) if at else tr(settings_texts.NOT_SET)


def _nudges(tr: Translator, settings: PersonSettings) -> str:
    """Whether nudges are on or paused."""
    if not settings.paused:
        return tr(settings_texts.NUDGES_ON)
    if settings.paused_until is None:
        return tr(settings_texts.NUDGES_PAUSED)
    until = settings.paused_until
    if settings.timezone:
        until = until.astimezone(zones.zone_for(settings.timezone))
    return tr(settings_texts.NUDGES_PAUSED_UNTIL).format(until=tr.date(until.date()))


def weekly_text(tr: Translator, settings: PersonSettings) -> str:
    """'Sunday 18:00' or 'off'."""
    if not settings.weekly_enabled:
        return tr(settings_texts.OFF)
    day = tr.weekday(settings.weekly_day)
    return f"{day} {timeparse.format_clock_time(settings.weekly_time)}"


def settings_text(tr: Translator, settings: PersonSettings, now: datetime) -> str:
    """Every current setting, one per line."""
    evening = settings.evening_time
    lines = tr(settings_texts.SETTINGS_LINES).format(
        zone=zone_text(tr, settings.timezone, now),
        time=_clock(tr, settings.checkin_time),
        evening=_clock(tr, evening) if evening else tr(settings_texts.OFF),
        weekly=weekly_text(tr, settings),
        nudges=_nudges(tr, settings),
    )
    title, hint = tr(settings_texts.SETTINGS_TITLE), tr(settings_texts.SETTINGS_HINT)
    return f"{title}\n\n{lines}\n\n{hint}"


def zone_text(tr: Translator, zone: str | None, now: datetime) -> str:
    """A timezone for people to read."""
    return zones.describe_zone(zone, now) if zone else tr(settings_texts.NOT_SET)


def question_text(tr: Translator, setting: Setting) -> str:
    """The question asking for a setting."""
    return tr(QUESTION_TEXT[setting])


def setting_label(tr: Translator, setting: Setting) -> str:
    """A setting's name, as a label ('Daily check-in')."""
    return tr(SETTING_LABEL[setting])


def not_understood_text(tr: Translator, setting: Setting, *, typed: bool, seed: int) -> str:
    """Why a value could not be read: command examples for a setter, plain typing otherwise."""
    if not typed:
        return tr(NOT_UNDERSTOOD_TEXT[setting])
    return tr.pick(TYPED_NOT_UNDERSTOOD_TEXT[setting], seed)


def changing_text(tr: Translator, setting: Setting) -> str:
    """A tapped /settings message, showing which setting is being changed."""
    return tr(settings_texts.CHANGING).format(name=tr(SETTING_NAME[setting]))


def chosen_value(tr: Translator, change: SettingChanged) -> str:
    """The new value of the changed setting, as shown on the tapped message."""
    settings = change.settings
    if change.setting is Setting.TIMEZONE:
        return settings.timezone or tr(settings_texts.NOT_SET)
    if change.setting is Setting.CHECKIN_TIME:
        return _clock(tr, settings.checkin_time)
    if change.setting is Setting.EVENING:
        evening = settings.evening_time
        return _clock(tr, evening) if evening else tr(settings_texts.OFF)
    return weekly_text(tr, settings)


def chosen_text(tr: Translator, change: SettingChanged) -> str:
    """A tapped choice, shown on its message: 'Daily check-in: 08:00 ✓'."""
    label = tr(SETTING_LABEL[change.setting])
    return tr(settings_texts.CHOSEN).format(label=label, value=chosen_value(tr, change))


def confirmation_text(tr: Translator, change: SettingChanged, now: datetime) -> str:
    """Confirm a change, naming the value (e.g. '07:45, Europe/Berlin')."""
    settings = change.settings
    zone = settings.timezone
    if change.onboarding_finished:
        done = tr(onboarding.ONBOARDING_DONE)
        return done.format(time=_clock(tr, settings.checkin_time), zone=zone)
    if change.setting is Setting.TIMEZONE:
        # A timezone that was just saved is always set; "UTC" only satisfies the type.
        chosen = zone or "UTC"
        local_now = now.astimezone(zones.zone_for(chosen))
        saved = tr(settings_texts.TIMEZONE_SET)
        return saved.format(zone=chosen, local_time=f"{local_now:%H:%M}")
    if change.setting is Setting.CHECKIN_TIME:
        template = (
            settings_texts.CHECKIN_TIME_SET if zone else settings_texts.CHECKIN_TIME_SET_NO_ZONE
        )
        return tr(template).format(time=_clock(tr, settings.checkin_time), zone=zone)
    if change.setting is Setting.EVENING:
        if settings.evening_time is None:
            return tr(settings_texts.EVENING_OFF)
        template = settings_texts.EVENING_SET if zone else settings_texts.EVENING_SET_NO_ZONE
        return tr(template).format(time=_clock(tr, settings.evening_time), zone=zone)
    if not settings.weekly_enabled:
        return tr(settings_texts.WEEKLY_OFF)
    day = tr.weekday(settings.weekly_day)
    template = settings_texts.WEEKLY_SET if zone else settings_texts.WEEKLY_SET_NO_ZONE
    return tr(template).format(day=day, time=_clock(tr, settings.weekly_time), zone=zone)


def note_kept_text(tr: Translator, kept: NoteKept) -> str:
    """Acknowledge a kept note, gently re-asking any question still open."""
    if kept.still_asking is not None:
        question = tr(SETTING_NAME[kept.still_asking])
        return tr(settings_texts.KEPT_STILL_ASKING).format(question=question)
    return tr(onboarding.NOTE_KEPT if kept.onboarded else onboarding.NOTE_BEFORE_ONBOARDING)


def out_of_order_text(tr: Translator, refused: OutOfOrder) -> str:
    """Why the evening question must come after the check-in, with a time that works."""
    checkin = timeparse.format_clock_time(refused.checkin_time)
    evening = timeparse.format_clock_time(refused.evening_time)
    if refused.setting is Setting.EVENING:
        why = tr(settings_texts.EVENING_NOT_AFTER_CHECKIN).format(checkin=checkin)
        example = day.evening_example(refused.checkin_time)
        try_this, nothing_left = settings_texts.EVENING_EXAMPLE, settings_texts.NO_EVENING_LEFT
    else:
        why = tr(settings_texts.CHECKIN_NOT_BEFORE_EVENING).format(evening=evening)
        example = day.checkin_example(refused.evening_time)
        try_this, nothing_left = settings_texts.CHECKIN_EXAMPLE, settings_texts.NO_CHECKIN_LEFT
    if example is None:
        return f"{why} {tr(nothing_left)}"
    return f"{why} {tr(try_this).format(example=timeparse.format_clock_time(example))}"
