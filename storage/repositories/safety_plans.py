"""SQL for safety plans: the parts a person wrote, one row per part."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import SafetyPlanPart


class SafetyPlanRepository:
    """Reads and writes a person's plan inside the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def parts_of(self, person_id: int) -> dict[str, str]:
        """Every part the person wrote, as part key to words."""
        statement = select(SafetyPlanPart.part, SafetyPlanPart.text).where(
            SafetyPlanPart.person_id == person_id
        )
        return {part: text for part, text in await self._session.execute(statement)}

    async def part_of(self, person_id: int, part: str) -> SafetyPlanPart | None:
        """One part, if the person wrote it."""
        statement = select(SafetyPlanPart).where(
            SafetyPlanPart.person_id == person_id, SafetyPlanPart.part == part
        )
        return (await self._session.scalars(statement)).one_or_none()

    async def put(self, person_id: int, part: str, text: str, now: datetime) -> SafetyPlanPart:
        """Write one part, replacing what it said before."""
        row = await self.part_of(person_id, part)
        if row is None:
            row = SafetyPlanPart(person_id=person_id, part=part, text=text, updated_at=now)
            self._session.add(row)
        else:
            row.text, row.updated_at = text, now
        await self._session.flush()
        return row
