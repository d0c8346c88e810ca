"""The Mini App's forms over real HTTP: a day filled in or changed, the safety plan and settings,
by the chat's rules, for the signed person only, with bad input refused and nothing changed."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import aiohttp
import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text

from bot.core.languages import Language
from bot.core.launch_data import signed_launch
from bot.miniapp.server import MiniAppServer, MiniAppServices
from bot.services.people import Identity, PeopleService, Setting
from bot.services.safety_plans import SafetyPlanService
from storage.db import SessionFactory, create_engine, create_session_factory
from storage.migrate import upgrade_to_head
from storage.models import Checkin
from testkit.clock import FakeClock
from testkit.ports import free_port

TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)  # Monday, 10:30 in Berlin
SAM = Identity(1001, 1001)
ALEX = Identity(2002, 2002)
CRISIS_WORDS = "I want to end my life"


@dataclass(frozen=True)
class Served:
    """The server's address and the database behind it."""

    url: str
    sessions: SessionFactory

    async def post(self, who: Identity, path: str, body: Any) -> tuple[int, Any]:
        """A request as the page sends it, signed for `who`."""
        headers = {"Authorization": "tma " + signed_launch(who.user_id, "en", TOKEN, NOW)}
        async with (
            aiohttp.ClientSession() as client,
            client.post(f"{self.url}/api/{path}", headers=headers, data=json.dumps(body)) as answer,
        ):
            return answer.status, json.loads(await answer.text())

    async def raw(self, query: str) -> list[Any]:
        """What the database holds, read past the application."""
        async with self.sessions() as session:
            return list((await session.execute(text(query))).all())


async def onboard(people: PeopleService, who: Identity) -> None:
    await people.start(who)
    await people.change(who, Setting.TIMEZONE, "Europe/Berlin")
    await people.change(who, Setting.CHECKIN_TIME, "08:00")


@pytest.fixture(params=[None, "key"], ids=["plain", "encrypted"])
async def served(request: pytest.FixtureRequest, database_url: str) -> AsyncIterator[Served]:
    """Sam and Alex, onboarded in Berlin; Sam kept Saturday; with and without a key."""
    key = Fernet.generate_key().decode() if request.param else None
    engine = create_engine(database_url, key)
    await upgrade_to_head(engine)
    sessions = create_session_factory(engine)
    clock = FakeClock(NOW)
    people = PeopleService(sessions, clock)
    await onboard(people, SAM)
    await onboard(people, ALEX)
    async with sessions.begin() as session:
        session.add(Checkin(person_id=1, local_date=date(2026, 12, 5), stage="closed", mood=4))
    port = free_port()
    server = MiniAppServer("127.0.0.1", port, TOKEN, MiniAppServices.over(sessions, clock), clock)
    await server.start()
    try:
        yield Served(f"http://127.0.0.1:{port}/app", sessions)
    finally:
        await server.stop()
        await engine.dispose()


async def test_an_empty_day_is_filled_in_and_marked_as_filled_in_later(served: Served) -> None:
    edit = {
        "date": "2026-12-06",
        "mood": 3,
        "words": "tired but here",
        "step": "watered the plants",
        "outcome": "done",
        "note": "the sun came out",
    }

    status, answer = await served.post(SAM, "day/save", edit)
    _, year = await served.post(SAM, "year", None)

    day = answer["day"]
    shown = (day["mood"], day["words"], day["step"], day["outcome"], day["later"], day["notes"])
    assert status == 200
    assert answer["first"] is None
    assert shown == (3, "tired but here", "watered the plants", "done", True, ["the sun came out"])
    assert year["days"][-2]["name"] == (
        "Sunday, 6 December 2026: Morning: In between, Filled in later"
    )


async def test_a_mood_is_changed_and_the_rest_of_the_day_stays(served: Served) -> None:
    status, _ = await served.post(SAM, "day/save", {"date": "2026-12-05", "mood": 1})
    rows = await served.raw(
        "SELECT mood, stage, source FROM checkins WHERE local_date = '2026-12-05'"
    )

    assert status == 200
    assert rows == [(1, "closed", "later")]


async def test_words_are_stored_encrypted_when_a_key_is_set(
    served: Served, request: pytest.FixtureRequest
) -> None:
    await served.post(SAM, "day/save", {"date": "2026-12-07", "words": "tired but here"})

    stored = await served.raw("SELECT words FROM checkins WHERE local_date = '2026-12-07'")

    encrypted = "encrypted" in request.node.callspec.id
    assert stored[0][0].startswith("fernet:") == encrypted
    assert ("tired but here" in stored[0][0]) == (not encrypted)


