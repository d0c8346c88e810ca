"""The weekly summary: a gentle week in review, with a chart of the mood."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date, timedelta

from bot.charts import render_mood_chart
from bot.core.clock import Clock
from bot.core.steps import step_by_key
from bot.core.week import (
    DayEntry,
    StepTally,
    WeekData,
    chart_days,
    summarised_week,
    summary_text,
    week_figures,
    week_start_of,
)
from bot.services.people import Identity, local_date_for
from bot.texts import weekly as words
from bot.texts.common import NOTHING_KEPT_YET
from storage.db import SessionFactory
from storage.models import Person
from storage.repositories.people import PeopleRepository
from storage.repositories.weeks import DayRow, StepRow, WeekRepository, WeekRows


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
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                # Someone the bot keeps nothing about: a kind word, and no row is created.
                return WeeklySummary(NOTHING_KEPT_YET, None)
            today = local_date_for(person.timezone, self._clock())
        start = week_start_of(today) - timedelta(days=7 if last_week else 0)
        label = words.LAST_WEEK_LABEL if last_week else words.THIS_WEEK_LABEL
        return await self._summary(person, start, label)

    async def for_delivery(self, person_id: int, local_date: date) -> WeeklySummary | None:
        """The scheduled summary for the week the delivery date closes or follows.

        The delivery claim makes sure no week is summarised twice for a person, even when
        the weekly day moves (bot/services/deliveries.py).
        """
        async with self._sessions.begin() as session:
            person = await session.get(Person, person_id)
        if person is None:
            return None
        start = summarised_week(local_date)
        if start == week_start_of(local_date):
            return await self._summary(person, start, words.THIS_WEEK_LABEL)
        return await self._summary(person, start, words.LAST_WEEK_LABEL)

    async def _summary(self, person: Person, start: date, label: str) -> WeeklySummary:
        """Read the week, work out its figures, and draw the chart off the event loop."""
        async with self._sessions.begin() as session:
            rows = await WeekRepository(session).week(person.id, start, start + timedelta(days=6))
        figures = week_figures(week_data(rows, start))
        seed = person.id + start.toordinal()
        text = summary_text(figures, seed, label=label)
        if not figures.has_mood_points:
            return WeeklySummary(text, None)
        chart = await asyncio.to_thread(render_mood_chart, chart_days(figures), words.CHART_TITLE)
        return WeeklySummary(text, chart)


def week_data(rows: WeekRows, start: date) -> WeekData:
    """The week's aggregates as the pure figures read them (shared with benchmarks/weekly.py)."""
    return WeekData(
        week_start=start,
        days=[_day_entry(day) for day in rows.days],
        words=rows.words,
        steps=[_step_tally(step) for step in rows.steps],
        reflection_lines=rows.reflections,
        notes=rows.notes,
        steps_since_start=rows.steps_since_start,
    )


def _day_entry(day: DayRow) -> DayEntry:
    """A day's aggregate as the week's figures read it."""
    return DayEntry(
        local_date=day.local_date,
        mood=day.mood,
        evening_mood=day.evening_mood,
        rest=day.rest,
        chose_step=day.chose_step,
        wrote=day.wrote,
        reflections=day.reflections,
    )


def _step_tally(row: StepRow) -> StepTally:
    """A counted step, a library step named by its words."""
    step = step_by_key(row.step_key) if row.step_key else None
    return StepTally(step.text if step else row.step_text or "", row.times, row.first)
