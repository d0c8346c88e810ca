from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.clock import Clock
from bot.services.checkins import CheckinService
from bot.services.deliveries import CLAIM_TIMEOUT, DeliveryService
from bot.services.people import Identity, PeopleService, Setting
from bot.services.schedules import Kind
from scheduler.due import spread_offset
from scheduler.sending import SendResult, SendStatus
from storage.db import SessionFactory, create_engine, create_session_factory
from storage.migrate import upgrade_to_head
from storage.models import Checkin, Delivery, Person, Schedule
from tests.bot.conftest import counted_statements

GRACE = timedelta(hours=2)
# Monday 23 November 2026; Berlin is UTC+1, so 07:45 there is 06:45 UTC.
NUDGE = datetime(2026, 11, 23, 6, 45, tzinfo=UTC)
SAM = Identity(1001, 1001)


async def onboard(
    sessions: SessionFactory,
    who: Identity = SAM,
    zone: str = "Europe/Berlin",
    at: str = "07:45",
    now: datetime = NUDGE - timedelta(hours=1),
) -> None:
    people = PeopleService(sessions, clock=lambda: now)
    await people.start(who)
    await people.change(who, Setting.TIMEZONE, zone)
    await people.change(who, Setting.CHECKIN_TIME, at)


def service(sessions: SessionFactory, now: datetime = NUDGE) -> DeliveryService:
    return DeliveryService(sessions, clock=lambda: now, grace=GRACE)


async def next_due(sessions: SessionFactory, kind: Kind = Kind.MORNING) -> datetime | None:
    async with sessions() as session:
        schedule = await session.scalar(select(Schedule).where(Schedule.kind == kind.value))
        return schedule.next_due_at if schedule else None


async def test_onboarding_schedules_the_first_nudge(sessions: SessionFactory) -> None:
    await onboard(sessions)
    assert await next_due(sessions) == NUDGE


async def test_nothing_is_claimed_before_its_minute(sessions: SessionFactory) -> None:
    await onboard(sessions)
    assert await service(sessions).claim_due(NUDGE - timedelta(seconds=1)) == []


async def test_a_due_nudge_is_claimed_once_and_the_schedule_moves_to_tomorrow(
    sessions: SessionFactory,
) -> None:
    await onboard(sessions)
    deliveries = service(sessions)

    first = await deliveries.claim_due(NUDGE)
    second = await deliveries.claim_due(NUDGE + timedelta(seconds=30))

    assert [(c.kind, c.local_date, c.chat_id) for c in first] == [
        (Kind.MORNING, date(2026, 11, 23), 1001)
    ]
    assert second == []
    assert await next_due(sessions) == NUDGE + timedelta(days=1)


async def test_changing_the_time_after_todays_nudge_never_sends_it_twice(
    sessions: SessionFactory,
) -> None:
    await onboard(sessions)
    deliveries = service(sessions)
    [sent] = await deliveries.claim_due(NUDGE)
    await deliveries.finish(sent, SendResult(SendStatus.SENT, message_id=9))
    people = PeopleService(sessions, clock=lambda: NUDGE + timedelta(minutes=5))
    await people.change(SAM, Setting.CHECKIN_TIME, "08:00")

    later = await deliveries.claim_due(NUDGE + timedelta(minutes=15))

    assert later == []
    assert await next_due(sessions) == datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


async def test_two_claimers_at_once_claim_each_nudge_once(sessions: SessionFactory) -> None:
    for user in range(1, 41):
        await onboard(sessions, Identity(user, user))

    batches = await asyncio.gather(*(service(sessions).claim_due(NUDGE) for _ in range(3)))

    claimed = [c.person_id for batch in batches for c in batch]
    assert sorted(claimed) == sorted(set(claimed))
    assert len(claimed) == 40


async def test_forty_claims_take_the_same_statements_as_one(
    engine: AsyncEngine, sessions: SessionFactory
) -> None:
    await onboard(sessions, Identity(1, 1))
    for user in range(2, 42):
        await onboard(sessions, Identity(user, user), at="07:46")

    with counted_statements(engine) as alone:
        one = await service(sessions).claim_due(NUDGE)
    with counted_statements(engine) as together:
        forty = await service(sessions).claim_due(NUDGE + timedelta(minutes=1))

    assert (len(one), len(forty)) == (1, 40)
    assert len(together) == len(alone)


