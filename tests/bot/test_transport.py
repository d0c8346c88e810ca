"""The Bot API transport, over real HTTP on loopback: calls, uploads, timeouts, proxies, turns."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import ssl
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from ipaddress import IPv4Address
from pathlib import Path

import pytest
from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.transport import AiohttpRequest
from testkit.fakeapi import FakeBotApi

TOKEN = "123456:TEST"
OK = {"ok": True, "result": True}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


async def answer_ok(request: web.Request) -> web.Response:
    """What Telegram says to a call that worked."""
    return web.json_response(OK)


@asynccontextmanager
async def serving(
    handler: Handler,
    tls: ssl.SSLContext | None = None,
    idle_close: float = 75.0,
    host: str = "127.0.0.1",
) -> AsyncIterator[str]:
    """A one-route HTTP(S) server on loopback that answers every path with `handler`; its URL.

    Like nginx in front of Telegram, it closes a kept-alive connection after `idle_close` idle
    seconds.
    """
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app, keepalive_timeout=idle_close)
    await runner.setup()
    site = web.TCPSite(runner, host, 0, ssl_context=tls)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        shown = f"[{host}]" if ":" in host else host
        yield f"{'https' if tls else 'http'}://{shown}:{port}"
    finally:
        await runner.cleanup()


def self_signed(folder: Path) -> ssl.SSLContext:
    """A server's TLS context with a certificate for 127.0.0.1 that no authority signed."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)  # real clock: TLS checks validity against it
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(IPv4Address("127.0.0.1"))]), False
        )
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


