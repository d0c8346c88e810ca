"""SQL for a person's week: a fixed handful of aggregate queries, never one per day or per item.

The week's bounds are local dates in the person's timezone (every row's `local_date` was
worked out in that timezone when it was written), so a note at 23:30 on a Sunday belongs
to that Sunday's week whatever the server's clock says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import (
    Date,
    Executable,
    Integer,
    SmallInteger,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    null,
    select,
    union,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql.elements import BindParameter, ColumnElement

from storage.models import Checkin, Note, Reflection

TAKEN_OUTCOMES = ("done", "partly")
# The parameters every statement here takes: person_id, first and last.
Bounds = dict[str, object]
# Which free text a row of the week's texts is.
WORDS, REFLECTION, NOTE = 0, 1, 2


@dataclass(frozen=True)
class DayRow:
    """One local day's figures, added up in SQL over its check-in, reflections and notes."""

    local_date: date
    mood: int | None
    evening_mood: int | None
    rest: bool
    chose_step: bool
    wrote: bool
    reflections: int


@dataclass(frozen=True)
class StepRow:
    """A step taken (done or partly) in the week, counted in SQL, with the first day taken."""

    step_key: str | None
    step_text: str | None
    times: int
    first: date


@dataclass(frozen=True)
class WeekRows:
    """The material of a weekly summary, for local dates in [first, last]."""

    days: list[DayRow]
    steps: list[StepRow]
    words: list[str]
    reflections: list[str]
    notes: list[str]
    steps_since_start: int
    # The days before the week (up to STREAK_WEEKS back) on which the person showed up.
    earlier_days: list[date] = field(default_factory=list)


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """1 where a condition holds, else 0 (max() of booleans is not portable SQL)."""
    return case((condition, literal_column("1", Integer)), else_=literal_column("0", Integer))


def _constant(value: int) -> ColumnElement[int]:
    """A typed integer rendered inline, so PostgreSQL need not guess a parameter's type."""
    return literal_column(str(value), Integer)


# The statements are built once: building SQLAlchemy constructs per call cost more than
# running them. Every statement takes the same three parameters.
_PERSON: BindParameter[int] = bindparam("person_id", type_=Integer)
_FIRST: BindParameter[date] = bindparam("first", type_=Date)
_LAST: BindParameter[date] = bindparam("last", type_=Date)


def _of_week(model: type[Checkin | Reflection | Note]) -> ColumnElement[bool]:
    """Rows of the person within the week's local dates."""
    return (model.person_id == _PERSON) & model.local_date.between(_FIRST, _LAST)


def _days_statement() -> Executable:
    """Per local day: moods, rest, a chosen step, words or notes, reflections; all steps."""
    no_mood = cast(null(), SmallInteger)
    zero, one = _constant(0), _constant(1)
    checkins = select(
        Checkin.local_date.label("local_date"),
        Checkin.mood.label("mood"),
        Checkin.evening_mood.label("evening_mood"),
        _flag(Checkin.rest.is_(True)).label("rest"),
        _flag(Checkin.step_key.is_not(None) | Checkin.step_text.is_not(None)).label("step"),
        _flag(Checkin.words.is_not(None)).label("wrote"),
        zero.label("reflections"),
    ).where(_of_week(Checkin))
    # One answer written over several messages is one reflection: one per question a day.
    reflections = (
        select(Reflection.local_date, no_mood, no_mood, zero, zero, zero, one)
        .where(_of_week(Reflection))
        .group_by(Reflection.local_date, Reflection.question_key)
    )
    notes = select(Note.local_date, no_mood, no_mood, zero, zero, one, zero).where(_of_week(Note))
    rows = union_all(checkins, reflections, notes).subquery()
    # Every step taken up to the week's end: uncorrelated, so worked out once, not per row.
    since_start = (
        select(func.count())
        .select_from(Checkin)
        .where(
            Checkin.person_id == _PERSON,
            Checkin.local_date <= _LAST,
            Checkin.outcome.in_(TAKEN_OUTCOMES),
        )
        .scalar_subquery()
    )
    return (
        select(
            rows.c.local_date,
            func.max(rows.c.mood),
            func.max(rows.c.evening_mood),
            func.max(rows.c.rest),
            func.max(rows.c.step),
            func.max(rows.c.wrote),
            func.sum(rows.c.reflections),
            since_start,
        )
        .group_by(rows.c.local_date)
        .order_by(rows.c.local_date)
    )


def _steps_statement() -> Executable:
    """The week's steps taken, counted by library step or own words."""
    # A person's own step may be stored encrypted, and Fernet gives the same words a new
    # ciphertext each time: such steps come back one group each and the pure figures add
    # them up by their words after decryption. Library steps (by key) always group here.
    return (
        select(Checkin.step_key, Checkin.step_text, func.count(), func.min(Checkin.local_date))
        .where(_of_week(Checkin), Checkin.outcome.in_(TAKEN_OUTCOMES))
        .group_by(Checkin.step_key, Checkin.step_text)
        .order_by(func.min(Checkin.local_date))
    )