async def test_a_nudge_claimed_elsewhere_is_left_out_and_its_schedule_still_moves_on(
    sessions: SessionFactory,
) -> None:
    await onboard(sessions)
    await onboard(sessions, Identity(1002, 1002))
    async with sessions.begin() as session:
        sam = await session.scalar(select(Person).where(Person.telegram_user_id == SAM.user_id))
        assert sam is not None
        won_elsewhere = Delivery(
            person_id=sam.id, kind="morning", local_date=date(2026, 11, 23), due_at=NUDGE,
            claimed_at=NUDGE, status="claimed",
        )  # fmt: skip
        session.add(won_elsewhere)

    claimed = await service(sessions).claim_due(NUDGE)

    assert [c.chat_id for c in claimed] == [1002]
    async with sessions() as session:
        moved = await session.scalars(
            select(Schedule.next_due_at).where(Schedule.kind == Kind.MORNING.value)
        )
        assert sorted(moved) == [NUDGE + timedelta(days=1)] * 2


async def test_a_nudge_later_than_the_grace_window_is_skipped(sessions: SessionFactory) -> None:
    await onboard(sessions)
    too_late = NUDGE + GRACE + timedelta(minutes=1)

    claimed = await service(sessions, too_late).claim_due(too_late)

    assert claimed == []
    assert await next_due(sessions) == NUDGE + timedelta(days=1)


async def test_a_nudge_within_the_grace_window_is_still_sent(sessions: SessionFactory) -> None:
    await onboard(sessions)
    late = NUDGE + GRACE

    claimed = await service(sessions, late).claim_due(late)

    assert [c.local_date for c in claimed] == [date(2026, 11, 23)]


async def test_paused_people_get_nothing_until_the_pause_ends(sessions: SessionFactory) -> None:
    await onboard(sessions)
    await PeopleService(sessions, clock=lambda: NUDGE - timedelta(hours=1)).pause(SAM, 1)
    deliveries = service(sessions)

    monday = await deliveries.claim_due(NUDGE)
    tuesday = await deliveries.claim_due(NUDGE + timedelta(days=1))

    assert monday == []
    assert [c.local_date for c in tuesday] == [date(2026, 11, 24)]


async def test_a_block_stops_every_schedule(sessions: SessionFactory) -> None:
    await onboard(sessions)
    deliveries = service(sessions)
    [claimed] = await deliveries.claim_due(NUDGE)

    await deliveries.finish(claimed, SendResult(SendStatus.BLOCKED))

    async with sessions() as session:
        person = await session.scalar(select(Person))
        status = await session.scalar(select(Delivery.status))
    assert person is not None and person.active is False
    assert status == "blocked"
    assert await next_due(sessions) is None


async def test_a_claim_left_by_a_dead_sender_is_retried_within_grace(
    sessions: SessionFactory,
) -> None:
    await onboard(sessions)
    [abandoned] = await service(sessions).claim_due(NUDGE)
    soon = NUDGE + CLAIM_TIMEOUT - timedelta(seconds=1)
    after_timeout = NUDGE + CLAIM_TIMEOUT + timedelta(seconds=1)

    not_yet = await service(sessions, soon).claim_due(soon)
    retried = await service(sessions, after_timeout).claim_due(after_timeout)

    assert not_yet == []
    assert retried == [abandoned]


async def test_a_runs_own_claims_are_never_taken_up_as_abandoned(
    sessions: SessionFactory,
) -> None:
    # A slow fan-out can hold its own claims longer than the timeout before sending them.
    await onboard(sessions)
    [own] = await service(sessions).claim_due(NUDGE, run_started=NUDGE)
    much_later = NUDGE + CLAIM_TIMEOUT * 3

    same_run = await service(sessions, much_later).claim_due(much_later, run_started=NUDGE)
    next_run = await service(sessions, much_later).claim_due(much_later, run_started=much_later)

    assert same_run == []
    assert next_run == [own]


async def test_a_claim_left_too_long_is_given_up(sessions: SessionFactory) -> None:
    await onboard(sessions)
    await service(sessions).claim_due(NUDGE)
    much_later = NUDGE + GRACE + timedelta(minutes=1)

    assert await service(sessions, much_later).claim_due(much_later) == []
    async with sessions() as session:
        assert await session.scalar(select(Delivery.status)) == "skipped"


