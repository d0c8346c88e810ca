"""journal.md: what a person reads of their own days (issue #19's details)."""

from __future__ import annotations

from datetime import date, time

from bot.exports import journal_markdown
from storage.models import Checkin, Note, Person
from storage.repositories.personal_data import PersonalData
from testkit.words import EN


def data(person: Person, checkins: list[Checkin], notes: list[Note]) -> PersonalData:
    return PersonalData(person, checkins, notes, [], [], [], [], [])


def sam() -> Person:
    return Person(
        telegram_user_id=1,
        chat_id=1,
        timezone="Europe/Berlin",
        checkin_time=time(7, 45),
        evening_time=time(20, 30),
        weekly_enabled=True,
        weekly_day=6,
        weekly_time=time(18, 0),
    )


def test_the_journal_has_every_setting_with_times_as_people_write_them() -> None:
    journal = journal_markdown(EN, data(sam(), [], []))

    assert "- Daily check-in: 07:45\n- Evening question: 20:30\n" in journal
    assert "- Weekly summary: Sunday 18:00" in journal
    assert ":00:00" not in journal


def test_the_journal_has_evening_moods_and_no_heading_for_an_unanswered_nudge() -> None:
    answered = Checkin(local_date=date(2026, 11, 23), stage="closed", mood=2, evening_mood=4)
    unanswered = Checkin(local_date=date(2026, 11, 24), stage="mood")
    note = Note(local_date=date(2026, 11, 25), text="a quiet walk")

    journal = journal_markdown(EN, data(sam(), [answered, unanswered], [note]))

    assert "- Mood: Low\n- Evening mood: Steady" in journal
    assert "2026-11-24" not in journal
    assert "## Wednesday 2026-11-25\n\n- Note: a quiet walk" in journal


def test_a_weekly_summary_turned_off_says_off() -> None:
    person = sam()
    person.weekly_enabled = False
    assert "- Weekly summary: off" in journal_markdown(EN, data(person, [], []))
