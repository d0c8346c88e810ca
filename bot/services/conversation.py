"""Where typed text goes: the pending question, the check-in, or a kept note."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.clock import Clock
from bot.core.safety import screen
from bot.core.stages import Pending, Stage
from bot.services.batching import GroupCommit
from bot.services.checkins import DayView, take_typed_answer
from bot.services.people import (
    Identity,
    NoteKept,
    NotUnderstood,
    Setting,
    SettingChanged,
    change_setting,
    get_or_create,
    get_or_create_many,
    local_date_for,
    looks_like_prose,
    onboarding_question,
)
from bot.services.reflections import REFLECT_PENDING, ReflectionKept, keep_answer, keep_free
from storage.db import SessionFactory
from storage.models import Checkin, Person
from storage.repositories.checkins import CheckinRepository
from storage.repositories.people import NewNote, PeopleRepository


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


@dataclass(frozen=True)
class TypedText:
    """Words someone typed, waiting to be routed."""

    who: Identity
    text: str


class ConversationService:
    """Routes free text; texts that arrive together share one transaction (group commit)."""

    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock
        self._texts = GroupCommit(self._receive_texts)

    async def receive_text(self, who: Identity, text: str) -> TextOutcome:
        """Answer whatever is pending with the text, or keep it as a note; nothing is lost."""
        return await self._texts.submit(TypedText(who, text))

    async def _receive_texts(self, texts: list[TypedText]) -> list[TextOutcome]:
        """Route a batch of texts in one transaction, each in the order it arrived."""
        now = self._clock()
        async with self._sessions.begin() as session:
            repo = PeopleRepository(session)
            people = await get_or_create_many(repo, [t.who for t in texts], now)
            days = await CheckinRepository(session).on_dates(
                [(p.id, local_date_for(p.timezone, now)) for p in people]
            )
            batch = _Batch(session, now, days)
            outcomes = [
                await _route(batch, person, typed.text)
                for person, typed in zip(people, texts, strict=True)
            ]
            await repo.add_notes(batch.notes)
            return outcomes

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


@dataclass
class _Batch:
    """What the texts of one transaction share; their notes are written together at the end."""

    session: AsyncSession
    now: datetime
    days: dict[tuple[int, date], Checkin]
    notes: list[NewNote] = field(default_factory=list)

    def keep_note(self, person: Person, text: str) -> None:
        """Keep a note dated in the person's own day."""
        local_date = local_date_for(person.timezone, self.now)
        self.notes.append(NewNote(person.id, local_date, text, self.now))

    def today_for(self, person: Person) -> Checkin | None:
        """The person's check-in for their own today, if there is one."""
        return self.days.get((person.id, local_date_for(person.timezone, self.now)))


async def _route(batch: _Batch, person: Person, text: str) -> TextOutcome:
    """Answer whatever is pending with the text, or keep it as a note."""
    session, now = batch.session, batch.now
    if screen(text).is_crisis:
        # Screened before anything else: kept, and no small step follows right after.
        if person.pending == REFLECT_PENDING:
            await keep_answer(session, person, text, now)
        else:
            batch.keep_note(person, text)
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
    batch.keep_note(person, text)
    if setting is not None and not looks_like_prose(text):
        return NotUnderstood(setting)
    checkin = batch.today_for(person)
    return NoteKept(
        onboarded=onboarding_question(person) is None,
        still_asking=setting,
        checkin_waiting=checkin is not None and checkin.stage == Stage.MOOD,
    )
