"""How the bot talks to the Bot API: aiohttp on kept-alive connections.

python-telegram-bot's own HTTPXRequest spends about 0.9 ms of CPU on each call, most of it in
httpx and httpcore; the same calls over aiohttp take about 0.35 ms (docs/benchmarks.md, 4).
A reply to every message a person sends is the bot's busiest path, so the transport is ours.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import os
import ssl
import urllib.request
from typing import Any
from urllib.parse import urlencode, urlsplit

import aiohttp
import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# A decoded JSON object, as Telegram answers.
JSONDict = dict[str, Any]

# Replies to people, in flight at once. At internet round trips (about 0.1 s) 16 carry some 160
# calls a second, past a busy morning's answers (a tap is up to three calls); an open aiohttp
# connection costs next to nothing. The measurements are in docs/benchmarks.md ("answering").
REPLIES_IN_FLIGHT = 16

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
MEDIA_WRITE_TIMEOUT = 20.0
# How long a call that does not say waits for a free connection. HTTPXRequest's 1 s would fail
# replies merely queued behind a burst: at most MAX_CONCURRENT_UPDATES (128, bot/updates.py)
# handlers call at once, so a reply waits behind at most 7 rounds of the 16 connections, some
# 0.7 s at ordinary round trips (0.1 s). 60 s runs out only when calls take about 8 s each, near
# their 15 s bound (connect + write + read): Telegram is then hardly answering, and failing the
# call is better than queueing without end.
POOL_TIMEOUT = 60.0

# A form of plain fields, encoded by us: aiohttp's FormData makes a multipart writer (and a random
# boundary) for every form, even one it then sends urlencoded, some 0.1 ms of CPU a call.
FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded"}
JSON_HEADERS = {"Content-Type": "application/json"}

# HTTPXRequest's words, so logs and handlers read the same whichever transport is in use.
POOL_TIMED_OUT = (
    "Pool timeout: All connections in the connection pool are occupied. Request was *not* sent "
    "to Telegram. Consider adjusting the connection pool size or the pool timeout."
)

# The class of BaseRequest.DEFAULT_NONE ("not given"), reached through PTB's public API: the
# class itself and ODVInput, the type of a timeout parameter, live in its private telegram._utils.
_NotGiven = type(BaseRequest.DEFAULT_NONE)
# A timeout as a caller may pass it: seconds, None (no limit) or BaseRequest.DEFAULT_NONE.
TimeoutInput = object


class AiohttpRequest(BaseRequest):
    """Bot API calls over aiohttp, at most `connections` at once; the rest wait their turn.

    Like HTTPXRequest it verifies TLS against certifi's bundle, or SSL_CERT_FILE or SSL_CERT_DIR
    when set, and honours HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY, but reads them once
    per host rather than on every call, and never sends a call to this machine's own loopback
    through a proxy. SOCKS proxies are refused: aiohttp cannot use them.
    """

    __slots__ = ("_connections", "_proxies", "_ready", "_session", "_slots")

    def __init__(self, connections: int) -> None:
        self._connections = connections
        self._session: aiohttp.ClientSession | None = None
        # Calls queue here, not in aiohttp's pool, so the time a call waits for its turn under
        # a burst is not counted against its timeout.
        self._slots = asyncio.Semaphore(connections)
        self._proxies: dict[tuple[str, str], str | None] = {}
        # `post_json` calls under way: their parameters, by their RequestData's id.
        self._ready: dict[int, JSONDict] = {}

    @property
    def read_timeout(self) -> float:
        """How long to wait for Telegram's answer, unless a call says otherwise."""
        return READ_TIMEOUT

    async def initialize(self) -> None:
        """Open the connection pool (it must be made inside the running event loop)."""
        if self._session is None or self._session.closed:
            self._slots = asyncio.Semaphore(self._connections)
            connector = aiohttp.TCPConnector(limit=self._connections, ssl=trusted_authorities())
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        """Close every connection."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def post_json(self, url: str, payload: JSONDict) -> JSONDict:
        """POST parameters as one JSON object, as the Bot API takes them; returns the answer's
        result, raising what `BaseRequest.post` raises.

        For the fan-out: it builds no python-telegram-bot objects on the way out or back, yet
        keeps PTB's answer handling (429s, 403s, migrations) by going through `post`.
        """
        # RequestData is final and takes only PTB's own parameter objects: an empty one stands
        # for the call, and `do_request` finds its parameters here.
        call = RequestData()
        self._ready[id(call)] = payload
        try:
            result = await self.post(url, call)
        finally:
            del self._ready[id(call)]
        if not isinstance(result, dict):
            raise NetworkError(f"unexpected answer to {urlsplit(url).path.rsplit('/', 1)[-1]}")
        return result

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: TimeoutInput = BaseRequest.DEFAULT_NONE,
        write_timeout: TimeoutInput = BaseRequest.DEFAULT_NONE,
        connect_timeout: TimeoutInput = BaseRequest.DEFAULT_NONE,
        pool_timeout: TimeoutInput = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one call once a connection is free; return Telegram's status and body.

        A call waits for a free connection up to its pool timeout (POOL_TIMEOUT unless given;
        None: as long as it takes), then fails with TimedOut without being sent.
        """
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        proxy = self._proxy_for(url)
        body, headers = _body(request_data, self._ready) if request_data else (None, None)
        uploading = isinstance(body, aiohttp.FormData)
        timeout = _timeout(
            _given(connect_timeout, CONNECT_TIMEOUT),
            _given(write_timeout, MEDIA_WRITE_TIMEOUT if uploading else WRITE_TIMEOUT),
            _given(read_timeout, READ_TIMEOUT),
        )
        await self._take_turn(_given(pool_timeout, POOL_TIMEOUT))
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout, proxy=proxy
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # before ClientError: aiohttp's timeouts are both
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{error.__class__.__name__}: {error}") from error
        finally:
            self._slots.release()

    async def _take_turn(self, pool_timeout: float | None) -> None:
        """Wait for a free connection, at most `pool_timeout` seconds (None: without end)."""
        try:
            # Not wait_for: in 3.11 it times out at 0 s even when a connection is free.
            async with asyncio.timeout(pool_timeout):
                await self._slots.acquire()
        except TimeoutError as error:
            raise TimedOut(POOL_TIMED_OUT) from error

    def _proxy_for(self, url: str) -> str | None:
        """The proxy the environment names for this URL's host, looked up once per host."""
        parts = urlsplit(url)
        key = (parts.scheme, parts.hostname or "")
        if key not in self._proxies:
            refusal = socks_refusal(url)
            if refusal:  # A network error, as PTB would make of any failure in a transport.
                raise NetworkError(refusal)
            named = named_proxy(url)
            self._proxies[key] = named[1] if named else None
        return self._proxies[key]