async def test_another_persons_day_is_never_reached(served: Served) -> None:
    _, alex_sees = await served.post(ALEX, "day", {"date": "2026-12-05"})
    forged, _ = await served.post(ALEX, "day", {"date": "2026-12-05", "person_id": 1})
    by_id, _ = await served.post(ALEX, "day/save", {"date": "2026-12-05", "checkin_id": 1})

    assert alex_sees["day"]["mood"] is None
    assert (forged, by_id) == (400, 400)
    assert await served.raw("SELECT person_id, mood FROM checkins") == [(1, 4)]


@pytest.mark.parametrize(
    ("edit", "status", "reason"),
    [
        ({"date": "2026-11-29", "mood": 2}, 409, "closed_day"),
        ({"date": "2026-12-08", "mood": 2}, 409, "not_yet"),
        ({"date": "2026-12-06", "rest": True, "step": "a walk"}, 409, "rest_and_step"),
        ({"date": "2026-12-06", "outcome": "done"}, 409, "no_step"),
        ({"date": "2026-12-06", "mood": 6}, 400, "bad request"),
        ({"date": "2026-12-06", "mood": "3"}, 400, "bad request"),
        ({"date": "2026-12-06", "words": "   "}, 400, "bad request"),
        ({"date": "2026-12-06", "note": "x" * 4097}, 400, "bad request"),
        ({"date": "not a date", "mood": 3}, 400, "bad request"),
        ({"date": "2026-12-06", "outcome": "great"}, 400, "bad request"),
    ],
)
async def test_an_edit_the_chat_would_refuse_changes_nothing(
    served: Served, edit: dict[str, Any], status: int, reason: str
) -> None:
    actual_status, answer = await served.post(SAM, "day/save", edit)

    assert (actual_status, answer["error"]) == (status, reason)
    assert await served.raw("SELECT local_date, mood FROM checkins") in (
        [(date(2026, 12, 5), 4)],
        [("2026-12-05", 4)],
    )
    assert await served.raw("SELECT id FROM notes") == []


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 400),
        (b"", 400),
        (b"[]", 400),
        (b'{"date": "2026-12-06", "note": "' + b"x" * 17000 + b'"}', 413),
    ],
    ids=["malformed", "empty", "not an object", "oversized"],
)
async def test_malformed_and_oversized_bodies_change_nothing(
    served: Served, body: bytes, status: int
) -> None:
    headers = {"Authorization": "tma " + signed_launch(SAM.user_id, "en", TOKEN, NOW)}
    async with (
        aiohttp.ClientSession() as client,
        client.post(f"{served.url}/api/day/save", headers=headers, data=body) as answer,
    ):
        actual = answer.status

    assert actual == status
    assert await served.raw("SELECT id FROM notes") == []


async def test_a_refusal_says_why_in_the_persons_language(served: Served) -> None:
    people = PeopleService(served.sessions, FakeClock(NOW))
    await people.set_language(SAM, Language.DE)

    _, answer = await served.post(SAM, "day/save", {"date": "2026-11-01", "mood": 2})
    _, day = await served.post(SAM, "day", {"date": "2026-11-01"})

    assert answer["message"].startswith("Tage")
    assert (day["day"]["changeable"], day["day"]["why_not"]) == (False, answer["message"])


