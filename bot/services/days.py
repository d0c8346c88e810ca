"""One day as the Mini App opens it: read in full, and filled in or changed by the chat's rules.

The rules are the chat's own: a day can be given or changed until a week has passed
(`bot.core.day.can_change`), a past day is marked as filled in later, a step's outcome needs a
step, and every word is screened for crisis language first. Words caught by the screen are kept
as a flagged note of the day, as the chat keeps them, and no step is taken after them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.clock import Clock
from bot.core.conversation import Event, Kind
from bot.core.day import can_change
from bot.core.languages import Language, language_of
from bot.core.safety import Level, Screening
from bot.core.stages import Stage
from bot.services.checkins import FILLED_LATER, DayView, StepOutcome, choose_step
from bot.services.people import Identity, local_date_for
from bot.services.screening import CheckNeeded, CrisisNoticed, checkin_today, first_answer, screened
from bot.services.waiting import move, waiting_of
from storage.db import SessionFactory
from storage.models import Checkin, Person
from storage.repositories.checkins import CheckinRepository
from storage.repositories.people import NewNote, PeopleRepository
from storage.repositories.reflections import ReflectionRepository


@dataclass(frozen=True)
class DayNote:
    """A note of the day; its words are None when the crisis screen caught them (never shown
    back), and `media` names a kept voice note, photo or file."""

    text: str | None
    media: str | None


@dataclass(frozen=True)
class DayReflection:
    """A reflection kept that day: the question as it was asked, and the answer (None when
    the crisis screen caught it)."""

    question: str
    text: str | None


@dataclass(frozen=True)
class DayDetail:
    """Everything a person kept on one day, and whether it can still be given or changed."""

    language: Language
    local_date: date
    # Why the day cannot be given or changed; None when it can.
    closed: Refusal | None
    checkin: DayView | None
    notes: tuple[DayNote, ...]
    reflections: tuple[DayReflection, ...]


@dataclass(frozen=True)
class DayEdit:
    """What the page changes on a day; None leaves that part as it is."""

    mood: int | None = None
    evening_mood: int | None = None
    words: str | None = None
    step: str | None = None
    rest: bool = False
    outcome: StepOutcome | None = None
    note: str | None = None


class Refusal(StrEnum):
    """Why an edit was refused; nothing changed."""

    # More than a week ago: the chat refuses these days too.
    CLOSED_DAY = "closed_day"
    # A day that has not come yet.
    NOT_YET = "not_yet"
    # Rest and a step at once: a day has one or the other.
    REST_AND_STEP = "rest_and_step"
    # How the step went, on a day with no step.
    NO_STEP = "no_step"


@dataclass(frozen=True)
class DayEdited:
    """The day after the edit, and what the screen found in its words, if anything."""

    detail: DayDetail
    first: CrisisNoticed | CheckNeeded | None


class DayService:
    """Each method is one transaction, on the day of the person the launch data names."""

    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        screened_level: Callable[[Level], None] = lambda _level: None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        # Told each screening's level (the operator's count; never the words).
        self._count = screened_level

    async def day(self, who: Identity, local_date: date) -> DayDetail | None:
        """One of the person's days; None for someone the bot does not know."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return None
            checkin = await CheckinRepository(session).on_date(person.id, local_date)
            return await _detail(session, person, local_date, checkin, self._clock())

    async def edit(
        self, who: Identity, local_date: date, edit: DayEdit
    ) -> DayEdited | Refusal | None:
        """Give or change a day's answers and add a note, as the chat would; None for someone
        the bot does not know, a Refusal (and no change) for an edit the chat would not take."""
        now = self._clock()
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return None
            today = local_date_for(person.timezone, now)
            repo = CheckinRepository(session)
            checkin = await repo.on_date(person.id, local_date)
            refusal = _refusal(local_date, today, checkin, edit)
            if refusal is not None:
                return refusal
            today_checkin = (
                checkin if local_date == today else await checkin_today(session, person, now)
            )
            screenings = {
                part: screened(person, today_checkin, text, now, self._count)
                for part, text in (("words", edit.words), ("step", edit.step), ("note", edit.note))
                if text is not None
            }
            first = first_answer(person, screenings.values(), now)
            checkin = checkin or await repo.add(person.id, local_date, Stage.MOOD)
            notes = _apply(person, checkin, edit, screenings, now)
            if local_date < today:
                checkin.source = checkin.source or FILLED_LATER
            await PeopleRepository(session).add_notes(notes)
            return DayEdited(await _detail(session, person, local_date, checkin, now), first)