def named_proxy(url: str) -> tuple[str, str] | None:
    """The variable naming the proxy for `url`, and the proxy; None when it is reached directly."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if is_loopback(host):
        return None
    proxies = urllib.request.getproxies()
    scheme = parts.scheme if proxies.get(parts.scheme) else "all"
    proxy = proxies.get(scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        return None
    return _proxy_variable(scheme), proxy


def _proxy_variable(scheme: str) -> str:
    """The variable urllib took the proxy for `scheme` from: lower case wins, as there."""
    lower = f"{scheme}_proxy"
    return lower if os.environ.get(lower) else lower.upper()


def socks_refusal(url: str) -> str | None:
    """Why calls to `url` cannot be made: the environment names a SOCKS proxy for them."""
    named = named_proxy(url)
    if named is None:
        return None
    variable, proxy = named
    scheme = urlsplit(proxy).scheme.lower()
    if not scheme.startswith("socks"):
        return None
    # The proxy's address is not repeated: it may carry a password.
    host = urlsplit(url).hostname
    return (
        f"{variable} names a SOCKS proxy ({scheme}://), and SOCKS proxies are not supported: "
        f"set {variable} to an HTTP proxy, or add {host} to NO_PROXY"
    )


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


def trusted_authorities() -> ssl.SSLContext:
    """TLS verified as httpx does: against SSL_CERT_FILE, else SSL_CERT_DIR, else certifi."""
    cafile, capath = os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")
    if not cafile and not capath:
        return ssl.create_default_context(cafile=certifi.where())
    variable = "SSL_CERT_FILE" if cafile else "SSL_CERT_DIR"
    try:
        if cafile:
            return ssl.create_default_context(cafile=cafile)
        return ssl.create_default_context(capath=capath)
    except (OSError, ValueError) as error:  # Said here: later it would be every call failing.
        reason = getattr(error, "strerror", None) or error
        raise NetworkError(f"{variable} ({cafile or capath}) cannot be used: {reason}") from error


def _given(value: TimeoutInput, default: float | None) -> float | None:
    """A call's own timeout in seconds, or `default` when it left it unset."""
    if isinstance(value, _NotGiven):  # Any DefaultValue, as HTTPXRequest checks.
        return default
    if value is None or isinstance(value, int | float):
        return value
    raise TypeError(f"a timeout is seconds or None, not {type(value).__name__}")


def _timeout(
    connect: float | None, write: float | None, read: float | None
) -> aiohttp.ClientTimeout:
    """aiohttp's timeouts for one call, which has a connection to itself by then.

    aiohttp has no write timeout of its own, so the whole call is bounded by the three together.
    """
    parts = (connect, write, read)
    total = None if None in parts else sum(part for part in parts if part is not None)
    return aiohttp.ClientTimeout(total=total, sock_connect=connect, sock_read=read)


def _body(
    request_data: RequestData, ready: dict[int, JSONDict]
) -> tuple[aiohttp.FormData | bytes, dict[str, str] | None]:
    """The call's body and its type: a `post_json` call's JSON, an urlencoded form, or a
    multipart one (aiohttp sets its type) when it carries files."""
    if (payload := ready.get(id(request_data))) is not None:
        return json.dumps(payload).encode(), JSON_HEADERS
    files = request_data.multipart_data
    if not files:
        return urlencode(request_data.json_parameters).encode(), FORM_HEADERS
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mime_type) in files.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form, None