async def test_crisis_words_are_kept_flagged_and_answered_with_people_to_reach(
    served: Served, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    edit = {"date": "2026-12-07", "mood": 1, "note": CRISIS_WORDS, "step": "a walk"}

    status, answer = await served.post(SAM, "day/save", edit)

    notes = await served.raw("SELECT flagged FROM notes ORDER BY id")
    assert status == 200
    assert "TelefonSeelsorge" in answer["first"]
    assert answer["day"]["notes"] == ["a walk", "Kept, not shown here"]
    # No small step right after crisis language: the step is kept as a note instead.
    assert answer["day"]["step"] == ""
    assert [bool(flagged) for (flagged,) in notes] == [False, True]
    assert CRISIS_WORDS not in caplog.text
    assert await served.raw("SELECT crisis_at IS NOT NULL FROM people WHERE id = 1") in (
        [(True,)],
        [(1,)],
    )


async def test_reading_the_plan_on_the_page_leaves_the_chats_walk_through_it_open(
    served: Served,
) -> None:
    await SafetyPlanService(served.sessions, FakeClock(NOW)).start(SAM)
    before = await served.raw("SELECT pending FROM people WHERE id = 1")

    status, _ = await served.post(SAM, "plan", {})

    assert status == 200
    assert await served.raw("SELECT pending FROM people WHERE id = 1") == before
    assert before != [(None,)]


async def test_words_that_might_be_crisis_language_show_the_persons_own_helplines(
    served: Served,
) -> None:
    _, saved = await served.post(SAM, "plan/save", {"parts": {"warning_signs": "I stop answering"}})
    parts = await served.raw("SELECT text FROM safety_plan_parts")

    # The /sos resources, for Sam's country (Berlin): not only the worldwide directory.
    assert saved["first"].startswith("Here are people you can talk to")
    assert "TelefonSeelsorge" in saved["first"]
    assert len(parts) == 1


async def test_the_safety_plan_is_written_and_read(served: Served) -> None:
    written = {"parts": {"warning_signs": "I sleep badly", "keeps_me_going": "my cat"}}

    status, saved = await served.post(SAM, "plan/save", written)
    _, read = await served.post(SAM, "plan", {})

    parts = {part["key"]: part["text"] for part in read["parts"]}
    assert status == 200
    assert saved["first"] is None
    assert (parts["warning_signs"], parts["keeps_me_going"], parts["on_my_own"]) == (
        "I sleep badly",
        "my cat",
        "",
    )
    assert read["parts"][0]["heading"] == "Signs a hard time is coming"


@pytest.mark.parametrize(
    "parts",
    [{"warning_signs": ""}, {"not_a_part": "words"}, {"warning_signs": 3}],
    ids=["empty", "unknown part", "not words"],
)
async def test_a_plan_that_cannot_be_kept_changes_nothing(
    served: Served, parts: dict[str, Any]
) -> None:
    status, _ = await served.post(SAM, "plan/save", {"parts": parts})

    assert status == 400
    assert await served.raw("SELECT id FROM safety_plan_parts") == []


async def test_settings_are_changed_as_the_chats_commands_would(served: Served) -> None:
    change = {
        "timezone": "Europe/Lisbon",
        "checkin": "07:15",
        "evening": "21:30",
        "weekly": True,
        "weekly_day": 4,
        "weekly_time": "17:00",
        "paused": True,
        "pause_days": 3,
        "language": "pt",
    }

    status, answer = await served.post(SAM, "settings/save", change)
    _, read = await served.post(SAM, "settings", {})

    assert status == 200
    assert answer == read
    shown = (read["timezone"], read["checkin"], read["evening"], read["weekly_day"])
    assert shown == ("Europe/Lisbon", "07:15", "21:30", 4)
    assert (read["weekly_time"], read["paused"], read["language"]) == ("17:00", True, "pt")
    assert read["paused_until"] == "2026-12-10T09:30:00+00:00"


async def test_an_evening_before_the_checkin_changes_nothing_and_says_why(
    served: Served,
) -> None:
    status, answer = await served.post(
        SAM, "settings/save", {"checkin": "21:00", "evening": "20:00", "timezone": "Asia/Tokyo"}
    )
    _, read = await served.post(SAM, "settings", {})

    assert (status, answer["error"]) == (409, "out_of_order")
    assert "21:00" in answer["message"]
    assert (read["timezone"], read["checkin"], read["evening"]) == ("Europe/Berlin", "08:00", "")


@pytest.mark.parametrize(
    "change",
    [{"checkin": "25:00"}, {"evening": "later"}, {"pause_days": 0}, {"language": "xx"}],
)
async def test_unreadable_settings_are_refused(served: Served, change: dict[str, Any]) -> None:
    status, _ = await served.post(SAM, "settings/save", change)

    assert status == 400


async def test_an_unknown_timezone_changes_nothing(served: Served) -> None:
    status, answer = await served.post(SAM, "settings/save", {"timezone": "Narnia"})

    assert (status, answer["error"]) == (409, "not_understood")


async def test_the_timezone_search_finds_cities_in_any_language(served: Served) -> None:
    _, lisbon = await served.post(SAM, "zones", {"query": "Lisb"})
    _, moscow = await served.post(SAM, "zones", {"query": "Москв"})

    assert lisbon[0] == {"zone": "Europe/Lisbon", "label": "Europe/Lisbon (UTC+00:00)"}
    assert moscow[0]["zone"] == "Europe/Moscow"


async def test_someone_the_bot_does_not_know_gets_nothing(served: Served) -> None:
    stranger = Identity(3003, 3003)

    answers = [
        (await served.post(stranger, path, body))[0]
        for path, body in [
            ("day", {"date": "2026-12-07"}),
            ("day/save", {"date": "2026-12-07", "mood": 3}),
            ("plan", {}),
            ("plan/save", {"parts": {"warning_signs": "x"}}),
            ("settings", {}),
            ("settings/save", {"checkin": "07:00"}),
        ]
    ]

    assert answers == [404] * 6
    assert await served.raw("SELECT count(*) FROM people") == [(2,)]
