"""/safetyplan: a plan written one part at a time, each part skippable, changeable any time."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.clock import Clock
from bot.core.conversation import Event, Topic, Waiting
from bot.core.languages import Language, language_of
from bot.core.safety import Level
from bot.core.safety_plan import PARTS, in_order, is_part, next_part
from bot.services.people import Identity, get_or_create
from bot.services.screening import CheckNeeded, CrisisNoticed, checkin_today, first_answer, screened
from bot.services.waiting import move, plan_part_of
from storage.db import SessionFactory
from storage.models import Person, SafetyPlanPart
from storage.repositories.people import PeopleRepository
from storage.repositories.safety_plans import SafetyPlanRepository


@dataclass(frozen=True)
class Plan:
    """The parts a person wrote, by part key; parts not written are absent."""

    parts: Mapping[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """Whether nothing is written yet."""
        return not self.parts

    @property
    def unwritten(self) -> list[str]:
        """The parts not written yet, in the plan's order."""
        return [part for part in PARTS if part not in self.parts]

    @classmethod
    def of(cls, parts: Mapping[str, str]) -> Plan:
        """A plan from stored rows, in the plan's order, leaving out unknown parts."""
        return cls({part: parts[part] for part in in_order(parts)})


@dataclass(frozen=True)
class PlanShown:
    """The plan to show; a walk through it that was open is stopped, its question tidied."""

    plan: Plan
    stale_message_id: int | None = None


@dataclass(frozen=True)
class PartAsked:
    """A part now waits for typed words."""

    part: str
    only: bool
    current: str | None
    stale_message_id: int | None


@dataclass(frozen=True)
class PlanMoved:
    """A part was skipped: the next part to ask, or None when the walk is over."""

    next_part: str | None
    plan: Plan


@dataclass(frozen=True)
class PlanPartKept:
    """Typed words were kept for a part; what to ask next, or the plan when that was the last."""

    part: str
    next_part: str | None
    only: bool
    message_id: int | None
    plan: Plan
    seed: int


@dataclass(frozen=True)
class PlanWritten:
    """Parts written in a form were kept; what the screen found in them is said first."""

    plan: Plan
    first: CrisisNoticed | CheckNeeded | None
    language: Language


