"""The worst minute: yesterday's buttons to tidy never hold up the next minute's nudges."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta

import pytest

from benchmarks.common import DUE_INSTANT, seeded_database, user_id
from benchmarks.worst_minute import due_a_minute_later
from bot.app import SCHEDULER_KEY, SmallStepsApp, delivery_loop_of
from scheduler.dispatcher import workers_for
from scheduler.sending import SendResult, SendStatus
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from tests.e2e.conftest import StartBot

# Each leaves Monday's prompt untapped, so each of Tuesday's nudges leaves one edit behind.
PEOPLE = 1000
# Due a minute after everyone else on Tuesday: their nudges must not wait for those edits.
A_MINUTE_LATER = 40
# An ordinary internet round trip, on every call.
ROUND_TRIP_SECONDS = 0.05
PAID_RATE = 1000
TUESDAY = DUE_INSTANT + timedelta(days=1)


async def test_nudges_due_a_minute_later_go_out_while_a_thousand_edits_wait(
    api: FakeBotApi, database_url: str, clock: FakeClock, start_bot: StartBot
) -> None:
    everyone = PEOPLE + A_MINUTE_LATER
    await seeded_database(database_url, everyone, DUE_INSTANT, DUE_INSTANT - timedelta(days=1))
    for index in range(everyone):
        api.person(user_id(index), f"P{index}", started=True)
    clock.set(DUE_INSTANT - timedelta(minutes=1))
    bot = await start_bot(send_rate_per_second=PAID_RATE, paid_broadcast=True)
    await delivery_loop_of(bot.app).run_once()  # the start-up run: nothing due yet
    bot.app.bot_data[SCHEDULER_KEY].pause()  # each minute runs here, once, at its instant
    loop = delivery_loop_of(bot.app)
    monday = await _run_at(bot.app, clock, DUE_INSTANT)
    await due_a_minute_later(database_url, range(PEOPLE + 1, everyone + 1), TUESDAY)
    for method in ("sendMessage", "editMessageReplyMarkup"):
        api.delay(method, ROUND_TRIP_SECONDS)

    crowded = await _run_at(bot.app, clock, TUESDAY)
    waiting_after_the_crowd = loop.tidying.counts.pending
    edits_before = len(api.calls_to("editMessageReplyMarkup"))
    later = await _run_at(bot.app, clock, TUESDAY + timedelta(minutes=1))
    edits_during = len(api.calls_to("editMessageReplyMarkup")) - edits_before
    waiting_after_the_later_minute = loop.tidying.counts.pending
    await loop.tidying.settled()

    assert [len(monday), len(crowded), len(later)] == [everyone, PEOPLE, A_MINUTE_LATER]
    assert {result.status for result in later} == {SendStatus.SENT}
    # The crowded minute ended with its nudges, not with its edits.
    assert waiting_after_the_crowd >= PEOPLE - workers_for(PAID_RATE)
    # Only edits already on their way as the next minute began may have gone during it.
    assert edits_during <= workers_for(PAID_RATE)
    assert waiting_after_the_later_minute >= PEOPLE - 2 * workers_for(PAID_RATE)
    sends = Counter(call.chat_id for call in api.calls_to("sendMessage") if call.ok)
    assert set(sends.values()) == {2}  # a nudge a day each, exactly once
    # Then every old prompt lost its buttons, once each.
    edited = api.calls_to("editMessageReplyMarkup")
    assert (len(edited), all(call.ok for call in edited)) == (everyone, True)
    assert len({call.chat_id for call in edited}) == everyone


async def test_the_operator_is_told_at_start_of_a_crowded_minute_ahead(
    api: FakeBotApi,
    database_url: str,
    clock: FakeClock,
    start_bot: StartBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # 2,000 at the free 30 a second take 67 seconds: the last goes out a minute late.
    await seeded_database(database_url, 2000, DUE_INSTANT, DUE_INSTANT - timedelta(days=1))
    clock.set(DUE_INSTANT - timedelta(hours=1))
    with caplog.at_level(logging.WARNING, logger="smallsteps.scheduler"):
        bot = await start_bot()
        loop = delivery_loop_of(bot.app)
        await loop.run_once()
        await loop.settled()

    said = [r.getMessage() for r in caplog.records if r.name == "smallsteps.scheduler"]
    crowded = "crowded minute at=06:45 UTC due=2000 last_late_minutes=1 past_grace=0 rate=30"
    assert said.count(crowded) == 1  # at start, and not again the same day
    assert any("SMALLSTEPS_PAID_BROADCAST=true" in line for line in said)


async def _run_at(app: SmallStepsApp, clock: FakeClock, now: datetime) -> list[SendResult]:
    """The minute job at `now`, as the scheduler runs it then."""
    clock.set(now)
    return await delivery_loop_of(app).run_once(now)
