"""Past one machine: several webhook instances on one PostgreSQL nudge everyone exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import aiohttp
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import insert, update

from scheduler.dispatcher import workers_for
from storage.db import create_engine
from storage.migrate import upgrade_to_head
from storage.models import Person, Schedule
from testkit.fakeapi import FakeBotApi
from testkit.ports import free_port
from tests.e2e.test_cli import clean_environment, smallsteps_command

TOKEN = "123456:FLEET"
SECRET = "fleet-secret_0123"
SENDER_LINE = "this instance is now the sender"
CONCURRENT_SENDS = workers_for(30)  # at the default rate, at most this many are in flight


@dataclass
class Instance:
    """One `smallsteps run --webhook` process and what it logged."""

    process: asyncio.subprocess.Process
    webhook_port: int
    health_port: int
    lines: list[str] = field(default_factory=list)

    @property
    def is_sender(self) -> bool:
        return any(SENDER_LINE in line for line in self.lines)


async def seed_due_people(api: FakeBotApi, url: str, count: int) -> list[int]:
    """People whose morning nudge is due right now; returns their chat ids."""
    # real clock: the fleet is real `smallsteps run` processes, scheduling on the real clock.
    now = datetime.now(UTC)
    engine = create_engine(url)
    try:
        await upgrade_to_head(engine)
        async with engine.begin() as connection:
            ids = range(1, count + 1)
            await connection.execute(insert(Person), [_person(n, now) for n in ids])
            due = now - timedelta(seconds=30)
            rows = [{"person_id": n, "kind": "morning", "next_due_at": due} for n in ids]
            await connection.execute(insert(Schedule), rows)
    finally:
        await engine.dispose()
    chats = [50_000 + n for n in range(1, count + 1)]
    for chat in chats:
        api.person(user_id=chat, first_name=f"P{chat}", started=True)
    return chats


def _person(n: int, now: datetime) -> dict[str, object]:
    at = now.time().replace(second=0, microsecond=0)
    return {
        "id": n,
        "telegram_user_id": 50_000 + n,
        "chat_id": 50_000 + n,
        "timezone": "UTC",
        "checkin_time": at,
        "weekly_enabled": False,
        "weekly_day": 6,
        "weekly_time": at,
        "paused": False,
        "active": True,
        "created_at": now,
        "updated_at": now,
    }


async def start_instance(api: FakeBotApi, url: str, senders: int = 1) -> Instance:
    webhook_port, health_port = free_port(), free_port()
    env = clean_environment(
        SMALLSTEPS_BOT_TOKEN=TOKEN,
        SMALLSTEPS_TELEGRAM_BASE_URL=api.base_url,
        SMALLSTEPS_DATABASE_URL=url,
        SMALLSTEPS_WEBHOOK_URL=f"http://127.0.0.1:{webhook_port}",
        SMALLSTEPS_WEBHOOK_SECRET=SECRET,
        SMALLSTEPS_WEBHOOK_LISTEN="127.0.0.1",
        SMALLSTEPS_WEBHOOK_PORT=str(webhook_port),
        SMALLSTEPS_HEALTH_PORT=str(health_port),
        # Short, so a killed sender's claims are taken over within the test; long enough that a
        # live sender's batch on a loaded machine is not (3 s gave 130 duplicates with the two
        # halves of the suite running side by side).
        SMALLSTEPS_CLAIM_TIMEOUT_SECONDS="10",
        SMALLSTEPS_SENDERS=str(senders),
    )
    process = await asyncio.create_subprocess_exec(
        *smallsteps_command(),
        "run",
        "--webhook",
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    instance = Instance(process, webhook_port, health_port)
    asyncio.get_running_loop().create_task(collect_lines(process.stderr, instance.lines))
    return instance


async def collect_lines(stream: asyncio.StreamReader | None, lines: list[str]) -> None:
    """Keep what a started process prints, line by line, until it ends."""
    assert stream is not None
    async for line in stream:
        lines.append(line.decode(errors="replace"))


@contextlib.asynccontextmanager
async def fleet(
    api: FakeBotApi, url: str, size: int, senders: int = 1
) -> AsyncIterator[list[Instance]]:
    instances = [await start_instance(api, url, senders) for _ in range(size)]
    try:
        yield instances
    finally:
        for instance in instances:
            if instance.process.returncode is None:
                instance.process.send_signal(signal.SIGTERM)
        for instance in instances:
            await asyncio.wait_for(instance.process.wait(), 15)


async def answering(url: str, attempts: int = 300) -> None:
    """Wait until a local server accepts connections (it starts in another process)."""
    async with aiohttp.ClientSession() as http:
        for _ in range(attempts):
            try:
                async with http.get(url):
                    return
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.1)
    raise AssertionError(f"nothing answered at {url}")


def nudges_per_chat(api: FakeBotApi, chats: list[int]) -> Counter[int]:
    wanted = set(chats)
    sent = (call.chat_id for call in api.calls_to("sendMessage") if call.ok)
    return Counter(chat for chat in sent if chat in wanted)


async def test_three_instances_nudge_everyone_exactly_once_under_the_cap(
    api: FakeBotApi, postgres_url: str
) -> None:
    api.rate_limit(per_second=30)
    chats = await seed_due_people(api, postgres_url, 90)

    async with fleet(api, postgres_url, 3) as instances:
        await api.wait_until(lambda: len(nudges_per_chat(api, chats)) == len(chats), 60)
        await asyncio.sleep(2)  # Long enough for a stray duplicate to show; not a clock wait.
        senders = [instance for instance in instances if instance.is_sender]

    counts = nudges_per_chat(api, chats)
    assert sorted(counts.values()) == [1] * len(chats)
    assert api.peak_sends_per_second() <= 30
    # Four processes share two cores here, so a send can reach the server a few milliseconds
    # late and the next one on time; the rare 429 that follows is waited out, never doubled.
    assert api.stats.rate_limited <= 3
    assert len(senders) == 1


async def test_killing_the_sender_mid_fan_out_loses_nothing(
    api: FakeBotApi, postgres_url: str
) -> None:
    api.rate_limit(per_second=30)
    chats = await seed_due_people(api, postgres_url, 240)

    async with fleet(api, postgres_url, 3) as instances:
        await api.wait_until(lambda: len(nudges_per_chat(api, chats)) >= 60, 60)
        sender = next(instance for instance in instances if instance.is_sender)
        sender.process.send_signal(signal.SIGKILL)
        await api.wait_until(lambda: len(nudges_per_chat(api, chats)) == len(chats), 90)
        takers = [i for i in instances if i is not sender and i.is_sender]

    counts = nudges_per_chat(api, chats)
    duplicates = sum(n - 1 for n in counts.values())
    print(f"\nkill -9 mid-fan-out: {len(chats)} people, 0 lost, {duplicates} duplicated")
    assert len(counts) == len(chats)
    assert duplicates <= CONCURRENT_SENDS
    assert len(takers) == 1


async def test_three_senders_share_the_fan_out_and_the_cap_exactly_once(
    api: FakeBotApi, postgres_url: str
) -> None:
    api.rate_limit(per_second=30)
    chats = await seed_due_people(api, postgres_url, 300)

    async with fleet(api, postgres_url, 3, senders=3) as instances:
        await api.wait_until(lambda: len(nudges_per_chat(api, chats)) == len(chats), 90)
        await asyncio.sleep(2)  # Long enough for a stray duplicate to show; not a clock wait.
        sent_by = [await sent_by_instance(instance) for instance in instances]

    counts = nudges_per_chat(api, chats)
    print(f"\nthree senders: sent {sent_by}, peak {api.peak_sends_per_second()}/s")
    assert sorted(counts.values()) == [1] * len(chats)
    assert all(instance.is_sender for instance in instances)
    assert sum(sent_by) == len(chats)
    assert sum(1 for sent in sent_by if sent) >= 2
    assert api.peak_sends_per_second() <= 30
    assert api.stats.rate_limited <= 3


async def test_killing_one_of_three_senders_loses_nothing(
    api: FakeBotApi, postgres_url: str
) -> None:
    api.rate_limit(per_second=30)
    chats = await seed_due_people(api, postgres_url, 300)

    async with fleet(api, postgres_url, 3, senders=3) as instances:
        await api.wait_until(lambda: len(nudges_per_chat(api, chats)) >= 60, 60)
        busiest = max(instances, key=lambda instance: len(instance.lines))
        victim = next((i for i in instances if i is not busiest and i.is_sender), instances[0])
        victim.process.send_signal(signal.SIGKILL)
        await api.wait_until(lambda: len(nudges_per_chat(api, chats)) == len(chats), 90)

    counts = nudges_per_chat(api, chats)
    duplicates = sum(n - 1 for n in counts.values())
    print(f"\nkill -9 one of three senders: {len(chats)} people, 0 lost, {duplicates} duplicated")
    assert len(counts) == len(chats)
    assert duplicates <= CONCURRENT_SENDS
    assert api.peak_sends_per_second() <= 30


async def sent_by_instance(instance: Instance) -> int:
    """How many nudges one instance says it sent (its /metrics)."""
    async with aiohttp.ClientSession() as http:
        scraped = await http.get(f"http://127.0.0.1:{instance.health_port}/metrics")
        body = await scraped.text()
    return int(
        sum(
            sample.value
            for family in text_string_to_metric_families(body)
            for sample in family.samples
            if sample.name == "smallsteps_deliveries_total" and sample.labels["outcome"] == "sent"
        )
    )


async def test_webhook_requests_need_the_secret_and_health_answers(
    api: FakeBotApi, postgres_url: str
) -> None:
    await seed_due_people(api, postgres_url, 1)
    async with fleet(api, postgres_url, 1) as [instance]:
        await api.wait_for_call("setWebhook", timeout=60)
        health_url = f"http://127.0.0.1:{instance.health_port}/healthz"
        await answering(health_url)
        url = f"http://127.0.0.1:{instance.webhook_port}/telegram"
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": 0,
                "text": "hi",
                "chat": {"id": 50_001, "type": "private"},
                "from": {"id": 50_001, "is_bot": False, "first_name": "P"},
            },
        }
        async with aiohttp.ClientSession() as http:
            missing = await http.post(url, json=update)
            wrong = await http.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"}
            )
            right = await http.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
            )
            health = await http.get(health_url)
            health_text = await health.text()

    assert (missing.status, wrong.status, right.status) == (403, 403, 200)
    assert (health.status, health_text) == (200, "ok")
    assert instance.process.returncode == 0, "".join(instance.lines)
    set_webhook = api.calls_to("setWebhook")[0].params
    assert set_webhook["secret_token"] == SECRET


async def test_metrics_count_what_happened_and_never_say_a_word(
    api: FakeBotApi, postgres_url: str
) -> None:
    chats = await seed_due_people(api, postgres_url, 3)
    await _make_late(postgres_url, person_ids=[3], hours=3)  # past the 120-minute grace
    async with fleet(api, postgres_url, 1) as [instance]:
        await api.wait_until(lambda: len(nudges_per_chat(api, chats)) == 2, 60)
        url = f"http://127.0.0.1:{instance.webhook_port}/telegram"
        update = {
            "update_id": 7,
            "message": {
                "message_id": 70,
                "date": 0,
                "text": "marmalade skies over the harbour today",
                "chat": {"id": chats[0], "type": "private"},
                "from": {"id": chats[0], "is_bot": False, "first_name": "P"},
            },
        }
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with aiohttp.ClientSession() as http:
            await http.post(url, json=update, headers=headers)
            await api.wait_until(lambda: len(api.sent_to(chats[0])) >= 2, 30)
            scraped = await http.get(f"http://127.0.0.1:{instance.health_port}/metrics")
            body = await scraped.text()

    values = {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
    }
    assert scraped.status == 200
    assert values[("smallsteps_deliveries_total", (("kind", "morning"), ("outcome", "sent")))] == 2
    late = (("kind", "morning"), ("outcome", "skipped_late"))
    assert values[("smallsteps_deliveries_total", late)] == 1
    assert values[("smallsteps_nudge_lateness_seconds_count", (("kind", "morning"),))] == 2
    assert values[("smallsteps_sender", ())] == 1
    assert values[("smallsteps_claims_open", ())] == 0
    assert values[("smallsteps_screenings_total", (("level", "none"),))] >= 1
    assert values[("smallsteps_replies_total", (("outcome", "sent"),))] >= 1
    assert "marmalade" not in body and str(chats[0]) not in body


async def _make_late(url: str, person_ids: list[int], hours: int) -> None:
    """Move these people's nudges `hours` into the past, beyond any grace window."""
    # real clock: the fleet's instances are real processes, scheduling on the real clock.
    long_ago = datetime.now(UTC) - timedelta(hours=hours)
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(
                update(Schedule)
                .where(Schedule.person_id.in_(person_ids))
                .values(next_due_at=long_ago)
            )
    finally:
        await engine.dispose()
