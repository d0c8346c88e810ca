"""/export and /delete: everything kept goes out in one file, or is erased after one question."""

from __future__ import annotations

import io
import json
import zipfile

from sqlalchemy import func, select

from storage.models import Base
from testkit.clock import FakeClock
from testkit.person import ScriptedPerson
from tests.e2e.conftest import RunningBot, onboard


async def rows_left(bot: RunningBot) -> dict[str, int]:
    async with bot.services.sessions() as session:
        return {
            table.name: int(await session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


def shown(person: ScriptedPerson, message_id: int) -> str:
    """The text a message shows now, after any edits."""
    message = person.api.message(person.chat_id, message_id)
    return message.text if message else ""


async def a_day_of_data(bot: RunningBot, clock: FakeClock, sam: ScriptedPerson) -> None:
    await onboard(sam)
    await sam.send("a note about the rain")
    await sam.next_message()
    await sam.command("/checkin")
    nudge = await sam.next_message()
    await (await sam.press("Steady", nudge)).wait_answered()
    await sam.expect_text("three words")
    await sam.send("calm, sleepy, okay")
    steps = await sam.expect_text("•")
    await (await sam.press("Rest today", steps)).wait_answered()
    await sam.next_message()


async def test_export_sends_one_zip_with_json_and_a_journal(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await a_day_of_data(bot, clock, sam)
    await sam.command("/export")
    message = await sam.next_message()

    assert message.document is not None
    archive = zipfile.ZipFile(io.BytesIO(message.document.data))
    assert sorted(archive.namelist()) == ["data.json", "journal.md"]
    data = json.loads(archive.read("data.json"))
    journal = archive.read("journal.md").decode()
    assert data["person"]["timezone"] == "Europe/Berlin"
    assert [n["text"] for n in data["notes"]] == ["a note about the rain"]
    assert [(c["mood"], c["words"], c["rest"]) for c in data["checkins"]] == [
        (4, "calm, sleepy, okay", True)
    ]
    assert {"schedules", "deliveries", "reflections"} <= set(data)
    assert "a note about the rain" in journal and "calm, sleepy, okay" in journal


async def test_export_with_nothing_kept_says_so(bot: RunningBot, sam: ScriptedPerson) -> None:
    await sam.command("/export")
    assert "nothing to export" in (await sam.next_message()).text


async def test_delete_asks_once_then_erases_every_row(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await a_day_of_data(bot, clock, sam)
    assert sum((await rows_left(bot)).values()) > 0

    await sam.command("/delete")
    question = await sam.next_message()
    await (await sam.press("Delete everything", question)).wait_answered()
    await sam.wait_until(lambda: "erased" in shown(sam, question.message_id))

    left = await rows_left(bot)
    assert left == {name: 0 for name in left}
    await sam.command("/start")
    await sam.expect_text("Hello, and welcome")


async def test_keep_and_an_old_confirmation_erase_nothing(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/delete")
    first = await sam.next_message()
    await (await sam.press("Keep", first)).wait_answered()
    await sam.command("/delete")
    second = await sam.next_message()
    clock.advance(minutes=11)
    await (await sam.press("Delete everything", second)).wait_answered()
    await sam.wait_until(lambda: "expired" in shown(sam, second.message_id))

    assert "Nothing was erased" in shown(sam, first.message_id)
    assert (await rows_left(bot))["people"] == 1


async def test_after_delete_reading_commands_keep_nothing_and_start_is_fresh(
    bot: RunningBot, clock: FakeClock, sam: ScriptedPerson
) -> None:
    await a_day_of_data(bot, clock, sam)
    await sam.command("/delete")
    question = await sam.next_message()
    await (await sam.press("Delete everything", question)).wait_answered()
    await sam.wait_until(lambda: "erased" in shown(sam, question.message_id))

    replies = []
    for command in ("/settings", "/export", "/summary", "/sos", "/resume"):
        await sam.command(command)
        replies.append((await sam.next_message()).text)

    settings_reply, export_reply, summary_reply = replies[:3]
    assert "/start" in summary_reply
    assert "/start" in settings_reply
    assert "nothing to export" in export_reply
    assert (await rows_left(bot))["people"] == 0
    await sam.command("/start")
    await sam.expect_text("Hello, and welcome")
