"""How the bot talks to the Bot API: a few connections, kept busy, rather than many idle ones."""

from __future__ import annotations

import asyncio

from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, HTTPXRequest, RequestData

# Replies to people: a handful in flight covers a person-facing rate well past Telegram's
# 30 messages a second at internet round trips, while every extra open connection costs each
# request a readiness check in httpx's pool (measured: 4 in flight answer about twice as many
# updates a second as 64 on loopback; benchmarks/answering.py).
REPLIES_IN_FLIGHT = 4


class BoundedRequest(HTTPXRequest):
    """An HTTPXRequest that never has more than `in_flight` requests (or connections) open."""

    def __init__(self, in_flight: int) -> None:
        super().__init__(connection_pool_size=in_flight)
        # Waiting here is a plain asyncio queue; waiting inside httpx's pool rescans it.
        self._slots = asyncio.Semaphore(in_flight)

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request once a slot is free."""
        async with self._slots:
            return await super().do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout,
                pool_timeout,
            )  # fmt: skip