def _closed(day: date, today: date) -> Refusal | None:
    """Why a day's answers can no longer (or not yet) be given or changed, if so."""
    if day > today:
        return Refusal.NOT_YET
    return None if can_change(day, today) else Refusal.CLOSED_DAY


def _refusal(day: date, today: date, checkin: Checkin | None, edit: DayEdit) -> Refusal | None:
    """Why the chat would not take this edit, if it would not."""
    closed = _closed(day, today)
    if closed is not None:
        return closed
    if edit.rest and edit.step is not None:
        return Refusal.REST_AND_STEP
    if edit.outcome is None:
        return None
    has_step = edit.step is not None or (
        not edit.rest and checkin is not None and bool(checkin.step_key or checkin.step_text)
    )
    return None if has_step else Refusal.NO_STEP


def _apply(
    person: Person,
    checkin: Checkin,
    edit: DayEdit,
    screenings: dict[str, Screening],
    now: datetime,
) -> list[NewNote]:
    """Change the day's answers; returns the notes to keep (the note, and crisis words)."""
    crisis = any(s.level == Level.CRISIS for s in screenings.values())
    notes: list[NewNote] = []

    def caught(part: str) -> bool:
        return screenings[part].is_caught

    if edit.mood is not None:
        checkin.mood = edit.mood
    if edit.evening_mood is not None:
        checkin.evening_mood = edit.evening_mood
    if edit.words is not None:
        if screenings["words"].level == Level.CRISIS:
            notes.append(NewNote(person.id, checkin.local_date, edit.words, now, True))
        else:
            checkin.words, checkin.words_flagged, checkin.feelings = (
                edit.words,
                caught("words"),
                None,
            )
    if edit.step is not None and crisis:
        # No small step right after crisis language (the chat takes none either): kept as a note.
        notes.append(NewNote(person.id, checkin.local_date, edit.step, now, caught("step")))
    elif edit.step is not None or edit.rest:
        choose_step(checkin, rest=edit.rest, text=edit.step)
    if edit.outcome is not None and not crisis:
        checkin.outcome = edit.outcome
    if edit.note is not None:
        notes.append(NewNote(person.id, checkin.local_date, edit.note, now, caught("note")))
    _settle(person, checkin)
    return notes


def _settle(person: Person, checkin: Checkin) -> None:
    """A day with its step (or rest) chosen is finished, as the chat would leave it: its buttons
    are spent, and typed words no longer wait for it."""
    if not (checkin.rest or checkin.step_key or checkin.step_text):
        return
    checkin.stage = Stage.CLOSED if checkin.outcome else Stage.CHOSEN
    checkin.changing_from, checkin.message_id = None, None
    waiting = waiting_of(person)
    if waiting.kind == Kind.CHECKIN and waiting.part == str(checkin.id):
        move(person, Event.CHECKIN_ANSWERED)


async def _detail(
    session: AsyncSession, person: Person, local_date: date, checkin: Checkin | None, now: datetime
) -> DayDetail:
    """The day with its notes and reflections."""
    notes = await PeopleRepository(session).notes_on(person.id, local_date)
    reflections = await ReflectionRepository(session).on_date(person.id, local_date)
    return DayDetail(
        language=language_of(person.language),
        local_date=local_date,
        closed=_closed(local_date, local_date_for(person.timezone, now)),
        checkin=DayView.of(checkin) if checkin is not None else None,
        notes=tuple(DayNote(None if n.flagged else n.text, n.media) for n in notes),
        reflections=tuple(
            DayReflection(r.question_text, None if r.flagged else r.text) for r in reflections
        ),
    )
