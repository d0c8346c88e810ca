from __future__ import annotations

from datetime import UTC, date, datetime, time

from bot.core.conversation import Kind
from bot.services.conversation import ConversationService, TextOutcome
from bot.services.people import (
    Identity,
    NoteKept,
    NotUnderstood,
    OutOfOrder,
    PeopleService,
    Setting,
    SettingChanged,
)
from bot.texts.reflect import question_words
from storage.db import SessionFactory
from storage.repositories.people import PeopleRepository
from tests.bot.conftest import notes_of

NOW = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
SAM = Identity(user_id=1001, chat_id=1001)


class Services(PeopleService):
    """The people service, and typed text through the conversation service, with a fixed clock."""

    def __init__(self, sessions: SessionFactory) -> None:
        super().__init__(sessions, clock=lambda: NOW)
        self.conversation = ConversationService(
            sessions, clock=lambda: NOW, question_words=question_words
        )

    async def receive_text(self, who: Identity, text: str) -> TextOutcome:
        """Typed text, routed as the bot routes it."""
        return await self.conversation.receive_text(who, text)


def service(sessions: SessionFactory) -> Services:
    return Services(sessions)


async def test_onboarding_asks_timezone_then_time_then_is_done(sessions: SessionFactory) -> None:
    people = service(sessions)
    started = await people.start(SAM)
    assert (started.is_new, started.next_question) == (True, Setting.TIMEZONE)

    zone = await people.receive_text(SAM, "berlin")
    assert isinstance(zone, SettingChanged)
    assert (zone.settings.timezone, zone.next_question) == ("Europe/Berlin", Setting.CHECKIN_TIME)

    at = await people.receive_text(SAM, "7:45")
    assert isinstance(at, SettingChanged)
    actual = (at.settings.checkin_time, at.next_question, at.onboarding_finished)
    assert actual == (time(7, 45), None, True)


async def test_start_again_keeps_settings(sessions: SessionFactory) -> None:
    people = service(sessions)
    await people.start(SAM)
    await people.change(SAM, Setting.TIMEZONE, "Asia/Kolkata")
    await people.change(SAM, Setting.CHECKIN_TIME, "8")

    again = await people.start(SAM)

    actual = (
        again.is_new,
        again.next_question,
        again.settings.timezone,
        again.settings.checkin_time,
    )
    assert actual == (False, None, "Asia/Kolkata", time(8, 0))


async def test_bad_values_change_nothing(sessions: SessionFactory) -> None:
    people = service(sessions)
    await people.start(SAM)
    await people.change(SAM, Setting.TIMEZONE, "UTC+2")
    before = await people.settings_of(SAM)

    outcomes = [
        await people.change(SAM, Setting.TIMEZONE, "narnia"),
        await people.change(SAM, Setting.CHECKIN_TIME, "25:00"),
        await people.change(SAM, Setting.EVENING, "later"),
        await people.change(SAM, Setting.WEEKLY, "someday 18:00"),
    ]

    assert outcomes == [NotUnderstood(s) for s in Setting]
    assert await people.settings_of(SAM) == before


async def test_evening_and_weekly_can_be_set_and_turned_off(sessions: SessionFactory) -> None:
    people = service(sessions)
    await people.change(SAM, Setting.EVENING, "8:30pm")
    await people.change(SAM, Setting.WEEKLY, "fri 17:00")
    on = await people.settings_of(SAM)
    await people.change(SAM, Setting.EVENING, "off")
    await people.change(SAM, Setting.WEEKLY, "off")
    off = await people.settings_of(SAM)

    assert (on.evening_time, on.weekly_enabled, on.weekly_day, on.weekly_time) == (
        time(20, 30),
        True,
        4,
        time(17, 0),
    )
    assert (off.evening_time, off.weekly_enabled) == (None, False)


async def test_a_failed_try_at_a_value_says_so_and_is_no_note(sessions: SessionFactory) -> None:
    people = service(sessions)
    await people.start(SAM)

    outcome = await people.receive_text(SAM, "berln")

    # An answer the bot refused is not something the person wrote to keep (#19).
    assert outcome == NotUnderstood(Setting.TIMEZONE)
    assert await notes_of(sessions, SAM) == []
    assert (await people.settings_of(SAM)).timezone is None


