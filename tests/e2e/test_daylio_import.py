"""Daylio history brought in with /import (#19): a preview first, one transaction, nothing twice,
a clear no for a file that is not one, and the file never kept. Through the local Bot API."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from bot.core.conversation import Kind
from bot.texts import common as common_texts
from bot.texts import export as export_texts
from bot.texts.catalog import Msg
from storage.models import Checkin, Note, Person
from testkit.clock import FakeClock
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.e2e.conftest import RunningBot, onboard
from tests.e2e.test_forgiving import exported

# As Daylio writes it: newest first, padded mood names, activities joined by " | ", a little
# HTML in notes, two entries on one day, and a mood name of the person's own.
DAYLIO_CSV = (
    b"full_date,date,weekday,time,mood,activities,note_title,note\n"
    b'2026-11-22,22 November,Sunday,9:30 pm,rad,"friends | walk","Sunday","lunch with '
    b'Ana<br>then the park"\n'
    b'2026-11-22,22 November,Sunday,8:00 am,meh ,"bad sleep","",""\n'
    b'2026-11-21,21 November,Saturday,10:00 pm,awful,"","","a hard one"\n'
    b'2026-11-20,20 November,Friday,10:00 pm,good,"work | cook","",""\n'
    b'2026-11-19,19 November,Thursday,10:00 pm,wobbly,"","","my own mood name"\n'
    b'2026-11-23,23 November,Monday,6:00 am,good,"","","today is left to today"\n'
)


async def days_kept(bot: RunningBot) -> list[tuple[date, int | None, str | None, str | None]]:
    async with bot.services.sessions() as session:
        rows = await session.execute(
            select(Checkin.local_date, Checkin.mood, Checkin.words, Checkin.source).order_by(
                Checkin.local_date
            )
        )
        return [(d, mood, words, source) for d, mood, words, source in rows.all()]


async def notes_by_day(bot: RunningBot) -> list[tuple[date, str, str | None]]:
    async with bot.services.sessions() as session:
        rows = await session.execute(
            select(Note.local_date, Note.text, Note.file_id).order_by(Note.local_date, Note.id)
        )
        return [(d, text, file_id) for d, text, file_id in rows.all()]


async def send_export(sam: ScriptedPerson) -> None:
    await sam.command("/import")
    await sam.expect_text(en(export_texts.IMPORT_ASK)[:40])
    await sam.send_document(DAYLIO_CSV, "daylio_export_2026_11_23.csv", mime_type="text/csv")


async def answer_preview(sam: ScriptedPerson, label: Msg) -> None:
    preview = await sam.expect_text("I found")
    await (await sam.press(en(label), preview)).wait_answered()


async def test_the_preview_shows_each_mood_and_where_it_goes(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)  # Monday 23 November in Berlin
    await send_export(sam)
    preview = await sam.expect_text("I found 6 entries in Daylio")

    assert "from 19 Nov 2026 to 23 Nov 2026" in preview.text
    assert "• good → 🌤 Steady (2)" in preview.text
    assert "• rad → ☀️ Bright (1)" in preview.text
    assert "• meh → 🌥 In between (1)" in preview.text
    assert "• awful → 🌧 Heavy (1)" in preview.text
    assert f"• wobbly → {en(export_texts.IMPORT_NO_MOOD)} (1)" in preview.text
    assert preview.button_texts == [en(export_texts.IMPORT_YES), en(export_texts.IMPORT_NO)]
    assert await days_kept(bot) == []  # nothing before the yes
    assert await notes_by_day(bot) == []  # and the file is not kept as a note


async def test_bring_them_in_keeps_moods_words_and_notes_by_day(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await send_export(sam)
    await answer_preview(sam, export_texts.IMPORT_YES)
    done = await sam.expect_text("Done:")

    assert done.text == en(export_texts.IMPORT_DONE).format(days="4 days")
    assert await days_kept(bot) == [
        (date(2026, 11, 19), None, None, "daylio"),
        (date(2026, 11, 20), 4, "work, cook", "daylio"),
        (date(2026, 11, 21), 1, None, "daylio"),
        # 08:00 meh and 21:30 rad: the day's mood is their mean, rounded
        (date(2026, 11, 22), 4, "bad sleep, friends, walk", "daylio"),
    ]
    assert await notes_by_day(bot) == [
        (date(2026, 11, 19), "my own mood name", None),
        (date(2026, 11, 21), "a hard one", None),
        (date(2026, 11, 22), "Sunday\nlunch with Ana\nthen the park", None),
    ]
    async with bot.services.sessions() as session:
        assert await session.scalar(select(Person.import_file)) is None


async def test_the_same_file_twice_brings_nothing_in_twice(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await send_export(sam)
    await answer_preview(sam, export_texts.IMPORT_YES)
    await sam.expect_text("Done:")
    first_days, first_notes = await days_kept(bot), await notes_by_day(bot)

    await send_export(sam)
    await answer_preview(sam, export_texts.IMPORT_YES)
    again = await sam.next_message()

    assert again.text == en(export_texts.IMPORT_NOTHING_NEW)
    assert (await days_kept(bot), await notes_by_day(bot)) == (first_days, first_notes)


async def test_a_day_answered_here_stays_as_it_was(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    clock.set(clock.now.replace(day=22))  # Sunday: answer it here first
    await sam.command("/checkin")
    scale = await sam.expect_text("?")
    await (await sam.press("☁️ Low", scale)).wait_answered()
    await sam.expect_text("three words")
    clock.set(clock.now.replace(day=23))

    await send_export(sam)
    await answer_preview(sam, export_texts.IMPORT_YES)
    await sam.expect_text("Done:")

    sunday = [day for day in await days_kept(bot) if day[0] == date(2026, 11, 22)]
    assert sunday == [(date(2026, 11, 22), 2, None, None)]


async def test_not_now_brings_nothing_in(bot: RunningBot, sam: ScriptedPerson) -> None:
    await onboard(sam)
    await send_export(sam)
    await answer_preview(sam, export_texts.IMPORT_NO)

    assert (await sam.next_message()).text == en(export_texts.IMPORT_LET_GO)
    assert await days_kept(bot) == []
    async with bot.services.sessions() as session:
        assert await session.scalar(select(Person.import_file)) is None


async def test_a_file_that_is_not_daylio_is_refused_and_changes_nothing(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/import")
    await sam.next_message()
    await sam.send_document(b"name,score\nana,3\n", "scores.csv", mime_type="text/csv")
    assert (await sam.next_message()).text == en(export_texts.IMPORT_NOT_DAYLIO)
    await sam.send_document(b"\x89PNG\r\n\x1a\n\x00\xff", "photo.png", mime_type="image/png")
    assert (await sam.next_message()).text == en(export_texts.IMPORT_NOT_DAYLIO)

    assert (await days_kept(bot), await notes_by_day(bot)) == ([], [])
    await sam.command("/cancel")
    assert (await sam.next_message()).text == en(common_texts.CANCELLED[Kind.IMPORT])
    # After /cancel a file is kept as any file is.
    await sam.send_document(b"name,score\n", "scores.csv", mime_type="text/csv")
    assert (await sam.next_message()).text == en(common_texts.MEDIA_KEPT["document"])


async def test_the_export_marks_days_brought_in_from_daylio(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await send_export(sam)
    await answer_preview(sam, export_texts.IMPORT_YES)
    await sam.expect_text("Done:")

    journal = (await exported(sam)).read("journal.md").decode()
    friday = journal.split("## Friday 2026-11-20")[1].split("##")[0]
    assert "- Three words: work, cook" in friday
    assert f"- _{en(export_texts.SOURCE_LINES['daylio'])}_" in friday
