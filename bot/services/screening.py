"""The one screen every word a person writes passes, and what is said first when it catches
something: shared by the chat (bot/services/conversation.py) and the Mini App's forms."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.safety import Level, Screening, screen
from bot.core.steps import LOWEST_MOOD
from bot.services.people import local_date_for
from storage.models import Checkin, Person
from storage.repositories.checkins import CheckinRepository

# A second crisis message within this long of the first gets the shorter answer.
AGAIN_WITHIN: Final = timedelta(hours=1)


@dataclass(frozen=True)
class CrisisNoticed:
    """The words held crisis language: kept, and answered with people to reach, nothing else.

    `again` when crisis language came shortly before too: the answer is then shorter.
    """

    timezone: str | None
    again: bool = False
    # Messages whose buttons no longer apply (an open question's, the day's check-in's).
    stale_message_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CheckNeeded:
    """The words might be crisis language: kept as usual, and the person is asked first."""

    # Where the person is, for the helplines shown beside the question.
    timezone: str | None = None


async def checkin_today(session: AsyncSession, person: Person, now: datetime) -> Checkin | None:
    """The person's check-in for their own today, if there is one (it lowers the screen's bar
    after the lowest mood)."""
    return await CheckinRepository(session).on_date(person.id, local_date_for(person.timezone, now))


def screened(
    person: Person,
    today: Checkin | None,
    text: str,
    now: datetime,
    count: Callable[[Level], None],
) -> Screening:
    """The one place every piece of text a person writes is screened for crisis language.

    The bar for the gentle check is lower after the lowest mood today or crisis language
    earlier the same day; it is never raised.
    """
    lowest_mood = today is not None and LOWEST_MOOD in (today.mood, today.evening_mood)
    crisis_today = person.crisis_at is not None and local_date_for(
        person.timezone, person.crisis_at
    ) == local_date_for(person.timezone, now)
    screening = screen(text, person.language, wary=lowest_mood or crisis_today)
    count(screening.level)
    return screening


def answer_for(
    person: Person, screening: Screening, now: datetime
) -> CrisisNoticed | CheckNeeded | None:
    """What a screened message is answered with first, noting the time of crisis language."""
    if screening.level == Level.CHECK:
        return CheckNeeded(person.timezone)
    if screening.level != Level.CRISIS:
        return None
    last = person.crisis_at
    person.crisis_at = now
    return CrisisNoticed(person.timezone, again=last is not None and now - last < AGAIN_WITHIN)


def first_answer(
    person: Person, screenings: Iterable[Screening], now: datetime
) -> CrisisNoticed | CheckNeeded | None:
    """What is said first about several pieces of writing at once: crisis language before the
    check, and nothing when none was caught."""
    caught = {screening.level: screening for screening in screenings}
    for level in (Level.CRISIS, Level.CHECK):
        if level in caught:
            return answer_for(person, caught[level], now)
    return None