async def test_prose_while_a_question_is_pending_is_kept_as_a_note(
    sessions: SessionFactory,
) -> None:
    people = service(sessions)
    await people.start(SAM)

    outcome = await people.receive_text(SAM, "The bus was late and the coffee was cold")

    assert outcome == NoteKept(
        onboarded=False, still_asking=Setting.TIMEZONE, checkin_waiting=False
    )
    assert await notes_of(sessions, SAM) == ["The bus was late and the coffee was cold"]


async def test_text_out_of_the_blue_is_kept(sessions: SessionFactory) -> None:
    people = service(sessions)
    await people.start(SAM)
    await people.change(SAM, Setting.TIMEZONE, "UTC")
    await people.change(SAM, Setting.CHECKIN_TIME, "9")

    outcome = await people.receive_text(SAM, "8")

    assert outcome == NoteKept(onboarded=True, still_asking=None, checkin_waiting=False)
    assert await notes_of(sessions, SAM) == ["8"]
    assert (await people.settings_of(SAM)).checkin_time == time(9, 0)


async def test_location_sets_the_timezone_offline_only_when_asked(
    sessions: SessionFactory,
) -> None:
    people = service(sessions)

    at_sea = await people.change_timezone_to_location(SAM, 0.0, -30.0)
    berlin = await people.change_timezone_to_location(SAM, 52.52, 13.405)
    unasked = await people.change_timezone_to_location(SAM, 48.85, 2.35)

    assert at_sea == NotUnderstood(Setting.TIMEZONE)
    assert isinstance(berlin, SettingChanged)
    assert berlin.settings.timezone == "Europe/Berlin"
    assert unasked is None
    assert (await people.settings_of(SAM)).timezone == "Europe/Berlin"


async def test_asking_remembers_the_prompt_and_hands_back_the_old_one(
    sessions: SessionFactory,
) -> None:
    people = service(sessions)
    first = await people.ask(SAM, Setting.EVENING, prompt_id=10)
    second = await people.ask(SAM, Setting.WEEKLY, prompt_id=11)
    changed = await people.receive_text(SAM, "sun 18:00")

    assert (first, second) == (None, 10)
    assert isinstance(changed, SettingChanged)
    assert (changed.setting, changed.stale_prompt_id) == (Setting.WEEKLY, 11)


async def pending_of(sessions: SessionFactory, who: Identity) -> str | None:
    async with sessions() as session:
        person = await PeopleRepository(session).by_user_id(who.user_id)
        assert person is not None
        return person.pending


async def set_pending(sessions: SessionFactory, who: Identity, pending: str) -> None:
    async with sessions.begin() as session:
        person = await PeopleRepository(session).by_user_id(who.user_id)
        assert person is not None
        person.pending = pending


async def onboarded(people: Services) -> None:
    await people.start(SAM)
    await people.receive_text(SAM, "berlin")
    await people.receive_text(SAM, "7:45")


async def test_a_setter_and_start_leave_an_open_conversation_open(
    sessions: SessionFactory,
) -> None:
    people = service(sessions)
    await onboarded(people)
    seen = []
    for pending in ("checkin_words", "checkin_own_step", "reflect"):
        await set_pending(sessions, SAM, pending)
        await people.change(SAM, Setting.CHECKIN_TIME, "9")
        await people.start(SAM)
        seen.append(await pending_of(sessions, SAM))
    assert seen == ["checkin_words", "checkin_own_step", "reflect"]


async def test_a_setter_and_start_clear_a_settings_question(sessions: SessionFactory) -> None:
    people = service(sessions)
    await onboarded(people)
    await people.ask(SAM, Setting.EVENING, None)
    await people.change(SAM, Setting.CHECKIN_TIME, "9")
    after_setter = await pending_of(sessions, SAM)
    await people.ask(SAM, Setting.WEEKLY, None)
    await people.start(SAM)
    assert (after_setter, await pending_of(sessions, SAM)) == (None, None)


