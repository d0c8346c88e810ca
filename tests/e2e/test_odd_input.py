"""Groups, stickers, unknown commands, failures and logs: kind answers, nothing lost or leaked."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from bot.logs import configure_logging
from bot.texts import common as common_texts
from storage.models import Note, Person
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.e2e.conftest import TOKEN, RunningBot, onboard


async def count(bot: RunningBot, model: type[Person] | type[Note]) -> int:
    async with bot.services.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def notes(bot: RunningBot) -> list[str]:
    async with bot.services.sessions() as session:
        return list((await session.scalars(select(Note.text).order_by(Note.id))).all())


async def test_in_a_group_it_says_so_once_leaves_and_stores_nothing(
    bot: RunningBot, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    group = api.group(chat_id=-100123, title="Friends")
    group.add_bot(by=sam)
    notice = await group.expect_text("private chats")
    await api.wait_until(lambda: -100123 in api.left_chats)
    await group.command(sam, "/start")
    await group.say(sam, "hello everyone")
    await sam.command("/help")
    await sam.next_message()

    assert "/start" in notice.text
    assert len(api.sent_to(-100123)) == 1
    assert (await count(bot, Person), await count(bot, Note)) == (0, 0)


async def test_stickers_get_a_kind_word_and_change_nothing_and_photos_are_kept(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.send_sticker()
    sticker_reply = await sam.next_message()
    assert "glad you're here" in sticker_reply.text
    assert await notes(bot) == []

    await sam.send_photo()
    photo_reply = await sam.next_message()

    assert photo_reply.text == en(common_texts.MEDIA_KEPT["photo"])
    assert await notes(bot) == [""]  # a photo without a caption: kept, its file id with it


async def test_unknown_commands_point_to_help(bot: RunningBot, sam: ScriptedPerson) -> None:
    await sam.command("/fly away")
    assert "/help" in (await sam.next_message()).text


async def test_text_out_of_the_blue_is_kept_and_acknowledged(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.send("The sun came out for a minute.")
    reply = await sam.next_message()
    long_text = "still here " * 372

    await sam.send(long_text[:4096])
    await sam.next_message()

    assert "kept" in reply.text.lower()
    assert await notes(bot) == ["The sun came out for a minute.", long_text[:4096]]


async def test_a_failure_is_logged_told_kindly_and_the_words_are_kept_once(
    bot: RunningBot, api: FakeBotApi, sam: ScriptedPerson, caplog: pytest.LogCaptureFixture
) -> None:
    await onboard(sam)
    # A request Telegram refuses outright is a bug of ours (a 5xx would be retried instead).
    api.fail_next("sendMessage", status=400, count=1)

    await sam.send("a hard morning, honestly")
    sorry = await sam.expect_text("something went wrong")

    assert "kept" in sorry.text
    assert await notes(bot) == ["a hard morning, honestly"]
    errors = [r for r in caplog.records if r.name == "smallsteps.errors"]
    assert len(errors) == 1
    assert "a hard morning" not in errors[0].getMessage()


async def test_logs_hold_no_token_and_no_words(
    bot: RunningBot, sam: ScriptedPerson, capfd: pytest.CaptureFixture[str]
) -> None:
    configure_logging("DEBUG", [TOKEN])
    try:
        await onboard(sam)
        await sam.send("my secret worry about tomorrow")
        await sam.next_message()
        await sam.command("/checkin")
        await sam.expect_text("how")
        await (await sam.press("Low")).wait_answered()
        await sam.send("tired grey hopeful")
        await sam.expect_text("tired grey hopeful")
        await sam.command("/time 25:99")
        await sam.next_message()
    finally:
        logging.getLogger().handlers.clear()
    output = capfd.readouterr().err

    assert "smallsteps" in output
    for secret in (TOKEN, "secret worry", "tired grey hopeful", "25:99"):
        assert secret not in output