class SafetyPlanService:
    """Each method is one transaction."""

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

    async def plan_of(self, who: Identity) -> tuple[Plan, Language] | None:
        """The plan as it stands, only read (a walk through it in the chat carries on), and the
        person's language; None for someone the bot does not know."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return None
            parts = await SafetyPlanRepository(session).parts_of(person.id)
            return Plan.of(parts), language_of(person.language)

    async def write(self, who: Identity, parts: Mapping[str, str]) -> PlanWritten | None:
        """Keep parts written in the Mini App's form, each screened as typed words are; None
        for someone the bot does not know. Caught words are kept in the plan, as the chat
        keeps them, and answered first."""
        now = self._clock()
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return None
            today = await checkin_today(session, person, now)
            repo = SafetyPlanRepository(session)
            screenings = []
            for part in in_order(parts):
                screenings.append(screened(person, today, parts[part], now, self._count))
                await repo.put(person.id, part, parts[part], now)
            first = first_answer(person, screenings, now)
            plan = Plan.of(await repo.parts_of(person.id))
            return PlanWritten(plan, first, language_of(person.language))

    async def show(self, who: Identity) -> PlanShown:
        """The plan as it stands (nothing is created for someone the bot does not know)."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                return PlanShown(Plan())
            plan = Plan.of(await SafetyPlanRepository(session).parts_of(person.id))
            if plan_part_of(person) is None:
                return PlanShown(plan)
            # Looking at the plan ends a walk through it: typed words are notes again.
            stale = person.pending_message_id
            move(person, Event.PLAN_DONE)
            person.pending_message_id = None
            return PlanShown(plan, stale)

    async def start(self, who: Identity) -> PartAsked | None:
        """Begin (or carry on) writing at the first part not written; None if all are."""
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, self._clock())
            written = await SafetyPlanRepository(session).parts_of(person.id)
            part = next_part(None, written)
            if part is None:
                return None
            return _ask(person, part, only=False, current=None)

    async def change(self, who: Identity, part: str) -> PartAsked | None:
        """Write one part anew (or for the first time); None if `part` is not a part."""
        if not is_part(part):
            return None
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, self._clock())
            row = await SafetyPlanRepository(session).part_of(person.id, part)
            return _ask(person, part, only=True, current=row.text if row else None)

    async def attach_message(self, who: Identity, part: str, message_id: int) -> None:
        """Remember the message that asks for a part, to tidy its buttons once it is answered."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            pending = plan_part_of(person) if person else None
            if person is not None and pending is not None and pending.part == part:
                person.pending_message_id = message_id

    async def skip(self, who: Identity, part: str) -> PlanMoved | None:
        """Leave a part unwritten and go on; None when that part is not the one waiting."""
        async with self._sessions.begin() as session:
            person = await _waiting_for(session, who, part)
            if person is None:
                return None
            plan = Plan.of(await SafetyPlanRepository(session).parts_of(person.id))
            upcoming = next_part(part, plan.parts)
            _walk_to(person, upcoming)
            person.pending_message_id = None
            return PlanMoved(upcoming, plan)

    async def move_on(self, who: Identity) -> PlanPartKept | None:
        """After the screen held a part open ('no, I'm okay' to the check): go on from it.

        None when no part is being held open.
        """
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            pending = plan_part_of(person) if person else None
            if person is None or pending is None or not pending.adding:
                return None
            plan = Plan.of(await SafetyPlanRepository(session).parts_of(person.id))
            return _go_on(person, pending, plan, seed=0)

    async def stop(self, who: Identity, part: str) -> Plan | None:
        """Stop writing for now; None when that part is not the one waiting."""
        async with self._sessions.begin() as session:
            person = await _waiting_for(session, who, part)
            if person is None:
                return None
            move(person, Event.PLAN_DONE)
            person.pending_message_id = None
            return Plan.of(await SafetyPlanRepository(session).parts_of(person.id))


async def _waiting_for(session: AsyncSession, who: Identity, part: str) -> Person | None:
    """The person, when `part` is the part their typed words go to now."""
    person = await PeopleRepository(session).by_user_id(who.user_id)
    pending = plan_part_of(person) if person else None
    return person if pending is not None and pending.part == part else None


def _ask(person: Person, part: str, *, only: bool, current: str | None) -> PartAsked:
    """Make `part` the one typed words go to; the message asking the last question is tidied."""
    stale = person.pending_message_id
    move(person, Event.PLAN_PART_ASKED, Waiting(Topic.PLAN_PART, part, only=only))
    person.pending_message_id = None
    return PartAsked(part, only, current, stale)


async def keep_typed(
    session: AsyncSession, person: Person, text: str, now: datetime, *, move_on: bool = True
) -> PlanPartKept | None:
    """Typed words for the part waiting for them: kept, and the walk moves on to the next part.

    Without `move_on` (the screen caught the words) the part stays open, and anything typed
    next is added to them; None when no part is waiting.
    """
    pending = plan_part_of(person)
    if pending is None:
        move(person, Event.PLAN_DONE)
        return None
    repo = SafetyPlanRepository(session)
    row = await _keep(repo, person, pending, text, now)
    plan = Plan.of(await repo.parts_of(person.id))
    if not move_on:
        adding = Waiting(Topic.PLAN_PART, pending.part, only=pending.only, adding=True)
        move(person, Event.PLAN_PART_ASKED, adding)
        return PlanPartKept(pending.part, pending.part, pending.only, None, plan, seed=row.id)
    return _go_on(person, pending, plan, seed=row.id)


def _go_on(person: Person, pending: Waiting, plan: Plan, seed: int) -> PlanPartKept:
    """Move from the part just written to the next one not written (none after a change)."""
    upcoming = None if pending.only else next_part(pending.part, plan.parts)
    message_id = person.pending_message_id
    _walk_to(person, upcoming)
    person.pending_message_id = None
    return PlanPartKept(pending.part, upcoming, pending.only, message_id, plan, seed)


def _walk_to(person: Person, part: str | None) -> None:
    """Typed words go to `part` next; with none left, the walk through the plan is done."""
    if part is None:
        move(person, Event.PLAN_DONE)
    else:
        move(person, Event.PLAN_PART_ASKED, Waiting(Topic.PLAN_PART, part))


async def _keep(
    repo: SafetyPlanRepository, person: Person, pending: Waiting, text: str, now: datetime
) -> SafetyPlanPart:
    """Write the part; words typed after a crisis answer are added to those kept before."""
    if pending.adding:
        row = await repo.part_of(person.id, pending.part)
        if row is not None:
            text = f"{row.text}\n{text}"
    return await repo.put(person.id, pending.part, text, now)
