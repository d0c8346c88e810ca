"""SQL for guided questions and the reflections kept with them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Reflection, ReflectionPrompt


class ReflectionRepository:
    """Reads and writes reflections inside the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def counts_since(self, person_id: int, first_date: date) -> dict[date, int]:
        """How many reflections the person kept on each day from `first_date` on."""
        statement = (
            select(Reflection.local_date, func.count())
            .where(Reflection.person_id == person_id, Reflection.local_date >= first_date)
            .group_by(Reflection.local_date)
        )
        return {day: count for day, count in await self._session.execute(statement)}

    async def on_date(self, person_id: int, local_date: date) -> list[Reflection]:
        """The reflections the person kept on one day, oldest first."""
        statement = (
            select(Reflection)
            .where(Reflection.person_id == person_id, Reflection.local_date == local_date)
            .order_by(Reflection.id)
        )
        return list((await self._session.scalars(statement)).all())

    async def keys_asked_since(self, person_id: int, since: datetime) -> set[str]:
        """Question keys offered to the person since `since`."""
        statement = select(ReflectionPrompt.question_key).where(
            ReflectionPrompt.person_id == person_id, ReflectionPrompt.asked_at >= since
        )
        return set((await self._session.scalars(statement)).all())

    async def add_prompt(self, person_id: int, key: str, now: datetime) -> ReflectionPrompt:
        """Record that a question was offered."""
        prompt = ReflectionPrompt(person_id=person_id, question_key=key, asked_at=now)
        self._session.add(prompt)
        await self._session.flush()
        return prompt

    async def latest_prompt(self, person_id: int) -> ReflectionPrompt | None:
        """The question offered most recently."""
        statement = (
            select(ReflectionPrompt)
            .where(ReflectionPrompt.person_id == person_id)
            .order_by(ReflectionPrompt.id.desc())
            .limit(1)
        )
        return (await self._session.scalars(statement)).one_or_none()

    async def take_buttons(self, person_id: int) -> int | None:
        """The message carrying the latest question's buttons, which no longer apply; once."""
        prompt = await self.latest_prompt(person_id)
        if prompt is None:
            return None
        message_id, prompt.message_id = prompt.message_id, None
        return message_id

    async def add(
        self,
        person_id: int,
        local_date: date,
        key: str,
        question: str,
        text: str,
        now: datetime,
        *,
        flagged: bool = False,
    ) -> Reflection:
        """Keep an answer with its question; flagged ones are never quoted back."""
        reflection = Reflection(
            person_id=person_id,
            local_date=local_date,
            question_key=key,
            question_text=question,
            text=text,
            flagged=flagged,
            created_at=now,
        )
        self._session.add(reflection)
        await self._session.flush()
        return reflection