def only_proxy(monkeypatch: pytest.MonkeyPatch, **variables: str) -> None:
    """Set these proxy variables and clear every other one the machine may have."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)


@asynccontextmanager
async def opened(connections: int = 4) -> AsyncIterator[AiohttpRequest]:
    """A transport, initialised and shut down around the block."""
    transport = AiohttpRequest(connections)
    await transport.initialize()
    try:
        yield transport
    finally:
        await transport.shutdown()


async def test_a_message_goes_through_and_comes_back_as_telegram_answered() -> None:
    async with FakeBotApi() as api:
        api.person(1001, "Sam", started=True)
        bot = Bot(TOKEN, base_url=api.base_url, request=AiohttpRequest(2))
        async with bot:
            sent = await bot.send_message(1001, "one small step")

        assert (sent.chat_id, sent.text) == (1001, "one small step")
        assert api.calls_to("sendMessage")[-1].params["text"] == "one small step"


async def test_a_json_call_goes_through_and_the_answer_comes_back_as_plain_data() -> None:
    async with FakeBotApi() as api, opened() as transport:
        api.person(1001, "Sam", started=True)
        markup = {"inline_keyboard": [[{"text": "🙂", "callback_data": "m:1:4"}]]}
        payload = {"chat_id": 1001, "text": "one small step", "reply_markup": markup}

        answer = await transport.post_json(f"{api.base_url}{TOKEN}/sendMessage", payload)

        call = api.calls_to("sendMessage")[-1]
        assert (answer["chat"]["id"], answer["text"]) == (1001, "one small step")
        assert call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "m:1:4"


@pytest.mark.parametrize(
    ("status", "description", "raised"),
    [
        (403, "Forbidden: bot was blocked by the user", Forbidden),
        (400, "Bad Request: chat not found", BadRequest),
        (429, "Too Many Requests: retry after 7", RetryAfter),
    ],
)
async def test_a_json_call_is_answered_with_telegrams_errors_as_ptb_maps_them(
    status: int, description: str, raised: type[Exception]
) -> None:
    async with FakeBotApi() as api, opened() as transport:
        api.person(1001, "Sam", started=True)
        api.fail_next("sendMessage", status, retry_after=7, description=description)

        with pytest.raises(raised) as error:
            await transport.post_json(
                f"{api.base_url}{TOKEN}/sendMessage", {"chat_id": 1001, "text": "hi"}
            )

        if isinstance(error.value, RetryAfter):
            assert error.value.retry_after == timedelta(seconds=7)


async def test_a_json_call_whose_answer_is_no_object_is_a_network_error() -> None:
    async with serving(answer_ok) as url, opened() as transport:
        with pytest.raises(NetworkError, match="unexpected answer to sendMessage"):
            await transport.post_json(f"{url}/bot{TOKEN}/sendMessage", {"chat_id": 1})


async def test_a_photo_is_uploaded_whole_with_its_caption() -> None:
    picture = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    async with FakeBotApi() as api:
        api.person(1001, "Sam", started=True)
        bot = Bot(TOKEN, base_url=api.base_url, request=AiohttpRequest(2))
        async with bot:
            await bot.send_photo(1001, picture, caption="your week", filename="week.png")

        call = api.calls_to("sendPhoto")[-1]
        assert (call.params["photo"].data, call.params["caption"]) == (picture, "your week")


async def test_an_answer_slower_than_the_read_timeout_is_a_timeout() -> None:
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.json_response(OK)

    async with serving(slow) as url, opened() as transport:
        with pytest.raises(TimedOut):
            await transport.do_request(f"{url}/bot{TOKEN}/getMe", "POST", read_timeout=0.1)


async def test_nobody_listening_is_a_network_error() -> None:
    async with serving(answer_ok) as url:
        pass  # closed again: the port is free, so nothing answers there
    async with opened() as transport:
        with pytest.raises(NetworkError, match="aiohttp"):
            await transport.do_request(f"{url}/bot{TOKEN}/getMe", "POST")


async def test_a_connection_the_server_closed_while_idle_is_not_a_failed_call() -> None:
    clients: list[object] = []

    async def note_client(request: web.Request) -> web.Response:
        assert request.transport is not None
        clients.append(request.transport.get_extra_info("peername"))
        return web.json_response(OK)

    async with serving(note_client, idle_close=0.05) as url, opened(connections=1) as transport:
        first, _ = await transport.do_request(f"{url}/bot{TOKEN}/getMe", "POST")
        await asyncio.sleep(0.3)  # the server hangs up the kept-alive connection meanwhile
        second, _ = await transport.do_request(f"{url}/bot{TOKEN}/getMe", "POST")

    assert (first, second, len(set(clients))) == (200, 200, 2)


async def test_a_certificate_no_authority_signed_is_refused(tmp_path: Path) -> None:
    async with serving(answer_ok, self_signed(tmp_path)) as url, opened() as transport:
        with pytest.raises(NetworkError, match=r"(?i)certificate"):
            await transport.do_request(f"{url}/bot{TOKEN}/getMe", "POST")


async def test_calls_take_turns_on_the_connections() -> None:
    in_flight, most = 0, 0

    async def busy(request: web.Request) -> web.Response:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0.15)
        in_flight -= 1
        return web.json_response(OK)

    async with serving(busy) as url, opened(connections=2) as transport:
        calls = [
            transport.do_request(f"{url}/bot{TOKEN}/getMe", "POST", read_timeout=0.5)
            for _ in range(8)
        ]
        answers = await asyncio.gather(*calls)

    assert ([status for status, _ in answers], most) == ([200] * 8, 2)


async def test_the_proxy_the_environment_names_carries_the_calls(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    async def proxy(request: web.Request) -> web.Response:
        seen.append(str(request.url))
        return web.json_response(OK)

    async with serving(proxy) as proxy_url:
        only_proxy(monkeypatch, HTTP_PROXY=proxy_url)
        async with opened() as transport:
            data = RequestData()
            status, _ = await transport.do_request(
                f"http://api.telegram.invalid/bot{TOKEN}/getMe", "POST", data
            )

    assert (status, seen) == (200, [f"http://api.telegram.invalid/bot{TOKEN}/getMe"])


async def test_a_host_in_no_proxy_is_reached_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    async def proxy(request: web.Request) -> web.Response:
        seen.append(str(request.url))
        return web.json_response(OK)

    async with serving(proxy) as proxy_url:
        only_proxy(monkeypatch, HTTP_PROXY=proxy_url, NO_PROXY="api.telegram.invalid")
        async with opened() as transport:
            # Straight to a name that does not resolve: it fails, and the proxy sees nothing.
            with pytest.raises(NetworkError):
                await transport.do_request(f"http://api.telegram.invalid/bot{TOKEN}/getMe", "POST")

    assert seen == []


DEAD_PROXY = "http://127.0.0.1:9"  # The discard port: nothing listens, every connection fails.


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1"])
async def test_this_machine_is_never_reached_through_a_proxy(
    monkeypatch: pytest.MonkeyPatch, host: str
) -> None:
    proxies = {"HTTP_PROXY": DEAD_PROXY, "HTTPS_PROXY": DEAD_PROXY, "ALL_PROXY": DEAD_PROXY}
    only_proxy(monkeypatch, **proxies)
    bound = "127.0.0.1" if host == "localhost" else host
    if host == "::1" and not socket.has_ipv6:
        pytest.skip("this machine has no IPv6, so no ::1 to serve on")
    async with serving(answer_ok, host=bound) as direct, opened() as transport:
        url = direct.replace("127.0.0.1", host) if host == "localhost" else direct
        status, _ = await transport.do_request(f"{url}/bot{TOKEN}/getMe", "POST")

    assert status == 200


class Holding:
    """A server's handler that notes each call's path and answers none until `done` is set."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.arrived = asyncio.Event()
        self.done = asyncio.Event()

    async def answer(self, request: web.Request) -> web.Response:
        self.seen.append(request.path)
        self.arrived.set()
        await self.done.wait()
        return web.json_response(OK)


