"""Where typed text goes: the pending question, the check-in, or a kept note."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.clock import Clock
from bot.core.conversation import Event, Kind
from bot.core.safety import CLEAR, Level
from bot.core.stages import ASKING_STAGES, Stage
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
    keep_note_once,
    local_date_for,
    looks_like_prose,
    onboarding_question,
    setting_asked,
)
from bot.services.reflections import QuestionWords, ReflectionKept, keep_answer, keep_free
from bot.services.safety_plans import PlanPartKept, keep_typed
from bot.services.screening import (
    CheckNeeded,
    CrisisNoticed,
    answer_for,
    checkin_today,
    screened,
)
from bot.services.waiting import move, waiting_of
from storage.db import SessionFactory
from storage.models import Checkin, Person
from storage.repositories.checkins import CheckinRepository
from storage.repositories.people import NewNote, PeopleRepository
from storage.repositories.reflections import ReflectionRepository


@dataclass(frozen=True)
class CheckinAnswered:
    """Typed words answered the check-in's open question (`changed`: one of a finished day's;
    `noted`: kept as a note of a past day, as asked)."""

    day: DayView
    changed: bool = False
    noted: bool = False


TextOutcome = (
    SettingChanged
    | NotUnderstood
    | NoteKept
    | CheckinAnswered
    | ReflectionKept
    | CrisisNoticed
    | CheckNeeded
    | PlanPartKept
)


@dataclass(frozen=True)
class CarryOn:
    """After 'no' to the check: the question still open, or the check-in still waiting."""

    question: Setting | None
    day: DayView | None


@dataclass(frozen=True)
class TypedText:
    """Words someone typed, waiting to be routed."""

    who: Identity
    text: str


class ConversationService:
    """Routes free text; texts that arrive together share one transaction (group commit).

    `question_words` puts a reflection question's key into the words kept with an answer
    (bot/texts/reflect.question_text, wired in bot/app.py).
    """

    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        question_words: QuestionWords,
        screened: Callable[[Level], None] = lambda _level: None,
        spread_minutes: int = 0,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        # A setting changed by typing reschedules at the person's own offset (PeopleService).
        self._spread = spread_minutes
        self._question_words = question_words
        # Told each screening's level (a count for the operator; never the words).
        self._count = screened
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
            batch = _Batch(session, now, days, self._question_words, self._count, self._spread)
            outcomes = [
                await _route(batch, person, typed.text)
                for person, typed in zip(people, texts, strict=True)
            ]
            await repo.add_notes(batch.notes)
            return outcomes

    async def receive_reflection(
        self, who: Identity, text: str
    ) -> ReflectionKept | CrisisNoticed | CheckNeeded:
        """/reflect <text>: kept at once as a free reflection, screened like everything else."""
        now = self._clock()
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, now)
            today = await checkin_today(session, person, now)
            screening = screened(person, today, text, now, self._count)
            kept = await keep_free(
                session, person, text, now, self._question_words, flagged=screening.is_caught
            )
            return answer_for(person, screening, now) or kept

    async def confirm_crisis(self, who: Identity) -> CrisisNoticed:
        """'Yes' or 'not sure' to the check: answered in full, as crisis language is."""
        now = self._clock()
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, now)
            person.crisis_at = now
            return CrisisNoticed(person.timezone)

    async def carry_on(self, who: Identity) -> CarryOn:
        """'No, I'm okay' to the check: what the conversation was waiting on, to ask again."""
        now = self._clock()
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, now)
            question = setting_asked(waiting_of(person))
            today = await checkin_today(session, person, now)
            waiting = today is not None and today.stage in ASKING_STAGES and question is None
            return CarryOn(question, DayView.of(today) if waiting and today else None)

    async def keep_media(
        self, who: Identity, media: Media
    ) -> MediaKept | CrisisNoticed | CheckNeeded:
        """Keep what was sent as a note of the day (Telegram keeps the file); its caption is
        screened like any words."""
        now = self._clock()
        async with self._sessions.begin() as session:
            repo = PeopleRepository(session)
            person, _ = await get_or_create(repo, who, now)
            today = await checkin_today(session, person, now)
            screening = (
                screened(person, today, media.caption, now, self._count) if media.caption else CLEAR
            )
            note = repo.add_note(
                person,
                media.caption,
                local_date_for(person.timezone, now),
                now,
                flagged=screening.is_caught,
            )
            note.media, note.file_id = media.kind, media.file_id
            note.duration, note.file_name = media.duration, media.file_name
            return answer_for(person, screening, now) or MediaKept(media.kind)

    async def receive_aside(
        self, who: Identity, text: str, *, keep: bool
    ) -> CrisisNoticed | CheckNeeded | None:
        """An edit or a photo's caption: screened; an edit's words kept quietly, once."""
        now = self._clock()
        async with self._sessions.begin() as session:
            repo = PeopleRepository(session)
            person, _ = await get_or_create(repo, who, now)
            today = await checkin_today(session, person, now)
            screening = screened(person, today, text, now, self._count)
            if keep:
                await keep_note_once(repo, person, text, now, flagged=screening.is_caught)
            return answer_for(person, screening, now)


