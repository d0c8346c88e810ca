from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.chart_pool import ChartDrawer
from bot.services.checkins import CheckinService, Tap
from bot.services.conversation import ConversationService
from bot.services.people import Identity, PeopleService, Setting
from bot.services.weekly import WeeklyService
from bot.summaries import WeeklySummary, rendered
from bot.texts.reflect import question_words
from storage.db import SessionFactory
from testkit.clock import FakeClock
from testkit.words import EN

SAM = Identity(1001, 1001)
PNG = b"\x89PNG\r\n\x1a\n"
IN_A_THREAD = ChartDrawer(0)


async def tap(checkins: CheckinService, checkin_id: int) -> Tap:
    """A tap on a fresh message carrying the check-in's buttons, as the handlers send them."""
    await checkins.attach_message(checkin_id, 1)
    return Tap(SAM, checkin_id, 1)


async def setup(sessions: SessionFactory, clock: FakeClock) -> None:
    people = PeopleService(sessions, clock)
    await people.start(SAM)
    await people.change(SAM, Setting.TIMEZONE, "Europe/Berlin")
    await people.change(SAM, Setting.CHECKIN_TIME, "08:00")


async def delivered(weekly: WeeklyService, local_date: date) -> WeeklySummary:
    """The first person's scheduled summary for a delivery date, as they would see it."""
    report = await weekly.for_delivery(1, local_date)
    assert report is not None
    return await rendered(EN, report, IN_A_THREAD)


async def test_words_at_2330_on_sunday_belong_to_that_week(sessions: SessionFactory) -> None:
    # Sunday 29 November 2026, 23:30 in Berlin is 22:30 UTC; Monday has begun in UTC an hour later.
    clock = FakeClock(datetime(2026, 11, 29, 22, 30, tzinfo=UTC))
    await setup(sessions, clock)
    await ConversationService(sessions, clock, question_words).receive_text(
        SAM, "a quiet end to the week, okay"
    )
    weekly = WeeklyService(sessions, clock)

    this_week = await rendered(EN, await weekly.on_demand(SAM, last_week=False), IN_A_THREAD)
    clock.now += timedelta(hours=1)
    next_week = await rendered(EN, await weekly.on_demand(SAM, last_week=False), IN_A_THREAD)
    last_week = await rendered(EN, await weekly.on_demand(SAM, last_week=True), IN_A_THREAD)

    assert "1 day" in this_week.text
    assert "1 day" not in next_week.text
    assert "1 day" in last_week.text


async def test_a_full_week_has_a_chart_and_counts_the_days(sessions: SessionFactory) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 7, 0, tzinfo=UTC))
    await setup(sessions, clock)
    checkins = CheckinService(sessions, clock)
    for mood in (1, 2, 3, 4, 5, 4, 3):
        day = (await checkins.open_today(SAM)).day
        await checkins.take_mood(await tap(checkins, day.checkin_id), mood)
        await checkins.skip_words(await tap(checkins, day.checkin_id))
        await checkins.take_step(await tap(checkins, day.checkin_id), "rest")
        clock.now += timedelta(days=1)
    clock.now -= timedelta(hours=10)

    summary = await rendered(
        EN, await WeeklyService(sessions, clock).on_demand(SAM, last_week=False), IN_A_THREAD
    )

    assert summary.chart is not None and summary.chart.startswith(PNG)
    assert "7 days" in summary.text
    assert "missed" not in summary.text


async def test_a_week_without_anything_is_short_and_has_no_chart(sessions: SessionFactory) -> None:
    clock = FakeClock(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    await setup(sessions, clock)

    summary = await rendered(
        EN, await WeeklyService(sessions, clock).on_demand(SAM, last_week=True), IN_A_THREAD
    )

    assert summary.chart is None
    assert len(summary.text) < 400


async def test_a_sunday_delivery_covers_that_week_and_a_monday_one_the_week_before(
    sessions: SessionFactory,
) -> None:
    clock = FakeClock(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    await setup(sessions, clock)
    await ConversationService(sessions, clock, question_words).receive_text(
        SAM, "wednesday words, kept here"
    )
    weekly = WeeklyService(sessions, clock)

    sunday = await delivered(weekly, date(2026, 11, 29))
    monday = await delivered(weekly, date(2026, 11, 30))
    friday_after = await delivered(weekly, date(2026, 12, 4))

    # Sent at its hour, a summary is titled as the week it closes, not "so far".
    assert "The week of 23 November" in sunday.text
    assert "The week of 23 November" in monday.text and "1 day" in monday.text
    assert "so far" not in sunday.text
    assert "1 day" not in friday_after.text


async def test_nudges_left_unanswered_are_not_days_of_showing_up(sessions: SessionFactory) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 7, 0, tzinfo=UTC))
    await setup(sessions, clock)
    checkins = CheckinService(sessions, clock)
    for offset in range(7):
        opened = await checkins.open_for_nudge(1, date(2026, 11, 23) + timedelta(days=offset))
        assert opened is not None
        if offset == 2:
            await checkins.take_mood(await tap(checkins, opened.day.checkin_id), 4)
    clock.now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

    summary = await rendered(
        EN, await WeeklyService(sessions, clock).on_demand(SAM, last_week=False), IN_A_THREAD
    )

    assert "1 day" in summary.text and "7 days" not in summary.text
    assert summary.chart is not None
