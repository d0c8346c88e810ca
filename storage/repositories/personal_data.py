"""Everything kept about one person, read at once for /export and erased at once for /delete."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Checkin,
    Delivery,
    Note,
    Person,
    Reflection,
    ReflectionPrompt,
    SafetyPlanPart,
    Schedule,
)

Row = TypeVar(
    "Row", Checkin, Note, Reflection, ReflectionPrompt, SafetyPlanPart, Schedule, Delivery
)


@dataclass(frozen=True)
class PersonalData:
    """Every row about one person, table by table."""

    person: Person
    checkins: list[Checkin]
    notes: list[Note]
    reflections: list[Reflection]
    reflection_prompts: list[ReflectionPrompt]
    safety_plan: list[SafetyPlanPart]
    schedules: list[Schedule]
    deliveries: list[Delivery]


class PersonalDataRepository:
    """Reads or erases all of a person's rows inside the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def everything_about(self, person: Person) -> PersonalData:
        """One query per table, each ordered oldest first."""
        return PersonalData(
            person=person,
            checkins=await self._rows(Checkin, person.id, Checkin.local_date),
            notes=await self._rows(Note, person.id, Note.id),
            reflections=await self._rows(Reflection, person.id, Reflection.id),
            reflection_prompts=await self._rows(ReflectionPrompt, person.id, ReflectionPrompt.id),
            safety_plan=await self._rows(SafetyPlanPart, person.id, SafetyPlanPart.id),
            schedules=await self._rows(Schedule, person.id, Schedule.kind),
            deliveries=await self._rows(Delivery, person.id, Delivery.id),
        )

    async def erase(self, person: Person) -> None:
        """Delete every row about the person, child tables first (no reliance on cascades)."""
        for model in (
            Delivery,
            Schedule,
            ReflectionPrompt,
            Reflection,
            SafetyPlanPart,
            Note,
            Checkin,
        ):
            await self._session.execute(delete(model).where(model.person_id == person.id))
        await self._session.execute(delete(Person).where(Person.id == person.id))

    async def _rows(self, model: type[Row], person_id: int, order: Any) -> list[Row]:
        """All rows of one table for a person."""
        statement = select(model).where(model.person_id == person_id).order_by(order)
        return list((await self._session.scalars(statement)).all())
