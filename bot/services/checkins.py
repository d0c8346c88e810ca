"""The daily check-in: mood, three words, one small step, and how it went."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.clock import Clock
from bot.core.conversation import Event, Topic, Waiting
from bot.core.day import Later, can_change, days_to_fill, later_at, later_choices, offers_yesterday
from bot.core.feelings import MOST_FEELINGS, feelings_for
from bot.core.languages import Language, language_of
from bot.core.stages import DONE_STAGES, STAGE_TO_CHANGE, TYPED_TOPIC_BY_STAGE, Answer, Stage
from bot.core.steps import LOWEST_MOOD, Step, is_gentle_day, step_by_key, suggest_steps
from bot.services.batching import GroupCommit
from bot.services.people import (
    Identity,
    get_or_create,
    local_date_for,
    local_now_for,
    zone_of,
)
from bot.services.schedules import Kind
from bot.services.waiting import move, waiting_of
from storage.db import SessionFactory
from storage.models import Checkin, Person
from storage.repositories.checkins import CheckinRepository, NewDay
from storage.repositories.deliveries import DeliveryRepository
from storage.repositories.people import NewNote, PeopleRepository
from storage.repositories.reflections import ReflectionRepository

HISTORY_DAYS = 14
# Checkin.source of a day filled in or changed after it ended.
FILLED_LATER = "later"
OWN_STEP_CHOICE = "own"
REST_CHOICE = "rest"
MOODS = range(1, 6)


class StepOutcome(StrEnum):
    """How the day's step went; every answer is a fine answer."""

    DONE = "done"
    PARTLY = "partly"
    NOT_TODAY = "not_today"


@dataclass(frozen=True)
class DayView:
    """A day's check-in as the person sees it."""

    checkin_id: int
    local_date: date
    stage: Stage
    mood: int | None
    words: str | None
    # The crisis screen caught the words: kept, and never shown back in /history.
    words_flagged: bool
    # The step chosen: a library step by its key (its words: bot/texts/steps), or the
    # person's own words; at most one of the two.
    step_key: str | None
    step_text: str | None
    rest: bool
    outcome: StepOutcome | None
    suggestions: tuple[Step, ...]
    message_id: int | None
    seed: int
    # The day after crisis language: greeted gently, only rest and the tiniest steps.
    gentle: bool = False
    evening_mood: int | None = None
    # One answer of the finished day is being asked again.
    changing: bool = False
    # Feeling words tapped so far for the three-words question (their keys).
    feelings: tuple[str, ...] = ()
    # Filled in (or changed) after the day ended, or brought in from another app: asked and
    # shown as a past day.
    past: bool = False

    @classmethod
    def of(cls, checkin: Checkin) -> DayView:
        """Copy a check-in row into a view."""
        step = step_by_key(checkin.step_key) if checkin.step_key else None
        return cls(
            checkin_id=checkin.id,
            local_date=checkin.local_date,
            stage=Stage(checkin.stage),
            mood=checkin.mood,
            words=checkin.words,
            words_flagged=bool(checkin.words_flagged),
            step_key=step.key if step else None,
            step_text=None if step else checkin.step_text,
            rest=checkin.rest,
            outcome=StepOutcome(checkin.outcome) if checkin.outcome else None,
            suggestions=tuple(s for k in _keys(checkin.suggested) if (s := step_by_key(k))),
            message_id=checkin.message_id,
            seed=checkin.person_id + checkin.local_date.toordinal(),
            gentle=bool(checkin.gentle),
            evening_mood=checkin.evening_mood,
            changing=checkin.changing_from is not None,
            feelings=tuple(_keys(checkin.feelings)),
            past=checkin.source is not None,
        )

    @property
    def has_step(self) -> bool:
        """Whether a step was chosen for the day: one from the library or the person's own."""
        return self.step_key is not None or self.step_text is not None

    @property
    def answered(self) -> bool:
        """Whether the person gave this day anything: a mood, words, a step or rest."""
        return bool(self.mood or self.words or self.step_key or self.step_text or self.rest)


