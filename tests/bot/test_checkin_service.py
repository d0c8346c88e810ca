from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from bot.core.stages import Stage
from bot.services.checkins import (
    Advanced,
    CheckinService,
    Stale,
    StepOutcome,
    Tap,
)
from bot.services.conversation import CheckinAnswered, ConversationService
from bot.services.people import Identity, PeopleService, Setting
from bot.texts.reflect import question_words
from storage.db import SessionFactory
from storage.models import Checkin, Person
from testkit.clock import FakeClock

MONDAY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
SAM = Identity(1001, 1001)
ALEX = Identity(2002, 2002)


async def tap(checkins: CheckinService, checkin_id: int, who: Identity = SAM) -> Tap:
    """A tap on a fresh message carrying the check-in's buttons, as the handlers send them."""
    await checkins.attach_message(checkin_id, 77)
    return Tap(who, checkin_id, 77)


async def ready(sessions: SessionFactory, clock: FakeClock) -> CheckinService:
    people = PeopleService(sessions, clock)
    for who in (SAM, ALEX):
        await people.start(who)
        await people.change(who, Setting.TIMEZONE, "Europe/Berlin")
        await people.change(who, Setting.CHECKIN_TIME, "08:00")
    return CheckinService(sessions, clock)


async def test_a_day_by_taps(sessions: SessionFactory) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    opened = await checkins.open_today(SAM)
    day_id = opened.day.checkin_id

    mood = await checkins.take_mood(await tap(checkins, day_id), 4)
    words = await checkins.skip_words(await tap(checkins, day_id))
    assert isinstance(words, Advanced)
    key = words.day.suggestions[0].key
    step = await checkins.take_step(await tap(checkins, day_id), key)
    outcome = await checkins.take_outcome(await tap(checkins, day_id), StepOutcome.PARTLY)

    assert (opened.day.stage, opened.day.local_date) == (Stage.MOOD, date(2026, 11, 23))
    assert isinstance(mood, Advanced) and mood.day.stage == Stage.WORDS
    assert (words.day.stage, len(words.day.suggestions)) == (Stage.STEP, 3)
    assert isinstance(step, Advanced) and (step.day.step_key, step.day.step_text) == (key, None)
    assert isinstance(outcome, Advanced)
    assert (outcome.day.stage, outcome.day.outcome) == (Stage.CLOSED, StepOutcome.PARTLY)


async def test_typed_words_and_own_step_go_to_the_open_check_in(sessions: SessionFactory) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    conversation = ConversationService(sessions, clock, question_words)
    day_id = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.take_mood(await tap(checkins, day_id), 2)

    words = await conversation.receive_text(SAM, "slow, grey, okay")
    await checkins.take_step(await tap(checkins, day_id), "own")
    own = await conversation.receive_text(SAM, "water the plants")

    assert isinstance(words, CheckinAnswered)
    assert (words.day.words, words.day.stage) == ("slow, grey, okay", Stage.STEP)
    assert isinstance(own, CheckinAnswered)
    assert (own.day.step_text, own.day.stage) == ("water the plants", Stage.CHOSEN)


async def test_taps_on_someone_elses_or_a_finished_stage_are_stale(
    sessions: SessionFactory,
) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    day_id = (await checkins.open_today(SAM)).day.checkin_id

    results = [
        await checkins.take_mood(await tap(checkins, day_id, ALEX), 3),
        await checkins.take_mood(await tap(checkins, day_id), 9),
        await checkins.skip_words(await tap(checkins, day_id)),
        await checkins.take_step(await tap(checkins, day_id), "make-bed"),
        await checkins.take_outcome(await tap(checkins, day_id), StepOutcome.DONE),
        await checkins.take_mood(Tap(SAM, 424242, 77), 3),
    ]

    assert results == [Stale()] * 6
    assert (await checkins.today(SAM)).stage == Stage.MOOD  # type: ignore[union-attr]


