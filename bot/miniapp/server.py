"""The Mini App's own web server: the page at /app and the person's year behind it.

Every request for a person's data carries Telegram's launch data (`Authorization: tma
<initData>`); the person is taken from it alone (bot/core/launch_data.py), and a request without
valid launch data is answered 401. The page needs nothing from any other server, and nothing
here logs a request: launch data and a person's days never reach the logs.
"""

from __future__ import annotations

import logging
from importlib import resources
from typing import Any, Final

from aiohttp import web

from bot.core.clock import Clock
from bot.core.languages import language_of
from bot.core.launch_data import Launch, LaunchDataError, verified
from bot.miniapp.views import page_words, year_json
from bot.services.year import YearService
from bot.texts.catalog import translator

log = logging.getLogger("smallsteps.miniapp")

PATH: Final = "/app"
AUTH_SCHEME: Final = "tma "
# Nothing a page sends is larger; anything larger is refused (413) before it is read.
MAX_BODY: Final = 16 * 1024
# The page's own files, by the name it asks for them under, and their types.
ASSETS: Final = {
    "app.js": "text/javascript",
    "app.css": "text/css",
}
# Only this server's own scripts, styles and data; framed only by Telegram's web clients.
CONTENT_SECURITY_POLICY: Final = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors https://web.telegram.org"
)
SECURITY_HEADERS: Final = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class MiniAppServer:
    """Serves the page and answers for the person Telegram's launch data names."""

    def __init__(
        self, listen: str, port: int, bot_token: str, year: YearService, clock: Clock
    ) -> None:
        self._listen = listen
        self._port = port
        self._bot_token = bot_token
        self._year = year
        self._clock = clock
        self._runner: web.AppRunner | None = None

    def web_app(self) -> web.Application:
        """The routes, with every answer's security headers."""
        app = web.Application(client_max_size=MAX_BODY, middlewares=[_secured])
        app.router.add_get(PATH, self._page)
        app.router.add_get(f"{PATH}/", self._page)
        app.router.add_get(PATH + "/{asset}", self._asset)
        app.router.add_get(f"{PATH}/api/words", self._words)
        app.router.add_post(f"{PATH}/api/year", self._year_of)
        return app

    async def start(self) -> None:
        """Serve until stop()."""
        self._runner = web.AppRunner(self.web_app(), access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._listen, self._port).start()
        log.info("mini app listening port=%d", self._port)

    async def stop(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _page(self, _request: web.Request) -> web.Response:
        """The page itself."""
        return web.Response(body=_read("index.html"), content_type="text/html", charset="utf-8")

    async def _asset(self, request: web.Request) -> web.Response:
        """One of the page's own scripts or styles; nothing else."""
        name = request.match_info["asset"]
        if name not in ASSETS:
            raise web.HTTPNotFound()
        return web.Response(body=_read(name), content_type=ASSETS[name], charset="utf-8")

    async def _words(self, request: web.Request) -> web.Response:
        """The page's words in a language, for a page that cannot name its person."""
        tr = translator(language_of(request.query.get("language")))
        return web.json_response(page_words(tr))

    async def _year_of(self, request: web.Request) -> web.Response:
        """The year of the person the launch data names."""
        launch = self._launch(request)
        year = await self._year.year_of(launch.user_id)
        if year is None:
            return _refused(404, "unknown person")
        response = web.json_response(year_json(translator(year.language), year))
        # A year's names are some 55 KB of text; compressed (when the client says it can
        # read gzip, as every browser does) about a tenth of that.
        response.enable_compression()
        return response

    def _launch(self, request: web.Request) -> Launch:
        """Who sent the request, as Telegram signed it; 401 otherwise."""
        header = request.headers.get("Authorization", "")
        if not header.startswith(AUTH_SCHEME):
            raise _unauthorized("no launch data")
        try:
            return verified(header.removeprefix(AUTH_SCHEME), self._bot_token, self._clock())
        except LaunchDataError as error:
            # The reason only, never the data: it names a person.
            log.info("mini app request refused reason=%s", error)
            raise _unauthorized(str(error)) from None


@web.middleware
async def _secured(request: web.Request, handler: Any) -> web.StreamResponse:
    """Every answer, errors included, with the security headers; oversized bodies refused."""
    try:
        size = request.content_length or 0
        if size > MAX_BODY:  # Refused unread, whether or not the route would read it.
            raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY, actual_size=size)
        response: web.StreamResponse = await handler(request)
    except web.HTTPException as error:
        error.headers.update(SECURITY_HEADERS)
        raise
    response.headers.update(SECURITY_HEADERS)
    return response


def _unauthorized(reason: str) -> web.HTTPUnauthorized:
    """401, saying why in a way the page can read (never the data itself)."""
    return web.HTTPUnauthorized(
        text=f'{{"error": "{reason}"}}',
        content_type="application/json",
        headers={"WWW-Authenticate": "tma"},
    )


def _refused(status: int, reason: str) -> web.Response:
    """An answer the page reads as: nothing to show."""
    return web.json_response({"error": reason}, status=status)


def _read(name: str) -> bytes:
    """One of the page's files."""
    return (resources.files("bot.miniapp") / "page" / name).read_bytes()