async def test_a_setter_mid_check_in_does_not_ask_the_next_onboarding_question(
    sessions: SessionFactory,
) -> None:
    people = service(sessions)
    await people.start(SAM)
    await set_pending(sessions, SAM, "checkin_words")
    changed = await people.change(SAM, Setting.CHECKIN_TIME, "8")
    assert isinstance(changed, SettingChanged)
    assert (changed.next_question, await pending_of(sessions, SAM)) == (None, "checkin_words")


async def test_a_setter_as_first_contact_says_so(sessions: SessionFactory) -> None:
    people = service(sessions)
    first = await people.change(SAM, Setting.CHECKIN_TIME, "8")
    second = await people.change(SAM, Setting.EVENING, "20:00")
    assert isinstance(first, SettingChanged) and isinstance(second, SettingChanged)
    actual = (first.first_contact, first.next_question, second.first_contact)
    assert actual == (True, Setting.TIMEZONE, False)


async def test_reading_settings_of_someone_unknown_creates_nobody(
    sessions: SessionFactory,
) -> None:
    people = service(sessions)
    found = await people.find_settings(SAM)
    settings = await people.settings_of(SAM)
    resumed = await people.resume(SAM)
    async with sessions() as session:
        person = await PeopleRepository(session).by_user_id(SAM.user_id)
    assert (found, settings.onboarded, resumed, person) == (None, False, False, None)


async def test_resume_says_whether_anything_was_paused(sessions: SessionFactory) -> None:
    people = service(sessions)
    await onboarded(people)
    before_pause = await people.resume(SAM)
    await people.pause(SAM, 3)
    after_pause = await people.resume(SAM)
    assert (before_pause, after_pause) == (False, True)


async def test_an_evening_at_or_before_the_check_in_is_refused_and_changes_nothing(
    sessions: SessionFactory,
) -> None:
    people = service(sessions)
    await onboarded(people)
    await people.change(SAM, Setting.EVENING, "20:00")

    refused = await people.change(SAM, Setting.EVENING, "7:45")

    assert refused == OutOfOrder(Setting.EVENING, time(7, 45), time(7, 45))
    assert (await people.settings_of(SAM)).evening_time == time(20, 0)


async def test_a_check_in_at_or_after_the_evening_is_refused_and_changes_nothing(
    sessions: SessionFactory,
) -> None:
    people = service(sessions)
    await onboarded(people)
    await people.change(SAM, Setting.EVENING, "20:00")

    refused = await people.change(SAM, Setting.CHECKIN_TIME, "21:00")

    assert refused == OutOfOrder(Setting.CHECKIN_TIME, time(21, 0), time(20, 0))
    assert (await people.settings_of(SAM)).checkin_time == time(7, 45)
    # With the evening question off, any check-in time is fine.
    await people.change(SAM, Setting.EVENING, "off")
    changed = await people.change(SAM, Setting.CHECKIN_TIME, "21:00")
    assert isinstance(changed, SettingChanged)


async def test_cancel_lets_the_question_go_and_says_what_it_was(sessions: SessionFactory) -> None:
    people = service(sessions)
    assert await people.cancel(SAM) == Kind.NOTHING  # a stranger: nothing made
    await people.start(SAM)

    assert await people.cancel(SAM) == Kind.SETUP
    assert await people.cancel(SAM) == Kind.NOTHING
    # Typed text is now a note, not a timezone.
    assert isinstance(await people.receive_text(SAM, "berlin"), NoteKept)
    assert (await people.settings_of(SAM)).timezone is None


async def test_a_timed_pause_names_the_first_check_in_after_it(sessions: SessionFactory) -> None:
    people = service(sessions)
    await onboarded(people)
    # NOW is Saturday 21 November, 09:00 in Berlin: three days' pause ends Tuesday at 09:00,
    # after that day's 07:45, so Wednesday's check-in is the first.
    paused = await people.pause(SAM, 3)
    assert paused.first_checkin_after_pause() == date(2026, 11, 25)
    assert (await people.pause(SAM, None)).first_checkin_after_pause() is None
