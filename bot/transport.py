"""How the bot talks to the Bot API: aiohttp on kept-alive connections.

python-telegram-bot's own HTTPXRequest spends about 0.9 ms of CPU on each call, most of it in
httpx and httpcore; the same calls over aiohttp take about 0.35 ms (docs/benchmarks.md, 4).
A reply to every message a person sends is the bot's busiest path, so the transport is ours.
"""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
import urllib.request
from urllib.parse import urlsplit

import aiohttp
import certifi
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# Replies to people, in flight at once. At internet round trips (about 0.1 s) 16 carry some 160
# calls a second, past a busy morning's answers (a tap is up to three calls), and on aiohttp an
# open connection costs next to nothing: on loopback 16 answered more updates a second than 4
# (benchmarks/answering.py). It was 4 on httpx, whose pool checked every open connection on
# every request.
REPLIES_IN_FLIGHT = 16

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
MEDIA_WRITE_TIMEOUT = 20.0


class AiohttpRequest(BaseRequest):
    """Bot API calls over aiohttp, at most `connections` at once; the rest wait their turn.

    Like HTTPXRequest it verifies TLS against certifi's bundle and honours HTTPS_PROXY,
    HTTP_PROXY, ALL_PROXY and NO_PROXY, but reads them once per host rather than on every call,
    and never sends a call to this machine's own loopback through a proxy.
    """

    __slots__ = ("_connections", "_proxies", "_session", "_slots")

    def __init__(self, connections: int) -> None:
        self._connections = connections
        self._session: aiohttp.ClientSession | None = None
        # Calls queue here, not in aiohttp's pool, so the time a call waits for its turn under
        # a burst is not counted against its timeout.
        self._slots = asyncio.Semaphore(connections)
        self._proxies: dict[tuple[str, str], str | None] = {}

    @property
    def read_timeout(self) -> float:
        """How long to wait for Telegram's answer, unless a call says otherwise."""
        return READ_TIMEOUT

    async def initialize(self) -> None:
        """Open the connection pool (it must be made inside the running event loop)."""
        if self._session is None or self._session.closed:
            self._slots = asyncio.Semaphore(self._connections)
            tls = ssl.create_default_context(cafile=certifi.where())
            connector = aiohttp.TCPConnector(limit=self._connections, ssl=tls)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        """Close every connection."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

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
        """Send one call once a connection is free; return Telegram's status and body.

        There is no pool timeout: a call waits for its turn as long as it takes.
        """
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        body = _body(request_data) if request_data else None
        uploading = isinstance(body, aiohttp.FormData)
        timeout = _timeout(
            _given(connect_timeout, CONNECT_TIMEOUT),
            _given(write_timeout, MEDIA_WRITE_TIMEOUT if uploading else WRITE_TIMEOUT),
            _given(read_timeout, READ_TIMEOUT),
        )
        try:
            async with (
                self._slots,
                self._session.request(
                    method, url, data=body, timeout=timeout, proxy=self._proxy_for(url)
                ) as response,
            ):
                return response.status, await response.read()
        except TimeoutError as error:  # before ClientError: aiohttp's timeouts are both
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{error.__class__.__name__}: {error}") from error

    def _proxy_for(self, url: str) -> str | None:
        """The proxy the environment names for this URL's host, looked up once per host."""
        parts = urlsplit(url)
        key = (parts.scheme, parts.hostname or "")
        if key not in self._proxies:
            proxies = urllib.request.getproxies()
            proxy = proxies.get(parts.scheme) or proxies.get("all")
            bypassed = is_loopback(key[1]) or (
                proxy is not None and urllib.request.proxy_bypass(key[1])
            )
            self._proxies[key] = None if bypassed else proxy
        return self._proxies[key]


def is_loopback(host: str) -> bool:
    """Whether `host` is this machine itself: 127.0.0.0/8, ::1 or localhost.

    A proxy cannot reach this machine's loopback, so such calls (a local Bot API server, the
    trial's own) never go through one, whatever the environment says, as in Go's net/http.
    """
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _given(value: ODVInput[float], default: float) -> float | None:
    """A call's own timeout, or the default when it left it unset."""
    return default if isinstance(value, DefaultValue) else value


def _timeout(
    connect: float | None, write: float | None, read: float | None
) -> aiohttp.ClientTimeout:
    """aiohttp's timeouts for one call, which has a connection to itself by then.

    aiohttp has no write timeout of its own, so the whole call is bounded by the three together.
    """
    parts = (connect, write, read)
    total = None if None in parts else sum(part for part in parts if part is not None)
    return aiohttp.ClientTimeout(total=total, sock_connect=connect, sock_read=read)


def _body(request_data: RequestData) -> aiohttp.FormData | dict[str, str]:
    """The call's parameters as a form, with any files as multipart parts."""
    files = request_data.multipart_data
    if not files:
        return request_data.json_parameters
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mime_type) in files.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form
