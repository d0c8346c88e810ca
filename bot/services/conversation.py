"""Where typed text goes: the pending question, the check-in, or a kept note."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.clock import Clock
from bot.core.safety import screen
from bot.core.stages import Pending, Stage
from bot.services.checkins import DayView, take_typed_answer
from bot.services.people import (
    Identity,
    NoteKept,
    NotUnderstood,
    Setting,
    SettingChanged,
    change_setting,
    get_or_create,
    keep_note,
    local_date_for,
    looks_like_prose,
    onboarding_question,
)
from bot.services.reflections import REFLECT_PENDING, ReflectionKept, keep_answer, keep_free
from storage.db import SessionFactory
from storage.repositories.checkins import CheckinRepository
from storage.repositories.people import PeopleRepository


@dataclass(frozen=True)
class CheckinAnswered:
    """Typed words answered the check-in's open question."""

    day: DayView


@dataclass(frozen=True)
class CrisisNoticed:
    """The words held crisis language: kept, and answered with people to reach, nothing else."""

    timezone: str | None


TextOutcome = (
    SettingChanged | NotUnderstood | NoteKept | CheckinAnswered | ReflectionKept | CrisisNoticed
)

SETTING_NAMES = frozenset(s.value for s in Setting)
PENDING_NAMES = frozenset(p.value for p in Pending)


class ConversationService:
    """Routes free text; one transaction per message."""

    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    async def receive_text(self, who: Identity, text: str) -> TextOutcome:
        """Answer whatever is pending with the text, or keep it as a note; nothing is lost."""
        now = self._clock()
        async with self._sessions.begin() as session:
            repo = PeopleRepository(session)
            person, _ = await get_or_create(repo, who, now)
            if screen(text).is_crisis:
                # Screened before anything else: kept, and no small step follows right after.
                if person.pending == REFLECT_PENDING:
                    await keep_answer(session, person, text, now)
                else:
                    await keep_note(repo, person, text, now)
                person.pending = None
                return CrisisNoticed(person.timezone)
            pending = person.pending
            if pending == REFLECT_PENDING:
                return await keep_answer(session, person, text, now)
            if pending in PENDING_NAMES:
                day = await take_typed_answer(session, person, Pending(pending), text)
                if day is not None:
                    return CheckinAnswered(day)
                pending = None
            setting = Setting(pending) if pending in SETTING_NAMES else None
            if setting is not None:
                changed = await change_setting(session, person, setting, text, now)
                if isinstance(changed, SettingChanged):
                    return changed
            await keep_note(repo, person, text, now)
            if setting is not None and not looks_like_prose(text):
                return NotUnderstood(setting)
            today = local_date_for(person.timezone, now)
            checkin = await CheckinRepository(session).on_date(person.id, today)
            return NoteKept(
                onboarded=onboarding_question(person) is None,
                still_asking=setting,
                checkin_waiting=checkin is not None and checkin.stage == Stage.MOOD,
            )

    async def receive_reflection(self, who: Identity, text: str) -> ReflectionKept | CrisisNoticed:
        """/reflect <text>: kept at once as a free reflection, screened like everything else."""
        now = self._clock()
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, now)
            kept = await keep_free(session, person, text, now)
            if screen(text).is_crisis:
                person.pending = None
                return CrisisNoticed(person.timezone)
            return kept
