"""A health endpoint for the load balancer in webhook mode: 200 while the database answers."""

from __future__ import annotations

import logging

from aiohttp import web
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger("smallsteps.health")

HEALTH_PATH = "/healthz"


class HealthServer:
    """GET /healthz: 200 'ok' when the database answers, 503 otherwise."""

    def __init__(self, engine: AsyncEngine, listen: str, port: int) -> None:
        self._engine = engine
        self._listen = listen
        self._port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Serve until stop()."""
        app = web.Application()
        app.router.add_get(HEALTH_PATH, self._health)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._listen, self._port).start()
        log.info("health endpoint listening port=%d", self._port)

    async def stop(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _health(self, _request: web.Request) -> web.Response:
        """Answer the load balancer."""
        try:
            async with self._engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except (SQLAlchemyError, OSError):
            return web.Response(status=503, text="database unavailable")
        return web.Response(text="ok")