async def test_rest_has_no_outcome_to_mark(sessions: SessionFactory) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    day_id = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.take_mood(await tap(checkins, day_id), 1)
    await checkins.skip_words(await tap(checkins, day_id))

    rest = await checkins.take_step(await tap(checkins, day_id), "rest")
    outcome = await checkins.take_outcome(await tap(checkins, day_id), StepOutcome.DONE)

    assert isinstance(rest, Advanced) and rest.day.rest is True
    assert outcome == Stale()


async def test_suggestions_do_not_repeat_yesterdays(sessions: SessionFactory) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    seen: list[set[str]] = []
    for _ in range(5):
        day_id = (await checkins.open_today(SAM)).day.checkin_id
        await checkins.take_mood(await tap(checkins, day_id), 1)
        offered = await checkins.skip_words(await tap(checkins, day_id))
        assert isinstance(offered, Advanced)
        seen.append({step.key for step in offered.day.suggestions})
        clock.now += timedelta(days=1)

    for yesterday, today in itertools.pairwise(seen):
        assert yesterday & today == set()


async def test_checkin_again_after_choosing_says_it_is_done(sessions: SessionFactory) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    day_id = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.take_mood(await tap(checkins, day_id), 3)
    await checkins.skip_words(await tap(checkins, day_id))
    await checkins.take_step(await tap(checkins, day_id), "rest")

    again = await checkins.open_today(SAM)

    assert (again.day.stage, again.stale_message_ids) == (Stage.CHOSEN, ())


async def test_history_keeps_the_last_fourteen_days_newest_first(
    sessions: SessionFactory,
) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    for _ in range(20):
        day_id = (await checkins.open_today(SAM)).day.checkin_id
        await checkins.take_mood(await tap(checkins, day_id), 3)
        clock.now += timedelta(days=1)
    clock.now -= timedelta(days=1)

    days = await checkins.history(SAM)

    assert [d.local_date for d in days] == [
        date(2026, 12, 12) - timedelta(days=n) for n in range(14)
    ]


async def test_history_leaves_out_unanswered_days_and_keeps_reflection_days(
    sessions: SessionFactory,
) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    conversation = ConversationService(sessions, clock, question_words)
    await conversation.receive_reflection(SAM, "the kettle, the window, the quiet")
    await conversation.receive_reflection(SAM, "a slow morning")
    clock.now += timedelta(days=1)
    await checkins.open_today(SAM)  # A nudge nobody answered.
    clock.now += timedelta(days=1)
    answered = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.take_mood(await tap(checkins, answered), 4)

    days = await checkins.history(SAM)

    assert [(d.local_date, d.reflections, d.checkin is not None) for d in days] == [
        (MONDAY.date() + timedelta(days=2), 0, True),
        (MONDAY.date(), 2, False),
    ]


# --- only the message carrying the buttons counts; nothing is created by a tap or a look --------


async def test_a_tap_counts_only_from_the_message_that_carries_the_buttons(
    sessions: SessionFactory,
) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    day_id = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.attach_message(day_id, 10)
    before = await checkins.attach_message(day_id, 11)

    older = await checkins.take_mood(Tap(SAM, day_id, 10), 4)
    unknown = await checkins.take_mood(Tap(SAM, day_id, None), 4)
    forged = await checkins.take_mood(Tap(SAM, day_id, 11), 9)
    taken = await checkins.take_mood(Tap(SAM, day_id, 11), 4)
    doubled = await checkins.take_mood(Tap(SAM, day_id, 11), 2)

    assert before == 10
    assert [older, unknown, forged, doubled] == [Stale()] * 4
    assert isinstance(taken, Advanced)
    assert (taken.day.mood, taken.day.message_id) == (4, None)


async def test_an_outcome_counts_only_from_the_newest_step_message(
    sessions: SessionFactory,
) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    day_id = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.take_mood(await tap(checkins, day_id), 4)
    offered = await checkins.skip_words(await tap(checkins, day_id))
    assert isinstance(offered, Advanced)
    await checkins.take_step(await tap(checkins, day_id), offered.day.suggestions[0].key)
    await checkins.attach_message(day_id, 20)  # /step
    evening = await checkins.attach_message(day_id, 21)  # the evening question, later

    on_step = await checkins.take_outcome(Tap(SAM, day_id, 20), StepOutcome.DONE)
    on_evening = await checkins.take_outcome(Tap(SAM, day_id, 21), StepOutcome.NOT_TODAY)
    again = await checkins.take_outcome(Tap(SAM, day_id, 21), StepOutcome.DONE)

    assert (evening, on_step, again) == (20, Stale(), Stale())
    assert isinstance(on_evening, Advanced) and on_evening.day.outcome == StepOutcome.NOT_TODAY


