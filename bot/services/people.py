"""Onboarding, settings and kept notes: the rules, with no Telegram in sight."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import timeparse, zones
from bot.core.clock import Clock
from bot.core.conversation import NOTHING, SETUP_TOPICS, Event, Kind, Topic, Waiting
from bot.core.day import evening_follows
from bot.core.languages import DEFAULT as DEFAULT_LANGUAGE
from bot.core.languages import Language, language_of
from bot.core.stages import TYPED_TOPIC_BY_STAGE
from bot.services.schedules import sync_schedules
from bot.services.waiting import move, waiting_of
from scheduler.due import local_date_of, next_daily_due
from storage.db import SessionFactory
from storage.models import DEFAULT_WEEKLY_DAY, DEFAULT_WEEKLY_TIME, Person
from storage.repositories.checkins import CheckinRepository
from storage.repositories.deliveries import DeliveryRepository
from storage.repositories.people import PeopleRepository

_INSTANT = timedelta(microseconds=1)


class Setting(StrEnum):
    """A setting a person can change; also the name of the question pending for it."""

    TIMEZONE = "timezone"
    CHECKIN_TIME = "checkin_time"
    EVENING = "evening"
    WEEKLY = "weekly"


@dataclass(frozen=True)
class Identity:
    """Who wrote: the Telegram user, their private chat, and the language Telegram gave."""

    user_id: int
    chat_id: int
    # Only read at first contact: after that, the person's stored language is theirs.
    language: Language = DEFAULT_LANGUAGE


@dataclass(frozen=True)
class PersonSettings:
    """A snapshot of a person's settings, safe to use after the session closed."""

    timezone: str | None
    checkin_time: time | None
    evening_time: time | None
    weekly_enabled: bool
    weekly_day: int
    weekly_time: time
    paused: bool
    paused_until: datetime | None

    @property
    def onboarded(self) -> bool:
        """Whether the first-run questions have been answered."""
        return self.timezone is not None and self.checkin_time is not None

    def first_checkin_after_pause(self) -> date | None:
        """The local day the first nudge comes once a timed pause ends, when that is known."""
        if self.paused_until is None or self.timezone is None or self.checkin_time is None:
            return None
        zone = zones.zone_for(self.timezone)
        # A nudge due at the very instant the pause ends is sent (it has ended by then).
        due = next_daily_due(self.checkin_time, zone, self.paused_until - _INSTANT)
        return local_date_of(due, zone)

    @classmethod
    def of(cls, person: Person) -> PersonSettings:
        """Copy the settings out of a Person row."""
        return cls(
            timezone=person.timezone,
            checkin_time=person.checkin_time,
            evening_time=person.evening_time,
            weekly_enabled=person.weekly_enabled,
            weekly_day=person.weekly_day,
            weekly_time=person.weekly_time,
            paused=person.paused,
            paused_until=person.paused_until,
        )


UNKNOWN_PERSON = PersonSettings(
    timezone=None,
    checkin_time=None,
    evening_time=None,
    weekly_enabled=True,
    weekly_day=DEFAULT_WEEKLY_DAY,
    weekly_time=DEFAULT_WEEKLY_TIME,
    paused=False,
    paused_until=None,
)


@dataclass(frozen=True)
class Started:
    """Result of /start: who they are now and what to ask next, if anything."""

    is_new: bool
    settings: PersonSettings
    next_question: Setting | None


@dataclass(frozen=True)
class SettingChanged:
    """A setting took a new value."""

    setting: Setting
    settings: PersonSettings
    next_question: Setting | None
    stale_prompt_id: int | None
    onboarding_finished: bool
    first_contact: bool = False


@dataclass(frozen=True)
class NotUnderstood:
    """The value could not be read; nothing changed."""

    setting: Setting


@dataclass(frozen=True)
class OutOfOrder(NotUnderstood):
    """The time was read, but the evening question would not come after the check-in."""

    checkin_time: time
    evening_time: time


@dataclass(frozen=True)
class NoteKept:
    """Free text was kept as a note for the day."""

    onboarded: bool
    still_asking: Setting | None = None
    checkin_waiting: bool = False


