"""The weekly summary's facts: which week, whose, and its figures (put in words: bot/summaries)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.core.clock import Clock
from bot.core.steps import step_by_key
from bot.core.week import (
    DayEntry,
    StepTally,
    TakenStep,
    WeekData,
    WeekFigures,
    summarised_week,
    week_figures,
    week_start_of,
)
from bot.services.people import Identity, local_date_for
from storage.db import SessionFactory
from storage.models import Person
from storage.repositories.people import PeopleRepository
from storage.repositories.weeks import DayRow, StepRow, WeekRepository, WeekRows


@dataclass(frozen=True)
class WeekReport:
    """One person's week in figures: the week under way or the one before, and a seed that
    varies the wording from week to week. No figures: the bot keeps nothing about them."""

    figures: WeekFigures | None
    last_week: bool
    seed: int = 0
    # The Monday of a week summarised at its scheduled hour; None for /summary.
    scheduled_week: date | None = None


class WeeklyService:
    """Builds summaries on demand and for the weekly delivery."""

    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    async def on_demand(self, who: Identity, *, last_week: bool) -> WeekReport:
        """/summary (this week so far) or /summary last."""
        async with self._sessions.begin() as session:
            person = await PeopleRepository(session).by_user_id(who.user_id)
            if person is None:
                # Someone the bot keeps nothing about: no figures, and no row is created.
                return WeekReport(None, last_week)
            today = local_date_for(person.timezone, self._clock())
        start = week_start_of(today) - timedelta(days=7 if last_week else 0)
        return await self._report(person, start, last_week=last_week)

    async def for_delivery(self, person_id: int, local_date: date) -> WeekReport | None:
        """The scheduled summary for the week the delivery date closes or follows.

        The delivery claim makes sure no week is summarised twice for a person, even when
        the weekly day moves (bot/services/deliveries.py).
        """
        async with self._sessions.begin() as session:
            person = await session.get(Person, person_id)
        if person is None:
            return None
        start = summarised_week(local_date)
        report = await self._report(person, start, last_week=start != week_start_of(local_date))
        return replace(report, scheduled_week=start)

    async def _report(self, person: Person, start: date, *, last_week: bool) -> WeekReport:
        """Read the week and work out its figures."""
        async with self._sessions.begin() as session:
            rows = await WeekRepository(session).week(person.id, start, start + timedelta(days=6))
        figures = week_figures(week_data(rows, start))
        return WeekReport(figures, last_week, seed=person.id + start.toordinal())


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
        earlier_days=rows.earlier_days,
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
    """A counted step: a library step by its key, else the person's own words."""
    step = step_by_key(row.step_key) if row.step_key else None
    taken = TakenStep(key=step.key) if step else TakenStep(own_words=row.step_text)
    return StepTally(taken, row.times, row.first)