async def test_finished_deliveries_record_status_and_message(sessions: SessionFactory) -> None:
    await onboard(sessions)
    deliveries = service(sessions)
    [claimed] = await deliveries.claim_due(NUDGE)

    await deliveries.finish(claimed, SendResult(SendStatus.MAYBE_SENT))

    async with sessions() as session:
        delivery = await session.scalar(select(Delivery))
    assert delivery is not None
    assert (delivery.status, delivery.finished_at) == ("maybe_sent", NUDGE)


async def test_spring_forward_sends_at_the_first_valid_minute(sessions: SessionFactory) -> None:
    before = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
    await onboard(sessions, at="02:30", now=before)

    due = await next_due(sessions)
    claimed = await service(sessions, before).claim_due(datetime(2026, 3, 29, 1, 0, tzinfo=UTC))

    # 02:30 does not exist in Berlin on 29 March 2026; 03:00 CEST is 01:00 UTC.
    assert due == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert [c.local_date for c in claimed] == [date(2026, 3, 29)]


async def test_fall_back_sends_an_ambiguous_time_once(sessions: SessionFactory) -> None:
    before = datetime(2026, 10, 24, 12, 0, tzinfo=UTC)
    await onboard(sessions, at="02:30", now=before)
    deliveries = service(sessions, before)

    first = await deliveries.claim_due(datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    await deliveries.finish(first[0], SendResult(SendStatus.SENT, message_id=3))
    second = await deliveries.claim_due(datetime(2026, 10, 25, 1, 30, tzinfo=UTC))

    assert [c.local_date for c in first] == [date(2026, 10, 25)]
    assert second == []
    assert await next_due(sessions) == datetime(2026, 10, 26, 1, 30, tzinfo=UTC)


async def test_evening_is_scheduled_only_when_asked_for(sessions: SessionFactory) -> None:
    await onboard(sessions)
    assert await next_due(sessions, Kind.EVENING) is None
    people = PeopleService(sessions, clock=lambda: NUDGE)
    await people.change(SAM, Setting.EVENING, "20:00")
    assert await next_due(sessions, Kind.EVENING) == datetime(2026, 11, 23, 19, 0, tzinfo=UTC)
    await people.change(SAM, Setting.EVENING, "off")
    assert await next_due(sessions, Kind.EVENING) is None


# Sunday 29 November 2026, 18:00 in Berlin (the default weekly time) is 17:00 UTC.
SUNDAY_SUMMARY = datetime(2026, 11, 29, 17, 0, tzinfo=UTC)


async def claim_weekly(deliveries: DeliveryService, now: datetime) -> list[date]:
    """The local dates of the weekly summaries claimed at `now`."""
    return [c.local_date for c in await deliveries.claim_due(now) if c.kind is Kind.WEEKLY]


async def test_moving_the_weekly_day_never_summarises_the_same_week_twice(
    sessions: SessionFactory,
) -> None:
    await onboard(sessions)
    [sunday] = [
        c for c in await service(sessions).claim_due(SUNDAY_SUMMARY) if c.kind is Kind.WEEKLY
    ]
    await service(sessions).finish(sunday, SendResult(SendStatus.SENT, message_id=7))
    people = PeopleService(sessions, clock=lambda: SUNDAY_SUMMARY + timedelta(hours=1))
    await people.change(SAM, Setting.WEEKLY, "mon 18:00")

    monday = SUNDAY_SUMMARY + timedelta(days=1)
    same_week = await claim_weekly(service(sessions, monday), monday)
    next_monday = monday + timedelta(days=7)
    due_after = await next_due(sessions, Kind.WEEKLY)
    week_after = await claim_weekly(service(sessions, next_monday), next_monday)

    assert sunday.local_date == date(2026, 11, 29)
    assert same_week == []
    assert due_after == next_monday
    assert week_after == [date(2026, 12, 7)]


async def test_a_weekly_summary_that_failed_leaves_its_week_to_the_next_day(
    sessions: SessionFactory,
) -> None:
    await onboard(sessions)
    [sunday] = [
        c for c in await service(sessions).claim_due(SUNDAY_SUMMARY) if c.kind is Kind.WEEKLY
    ]
    await service(sessions).finish(sunday, SendResult(SendStatus.FAILED))
    people = PeopleService(sessions, clock=lambda: SUNDAY_SUMMARY + timedelta(hours=1))
    await people.change(SAM, Setting.WEEKLY, "mon 18:00")

    monday = SUNDAY_SUMMARY + timedelta(days=1)
    assert await claim_weekly(service(sessions, monday), monday) == [date(2026, 11, 30)]


async def test_a_monday_summary_then_a_friday_one_cover_two_different_weeks(
    sessions: SessionFactory,
) -> None:
    await onboard(sessions)
    people = PeopleService(sessions, clock=lambda: NUDGE)
    await people.change(SAM, Setting.WEEKLY, "mon 18:00")
    monday = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)
    [last_week] = [
        c for c in await service(sessions, monday).claim_due(monday) if c.kind is Kind.WEEKLY
    ]
    await service(sessions, monday).finish(last_week, SendResult(SendStatus.SENT, message_id=3))
    await people.change(SAM, Setting.WEEKLY, "fri 18:00")

    friday = monday + timedelta(days=4)
    assert await claim_weekly(service(sessions, friday), friday) == [date(2026, 11, 27)]


