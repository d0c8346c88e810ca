from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

from bot.services.checkins import (
    Advanced,
    CheckinService,
    Stage,
    Stale,
    StepOutcome,
)
from bot.services.conversation import CheckinAnswered, ConversationService
from bot.services.people import Identity, PeopleService, Setting
from storage.db import SessionFactory

MONDAY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
SAM = Identity(1001, 1001)
ALEX = Identity(2002, 2002)


class Clock:
    def __init__(self) -> None:
        self.now = MONDAY

    def __call__(self) -> datetime:
        return self.now


async def ready(sessions: SessionFactory, clock: Clock) -> CheckinService:
    people = PeopleService(sessions, clock)
    for who in (SAM, ALEX):
        await people.start(who)
        await people.change(who, Setting.TIMEZONE, "Europe/Berlin")
        await people.change(who, Setting.CHECKIN_TIME, "08:00")
    return CheckinService(sessions, clock)


async def test_a_day_by_taps(sessions: SessionFactory) -> None:
    clock = Clock()
    checkins = await ready(sessions, clock)
    opened = await checkins.open_today(SAM)
    day_id = opened.day.checkin_id

    mood = await checkins.take_mood(SAM, day_id, 4)
    words = await checkins.skip_words(SAM, day_id)
    assert isinstance(words, Advanced)
    key = words.day.suggestions[0].key
    step = await checkins.take_step(SAM, day_id, key)
    outcome = await checkins.take_outcome(SAM, day_id, StepOutcome.PARTLY)

    assert (opened.day.stage, opened.day.local_date) == (Stage.MOOD, date(2026, 11, 23))
    assert isinstance(mood, Advanced) and mood.day.stage == Stage.WORDS
    assert (words.day.stage, len(words.day.suggestions)) == (Stage.STEP, 3)
    assert isinstance(step, Advanced) and step.day.step_text == words.day.suggestions[0].text
    assert isinstance(outcome, Advanced)
    assert (outcome.day.stage, outcome.day.outcome) == (Stage.CLOSED, StepOutcome.PARTLY)


async def test_typed_words_and_own_step_go_to_the_open_check_in(sessions: SessionFactory) -> None:
    clock = Clock()
    checkins = await ready(sessions, clock)
    conversation = ConversationService(sessions, clock)
    day_id = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.take_mood(SAM, day_id, 2)

    words = await conversation.receive_text(SAM, "slow, grey, okay")
    await checkins.take_step(SAM, day_id, "own")
    own = await conversation.receive_text(SAM, "water the plants")

    assert isinstance(words, CheckinAnswered)
    assert (words.day.words, words.day.stage) == ("slow, grey, okay", Stage.STEP)
    assert isinstance(own, CheckinAnswered)
    assert (own.day.step_text, own.day.stage) == ("water the plants", Stage.CHOSEN)


async def test_taps_on_someone_elses_or_a_finished_stage_are_stale(
    sessions: SessionFactory,
) -> None:
    clock = Clock()
    checkins = await ready(sessions, clock)
    day_id = (await checkins.open_today(SAM)).day.checkin_id

    results = [
        await checkins.take_mood(ALEX, day_id, 3),
        await checkins.take_mood(SAM, day_id, 9),
        await checkins.skip_words(SAM, day_id),
        await checkins.take_step(SAM, day_id, "make-bed"),
        await checkins.take_outcome(SAM, day_id, StepOutcome.DONE),
        await checkins.take_mood(SAM, 424242, 3),
    ]

    assert results == [Stale()] * 6
    assert (await checkins.today(SAM)).stage == Stage.MOOD  # type: ignore[union-attr]


async def test_rest_has_no_outcome_to_mark(sessions: SessionFactory) -> None:
    clock = Clock()
    checkins = await ready(sessions, clock)
    day_id = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.take_mood(SAM, day_id, 1)
    await checkins.skip_words(SAM, day_id)

    rest = await checkins.take_step(SAM, day_id, "rest")
    outcome = await checkins.take_outcome(SAM, day_id, StepOutcome.DONE)

    assert isinstance(rest, Advanced) and rest.day.rest is True
    assert outcome == Stale()


async def test_suggestions_do_not_repeat_yesterdays(sessions: SessionFactory) -> None:
    clock = Clock()
    checkins = await ready(sessions, clock)
    seen: list[set[str]] = []
    for _ in range(5):
        day_id = (await checkins.open_today(SAM)).day.checkin_id
        await checkins.take_mood(SAM, day_id, 1)
        offered = await checkins.skip_words(SAM, day_id)
        assert isinstance(offered, Advanced)
        seen.append({step.key for step in offered.day.suggestions})
        clock.now += timedelta(days=1)

    for yesterday, today in itertools.pairwise(seen):
        assert yesterday & today == set()


async def test_checkin_again_after_choosing_says_it_is_done(sessions: SessionFactory) -> None:
    clock = Clock()
    checkins = await ready(sessions, clock)
    day_id = (await checkins.open_today(SAM)).day.checkin_id
    await checkins.take_mood(SAM, day_id, 3)
    await checkins.skip_words(SAM, day_id)
    await checkins.take_step(SAM, day_id, "rest")

    again = await checkins.open_today(SAM)

    assert (again.day.stage, again.stale_message_id) == (Stage.CHOSEN, None)


async def test_history_keeps_the_last_fourteen_days_newest_first(
    sessions: SessionFactory,
) -> None:
    clock = Clock()
    checkins = await ready(sessions, clock)
    for _ in range(20):
        await checkins.open_today(SAM)
        clock.now += timedelta(days=1)
    clock.now -= timedelta(days=1)

    days = await checkins.history(SAM)

    assert [d.local_date for d in days] == [
        date(2026, 12, 12) - timedelta(days=n) for n in range(14)
    ]
