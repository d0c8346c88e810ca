"""Who sends: on PostgreSQL, the instances holding one of the fleet's sender slots.

A slot is a PostgreSQL advisory lock; there are SMALLSTEPS_SENDERS of them (one by default).
Claims make every delivery exactly-once whoever sends it, and each claim names the sender
holding it; a sender's name is its lock's database session, so whether a claim's sender is
still there is a question PostgreSQL answers at once (`live`). When a sender dies, its session
closes, PostgreSQL frees its slot, its claims not yet begun are taken over by the next claim of
any sender, and the next instance to try takes the slot within a minute. With one slot, one
rate limiter keeps the fleet under Telegram's cap; with more, they all draw from one budget
(`scheduler.dispatcher.FleetLimiter`).
"""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger("smallsteps.leader")

# An arbitrary constant naming smallsteps' lock among the database's advisory locks.
SENDER_LOCK_KEY = 0x5A11_57E9


# Sessions holding one of the sender slots' advisory locks (a bigint key shows as its high
# and low 32 bits in classid and objid, with objsubid 1).
LIVE_SENDERS = text(
    "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 "
    "AND classid = 0 AND objid::bigint BETWEEN :first AND :last"
)


class SenderLock:
    """Whether this instance is one of the fleet's senders; SQLite is always a fleet of one."""

    def __init__(self, engine: AsyncEngine, slots: int = 1) -> None:
        self._engine = engine
        self._slots = slots
        self._connection: AsyncConnection | None = None
        self._shared = engine.dialect.name == "postgresql"
        # SQLite: one process, one name for as long as it runs; PostgreSQL: the lock's session.
        self._identity = "" if self._shared else f"local:{uuid.uuid4().hex}"

    @property
    def held(self) -> bool:
        """Whether this instance believes it is the sender right now."""
        return not self._shared or self._connection is not None

    @property
    def identity(self) -> str:
        """This sender's name on the claims it makes (while it holds a slot)."""
        return self._identity

    async def live(self) -> set[str]:
        """The names of the senders there are right now, this one included."""
        if not self._shared:
            return {self._identity}
        async with self._engine.connect() as connection:
            bounds = {"first": SENDER_LOCK_KEY, "last": SENDER_LOCK_KEY + self._slots - 1}
            pids = (await connection.scalars(LIVE_SENDERS, bounds)).all()
        return {f"pg:{pid}" for pid in pids}

    async def hold(self) -> bool:
        """Take a free slot, or check ours is still held; True while we may send."""
        if not self._shared:
            return True
        if self._connection is not None and await self._still_connected():
            return True
        await self.release()
        connection = await self._engine.connect()
        query = text("SELECT pg_try_advisory_lock(:key)")
        for slot in range(self._slots):
            if await connection.scalar(query, {"key": SENDER_LOCK_KEY + slot}):
                pid = await connection.scalar(text("SELECT pg_backend_pid()"))
                await connection.commit()
                self._connection, self._identity = connection, f"pg:{pid}"
                log.info("this instance is now the sender")
                return True
        await connection.commit()
        await connection.close()
        return False

    async def release(self) -> None:
        """Give the lock back (closing the session frees it even if unlocking fails)."""
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            await connection.execute(text("SELECT pg_advisory_unlock_all()"))
            await connection.commit()
        except SQLAlchemyError:
            # A check cancelled mid-query (a stop at the top of a minute) leaves the session
            # unusable; dropping it ends the session, and PostgreSQL frees the lock with it.
            log.warning("could not unlock; dropping the connection frees it")
            await connection.invalidate()
        finally:
            await connection.close()

    async def _still_connected(self) -> bool:
        """A live session still holds its advisory lock."""
        assert self._connection is not None
        try:
            await self._connection.execute(text("SELECT 1"))
            await self._connection.commit()
        except SQLAlchemyError:
            return False
        return True