async def test_sends_finishing_together_are_recorded_together_each_with_its_own_buttons(
    sessions: SessionFactory,
) -> None:
    people = [Identity(2000 + n, 2000 + n) for n in range(5)]
    for who in people:
        await onboard(sessions, who)
    deliveries = service(sessions)
    checkins = CheckinService(sessions, clock=lambda: NUDGE)
    claimed = await deliveries.claim_due(NUDGE)
    opened = [await checkins.open_for_nudge(c.person_id, c.local_date) for c in claimed]
    for n, day in enumerate(opened):
        assert day is not None
        await checkins.attach_message(day.day.checkin_id, 100 + n)  # yesterday's buttons

    before = await asyncio.gather(
        *(
            deliveries.finish(
                c, SendResult(SendStatus.SENT, message_id=200 + n), day.day.checkin_id
            )
            for n, (c, day) in enumerate(zip(claimed, opened, strict=True))
            if day is not None
        )
    )

    assert before == [100 + n for n in range(5)]
    async with sessions() as session:
        rows = (await session.execute(select(Delivery.status, Delivery.message_id))).all()
        carried = (await session.scalars(select(Checkin.message_id).order_by(Checkin.id))).all()
    assert sorted(rows) == [("sent", 200 + n) for n in range(5)]
    assert list(carried) == [200 + n for n in range(5)]


async def test_claims_handed_back_at_a_stop_are_claimable_again_at_once(
    sessions: SessionFactory,
) -> None:
    for user in (1, 2, 3):
        await onboard(sessions, Identity(user, user))
    stopping = service(sessions)
    first, second, on_its_way = await stopping.claim_due(NUDGE)
    assert await stopping.start(on_its_way) is True

    handed_back = await stopping.hand_back([first, second, on_its_way])
    soon = NUDGE + timedelta(seconds=1)
    next_sender = await service(sessions, soon).claim_due(soon)

    assert handed_back == 2
    assert next_sender == [first, second]


async def test_a_new_sender_takes_over_unstarted_claims_at_once_and_started_ones_later(
    sessions: SessionFactory,
) -> None:
    for user in (1, 2):
        await onboard(sessions, Identity(user, user))
    dead = service(sessions)
    waiting, in_flight = await dead.claim_due(NUDGE, claimer="pg:1", live={"pg:1"})
    assert await dead.start(in_flight) is True
    soon = NUDGE + timedelta(seconds=6)
    after_timeout = NUDGE + CLAIM_TIMEOUT + timedelta(seconds=1)

    taken_over = await service(sessions, soon).claim_due(soon, claimer="pg:2", live={"pg:2"})
    retried = await service(sessions, after_timeout).claim_due(
        after_timeout, claimer="pg:2", live={"pg:2"}
    )

    assert taken_over == [waiting]
    assert retried == [in_flight]


async def test_another_live_senders_claims_are_left_to_it(sessions: SessionFactory) -> None:
    for user in (1, 2):
        await onboard(sessions, Identity(user, user))
    first, second = await service(sessions).claim_due(NUDGE, claimer="pg:1", live={"pg:1"})
    soon = NUDGE + timedelta(seconds=6)
    both = {"pg:1", "pg:2"}

    while_alive = await service(sessions, soon).claim_due(soon, claimer="pg:2", live=both)
    once_gone = await service(sessions, soon).claim_due(soon, claimer="pg:2", live={"pg:2"})

    assert while_alive == []
    assert once_gone == [first, second]