# "new york city" is a try at a timezone; "I slept badly again last night" is not.
PROSE_MIN_WORDS = 3


def zone_of(timezone: str | None) -> tzinfo:
    """The person's timezone (UTC until they pick one)."""
    return zones.zone_for(timezone) if timezone else UTC


def local_now_for(timezone: str | None, now: datetime) -> datetime:
    """The person's wall clock at `now` (UTC until they pick a timezone)."""
    return now.astimezone(zone_of(timezone))


def local_date_for(timezone: str | None, now: datetime) -> date:
    """The person's calendar date at `now` (UTC until they pick a timezone)."""
    return local_now_for(timezone, now).date()


def looks_like_prose(text: str) -> bool:
    """Whether text reads like something said rather than a try at a setting's value."""
    return len(text.split()) > PROSE_MIN_WORDS


def onboarding_question(person: Person) -> Setting | None:
    """The first unanswered onboarding question."""
    if person.timezone is None:
        return Setting.TIMEZONE
    if person.checkin_time is None:
        return Setting.CHECKIN_TIME
    return None


def _apply(person: Person, setting: Setting, raw: str) -> NotUnderstood | None:
    """Parse `raw` for `setting` and store it; why not (and no change) when it cannot be."""
    if setting is Setting.TIMEZONE:
        zone = zones.parse_timezone(raw)
        if zone is None:
            return NotUnderstood(setting)
        person.timezone = zone
        return None
    if setting is Setting.WEEKLY:
        return None if _apply_weekly(person, raw) else NotUnderstood(setting)
    if setting is Setting.EVENING and timeparse.is_off(raw):
        person.evening_time = None
        return None
    at = timeparse.parse_clock_time(raw)
    if at is None:
        return NotUnderstood(setting)
    checkin, evening = (
        (person.checkin_time, at) if setting is Setting.EVENING else (at, person.evening_time)
    )
    if checkin is not None and evening is not None and not evening_follows(checkin, evening):
        return OutOfOrder(setting, checkin, evening)
    person.checkin_time, person.evening_time = checkin, evening
    return None


def _apply_weekly(person: Person, raw: str) -> bool:
    """Set the weekly summary day and time, or turn it off."""
    if timeparse.is_off(raw):
        person.weekly_enabled = False
        return True
    parsed = timeparse.parse_weekly(raw)
    if parsed is None:
        return False
    person.weekly_day, person.weekly_time = parsed
    person.weekly_enabled = True
    return True


@dataclass(frozen=True)
class SettingsForm:
    """Settings changed in the Mini App's form, as a whole; what is None stays as it is.

    `changes` are read as the chat reads them typed ("07:30", "Sunday 18:00", "off", "Berlin").
    """

    changes: tuple[tuple[Setting, str], ...] = ()
    language: Language | None = None
    paused: bool | None = None
    # With `paused`: for this many days; None pauses until resumed.
    pause_days: int | None = None


class _FormRefusedError(Exception):
    """A change in a form could not be read: the whole form is let go."""

    def __init__(self, refused: NotUnderstood) -> None:
        super().__init__(refused.setting.value)
        self.refused = refused


