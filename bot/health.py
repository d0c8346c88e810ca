"""The operator's port in webhook mode: /healthz for the load balancer (200 while the database
answers) and /metrics for Prometheus."""

from __future__ import annotations

import logging

from aiohttp import web
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.metrics import CONTENT_TYPE, Metrics

log = logging.getLogger("smallsteps.health")

HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"


class HealthServer:
    """GET /healthz: 200 'ok' when the database answers, 503 otherwise; GET /metrics."""

    def __init__(self, engine: AsyncEngine, listen: str, port: int, metrics: Metrics) -> None:
        self._engine = engine
        self._metrics = metrics
        self._listen = listen
        self._port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Serve until stop()."""
        app = web.Application()
        app.router.add_get(HEALTH_PATH, self._health)
        app.router.add_get(METRICS_PATH, self._scraped)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._listen, self._port).start()
        log.info("health endpoint listening port=%d", self._port)

    async def stop(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _scraped(self, _request: web.Request) -> web.Response:
        """Answer Prometheus."""
        return web.Response(body=self._metrics.rendered(), headers={"Content-Type": CONTENT_TYPE})

    async def _health(self, _request: web.Request) -> web.Response:
        """Answer the load balancer."""
        try:
            async with self._engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except (SQLAlchemyError, OSError):
            return web.Response(status=503, text="database unavailable")
        return web.Response(text="ok")
