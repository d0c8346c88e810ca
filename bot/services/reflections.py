"""/reflect: one guided question at a time, and every word of the answer kept with it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.clock import Clock
from bot.core.conversation import Event, Topic, Waiting
from bot.core.languages import Language, language_of
from bot.core.reflect import FREE_REFLECTION_KEY, Question, next_question, question_by_key
from bot.services.people import Identity, get_or_create, local_date_for
from bot.services.waiting import move, waiting_of
from storage.db import SessionFactory
from storage.models import Person, ReflectionPrompt
from storage.repositories.checkins import CheckinRepository
from storage.repositories.people import PeopleRepository
from storage.repositories.reflections import ReflectionRepository

NO_REPEAT_WITHIN = timedelta(days=7)

# A question's words by its key (`FREE_REFLECTION_KEY` included) in the person's language,
# kept with each answer as what the person was shown. The words are the texts'
# (bot/texts/reflect.question_words, wired in bot/app.py): no sentence is made here.
QuestionWords = Callable[[str, Language], str]


@dataclass(frozen=True)
class Asked:
    """A question offered, with what the words need to vary and to be found again."""

    question: Question
    prompt_id: int
    low_mood: bool
    seed: int
    stale_message_id: int | None = None


@dataclass(frozen=True)
class ReflectionKept:
    """An answer (or part of one) was kept with its question."""

    seed: int


class ReflectionService:
    """Each method is one transaction."""

    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    async def ask(self, who: Identity) -> Asked:
        """Offer a question not asked in the last week, gentler after a low mood."""
        now = self._clock()
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, now)
            repo = ReflectionRepository(session)
            recent = await repo.keys_asked_since(person.id, now - NO_REPEAT_WITHIN)
            latest = await CheckinRepository(session).latest(person.id)
            mood = latest.mood if latest else None
            # An earlier question's buttons no longer apply once another is asked.
            stale = await repo.take_buttons(person.id)
            prompt_count = len(recent)
            question = next_question(recent, mood, seed=person.id + prompt_count + now.toordinal())
            prompt = await repo.add_prompt(person.id, question.key, now)
            move(person, Event.REFLECTION_ASKED, Waiting(Topic.REFLECTION))
            low = mood is not None and mood <= 2
            return Asked(question, prompt.id, low, seed=prompt.id, stale_message_id=stale)

    async def attach_message(self, prompt_id: int, message_id: int) -> None:
        """Remember the message that carries the question's buttons."""
        async with self._sessions.begin() as session:
            prompt = await session.get(ReflectionPrompt, prompt_id)
            if prompt is not None:
                prompt.message_id = message_id

    async def finish(self, who: Identity) -> bool:
        """'Done for now': stop treating typed text as the answer; False if nothing was open."""
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, self._clock())
            if waiting_of(person).topic != Topic.REFLECTION:
                return False
            move(person, Event.REFLECTION_DONE)
            return True

    async def is_current(self, who: Identity, prompt_id: int) -> bool:
        """Whether a question's buttons belong to the question still open."""
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, self._clock())
            latest = await ReflectionRepository(session).latest_prompt(person.id)
            return (
                waiting_of(person).topic == Topic.REFLECTION
                and latest is not None
                and latest.id == prompt_id
            )


async def keep_answer(
    session: AsyncSession,
    person: Person,
    text: str,
    now: datetime,
    question_words: QuestionWords,
    *,
    flagged: bool = False,
) -> ReflectionKept:
    """Typed words while a question is open: kept with that question (answers may span messages)."""
    prompt = await ReflectionRepository(session).latest_prompt(person.id)
    question = question_by_key(prompt.question_key) if prompt else None
    key = question.key if question else FREE_REFLECTION_KEY
    return await _keep(session, person, key, question_words, text, now, flagged)


async def keep_free(
    session: AsyncSession,
    person: Person,
    text: str,
    now: datetime,
    question_words: QuestionWords,
    *,
    flagged: bool = False,
) -> ReflectionKept:
    """Words kept as a free reflection, outside any guided question."""
    return await _keep(session, person, FREE_REFLECTION_KEY, question_words, text, now, flagged)


async def _keep(
    session: AsyncSession,
    person: Person,
    key: str,
    question_words: QuestionWords,
    text: str,
    now: datetime,
    flagged: bool,
) -> ReflectionKept:
    """Store one reflection with its question's key and words, dated in the person's own day."""
    local_date = local_date_for(person.timezone, now)
    repo = ReflectionRepository(session)
    kept = await repo.add(
        person.id,
        local_date,
        key,
        question_words(key, language_of(person.language)),
        text,
        now,
        flagged=flagged,
    )
    return ReflectionKept(seed=kept.id)