async def test_a_claim_is_marked_as_being_sent_only_once(sessions: SessionFactory) -> None:
    await onboard(sessions)
    [claimed] = await service(sessions).claim_due(NUDGE)

    marks = [await service(sessions).start(claimed) for _ in range(2)]

    assert marks == [True, False]


async def test_each_nudge_skipped_late_is_counted_by_kind(sessions: SessionFactory) -> None:
    await onboard(sessions)
    too_late = NUDGE + GRACE + timedelta(minutes=1)
    skipped: list[Kind] = []
    deliveries = DeliveryService(
        sessions, clock=lambda: too_late, grace=GRACE, skipped_late=skipped.append
    )

    claimed = await deliveries.claim_due(too_late)

    assert (claimed, skipped) == ([], [Kind.MORNING])


async def test_finished_deliveries_older_than_the_retention_are_pruned(
    sessions: SessionFactory,
) -> None:
    await onboard(sessions)
    retention = timedelta(days=30)
    for day in range(40):
        deliveries = service(sessions, NUDGE + timedelta(days=day))
        [claimed] = await deliveries.claim_due(NUDGE + timedelta(days=day))
        if day < 39:  # the last one stays claimed, as if being sent right now
            await deliveries.finish(claimed, SendResult(SendStatus.SENT, message_id=day))
    last = NUDGE + timedelta(days=39)
    pruning = DeliveryService(sessions, clock=lambda: last, grace=GRACE, retention=retention)

    pruned = await pruning.prune(last)
    again = await pruning.prune(last)

    async with sessions() as session:
        kept = (await session.scalars(select(Delivery.local_date))).all()
    assert (pruned, again) == (9, 0)
    assert sorted(kept) == [date(2026, 11, 23) + timedelta(days=day) for day in range(9, 40)]


async def test_a_crowded_minute_takes_people_in_a_new_order_each_day(
    sessions: SessionFactory,
) -> None:
    chats = list(range(2000, 2020))
    for chat in chats:
        await onboard(sessions, Identity(chat, chat))
    orders = []
    for day in range(3):
        now = NUDGE + timedelta(days=day)
        deliveries = DeliveryService(sessions, clock=_at(now), grace=GRACE, batch_size=5)
        order: list[int] = []
        while batch := await deliveries.claim_due(now):
            order += [claimed.chat_id for claimed in batch]
            for claimed in batch:
                await deliveries.finish(claimed, SendResult(SendStatus.SENT, message_id=1))
        orders.append(order)

    assert [sorted(order) for order in orders] == [chats] * 3  # everyone, once a day
    assert len({tuple(order) for order in orders}) == 3
    assert len({frozenset(order[-5:]) for order in orders}) == 3  # never the same last batch


def _at(moment: datetime) -> Clock:
    """A clock stopped at `moment`."""
    return lambda: moment


async def test_the_fleets_budget_lends_what_it_holds_then_says_how_long_to_wait(
    postgres_url: str,
) -> None:
    # real clock: the database's clock refills the bucket (the fleet's one clock) and is what
    # this measures; the bounds leave the two draws half a second to happen in.
    engine = create_engine(postgres_url)
    try:
        await upgrade_to_head(engine)
        deliveries = service(create_session_factory(engine))
        first = await deliveries.draw_budget(10, 10.0)
        second = await deliveries.draw_budget(10, 10.0)
    finally:
        await engine.dispose()

    assert first == 0.0
    assert 0.5 < second <= 1.0


async def test_with_a_spread_a_person_keeps_their_own_minute_day_after_day(
    sessions: SessionFactory,
) -> None:
    before = NUDGE - timedelta(hours=1)
    people = PeopleService(sessions, clock=lambda: before, spread_minutes=15)
    await people.start(SAM)
    await people.change(SAM, Setting.TIMEZONE, "Europe/Berlin")
    await people.change(SAM, Setting.CHECKIN_TIME, "07:45")
    async with sessions() as session:
        person_id = await session.scalar(select(Person.id))
    assert person_id is not None
    offset = timedelta(minutes=spread_offset(person_id, 15))
    first = await next_due(sessions)
    assert first is not None

    spread = DeliveryService(sessions, clock=lambda: first, grace=GRACE, spread_minutes=15)
    claimed = await spread.claim_due(first)
    second = await next_due(sessions)

    assert first == NUDGE + offset
    assert [c.person_id for c in claimed] == [person_id]
    assert second == first + timedelta(days=1)
