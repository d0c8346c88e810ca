"""One sender for the whole fleet: the instance holding a PostgreSQL advisory lock sends.

Claims already make every delivery exactly-once; a single sender also keeps the fleet as a
whole under Telegram's per-second limit, since only one rate limiter is ever sending. When the
sender dies, its connection closes, PostgreSQL frees the lock, and the next instance to try
takes over within a minute.
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger("smallsteps.leader")

# An arbitrary constant naming smallsteps' lock among the database's advisory locks.
SENDER_LOCK_KEY = 0x5A11_57E9


class SenderLock:
    """Whether this instance is the fleet's sender; SQLite is always a fleet of one."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._connection: AsyncConnection | None = None
        self._shared = engine.dialect.name == "postgresql"
        self._taken = 0

    @property
    def held(self) -> bool:
        """Whether this instance believes it is the sender right now."""
        return not self._shared or self._connection is not None

    @property
    def taken(self) -> int:
        """How many times this instance has taken the lock: a new count is a new term as sender.

        Only one sender runs at a time, so whatever a new sender finds claimed from before its
        term was left by a sender that is gone. SQLite is a fleet of one: a single term.
        """
        return self._taken

    async def hold(self) -> bool:
        """Take the lock if free, or check it is still ours; True while we may send."""
        if not self._shared:
            return True
        if self._connection is not None and await self._still_connected():
            return True
        await self.release()
        connection = await self._engine.connect()
        query = text("SELECT pg_try_advisory_lock(:key)")
        taken = bool(await connection.scalar(query, {"key": SENDER_LOCK_KEY}))
        await connection.commit()
        if not taken:
            await connection.close()
            return False
        self._connection = connection
        self._taken += 1
        log.info("this instance is now the sender")
        return True

    async def release(self) -> None:
        """Give the lock back (closing the session frees it even if unlocking fails)."""
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            await connection.execute(
                text("SELECT pg_advisory_unlock(:key)"), {"key": SENDER_LOCK_KEY}
            )
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