@dataclass(frozen=True)
class HistoryDay:
    """One day of /history: its check-in, if it was answered, and the reflections kept."""

    local_date: date
    checkin: DayView | None
    reflections: int


@dataclass(frozen=True)
class Opened:
    """A check-in offered (or resumed); the old prompts' buttons should be tidied away."""

    day: DayView
    stale_message_ids: tuple[int, ...]
    local_time: time
    # The morning nudge offers to add this day (yesterday, left empty), once.
    add_day: date | None = None


@dataclass(frozen=True)
class Unasked:
    """A check-in whose current question the person was never shown (the bot stopped first)."""

    chat_id: int
    day: DayView
    language: Language


# The stages whose question a handler sends after moving the day on; the mood question is the
# nudge itself, which deliveries send exactly once.
ASKED_AFTER_A_MOVE = (Stage.WORDS, Stage.STEP, Stage.OWN_STEP)


@dataclass(frozen=True)
class Advanced:
    """The check-in moved on after a tap or a typed answer; `changed` when that answer changed
    one of a finished day's, which is then finished again."""

    day: DayView
    changed: bool = False
    # Typed words were kept as a note of the day (asked for after filling a past day in).
    noted: bool = False


@dataclass(frozen=True)
class Stale:
    """A tap that no longer applies (old, doubled, forged, or from no one we know): no change."""


@dataclass(frozen=True)
class TooMany:
    """A fourth feeling word was tapped: three is the most; nothing changed."""


@dataclass(frozen=True)
class LaterOptions:
    """'Later' was tapped: the times to come back that are still open on the nudge's day."""

    day: DayView
    choices: tuple[Later, ...]


@dataclass(frozen=True)
class LaterSet:
    """The nudge will come back once, at this local time."""

    day: DayView
    at: time


@dataclass(frozen=True)
class Tap:
    """A tap on a check-in's button: who tapped, which check-in, and on which message."""

    who: Identity
    checkin_id: int
    message_id: int | None


def _keys(stored: str | None) -> list[str]:
    """Stored keys (suggestions, tapped feelings), in order."""
    return [key for key in (stored or "").split(",") if key]


