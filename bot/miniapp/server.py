"""The Mini App's own web server: the page at /app, and behind it the person's year, their
days, safety plan and settings, answered by the chat's own services.

Every request for a person's data carries Telegram's launch data (`Authorization: tma
<initData>`); the person is taken from it alone (bot/core/launch_data.py), and a request without
valid launch data is answered 401. The page needs nothing from any other server, and nothing
here logs a request: launch data and a person's days never reach the logs.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final, TypeVar

from aiohttp import web
from pydantic import ValidationError

from bot.core import zones
from bot.core.clock import Clock
from bot.core.languages import Language, language_of
from bot.core.launch_data import Launch, LaunchDataError, verified
from bot.core.safety import Level
from bot.handlers.settings_views import out_of_order_text
from bot.miniapp.bodies import (
    Body,
    DayAsked,
    DayEdited,
    Empty,
    PlanWritten,
    SettingsChanged,
    ZoneSearched,
    day_edit,
    settings_form,
)
from bot.miniapp.views import (
    REFUSALS,
    day_json,
    first_json,
    page_words,
    plan_json,
    settings_json,
    year_json,
    zones_json,
)
from bot.services.days import DayService, Refusal
from bot.services.people import Identity, OutOfOrder, PeopleService
from bot.services.safety_plans import SafetyPlanService
from bot.services.year import YearService
from bot.texts import miniapp as miniapp_texts
from bot.texts.catalog import Translator, translator
from storage.db import SessionFactory

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


BodyT = TypeVar("BodyT", bound=Body)
# Told the chat and the language a person chose on the page.
LanguageChosen = Callable[[int, Language], Awaitable[None]]


@dataclass(frozen=True)
class MiniAppServices:
    """The services the page's requests are answered by: the chat's own."""

    year: YearService
    days: DayService
    plans: SafetyPlanService
    people: PeopleService

    @classmethod
    def over(
        cls,
        sessions: SessionFactory,
        clock: Clock,
        spread_minutes: int = 0,
        screened: Callable[[Level], None] = lambda _level: None,
    ) -> MiniAppServices:
        """The services over one database, as the chat's are wired (bot/app.py)."""
        return cls(
            year=YearService(sessions, clock),
            days=DayService(sessions, clock, screened),
            plans=SafetyPlanService(sessions, clock, screened),
            people=PeopleService(sessions, clock, spread_minutes),
        )


