"""The weekly summary: a gentle week in review, with a chart of the mood."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date, timedelta

from bot.charts import render_mood_chart
from bot.core.clock import Clock
from bot.core.steps import step_by_key
from bot.core.week import DayEntry, WeekData, chart_days, summary_text, week_figures, week_start_of
from bot.services.people import Identity, get_or_create, local_date_for
from bot.texts import weekly as words
from storage.db import SessionFactory
from storage.models import Checkin, Person
from storage.repositories.people import PeopleRepository
from storage.repositories.weeks import WeekRepository

# A summary sent on Friday to Sunday looks at the week under way; earlier, at the week before.
CURRENT_WEEK_FROM_WEEKDAY = 4


@dataclass(frozen=True)
class WeeklySummary:
    """The summary's words, and its chart when there is something to draw."""

    text: str
    chart: bytes | None


class WeeklyService:
    """Builds summaries on demand and for the weekly delivery."""

    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    async def on_demand(self, who: Identity, *, last_week: bool) -> WeeklySummary:
        """/summary (this week so far) or /summary last."""
        async with self._sessions.begin() as session:
            person, _ = await get_or_create(PeopleRepository(session), who, self._clock())
            today = local_date_for(person.timezone, self._clock())
        start = week_start_of(today) - timedelta(days=7 if last_week else 0)
        label = words.LAST_WEEK_LABEL if last_week else words.THIS_WEEK_LABEL
        return await self._summary(person, start, label)

    async def for_delivery(self, person_id: int, local_date: date) -> WeeklySummary | None:
        """The scheduled summary for the week the delivery date closes or follows."""
        async with self._sessions.begin() as session:
            person = await session.get(Person, person_id)
        if person is None:
            return None
        start = week_start_of(local_date)
        if local_date.weekday() < CURRENT_WEEK_FROM_WEEKDAY:
            return await self._summary(person, start - timedelta(days=7), words.LAST_WEEK_LABEL)
        return await self._summary(person, start, words.THIS_WEEK_LABEL)

    async def _summary(self, person: Person, start: date, label: str) -> WeeklySummary:
        """Read the week, work out its figures, and draw the chart off the event loop."""
        async with self._sessions.begin() as session:
            rows = await WeekRepository(session).week(person.id, start, start + timedelta(days=6))
        data = WeekData(
            week_start=start,
            days=[_day_entry(c) for c in rows.checkins],
            reflections=len(rows.reflections),
            reflection_lines=[text for _, text in rows.reflections],
            notes=[text for _, text in rows.notes],
            steps_since_start=rows.steps_since_start,
            written_dates=frozenset(d for d, _ in rows.reflections + rows.notes),
        )
        figures = week_figures(data)
        seed = person.id + start.toordinal()
        text = summary_text(figures, seed, label=label)
        if not figures.has_mood_points:
            return WeeklySummary(text, None)
        chart = await asyncio.to_thread(render_mood_chart, chart_days(figures), words.CHART_TITLE)
        return WeeklySummary(text, chart)


def _day_entry(checkin: Checkin) -> DayEntry:
    """A check-in as the week's figures read it."""
    step = step_by_key(checkin.step_key) if checkin.step_key else None
    return DayEntry(
        local_date=checkin.local_date,
        mood=checkin.mood,
        evening_mood=checkin.evening_mood,
        words=checkin.words,
        step_text=step.text if step else checkin.step_text,
        rest=checkin.rest,
        outcome=checkin.outcome,
    )