class CheckinService:
    """One transaction per method, on one person's check-ins; nudges opened together share one."""

    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock
        self._nudged = GroupCommit(self._open_for_nudges)

    async def open_today(self, who: Identity) -> Opened:
        """/checkin: offer today's check-in, or carry on with it where it stands."""
        async with self._sessions.begin() as session:
            now = self._clock()
            person, _ = await get_or_create(PeopleRepository(session), who, now)
            today = local_date_for(person.timezone, now)
            existing = await CheckinRepository(session).on_date(person.id, today)
            return await _open(session, person, today, existing, now)

    async def open_past(self, who: Identity, local_date: date | None) -> Opened | Stale:
        """/yesterday, or a day chosen: one of the last seven days, to fill in or change."""
        async with self._sessions.begin() as session:
            now = self._clock()
            person, _ = await get_or_create(PeopleRepository(session), who, now)
            today = local_date_for(person.timezone, now)
            day = today - timedelta(days=1) if local_date is None else local_date
            if day not in days_to_fill(today):
                return Stale()
            repo = CheckinRepository(session)
            checkin = await repo.on_date(person.id, day)
            checkin = checkin or await repo.add(person.id, day, Stage.MOOD)
            if checkin.stage in DONE_STAGES:
                return Opened(DayView.of(checkin), (), now.time())
            checkin.source = checkin.source or FILLED_LATER
            stale = _resume(person, checkin)
            return Opened(DayView.of(checkin), tuple(stale), now.time())

    async def local_today(self, who: Identity) -> date:
        """The person's own today (in UTC for someone the bot keeps nothing about)."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            return local_date_for(person.timezone if person else None, self._clock())

    async def ask_day_note(self, who: Identity, checkin_id: int) -> DayView | Stale:
        """'Add a note' under a day filled in later: the next words typed are kept with it."""
        async with self._sessions.begin() as session:
            found = await _load(session, who, checkin_id)
            if found is None:
                return Stale()
            person, checkin = found
            if not can_change(checkin.local_date, local_date_for(person.timezone, self._clock())):
                return Stale()
            _ask_typed(person, checkin, Topic.DAY_NOTE)
            return DayView.of(checkin)

    async def open_for_nudge(self, person_id: int, local_date: date) -> Opened | None:
        """The morning nudge: open that day's check-in, unless the person already began it.

        Nudges being prepared at the same moment share one transaction.
        """
        return await self._nudged.submit((person_id, local_date))

    async def _open_for_nudges(self, wanted: list[tuple[int, date]]) -> list[Opened | None]:
        """Open a batch of nudged people's check-ins in one transaction, in set-based statements
        (a morning's fan-out opens hundreds a second)."""
        now = self._clock()
        async with self._sessions.begin() as session:
            repo = CheckinRepository(session)
            people = await PeopleRepository(session).by_ids({person_id for person_id, _ in wanted})
            day_before = [(person_id, day - timedelta(days=1)) for person_id, day in wanted]
            days = await repo.on_dates([*wanted, *day_before])
            latest = await repo.latest_of({key[0] for key in wanted if key not in days})
            chosen = [(people.get(key[0]), key[1], days.get(key)) for key in wanted]
            new_days = {
                (person.id, day): _new_day(person, day, latest.get(person.id))
                for person, day, existing in chosen
                if person is not None and existing is None
            }
            added = await repo.add_days([new for new, _ in new_days.values()])
            opened: list[Opened | None] = []
            for person, day, existing in chosen:
                begun = existing is not None and existing.stage not in (Stage.MOOD, Stage.LATER)
                if person is None or begun:
                    opened.append(None)
                    continue
                _, replaced = new_days.get((person.id, day), (None, ()))
                checkin = existing or added[(person.id, day)]
                nudge = _opened(person, checkin, replaced, now)
                yesterday = days.get((person.id, day - timedelta(days=1)))
                answered = yesterday is not None and DayView.of(yesterday).answered
                joined = local_date_for(person.timezone, person.created_at)
                # Offered once: on the nudge that opens the day, not when it comes back later.
                if existing is None and offers_yesterday(joined, day, answered):
                    nudge = replace(nudge, add_day=day - timedelta(days=1))
                opened.append(nudge)
            return opened

    async def attach_message(self, checkin_id: int, message_id: int | None) -> int | None:
        """Note the stage's question as shown, and the message now carrying the buttons (if any).

        Taps are taken only from that message, so the one before should lose its buttons; it is
        returned.
        """
        async with self._sessions.begin() as session:
            checkin = await session.get(Checkin, checkin_id)
            if checkin is None:
                return None
            checkin.prompted = checkin.stage
            return move_buttons(checkin, message_id) if message_id is not None else None

    async def take_unasked(self) -> list[Unasked]:
        """Today's check-ins whose question was never shown, each taken by one caller only."""
        now = self._clock()
        async with self._sessions.begin() as session:
            # Local dates run up to a day behind UTC: yesterday's are looked at too, and dropped.
            since = now.date() - timedelta(days=1)
            taken = await CheckinRepository(session).claim_unasked(ASKED_AFTER_A_MOVE, since)
            people = await PeopleRepository(session).by_ids({c.person_id for c in taken})
            return [
                Unasked(person.chat_id, DayView.of(checkin), language_of(person.language))
                for checkin in taken
                if (person := people.get(checkin.person_id)) is not None
                and checkin.local_date == local_date_for(person.timezone, now)
            ]

    async def take_mood(self, tap: Tap, mood: int | None) -> Advanced | Stale:
        """A mood tap (or 'not now', as None)."""
        async with self._sessions.begin() as session:
            found = await _load_tapped(session, tap)
            if (
                found is None
                or found[1].stage != Stage.MOOD
                or (mood is not None and mood not in MOODS)
            ):
                return Stale()
            person, checkin = found
            if mood is None:
                # "Not now" means not today: a "Later" chosen before is let go too.
                checkin.stage = Stage.LATER
                _buttons_spent(checkin)
                await DeliveryRepository(session).set_schedule(person.id, Kind.AGAIN.value, None)
                return Advanced(DayView.of(checkin))
            _buttons_spent(checkin)
            if checkin.changing_from is not None:
                checkin.mood = mood
                return _changed(checkin)
            checkin.mood, checkin.stage = mood, Stage.WORDS
            _ask_typed(person, checkin, Topic.CHECKIN_WORDS)
            return Advanced(DayView.of(checkin))

    async def change(self, tap: Tap, answer: Answer) -> Advanced | Stale:
        """'Change' under a finished day's answers: ask that one again, until the day ends."""
        async with self._sessions.begin() as session:
            found = await _load_tapped(session, tap)
            if found is None:
                return Stale()
            person, checkin = found
            today = local_date_for(person.timezone, self._clock())
            if checkin.stage not in DONE_STAGES or not can_change(checkin.local_date, today):
                return Stale()
            if checkin.local_date < today:
                checkin.source = checkin.source or FILLED_LATER
            checkin.changing_from, checkin.stage = checkin.stage, STAGE_TO_CHANGE[answer]
            if answer is Answer.WORDS:
                _ask_typed(person, checkin, Topic.CHECKIN_WORDS)
            elif answer is Answer.STEP and not checkin.suggested:
                await _suggest(session, person, checkin)
            _buttons_spent(checkin)
            return Advanced(DayView.of(checkin))

    async def later(self, tap: Tap, choice: Later) -> LaterOptions | LaterSet | Stale:
        """'Later' on the morning nudge: the times still open, or come back once at one."""
        async with self._sessions.begin() as session:
            found = await _load_tapped(session, tap)
            if found is None or found[1].stage != Stage.MOOD:
                return Stale()
            person, checkin = found
            now, zone = self._clock(), zone_of(person.timezone)
            if choice is Later.ASK:
                choices = tuple(later_choices(now, zone, checkin.local_date))
                return LaterOptions(DayView.of(checkin), choices) if choices else Stale()
            at = later_at(choice, now, zone, checkin.local_date)
            if at is None:
                return Stale()
            checkin.stage = Stage.LATER
            _buttons_spent(checkin)
            await DeliveryRepository(session).set_schedule(person.id, Kind.AGAIN.value, at)
            return LaterSet(DayView.of(checkin), at.astimezone(zone).time())

    async def tap_feeling(self, tap: Tap, feeling: str) -> Advanced | Stale | TooMany:
        """A feeling word tapped under the three-words question: chosen, or let go again."""
        async with self._sessions.begin() as session:
            found = await _load_tapped(session, tap)
            if found is None or found[1].stage != Stage.WORDS:
                return Stale()
            checkin = found[1]
            if feeling not in feelings_for(checkin.mood):
                return Stale()
            chosen = _keys(checkin.feelings)
            if feeling in chosen:
                chosen.remove(feeling)
            elif len(chosen) >= MOST_FEELINGS:
                return TooMany()
            else:
                chosen.append(feeling)
            checkin.feelings = ",".join(chosen) or None
            return Advanced(DayView.of(checkin))

    async def take_feelings(
        self, tap: Tap, words_for: Callable[[Sequence[str]], str]
    ) -> Advanced | Stale:
        """'Done' under tapped feeling words: they are the day's words (`words_for` says them in
        the person's language), as if typed."""
        async with self._sessions.begin() as session:
            found = await _load_tapped(session, tap)
            if found is None or found[1].stage != Stage.WORDS or not found[1].feelings:
                return Stale()
            person, checkin = found
            words = words_for(_keys(checkin.feelings))
            checkin.feelings = None
            _buttons_spent(checkin)
            move(person, Event.CHECKIN_ANSWERED)
            if checkin.changing_from is not None:
                checkin.words = words
                return _changed(checkin)
            return Advanced(await _take_words(session, person, checkin, words=words))

    async def skip_words(self, tap: Tap) -> Advanced | Stale:
        """The skip button under the three-words question."""
        async with self._sessions.begin() as session:
            found = await _load_tapped(session, tap)
            if found is None or found[1].stage != Stage.WORDS:
                return Stale()
            _buttons_spent(found[1])
            if found[1].changing_from is not None:
                move(found[0], Event.CHECKIN_ANSWERED)
                return _changed(found[1])  # skipping a change keeps the words there were
            return Advanced(await _take_words(session, *found, words=None))

    async def take_step(self, tap: Tap, choice: str) -> Advanced | Stale:
        """A step button: a suggested step, rest, or 'my own step'."""
        async with self._sessions.begin() as session:
            found = await _load_tapped(session, tap)
            if found is None or found[1].stage != Stage.STEP:
                return Stale()
            person, checkin = found
            if choice == OWN_STEP_CHOICE:
                checkin.stage = Stage.OWN_STEP
                _ask_typed(person, checkin, Topic.CHECKIN_OWN_STEP)
            elif choice == REST_CHOICE:
                choose_step(checkin, rest=True)
            elif choice in _keys(checkin.suggested):
                choose_step(checkin, key=choice)
            else:
                return Stale()
            _buttons_spent(checkin)
            if checkin.stage == Stage.CHOSEN and checkin.changing_from is not None:
                return _changed(checkin)
            return Advanced(DayView.of(checkin))

    async def take_outcome(self, tap: Tap, outcome: StepOutcome) -> Advanced | Stale:
        """Done, partly or not today; a tap on a fresh /step may change the answer."""
        async with self._sessions.begin() as session:
            found = await _load_tapped(session, tap)
            if found is None:
                return Stale()
            checkin = found[1]
            has_step = checkin.step_key is not None or checkin.step_text is not None
            if checkin.stage not in DONE_STAGES or not has_step:
                return Stale()
            if checkin.outcome == outcome:
                return Stale()
            checkin.outcome, checkin.stage = outcome, Stage.CLOSED
            _buttons_spent(checkin)
            return Advanced(DayView.of(checkin))

    async def take_evening_mood(
        self, who: Identity, checkin_id: int, mood: int
    ) -> Advanced | Stale:
        """The evening point on the week's chart; once a day."""
        async with self._sessions.begin() as session:
            # Not tied to one message: the evening question rides on the outcome's kind words.
            found = await _load(session, who, checkin_id)
            if found is None or found[1].evening_mood is not None or mood not in MOODS:
                return Stale()
            found[1].evening_mood = mood
            return Advanced(DayView.of(found[1]))

    async def today(self, who: Identity) -> DayView | None:
        """Today's check-in, if there is one (for /step); reading never creates a person."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return None
            today = local_date_for(person.timezone, self._clock())
            checkin = await CheckinRepository(session).on_date(person.id, today)
            return DayView.of(checkin) if checkin else None

    async def day_of(self, person_id: int, local_date: date) -> DayView | None:
        """One day's check-in (for the evening question)."""
        async with self._sessions.begin() as session:
            checkin = await CheckinRepository(session).on_date(person_id, local_date)
            return DayView.of(checkin) if checkin else None

    async def history(self, who: Identity, days: int = HISTORY_DAYS) -> list[HistoryDay]:
        """The last `days` days the person did something, newest first; never creates a person."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return []
            today = local_date_for(person.timezone, self._clock())
            first = today - timedelta(days=days - 1)
            checkins = {
                c.local_date: DayView.of(c)
                for c in await CheckinRepository(session).since(person.id, first)
            }
            reflections = await ReflectionRepository(session).counts_since(person.id, first)
        # A nudge nobody answered opens an empty check-in; that day is left out, not listed.
        answered = {d for d, view in checkins.items() if view.answered}
        return [
            HistoryDay(d, checkins.get(d), reflections.get(d, 0))
            for d in sorted(answered | set(reflections), reverse=True)
        ]


def move_buttons(checkin: Checkin, message_id: int) -> int | None:
    """Let `message_id` carry the check-in's buttons; returns the message that had them."""
    before, checkin.message_id = checkin.message_id, message_id
    return before if before != message_id else None


async def _open(
    session: AsyncSession,
    person: Person,
    local_date: date,
    checkin: Checkin | None,
    now: datetime,
) -> Opened:
    """Create or reopen a day's check-in (`checkin`, if it exists) at the mood question."""
    replaced: tuple[int, ...] = ()
    if checkin is None:
        repo = CheckinRepository(session)
        new, replaced = _new_day(person, local_date, await repo.latest(person.id))
        checkin = (await repo.add_days([new]))[(person.id, local_date)]
    return _opened(person, checkin, replaced, now)


def _new_day(
    person: Person, local_date: date, latest: Checkin | None
) -> tuple[NewDay, tuple[int, ...]]:
    """A new day's check-in to add, and the message whose buttons it replaces: whatever the
    person's latest day's prompt still offers is no longer asked."""
    replaced: tuple[int, ...] = ()
    if latest is not None and latest.message_id is not None:
        replaced, latest.message_id = (latest.message_id,), None
    crisis_at = person.crisis_at
    last_crisis_day = local_date_for(person.timezone, crisis_at) if crisis_at else None
    gentle = is_gentle_day(last_crisis_day, local_date)
    return NewDay(person.id, local_date, Stage.MOOD, gentle), replaced


def _opened(person: Person, checkin: Checkin, replaced: tuple[int, ...], now: datetime) -> Opened:
    """A day's check-in asked afresh at the mood question (or where it stands, if answered)."""
    stale = [*replaced]
    if checkin.stage not in DONE_STAGES:
        stale += _resume(person, checkin)
    return Opened(DayView.of(checkin), tuple(stale), local_now_for(person.timezone, now).time())


def _resume(person: Person, checkin: Checkin) -> list[int]:
    """Ask an unfinished day's question afresh (a 'later' day at the mood); returns the message
    whose buttons no longer apply, if any."""
    stale = [checkin.message_id] if checkin.message_id is not None else []
    checkin.message_id = None
    if checkin.stage == Stage.LATER:
        checkin.stage = Stage.MOOD
    typed = TYPED_TOPIC_BY_STAGE.get(checkin.stage)
    if typed is not None:
        _ask_typed(person, checkin, typed)
    return stale


def _ask_typed(person: Person, checkin: Checkin, topic: Topic) -> None:
    """Wait for typed words for this day's check-in (its id says which day they are for)."""
    move(person, Event.CHECKIN_ASKED, Waiting(topic, str(checkin.id)))


async def _load(
    session: AsyncSession, who: Identity, checkin_id: int
) -> tuple[Person, Checkin] | None:
    """The person and one of their own check-ins; None for someone the bot keeps nothing about."""
    # Never get_or_create: a tap after /delete must not bring the person back.
    person = await PeopleRepository(session).by_user_id(who.user_id)
    if person is None:
        return None
    checkin = await CheckinRepository(session).by_id(person.id, checkin_id)
    return (person, checkin) if checkin else None


async def _load_tapped(session: AsyncSession, tap: Tap) -> tuple[Person, Checkin] | None:
    """Like `_load`, but only for a tap on the message that carries the check-in's buttons."""
    found = await _load(session, tap.who, tap.checkin_id)
    if found is None or tap.message_id is None:
        return None
    person, checkin = found
    if checkin.message_id is None and checkin.stage == Stage.MOOD:
        # A nudge whose send timed out may still have arrived, its message id unknown: the
        # first tap on it adopts it, as long as no later day has begun since.
        latest = await CheckinRepository(session).latest(person.id)
        if latest is not None and latest.id == checkin.id:
            checkin.message_id = tap.message_id
    return found if checkin.message_id == tap.message_id else None


def _buttons_spent(checkin: Checkin) -> None:
    """A tap was taken: its message now shows the choice, so no message carries live buttons."""
    checkin.message_id = None


async def _take_words(
    session: AsyncSession, person: Person, checkin: Checkin, words: str | None
) -> DayView:
    """Keep the three words (or none) and offer steps sized to the mood (on the day itself)."""
    if checkin.source is None:
        await _suggest(session, person, checkin)
    checkin.words = words
    checkin.stage = Stage.STEP
    move(person, Event.CHECKIN_ANSWERED)
    return DayView.of(checkin)


async def _suggest(session: AsyncSession, person: Person, checkin: Checkin) -> None:
    """Choose the day's three suggestions: sized to the mood, never yesterday's."""
    yesterday = await CheckinRepository(session).on_date(
        person.id, checkin.local_date - timedelta(days=1)
    )
    avoid = set(_keys(yesterday.suggested)) if yesterday else set()
    if yesterday and yesterday.step_key:
        avoid.add(yesterday.step_key)
    # The day after crisis language offers only the tiniest steps, whatever the mood.
    mood = LOWEST_MOOD if checkin.gentle else checkin.mood
    suggestions = suggest_steps(mood, avoid, seed=checkin.id)
    checkin.suggested = ",".join(step.key for step in suggestions)


async def take_typed_answer(
    session: AsyncSession, person: Person, text: str, now: datetime, *, flagged: bool = False
) -> Advanced | None:
    """Words typed for the check-in question that is waiting for them."""
    waiting = waiting_of(person)
    topic, repo = waiting.topic, CheckinRepository(session)
    # The day the words are for; waits kept before days had ids in them are for the latest.
    checkin_id = int(waiting.part) if waiting.part.isdigit() else None
    checkin = await (repo.by_id(person.id, checkin_id) if checkin_id else repo.latest(person.id))
    move(person, Event.CHECKIN_ANSWERED)
    if topic is Topic.DAY_NOTE and checkin is not None:
        note = NewNote(person.id, checkin.local_date, text, now, flagged)
        await PeopleRepository(session).add_notes([note])
        return Advanced(DayView.of(checkin), noted=True)
    if topic is Topic.CHECKIN_WORDS and checkin is not None and checkin.stage == Stage.WORDS:
        checkin.words_flagged, checkin.feelings = flagged, None  # typed words are the words
        if checkin.changing_from is not None:
            checkin.words = text
            return _changed(checkin)
        return Advanced(await _take_words(session, person, checkin, words=text))
    if topic is Topic.CHECKIN_OWN_STEP and checkin is not None and checkin.stage == Stage.OWN_STEP:
        choose_step(checkin, text=text)
        return _changed(checkin) if checkin.changing_from else Advanced(DayView.of(checkin))
    return None


def choose_step(
    checkin: Checkin, *, rest: bool = False, key: str | None = None, text: str | None = None
) -> None:
    """Take rest, a library step or the person's own step for the day, in place of any other;
    how an earlier, different step went no longer applies."""
    if (rest, key, text) != (checkin.rest, checkin.step_key, checkin.step_text):
        checkin.outcome = None
    checkin.rest, checkin.step_key, checkin.step_text = rest, key, text
    checkin.stage = Stage.CHOSEN


def _changed(checkin: Checkin) -> Advanced:
    """A finished day's answer was changed: the day is finished again, as it stood (closed
    only while how its step went still applies)."""
    closed = checkin.changing_from == Stage.CLOSED and checkin.outcome is not None
    checkin.stage = Stage.CLOSED if closed else Stage.CHOSEN
    checkin.changing_from = None
    return Advanced(DayView.of(checkin), changed=True)