class PeopleService:
    """Everything about a person's settings; each method is one transaction."""

    def __init__(self, sessions: SessionFactory, clock: Clock, spread_minutes: int = 0) -> None:
        self._sessions = sessions
        self._clock = clock
        # Each person's nudges come at their own offset of up to this many minutes.
        self._spread = spread_minutes

    async def start(self, who: Identity) -> Started:
        """Greet a new or returning person; settings are never reset."""
        async with self._sessions.begin() as session:
            person, is_new = await get_or_create(PeopleRepository(session), who, self._clock())
            person.active = True
            question = onboarding_question(person)
            if question is not None:
                move(person, Event.SETUP_ASKED, asking_for(question))
            else:
                # Only a settings question gives way: an open check-in or reflection carries on.
                move(person, Event.STARTED)
            await sync_schedules(DeliveryRepository(session), person, self._clock(), self._spread)
            return Started(is_new, PersonSettings.of(person), question)

    async def language_of(self, who: Identity) -> Language:
        """The language to speak with them: their stored one, else the one Telegram gave."""
        async with self._sessions.begin() as session:
            stored = await PeopleRepository(session).language_of(who.user_id)
            return language_of(stored) if stored is not None else who.language

    async def set_language(self, who: Identity, language: Language) -> None:
        """Speak `language` with them from now on (a first word is enough to be kept)."""
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, self._clock())
            person.language = language.value

    async def find_settings(self, who: Identity) -> PersonSettings | None:
        """Current settings, or None when nothing is kept about the person (none is created)."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            return PersonSettings.of(person) if person is not None else None

    async def form_of(self, who: Identity) -> tuple[PersonSettings, Language] | None:
        """Current settings and language, as the Mini App's form shows them; None when nothing
        is kept about the person (none is created)."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return None
            return PersonSettings.of(person), language_of(person.language)

    async def settings_of(self, who: Identity) -> PersonSettings:
        """Current settings; the defaults for someone the bot keeps nothing about."""
        return await self.find_settings(who) or UNKNOWN_PERSON

    async def ask(self, who: Identity, setting: Setting, prompt_id: int | None) -> int | None:
        """Remember which question is pending; returns the previous prompt to tidy away."""
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, self._clock())
            stale = person.pending_message_id if person.pending_message_id != prompt_id else None
            move(person, Event.SETUP_ASKED, asking_for(setting))
            person.pending_message_id = prompt_id
            return stale

    async def change(
        self, who: Identity, setting: Setting, raw: str
    ) -> SettingChanged | NotUnderstood:
        """Set one setting from what the person typed or tapped; nothing changes if unreadable."""
        async with self._sessions.begin() as session:
            person, is_new = await get_or_create(PeopleRepository(session), who, self._clock())
            outcome = await change_setting(
                session, person, setting, raw, self._clock(), self._spread
            )
            if isinstance(outcome, SettingChanged) and is_new:
                return replace(outcome, first_contact=True)
            return outcome

    async def change_timezone_to_location(
        self, who: Identity, latitude: float, longitude: float
    ) -> SettingChanged | NotUnderstood | None:
        """Set the timezone from a shared location, when a timezone is what is being asked."""
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, self._clock())
            wanted = person.timezone is None or waiting_of(person).topic == Topic.TIMEZONE
        if not wanted:
            return None
        # The first lookup loads timezonefinder's data; keep that off the event loop.
        zone = await asyncio.to_thread(zones.timezone_at_location, latitude, longitude)
        return await self.change(who, Setting.TIMEZONE, zone or "")

    async def save_form(
        self, who: Identity, form: SettingsForm
    ) -> tuple[PersonSettings, Language] | NotUnderstood | None:
        """Apply a settings form in one transaction: all of it, or (when one change cannot be
        read) none of it; None for someone the bot does not know."""
        try:
            async with self._sessions.begin() as session:
                person = await PeopleRepository(session).by_user_id(who.user_id)
                if person is None:
                    return None
                now = self._clock()
                for setting, raw in form.changes:
                    changed = await change_setting(session, person, setting, raw, now, self._spread)
                    if isinstance(changed, NotUnderstood):
                        raise _FormRefusedError(changed)
                if form.language is not None:
                    person.language = form.language.value
                if form.paused is not None:
                    person.paused = form.paused
                    days = form.pause_days if form.paused else None
                    person.paused_until = now + timedelta(days=days) if days else None
                return PersonSettings.of(person), language_of(person.language)
        except _FormRefusedError as refused:
            return refused.refused

    async def pause(self, who: Identity, days: int | None) -> PersonSettings:
        """Stop nudges for some days, or until /resume (None)."""
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, self._clock())
            person.paused = True
            person.paused_until = self._clock() + timedelta(days=days) if days else None
            return PersonSettings.of(person)

    async def resume(self, who: Identity) -> bool:
        """Start nudges again; False when they were not paused (nothing is created)."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None or not person.paused:
                return False
            person.paused, person.paused_until = False, None
            return True

    async def cancel(self, who: Identity) -> Kind:
        """Let the pending question go (nothing answered is lost); the kind it was."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return Kind.NOTHING
            was = waiting_of(person).kind
            move(person, Event.CANCELLED)
            return was

    async def mark_blocked(self, who: Identity) -> None:
        """They blocked the bot: no nudges until they /start again (nothing is created)."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return
            person.active = False
            await sync_schedules(DeliveryRepository(session), person, self._clock(), self._spread)

    async def keep_text_once(self, who: Identity, text: str) -> None:
        """Keep text not otherwise kept (after an error, or an edit), unless it already was."""
        async with self._sessions.begin() as session:
            repo = PeopleRepository(session)
            person, _ = await get_or_create(repo, who, self._clock())
            await keep_note_once(repo, person, text, self._clock())


async def change_setting(
    session: AsyncSession,
    person: Person,
    setting: Setting,
    raw: str,
    now: datetime,
    spread_minutes: int = 0,
) -> SettingChanged | NotUnderstood:
    """Apply a change to a loaded person, reschedule, and work out what comes next."""
    was_onboarding = onboarding_question(person) is not None
    refused = _apply(person, setting, raw)
    if refused is not None:
        return refused
    stale_prompt = person.pending_message_id
    question = onboarding_question(person)
    waiting = move(person, Event.SETUP_ANSWERED, await _next_after_setup(session, person, now))
    person.pending_message_id = None
    await sync_schedules(DeliveryRepository(session), person, now, spread_minutes)
    finished = was_onboarding and question is None
    # The next question is only asked when typed text will answer it, not the open check-in.
    asking = question if question is not None and waiting == asking_for(question) else None
    return SettingChanged(setting, PersonSettings.of(person), asking, stale_prompt, finished)


async def _next_after_setup(session: AsyncSession, person: Person, now: datetime) -> Waiting:
    """What a setup answer asks next: the next question, or the check-in's typed answer."""
    question = onboarding_question(person)
    if question is not None:
        return asking_for(question)
    today = local_date_for(person.timezone, now)
    checkin = await CheckinRepository(session).on_date(person.id, today)
    # A settings answer hands the conversation back to a check-in waiting for typed text.
    topic = TYPED_TOPIC_BY_STAGE.get(checkin.stage) if checkin is not None else None
    return Waiting(topic) if topic is not None else NOTHING