def _texts_statement() -> Executable:
    """The week's three-words answers, reflections and notes, each marked with its kind."""
    # Free text may be stored encrypted, so its words are counted and quoted in Python.
    words = select(
        _constant(WORDS).label("kind"),
        Checkin.local_date.label("local_date"),
        Checkin.id.label("id"),
        Checkin.words.label("text"),
    ).where(_of_week(Checkin), Checkin.words.is_not(None), Checkin.words_flagged.is_(False))
    # What the crisis screen caught is kept, and never counted or quoted back.
    reflections = select(
        _constant(REFLECTION), Reflection.local_date, Reflection.id, Reflection.text
    ).where(_of_week(Reflection), Reflection.flagged.is_(False))
    notes = select(_constant(NOTE), Note.local_date, Note.id, Note.text).where(
        _of_week(Note), Note.flagged.is_(False)
    )
    texts = union_all(words, reflections, notes).subquery()
    return select(texts.c.kind, texts.c.text).order_by(texts.c.kind, texts.c.local_date, texts.c.id)


def _earlier_statement() -> Executable:
    """The days within the bounds the person showed up (an unanswered nudge is not them)."""
    answered = (
        Checkin.mood.is_not(None)
        | Checkin.evening_mood.is_not(None)
        | Checkin.rest.is_(True)
        | Checkin.step_key.is_not(None)
        | Checkin.step_text.is_not(None)
        | Checkin.words.is_not(None)
    )
    return union(
        select(Checkin.local_date).where(_of_week(Checkin), answered),
        select(Reflection.local_date).where(_of_week(Reflection)),
        select(Note.local_date).where(_of_week(Note)),
    )


_DAYS, _STEPS, _TEXTS = _days_statement(), _steps_statement(), _texts_statement()
_EARLIER = _earlier_statement()
# How far back the weeks in a row are looked for: a year.
STREAK_WEEKS = 52


class WeekRepository:
    """Reads one person's week inside the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def week(self, person_id: int, first: date, last: date) -> WeekRows:
        """The week's figures in at most three statements, whatever the days or items."""
        # Core statements on the session's connection: there are no ORM entities to load.
        connection = await self._session.connection()
        bounds = {"person_id": person_id, "first": first, "last": last}
        days, steps_since_start = await _days(connection, bounds)
        # The other two are only asked when the days show there is something to find.
        wrote = any(day.wrote or day.reflections for day in days)
        steps = await _steps(connection, bounds) if any(d.chose_step for d in days) else []
        words, reflections, notes = await _texts(connection, bounds) if wrote else ([], [], [])
        # The weeks in a row only matter for a week the person showed up in.
        earlier = await _earlier(connection, person_id, first) if days else []
        return WeekRows(days, steps, words, reflections, notes, steps_since_start, earlier)


async def _days(connection: AsyncConnection, bounds: Bounds) -> tuple[list[DayRow], int]:
    """The week's days, and every step taken up to its end."""
    found = (await connection.execute(_DAYS, bounds)).all()
    days = [
        DayRow(row[0], row[1], row[2], bool(row[3]), bool(row[4]), bool(row[5]), int(row[6]))
        for row in found
    ]
    # With nothing kept this week no row carries the running count; the summary then says
    # only a kind word and shows no count, so it is not read on its own.
    return days, int(found[0][7]) if found else 0


async def _earlier(connection: AsyncConnection, person_id: int, first: date) -> list[date]:
    """The days the person showed up in the year before the week."""
    since = {
        "person_id": person_id,
        "first": first - timedelta(weeks=STREAK_WEEKS),
        "last": first - timedelta(days=1),
    }
    return sorted(row[0] for row in (await connection.execute(_EARLIER, since)).all())


async def _steps(connection: AsyncConnection, bounds: Bounds) -> list[StepRow]:
    """The week's steps taken, counted."""
    result = await connection.execute(_STEPS, bounds)
    return [StepRow(row[0], row[1], int(row[2]), row[3]) for row in result.all()]


async def _texts(
    connection: AsyncConnection, bounds: Bounds
) -> tuple[list[str], list[str], list[str]]:
    """The week's three-words answers, reflections and notes."""
    by_kind: dict[int, list[str]] = {WORDS: [], REFLECTION: [], NOTE: []}
    for kind, text in (await connection.execute(_TEXTS, bounds)).all():
        by_kind[kind].append(text)
    return by_kind[WORDS], by_kind[REFLECTION], by_kind[NOTE]