class MiniAppServer:
    """Serves the page and answers for the person Telegram's launch data names."""

    def __init__(
        self,
        listen: str,
        port: int,
        bot_token: str,
        services: MiniAppServices,
        clock: Clock,
        language_chosen: LanguageChosen | None = None,
    ) -> None:
        self._listen = listen
        self._port = port
        self._bot_token = bot_token
        self._services = services
        self._clock = clock
        # Told of a language chosen on the page, so the chat's menu button says it too.
        self._language_chosen = language_chosen
        self._runner: web.AppRunner | None = None

    def web_app(self) -> web.Application:
        """The routes, with every answer's security headers."""
        app = web.Application(client_max_size=MAX_BODY, middlewares=[_secured])
        app.router.add_get(PATH, self._page)
        app.router.add_get(f"{PATH}/", self._page)
        app.router.add_get(PATH + "/{asset}", self._asset)
        app.router.add_get(f"{PATH}/api/words", self._words)
        app.router.add_post(f"{PATH}/api/year", self._year_of)
        app.router.add_post(f"{PATH}/api/day", self._day)
        app.router.add_post(f"{PATH}/api/day/save", self._save_day)
        app.router.add_post(f"{PATH}/api/plan", self._plan)
        app.router.add_post(f"{PATH}/api/plan/save", self._save_plan)
        app.router.add_post(f"{PATH}/api/settings", self._settings)
        app.router.add_post(f"{PATH}/api/settings/save", self._save_settings)
        app.router.add_post(f"{PATH}/api/zones", self._zones)
        return app

    @property
    def port(self) -> int:
        """The port served on: the one asked for, or (asked for 0) the one the system chose."""
        return self._port

    async def start(self) -> None:
        """Serve until stop()."""
        runner = web.AppRunner(self.web_app(), access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, self._listen, self._port).start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        log.info("mini app listening port=%d", self._port)

    async def stop(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _page(self, _request: web.Request) -> web.Response:
        """The page itself."""
        return _compressed(_read("index.html"), "text/html")

    async def _asset(self, request: web.Request) -> web.Response:
        """One of the page's own scripts or styles; nothing else."""
        name = request.match_info["asset"]
        if name not in ASSETS:
            raise web.HTTPNotFound()
        return _compressed(_read(name), ASSETS[name])

    async def _words(self, request: web.Request) -> web.Response:
        """The page's words in a language, for a page that cannot name its person."""
        tr = translator(language_of(request.query.get("language")))
        return web.json_response(page_words(tr))

    async def _year_of(self, request: web.Request) -> web.Response:
        """The year of the person the launch data names."""
        launch = self._launch(request)
        year = await self._services.year.year_of(launch.user_id)
        if year is None:
            return _refused(404, "unknown person")
        response = web.json_response(year_json(translator(year.language), year))
        # A year's names are some 55 KB of text; compressed (when the client says it can
        # read gzip, as every browser does) about a tenth of that.
        response.enable_compression()
        return response

    async def _day(self, request: web.Request) -> web.Response:
        """One of the person's days, to read and to fill in or change."""
        who, asked = await self._asked(request, DayAsked)
        detail = await self._services.days.day(who, asked.date)
        if detail is None:
            return _refused(404, "unknown person")
        return web.json_response({"day": day_json(translator(detail.language), detail)})

    async def _save_day(self, request: web.Request) -> web.Response:
        """Fill in or change a day by the chat's rules; a refused edit changes nothing."""
        who, asked = await self._asked(request, DayEdited)
        edited = await self._services.days.edit(who, asked.date, day_edit(asked))
        if edited is None:
            return _refused(404, "unknown person")
        if isinstance(edited, Refusal):
            tr = await self._translator(who)
            return _refused(409, edited.value, tr(REFUSALS[edited]))
        tr = translator(edited.detail.language)
        answer = {"day": day_json(tr, edited.detail), "first": first_json(tr, edited.first)}
        return web.json_response(answer)

    async def _plan(self, request: web.Request) -> web.Response:
        """The safety plan, part by part."""
        who, _ = await self._asked(request, Empty)
        read = await self._services.plans.plan_of(who)
        if read is None:
            return _refused(404, "unknown person")
        plan, language = read
        return web.json_response(plan_json(translator(language), plan))

    async def _save_plan(self, request: web.Request) -> web.Response:
        """Keep the parts written in the form, screened as typed words are."""
        who, asked = await self._asked(request, PlanWritten)
        written = await self._services.plans.write(who, asked.parts)
        if written is None:
            return _refused(404, "unknown person")
        tr = translator(written.language)
        return web.json_response(
            plan_json(tr, written.plan) | {"first": first_json(tr, written.first)}
        )

    async def _settings(self, request: web.Request) -> web.Response:
        """The person's settings, as the form shows them."""
        who, _ = await self._asked(request, Empty)
        form = await self._services.people.form_of(who)
        if form is None:
            return _refused(404, "unknown person")
        return web.json_response(settings_json(*form, self._clock()))

    async def _save_settings(self, request: web.Request) -> web.Response:
        """Change settings as the chat's commands would: all of the form, or none of it."""
        who, asked = await self._asked(request, SettingsChanged)
        saved = await self._services.people.save_form(who, settings_form(asked))
        if saved is None:
            return _refused(404, "unknown person")
        if isinstance(saved, OutOfOrder):
            tr = await self._translator(who)
            return _refused(409, "out_of_order", out_of_order_text(tr, saved))
        if not isinstance(saved, tuple):
            tr = await self._translator(who)
            return _refused(409, "not_understood", tr(miniapp_texts.NOT_SAVED))
        settings, language = saved
        if asked.language is not None and self._language_chosen is not None:
            await self._language_chosen(who.chat_id, language)
        return web.json_response(settings_json(settings, language, self._clock()))

    async def _zones(self, request: web.Request) -> web.Response:
        """Zones for what has been typed into the search so far."""
        _, asked = await self._asked(request, ZoneSearched)
        return web.json_response(zones_json(zones.search(asked.query), self._clock()))

    async def _asked(self, request: web.Request, model: type[BodyT]) -> tuple[Identity, BodyT]:
        """Who is asking (from the launch data alone) and what, read strictly; 401 or 400."""
        launch = self._launch(request)
        try:
            body = model.model_validate_json(await request.read())
        except ValidationError:
            # Which field, never its value: what a person wrote stays out of the logs.
            raise web.HTTPBadRequest(
                text='{"error": "bad request"}', content_type="application/json"
            ) from None
        return Identity(launch.user_id, launch.user_id), body

    async def _translator(self, who: Identity) -> Translator:
        """The person's own language (read again: only a refusal, which is rare, needs it)."""
        return translator(await self._services.people.language_of(who))

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


def _refused(status: int, reason: str, message: str | None = None) -> web.Response:
    """An answer the page reads as: nothing changed (and why, in words, when it can say)."""
    return web.json_response({"error": reason, "message": message}, status=status)


def _compressed(body: bytes, content_type: str) -> web.Response:
    """One of the page's files, compressed when the client can read it (every browser can):
    the script is about a quarter of its size then."""
    response = web.Response(body=body, content_type=content_type, charset="utf-8")
    response.enable_compression()
    return response


def _read(name: str) -> bytes:
    """One of the page's files."""
    return (resources.files("bot.miniapp") / "page" / name).read_bytes()