async def test_someone_the_bot_keeps_nothing_about_stays_unknown(
    sessions: SessionFactory,
) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    day_id = (await checkins.open_today(SAM)).day.checkin_id
    stranger = Identity(3003, 3003)

    results = [
        await checkins.take_mood(await tap(checkins, day_id, stranger), 3),
        await checkins.take_evening_mood(stranger, day_id, 3),
        await checkins.today(stranger),
        await checkins.history(stranger),
    ]

    assert results == [Stale(), Stale(), None, []]
    async with sessions() as session:
        people = await session.scalar(select(func.count()).select_from(Person))
    assert people == 2


async def test_a_new_day_takes_the_buttons_off_yesterdays_prompt(
    sessions: SessionFactory,
) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    monday = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.attach_message(monday, 30)
    clock.now += timedelta(days=1)

    tuesday = await checkins.open_for_nudge(1, date(2026, 11, 24))
    old_tap = await checkins.take_mood(Tap(SAM, monday, 30), 3)

    assert tuesday is not None and tuesday.stale_message_ids == (30,)
    assert old_tap == Stale()
    async with sessions() as session:
        carriers = (await session.scalars(select(Checkin.message_id))).all()
    assert carriers == [None, None]


async def test_reopening_the_day_hands_back_the_old_prompt_and_the_local_time(
    sessions: SessionFactory,
) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    first = await checkins.open_today(SAM)
    await checkins.attach_message(first.day.checkin_id, 40)

    again = await checkins.open_today(SAM)

    assert (first.stale_message_ids, again.stale_message_ids) == ((), (40,))
    assert again.local_time == time(8, 0)  # 07:00 UTC is 08:00 in Berlin.


async def test_a_nudge_of_unknown_message_is_adopted_by_its_first_tap_only_today(
    sessions: SessionFactory,
) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    monday = await checkins.open_for_nudge(1, date(2026, 11, 23))  # Its send timed out.
    tuesday = await checkins.open_for_nudge(1, date(2026, 11, 24))  # So did this one.
    assert monday is not None and tuesday is not None

    on_monday = await checkins.take_mood(Tap(SAM, monday.day.checkin_id, 50), 2)
    on_tuesday = await checkins.take_mood(Tap(SAM, tuesday.day.checkin_id, 51), 4)

    assert on_monday == Stale()
    assert isinstance(on_tuesday, Advanced) and on_tuesday.day.mood == 4


async def test_a_question_a_stop_left_unasked_is_taken_once_and_only_today(
    sessions: SessionFactory,
) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    sams = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.attach_message(sams, 77)  # the mood question, shown
    await checkins.take_mood(Tap(SAM, sams, 77), 4)  # moved on to the words: then the stop
    alexs = (await checkins.open_today(ALEX)).day.checkin_id
    await checkins.attach_message(alexs, 78)
    moved = await checkins.take_mood(Tap(ALEX, alexs, 78), 3)
    assert isinstance(moved, Advanced)
    await checkins.attach_message(alexs, 79)  # Alex was shown the words question

    first = await checkins.take_unasked()
    again = await checkins.take_unasked()

    assert [(u.chat_id, u.day.checkin_id, u.day.stage) for u in first] == [
        (SAM.chat_id, sams, Stage.WORDS)
    ]
    assert again == []


async def test_yesterdays_unasked_question_is_not_asked_today(sessions: SessionFactory) -> None:
    clock = FakeClock(MONDAY)
    checkins = await ready(sessions, clock)
    day = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.attach_message(day, 77)
    await checkins.take_mood(Tap(SAM, day, 77), 4)
    clock.now += timedelta(days=1)

    assert await checkins.take_unasked() == []
