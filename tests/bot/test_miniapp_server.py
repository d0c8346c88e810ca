"""The Mini App's server: a person's year only for Telegram's signed launch data, and safely."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, urlencode

import aiohttp
import pytest
from aiohttp import web

from bot.core.languages import Language
from bot.core.launch_data import MAX_AGE, signature, signed_launch
from bot.miniapp.server import CONTENT_SECURITY_POLICY, MAX_BODY, MiniAppServer, MiniAppServices
from bot.services.people import Identity, PeopleService, Setting
from storage.db import SessionFactory
from storage.models import Checkin
from testkit.clock import FakeClock
from testkit.ports import free_port

TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)  # 10:30 in Berlin
SAM = Identity(1001, 1001, Language.DE)
ALEX = Identity(2002, 2002)


async def onboard(people: PeopleService, who: Identity) -> None:
    await people.start(who)
    await people.change(who, Setting.TIMEZONE, "Europe/Berlin")
    await people.change(who, Setting.CHECKIN_TIME, "08:00")


async def keep_day(sessions: SessionFactory, person_id: int, day: date, **facts: object) -> None:
    async with sessions.begin() as session:
        session.add(Checkin(person_id=person_id, local_date=day, stage="closed", **facts))


@pytest.fixture
async def served(sessions: SessionFactory) -> AsyncIterator[str]:
    """Sam (German, two kept days) and Alex (one), and the server's address."""
    clock = FakeClock(NOW)
    people = PeopleService(sessions, clock)
    await onboard(people, SAM)
    await onboard(people, ALEX)
    await keep_day(sessions, 1, date(2026, 12, 7), mood=4, evening_mood=None)
    await keep_day(sessions, 1, date(2026, 12, 1), rest=True, mood=2, source="later")
    await keep_day(sessions, 2, date(2026, 12, 6), mood=5)
    port = free_port()
    server = MiniAppServer("127.0.0.1", port, TOKEN, MiniAppServices.over(sessions, clock), clock)
    await server.start()
    try:
        yield f"http://127.0.0.1:{port}/app"
    finally:
        await server.stop()


async def post_year(
    url: str, authorization: str | None, body: bytes = b""
) -> aiohttp.ClientResponse:
    headers = {"Authorization": authorization} if authorization is not None else {}
    async with aiohttp.ClientSession() as client:
        response = await client.post(f"{url}/api/year", headers=headers, data=body)
        await response.read()
        return response


def launch_of(who: Identity, signed_at: datetime = NOW) -> str:
    return "tma " + signed_launch(who.user_id, "de", TOKEN, signed_at)


async def test_the_signed_person_gets_their_own_year_in_their_language(served: str) -> None:
    response = await post_year(served, launch_of(SAM))
    data = json.loads(await response.text())

    days = {day["date"]: day for day in data["days"]}
    assert response.status == 200
    assert response.headers["Content-Encoding"] in ("gzip", "deflate")
    assert (len(data["days"]), data["days"][0]["date"], data["days"][-1]["date"]) == (
        365,
        "2025-12-08",
        "2026-12-07",
    )
    assert days["2026-12-07"]["name"] == "Montag, 7. Dezember 2026: Morgens: Stabil"
    assert days["2026-12-01"]["name"] == (
        "Dienstag, 1. Dezember 2026: Morgens: Gedrückt, Ruhetag, Später nachgetragen"
    )
    assert days["2026-12-06"] == {
        "date": "2026-12-06",
        "name": "Sonntag, 6. Dezember 2026: Nichts festgehalten",
    }
    assert data["words"]["months"][11] == "Dezember"


async def test_alex_sees_alexs_days_not_sams(served: str) -> None:
    data = json.loads(await (await post_year(served, launch_of(ALEX))).text())
    kept = [day["date"] for day in data["days"] if "mood" in day]
    assert kept == ["2026-12-06"]


def tampered(field: str, value: str) -> str:
    fields = dict(parse_qsl(signed_launch(SAM.user_id, "de", TOKEN, NOW)))
    fields[field] = value
    return "tma " + urlencode(fields)


def resigned_for_alex() -> str:
    """Sam's launch data with Alex's id put in and signed with another bot's token."""
    fields = dict(parse_qsl(signed_launch(SAM.user_id, "de", TOKEN, NOW)))
    fields["user"] = json.dumps({"id": ALEX.user_id})
    fields["hash"] = signature({k: v for k, v in fields.items() if k != "hash"}, "9:other")
    return "tma " + urlencode(fields)


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer abc",
        "tma ",
        tampered("hash", "0" * 64),
        tampered("user", json.dumps({"id": ALEX.user_id})),
        resigned_for_alex(),
        launch_of(SAM, NOW - MAX_AGE - timedelta(seconds=1)),
        "tma %%%&&&===",
        "tma " + "a=b&" * 1250,
    ],
    ids=[
        "no header",
        "empty",
        "another scheme",
        "no data",
        "forged hash",
        "changed user id",
        "signed by another bot",
        "replayed past the limit",
        "malformed",
        "oversized",
    ],
)
async def test_anything_but_fresh_signed_launch_data_gets_401(
    served: str, authorization: str | None
) -> None:
    response = await post_year(served, authorization)
    assert (response.status, response.headers["WWW-Authenticate"]) == (401, "tma")
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


async def test_an_oversized_body_is_refused_unread(served: str) -> None:
    response = await post_year(served, launch_of(SAM), b"x" * (MAX_BODY + 1))
    assert response.status == 413


async def test_a_header_past_the_servers_limit_is_refused_before_it_is_read(served: str) -> None:
    response = await post_year(served, "tma " + "a=b&" * 3000)
    assert response.status == 400


async def test_someone_the_bot_does_not_know_gets_nothing(served: str) -> None:
    response = await post_year(served, launch_of(Identity(3003, 3003)))
    assert response.status == 404


async def test_the_page_is_served_small_strict_and_for_no_other_origin(served: str) -> None:
    async with aiohttp.ClientSession() as client:
        sizes = {}
        for name in ("", "/app.js", "/app.css"):
            async with client.get(
                served + name, headers={"Origin": "https://evil.example"}
            ) as page:
                sizes[name] = len(await page.read())
                assert page.status == 200
                assert page.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
                assert "Access-Control-Allow-Origin" not in page.headers
        async with client.get(served + "/secrets.py") as missing:
            assert missing.status == 404
        async with client.options(served + "/api/year") as preflight:
            assert "Access-Control-Allow-Origin" not in preflight.headers
    assert sum(sizes.values()) < 100_000


async def test_the_pages_words_come_in_any_language_the_bot_speaks(served: str) -> None:
    async with (
        aiohttp.ClientSession() as client,
        client.get(f"{served}/api/words?language=fr-CA") as answer,
    ):
        words = await answer.json()
    assert (words["title"], words["months"][0]) == ("Ton année", "janvier")


def test_the_server_takes_nothing_but_its_routes() -> None:
    app = MiniAppServer("127.0.0.1", 1, TOKEN, None, FakeClock(NOW)).web_app()  # type: ignore[arg-type]
    paths = sorted({route.resource.canonical for route in app.router.routes() if route.resource})
    expected = [
        "/app",
        "/app/",
        *(f"/app/api/{name}" for name in ("day", "day/save", "plan", "plan/save")),
        *(f"/app/api/{name}" for name in ("settings", "settings/save", "words", "year", "zones")),
        "/app/{asset}",
    ]
    assert paths == expected
    assert isinstance(app, web.Application)