async def test_a_call_that_finds_every_connection_busy_past_its_pool_timeout_is_not_sent() -> None:
    held = Holding()
    async with serving(held.answer) as url, opened(connections=1) as transport:
        first = asyncio.create_task(transport.do_request(f"{url}/first", "POST"))
        await held.arrived.wait()  # the first call holds the one connection
        started = asyncio.get_running_loop().time()
        with pytest.raises(TimedOut) as refused:
            await transport.do_request(f"{url}/second", "POST", pool_timeout=0.2)
        waited = asyncio.get_running_loop().time() - started
        held.done.set()
        status, _ = await first

    assert (status, held.seen) == (200, ["/first"])
    assert refused.value.message.startswith("Pool timeout: All connections")
    assert 0.15 < waited < 1.0, waited


async def test_a_call_that_gives_no_pool_timeout_waits_past_ptbs_one_second() -> None:
    held = Holding()
    async with serving(held.answer) as url, opened(connections=1) as transport:
        first = asyncio.create_task(transport.do_request(f"{url}/first", "POST"))
        await held.arrived.wait()
        unset = asyncio.create_task(transport.do_request(f"{url}/unset", "POST"))
        endless = asyncio.create_task(
            transport.do_request(f"{url}/endless", "POST", pool_timeout=None)
        )
        await asyncio.sleep(1.2)  # HTTPXRequest's default pool timeout (1 s) would be over
        held.done.set()
        answers = await asyncio.gather(first, unset, endless)

    assert ([status for status, _ in answers], held.seen) == (
        [200] * 3,
        ["/first", "/unset", "/endless"],
    )


async def test_a_connection_is_given_back_after_a_call_that_failed() -> None:
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.json_response(OK)

    async with serving(slow) as url, serving(answer_ok) as fast, opened(connections=1) as transport:
        with pytest.raises(TimedOut):
            await transport.do_request(f"{url}/slow", "POST", read_timeout=0.1)
        status, _ = await transport.do_request(f"{fast}/fast", "POST", pool_timeout=0.2)

    assert status == 200


SOCKS_PROXY = "socks5://user:secret@127.0.0.1:1080"