def asking_for(setting: Setting) -> Waiting:
    """The conversation waiting for the answer to a setting's question."""
    return Waiting(Topic(setting.value))


def setting_asked(waiting: Waiting) -> Setting | None:
    """The setting whose question typed text answers, if it does."""
    return Setting(waiting.topic.value) if waiting.topic in SETUP_TOPICS else None


def keep_note(
    repo: PeopleRepository, person: Person, text: str, now: datetime, *, flagged: bool = False
) -> None:
    """Store a note dated in the person's own day."""
    repo.add_note(person, text, local_date_for(person.timezone, now), now, flagged=flagged)


async def keep_note_once(
    repo: PeopleRepository, person: Person, text: str, now: datetime, *, flagged: bool = False
) -> None:
    """Store a note unless the latest one already holds these words (an edit, a retry)."""
    latest = await repo.latest_note(person)
    if latest is None or latest.text != text:
        keep_note(repo, person, text, now, flagged=flagged)


async def get_or_create(
    repo: PeopleRepository, who: Identity, now: datetime
) -> tuple[Person, bool]:
    """Load the person, creating them on first contact."""
    person = await repo.by_user_id(who.user_id)
    if person is not None:
        person.chat_id = who.chat_id
        return person, False
    return await repo.add(who.user_id, who.chat_id, now, who.language.value), True


async def get_or_create_many(
    repo: PeopleRepository, whos: list[Identity], now: datetime
) -> list[Person]:
    """Load several people in one query, creating any on first contact; one per identity."""
    people = await repo.by_user_ids({who.user_id for who in whos})
    for who in whos:
        person = people.get(who.user_id)
        if person is None:
            people[who.user_id] = await repo.add(who.user_id, who.chat_id, now, who.language.value)
        else:
            person.chat_id = who.chat_id
    return [people[who.user_id] for who in whos]
