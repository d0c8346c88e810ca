"""A local Telegram Bot API server speaking the real HTTP contract over loopback.

Point a real python-telegram-bot ``Application`` at it with
``ApplicationBuilder().token(...).base_url(api.base_url).base_file_url(api.base_file_url)``.
This module reads the HTTP calls and routes each to its method; `bot.localapi.methods` answers
them and `bot.localapi.state` keeps the chats.
"""

from __future__ import annotations

import json
import mimetypes
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from bot.localapi.errors import ApiError, bad_request
from bot.localapi.methods import CALLBACK_QUERY_TIMEOUT, BotMethods
from bot.localapi.records import JsonDict, UploadedFile

RAW_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "description",
        "short_description",
        "name",
        "title",
        "url",
        "action",
        "language_code",
        "photo",
        "document",
        "file_id",
        "secret_token",
        "ip_address",
        "business_connection_id",
        "message_effect_id",
    }
)
"""Form fields always kept as strings (python-telegram-bot sends str values unencoded)."""
MAX_REQUEST_BYTES = 60 * 1024 * 1024


def decode_field(name: str, value: str) -> Any:
    """Decode a form field the way Telegram does: JSON-looking values become JSON."""
    if name in RAW_STRING_FIELDS or not value:
        return value
    if value[0] in '{["-0123456789' or value in ("true", "false", "null"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


class LocalBotApi(BotMethods):
    """An in-process Telegram Bot API server on loopback, with a person to chat through it."""

    def __init__(
        self,
        *,
        bot_username: str = "smallsteps_test_bot",
        bot_first_name: str = "Small Steps",
        default_bot_id: int = 123456,
        host: str = "127.0.0.1",
        port: int = 0,
        shutdown_timeout: float = 0.5,
        callback_query_timeout: float = CALLBACK_QUERY_TIMEOUT,
    ) -> None:
        super().__init__(
            bot_username=bot_username,
            bot_first_name=bot_first_name,
            default_bot_id=default_bot_id,
        )
        self.host = host
        self.port = port
        self.callback_query_timeout = callback_query_timeout
        self._shutdown_timeout = shutdown_timeout
        self._runner: web.AppRunner | None = None
        self._handlers = self._build_handlers()
        self._canonical = {name.lower(): name for name in self._handlers}

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> Self:
        """Bind to a free loopback port and start serving."""
        app = web.Application(client_max_size=MAX_REQUEST_BYTES)
        self._add_routes(app.router)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=self._shutdown_timeout)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        """End pending long polls and shut the server down."""
        self._closing = True
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """Value for ``ApplicationBuilder.base_url`` (PTB appends ``<token>/<method>``)."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for ``ApplicationBuilder.base_file_url``."""
        return f"http://{self.host}:{self.port}/file/bot"

    # ------------------------------------------------------------------ routing

    def _add_routes(self, router: web.UrlDispatcher) -> None:
        """Every Bot API method at ``/bot<token>/<method>``."""
        router.add_route("*", "/bot{token}/{method}", self._handle)

    def _method_name(self, name: str) -> str:
        """A method's canonical name (Telegram's are case-insensitive)."""
        return self._canonical.get(name.lower(), name)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        """Serve one Bot API call."""
        token = request.match_info["token"]
        method = self._method_name(request.match_info["method"])
        try:
            params = await self._read_params(request)
            result = await self._call(method, params, token)
        except ApiError as error:
            return error.response()
        except ConnectionResetError:
            raise
        except Exception as error:
            self._internal_error(error)
            return ApiError(500, f"Internal Server Error: local API bug: {error!r}").response()
        return web.json_response({"ok": True, "result": result})

    async def _call(self, method: str, params: JsonDict, token: str) -> Any:
        """Run the method's handler; an unknown method is 404, as on Telegram."""
        handler = self._handlers.get(method)
        if handler is None:
            raise ApiError(404, "Not Found")
        return await handler(params, token)

    # ------------------------------------------------------------------ parameters

    async def _read_params(self, request: web.Request) -> JsonDict:
        """Decode query string, urlencoded, multipart or JSON parameters."""
        params: JsonDict = {k: decode_field(k, v) for k, v in request.query.items()}
        if not request.body_exists:
            return params
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON encoded request body") from None
            if not isinstance(body, dict):
                raise bad_request("JSON object expected")
            params.update(body)
            return params
        files: dict[str, UploadedFile] = {}
        for key, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                files[key] = self._upload(value)
            elif isinstance(value, str):
                params[key] = decode_field(key, value)
        params.update(files)
        return self._resolve_attachments(params, files)

    @staticmethod
    def _resolve_attachments(params: JsonDict, files: dict[str, UploadedFile]) -> JsonDict:
        """Replace ``attach://name`` strings by the uploaded file."""
        for key, value in list(params.items()):
            if isinstance(value, str) and value.startswith("attach://"):
                params[key] = files.get(value.removeprefix("attach://"), value)
        return params

    def _upload(self, field: web.FileField) -> UploadedFile:
        """Keep an uploaded multipart file."""
        data = field.file.read()
        mime = field.content_type or mimetypes.guess_type(field.filename)[0] or ""
        return self._new_file(data, field.filename or field.name, mime)
