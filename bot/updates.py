"""Updates from different people are handled at once; one person's, one at a time, in order."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# Texts handled at once share one transaction (bot/services/batching.py): under a burst, more
# at once means bigger batches and fewer commits a text. The replies still go out a few at a
# time (bot/transport.py), and a waiting update costs only a parked coroutine.
MAX_CONCURRENT_UPDATES = 128


@dataclass
class _Turns:
    """One chat's queue: whoever holds the lock is being answered; `waiting` counts the rest."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    waiting: int = 0


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across chats, in order within a chat.

    A person's two quick messages must be handled in the order they were sent (the second may
    answer the question the first one opened), while nobody should wait for someone else's
    database write or reply.
    """

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._chats: dict[int | None, _Turns] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for this chat's earlier updates, then handle this one."""
        key = _chat_of(update)
        turns = self._chats.setdefault(key, _Turns())
        turns.waiting += 1
        started = False
        try:
            async with turns.lock:
                started = True
                await coroutine
        finally:
            turns.waiting -= 1
            if turns.waiting == 0:
                del self._chats[key]
            if not started and isinstance(coroutine, Coroutine):
                coroutine.close()  # Cancelled while waiting its turn: it never ran.

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free."""


def _chat_of(update: object) -> int | None:
    """The chat (or else the person) an update belongs to; None for the rest, in one queue."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None