@pytest.mark.parametrize("variable", ["ALL_PROXY", "HTTPS_PROXY", "all_proxy", "https_proxy"])
async def test_a_socks_proxy_is_refused_naming_its_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    only_proxy(monkeypatch, **{variable: SOCKS_PROXY})
    async with opened() as transport:
        with pytest.raises(NetworkError) as refused:
            await transport.do_request(f"https://api.telegram.invalid/bot{TOKEN}/getMe", "POST")

    message = refused.value.message
    assert message.startswith(f"{variable} names a SOCKS proxy (socks5://)"), message
    assert "not supported" in message and "NO_PROXY" in message
    assert "secret" not in message


async def test_a_socks_proxy_for_another_scheme_or_a_host_in_no_proxy_is_no_matter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with serving(answer_ok) as proxy_url:
        only_proxy(monkeypatch, HTTP_PROXY=proxy_url, HTTPS_PROXY=SOCKS_PROXY)
        async with opened() as transport:
            status, _ = await transport.do_request(
                f"http://api.telegram.invalid/bot{TOKEN}/getMe", "POST"
            )
    only_proxy(monkeypatch, ALL_PROXY=SOCKS_PROXY, NO_PROXY="api.telegram.invalid")
    async with opened() as transport:
        with pytest.raises(NetworkError, match="aiohttp"):  # straight to a name that won't resolve
            await transport.do_request(f"https://api.telegram.invalid/bot{TOKEN}/getMe", "POST")

    assert status == 200


async def test_this_machine_is_reached_directly_whatever_socks_proxy_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    only_proxy(monkeypatch, ALL_PROXY=SOCKS_PROXY, HTTP_PROXY=SOCKS_PROXY)
    async with serving(answer_ok) as url, opened() as transport:
        status, _ = await transport.do_request(f"{url}/bot{TOKEN}/getMe", "POST")

    assert status == 200


async def test_run_refuses_a_socks_proxy_in_one_line_before_any_call(tmp_path: Path) -> None:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("SMALLSTEPS_") and not name.lower().endswith("_proxy")
    }
    env.update(SMALLSTEPS_BOT_TOKEN=TOKEN, HTTPS_PROXY=SOCKS_PROXY)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        cwd=tmp_path,
        env=env,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await asyncio.wait_for(process.communicate(), 120)
    lines = stderr.decode().splitlines()

    assert (process.returncode, len(lines)) == (2, 1), stderr
    assert lines[0].startswith("smallsteps: HTTPS_PROXY names a SOCKS proxy"), lines[0]
    assert "api.telegram.org to NO_PROXY" in lines[0]
    assert not (tmp_path / "data").exists()  # not even the database was opened


async def test_a_certificate_in_ssl_cert_file_is_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tls = self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "cert.pem"))
    async with serving(answer_ok, tls) as url, opened() as transport:
        status, _ = await transport.do_request(f"{url}/bot{TOKEN}/getMe", "POST")

    assert status == 200


async def test_an_ssl_cert_file_that_cannot_be_read_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(NetworkError, match=r"^SSL_CERT_FILE \(.*missing\.pem\) cannot be used"):
        await AiohttpRequest(1).initialize()


async def test_a_timeout_left_unset_is_the_transports_own_not_no_limit() -> None:
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(0.3)
        return web.json_response(OK)

    async with serving(slow) as url, opened() as transport:
        # read_timeout=DEFAULT_NONE means READ_TIMEOUT (5 s), not "no limit" and not 0.
        status, _ = await transport.do_request(
            f"{url}/bot{TOKEN}/getMe", "POST", read_timeout=BaseRequest.DEFAULT_NONE
        )

    assert status == 200


PRIVATE_PTB_IMPORT = re.compile(r"^\s*(?:from|import)\s+telegram\._", re.MULTILINE)


def test_the_bot_imports_nothing_private_from_python_telegram_bot() -> None:
    bot_package = Path(__file__).resolve().parents[2] / "bot"
    private = [
        str(path.relative_to(bot_package.parent))
        for path in sorted(bot_package.rglob("*.py"))
        if PRIVATE_PTB_IMPORT.search(path.read_text(encoding="utf-8"))
    ]

    assert private == []