@dataclass(frozen=True)
class Media:
    """A voice note, photo, video note, video, audio or document a person sent."""

    kind: str  # "voice", "photo", "video_note", "video", "audio" or "document"
    file_id: str
    caption: str = ""
    duration: int | None = None
    file_name: str | None = None


@dataclass(frozen=True)
class MediaKept:
    """Sent media was kept as a note of the day, its caption with it."""

    kind: str


@dataclass
class _Batch:
    """What the texts of one transaction share; their notes are written together at the end."""

    session: AsyncSession
    now: datetime
    days: dict[tuple[int, date], Checkin]
    question_words: QuestionWords
    count: Callable[[Level], None]
    spread_minutes: int
    notes: list[NewNote] = field(default_factory=list)

    def keep_note(self, person: Person, text: str, *, flagged: bool = False) -> None:
        """Keep a note dated in the person's own day; flagged notes are never quoted back."""
        local_date = local_date_for(person.timezone, self.now)
        self.notes.append(NewNote(person.id, local_date, text, self.now, flagged))

    def today_for(self, person: Person) -> Checkin | None:
        """The person's check-in for their own today, if there is one."""
        return self.days.get((person.id, local_date_for(person.timezone, self.now)))


async def _route(batch: _Batch, person: Person, text: str) -> TextOutcome:
    """Screen the text first; then answer whatever is pending with it, or keep it as a note."""
    screening = screened(person, batch.today_for(person), text, batch.now, batch.count)
    first = answer_for(person, screening, batch.now)
    if isinstance(first, CrisisNoticed):
        stale = await _keep_crisis_words(batch, person, text)
        return replace(first, stale_message_ids=stale)
    routed = await _route_screened(batch, person, text, flagged=screening.is_caught)
    # Kept as usual; the person is asked before anything else is said.
    return first or routed


async def _keep_crisis_words(batch: _Batch, person: Person, text: str) -> tuple[int, ...]:
    """Keep crisis words where they belong; a setup question stays open, asked again later.

    Returns the messages whose buttons go: the open reflection's and the day's check-in's.
    """
    kind = waiting_of(person).kind
    stale: list[int | None] = []
    if kind == Kind.PLAN:
        # Kept in the plan; its part stays open, so the person can carry on later.
        await keep_typed(batch.session, person, text, batch.now, move_on=False)
    elif kind == Kind.REFLECTION:
        await keep_answer(
            batch.session, person, text, batch.now, batch.question_words, flagged=True
        )
        stale.append(await ReflectionRepository(batch.session).take_buttons(person.id))
    else:
        batch.keep_note(person, text, flagged=True)
    # No small step follows right after crisis language: the day's buttons go too.
    today = batch.today_for(person)
    if today is not None:
        stale.append(today.message_id)
        today.message_id = None
    move(person, Event.CRISIS)
    return tuple(message_id for message_id in stale if message_id is not None)


async def _route_screened(
    batch: _Batch, person: Person, text: str, *, flagged: bool
) -> TextOutcome:
    """Answer whatever is pending with screened text, or keep it as a note."""
    session, now = batch.session, batch.now
    kind = waiting_of(person).kind
    if kind == Kind.REFLECTION:
        return await keep_answer(session, person, text, now, batch.question_words, flagged=flagged)
    if kind == Kind.PLAN:
        # Words the screen caught keep the part open: the person is asked before going on.
        kept = await keep_typed(session, person, text, now, move_on=not flagged)
        if kept is not None:
            return kept
    if kind == Kind.CHECKIN:
        answered = await take_typed_answer(session, person, text, now, flagged=flagged)
        if answered is not None:
            return CheckinAnswered(answered.day, answered.changed, answered.noted)
    setting = setting_asked(waiting_of(person))
    if setting is not None and not flagged:
        changed = await change_setting(session, person, setting, text, now, batch.spread_minutes)
        # A refused answer ("narnia" for a timezone) is answered, not kept as a note; prose
        # written while a question waits is the person's words, kept.
        if isinstance(changed, SettingChanged) or not looks_like_prose(text):
            return changed
    batch.keep_note(person, text, flagged=flagged)
    if setting is not None and not looks_like_prose(text):
        return NotUnderstood(setting)
    checkin = batch.today_for(person)
    return NoteKept(
        onboarded=onboarding_question(person) is None,
        still_asking=setting,
        checkin_waiting=checkin is not None and checkin.stage == Stage.MOOD,
    )
