"""/safetyplan over real HTTP: written part by part in the person's own words, each skippable,
changed any time, exported, erased, encrypted at rest, and kept even when it holds crisis words."""

from __future__ import annotations

import io
import json
import zipfile

from cryptography.fernet import Fernet
from sqlalchemy import func, select, text

from bot.core.safety_plan import PARTS
from bot.handlers.callbacks import PlanAction, PlanButton
from bot.localapi import BotMessage
from bot.texts import safety_plan as words
from storage.models import Base, Note, Person, SafetyPlanPart
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.e2e.conftest import RunningBot, StartBot, onboard

# Everyday answers, one for each part, that the crisis screen lets through.
ANSWERS = {
    "warning_signs": "I go quiet",
    "on_my_own": "a walk round the block",
    "distractions": "the library",
    "people_to_ask": "Maya, by phone",
    "professionals": "my counsellor",
    "safer_surroundings": "give my sister the spare key",
    "keeps_me_going": "my cat",
}
CRISIS_WORDS = "when I start thinking everyone would be better off without me"


async def plan_of(bot: RunningBot) -> dict[str, str]:
    async with bot.services.sessions() as session:
        rows = await session.execute(select(SafetyPlanPart.part, SafetyPlanPart.text))
        return {part: words for part, words in rows.all()}


async def pending_of(bot: RunningBot) -> str | None:
    async with bot.services.sessions() as session:
        return await session.scalar(select(Person.pending))


async def notes(bot: RunningBot) -> list[str]:
    async with bot.services.sessions() as session:
        return list((await session.scalars(select(Note.text).order_by(Note.id))).all())


def shown(person: ScriptedPerson, message: BotMessage) -> BotMessage:
    """A message as the chat shows it now, after any edits."""
    now = person.api.message(person.chat_id, message.message_id)
    assert now is not None
    return now


async def begin_writing(sam: ScriptedPerson) -> BotMessage:
    """/safetyplan on an empty plan, then 'Write my plan': returns the first question."""
    await sam.command("/safetyplan")
    offer = await sam.expect_text("safety plan is")
    await (await sam.press(en(words.WRITE_MY_PLAN), offer)).wait_answered()
    return await sam.expect_text("1 of 7")


async def test_a_whole_plan_written_by_typing_and_skipping(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/safetyplan")
    offer = await sam.next_message()
    assert offer.button_texts == [en(words.WRITE_MY_PLAN), en(words.NOT_NOW)]
    await (await sam.press(en(words.WRITE_MY_PLAN), offer)).wait_answered()
    question = await sam.expect_text("1 of 7")
    assert shown(sam, offer).buttons == []
    assert question.button_texts == [en(words.SKIP_PART), en(words.STOP_FOR_NOW)]

    questions = [question]
    for part in PARTS:
        if part == "on_my_own":
            await (await sam.press(en(words.SKIP_PART), question)).wait_answered()
        else:
            await sam.send(ANSWERS[part])
        if part != PARTS[-1]:
            question = await sam.expect_text(f"{PARTS.index(part) + 2} of 7")
            questions.append(question)
    finished = await sam.expect_text(en(words.PLAN_TITLE))

    written = {part: answer for part, answer in ANSWERS.items() if part != "on_my_own"}
    assert await plan_of(bot) == written
    assert await pending_of(bot) is None
    assert [shown(sam, q).buttons for q in questions] == [[]] * len(PARTS)
    assert en(words.SKIPPED_MARK) in shown(sam, questions[1]).text
    assert en(words.FINISHED) in finished.text
    assert all(answer in finished.text for answer in written.values())
    on_my_own = en(words.words_for("on_my_own").heading)
    assert f"{on_my_own}\n{en(words.NOT_WRITTEN)}" in finished.text
    assert en(words.CARRY_ON) in finished.button_texts

    await sam.send("back to ordinary notes")
    await sam.next_message()
    assert await notes(bot) == ["back to ordinary notes"]


async def test_viewing_the_plan_and_changing_one_part(bot: RunningBot, sam: ScriptedPerson) -> None:
    await onboard(sam)
    await begin_writing(sam)
    await sam.send("I go quiet")
    second = await sam.expect_text("2 of 7")
    await (await sam.press(en(words.STOP_FOR_NOW), second)).wait_answered()
    await sam.wait_until(lambda: shown(sam, second).text == en(words.STOPPED))

    await sam.command("/safetyplan")
    view = await sam.expect_text(en(words.PLAN_TITLE))
    assert "I go quiet" in view.text
    assert len(view.button_texts) == len(PARTS) + 1  # a button per part, and carry on
    await (await sam.press("Signs", view)).wait_answered()
    asking = await sam.expect_text("Right now it says")
    assert "I go quiet" in asking.text and shown(sam, view).buttons == []
    await sam.send("I skip meals")
    changed = await sam.expect_text(en(words.CHANGED))

    assert await plan_of(bot) == {"warning_signs": "I skip meals"}
    assert "I skip meals" in changed.text
    assert shown(sam, asking).buttons == []

    await (await sam.press("Keeps me going", changed)).wait_answered()
    asking = await sam.expect_text(en(words.words_for("keeps_me_going").question))
    await (await sam.press(en(words.LEAVE_AS_IT_IS), asking)).wait_answered()
    await sam.wait_until(lambda: shown(sam, asking).buttons == [])
    await sam.send("just a note")
    await sam.next_message()

    assert await plan_of(bot) == {"warning_signs": "I skip meals"}
    assert await notes(bot) == ["just a note"]


async def test_carry_on_writing_starts_at_the_first_part_not_written(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    first = await begin_writing(sam)
    await (await sam.press(en(words.SKIP_PART), first)).wait_answered()
    second = await sam.expect_text("2 of 7")
    await sam.send("a walk round the block")
    third = await sam.expect_text("3 of 7")
    await (await sam.press(en(words.STOP_FOR_NOW), third)).wait_answered()

    await sam.command("/safetyplan")
    view = await sam.expect_text(en(words.PLAN_TITLE))
    await (await sam.press(en(words.CARRY_ON), view)).wait_answered()
    again = await sam.expect_text("1 of 7")
    await sam.send("I go quiet")
    after = await sam.expect_text("3 of 7")

    assert second.message_id != after.message_id
    assert await plan_of(bot) == {
        "on_my_own": "a walk round the block",
        "warning_signs": "I go quiet",
    }
    assert shown(sam, again).buttons == []


async def test_not_now_on_an_empty_plan_changes_nothing(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/safetyplan")
    offer = await sam.next_message()
    assert "no rush" in offer.text.lower()
    await (await sam.press(en(words.NOT_NOW), offer)).wait_answered()
    await sam.wait_until(lambda: shown(sam, offer).text == en(words.NOT_NOW_REPLY))
    await sam.send("a rainy day")
    await sam.next_message()

    assert shown(sam, offer).buttons == []
    assert await plan_of(bot) == {}
    assert await notes(bot) == ["a rainy day"]


async def test_old_plan_buttons_change_nothing_and_every_tap_is_answered(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    first = await begin_writing(sam)
    await sam.send("I go quiet")
    await sam.expect_text("2 of 7")

    old_buttons = [
        PlanButton(PlanAction.SKIP, "warning_signs").encode(),
        PlanButton(PlanAction.STOP, "warning_signs").encode(),
    ]
    for data in (*old_buttons, "p:bogus", "p:e:x", f"p:e:{len(PARTS)}", "p:k:0:1"):
        tap = await (await sam.press_data(data, first.message_id)).wait_answered()
        assert tap.text == en(words.STALE_TAP)
    await sam.send("a walk round the block")
    await sam.expect_text("3 of 7")

    assert await plan_of(bot) == {
        "warning_signs": "I go quiet",
        "on_my_own": "a walk round the block",
    }


async def test_the_plan_button_shows_the_plan(bot: RunningBot, sam: ScriptedPerson) -> None:
    await onboard(sam)
    await sam.command("/sos")
    sos = await sam.next_message()
    show = PlanButton(PlanAction.SHOW).encode()
    tap = await (await sam.press_data(show, sos.message_id)).wait_answered()
    offer = await sam.expect_text("safety plan is")

    assert tap.answered
    assert offer.button_texts == [en(words.WRITE_MY_PLAN), en(words.NOT_NOW)]
    assert shown(sam, sos).text == sos.text


async def test_the_plan_is_in_the_export_and_gone_after_delete(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await begin_writing(sam)
    await sam.send("I go quiet")
    await sam.send("a walk round the block")
    third = await sam.expect_text("3 of 7")
    await (await sam.press(en(words.STOP_FOR_NOW), third)).wait_answered()

    await sam.command("/export")
    exported = await sam.expect_text("Everything I keep")
    assert exported.document is not None
    archive = zipfile.ZipFile(io.BytesIO(exported.document.data))
    data = json.loads(archive.read("data.json"))
    journal = archive.read("journal.md").decode()
    assert [(p["part"], p["text"]) for p in data["safety_plan"]] == [
        ("warning_signs", "I go quiet"),
        ("on_my_own", "a walk round the block"),
    ]
    assert en(words.JOURNAL_HEADING) in journal and "a walk round the block" in journal

    await sam.command("/delete")
    question = await sam.next_message()
    await (await sam.press("Delete everything", question)).wait_answered()
    await sam.wait_until(lambda: "erased" in shown(sam, question).text)
    async with bot.services.sessions() as session:
        left = {
            table.name: await session.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        }
    assert left == dict.fromkeys(left, 0)


async def test_with_a_key_the_plan_is_encrypted_at_rest(
    start_bot: StartBot, sam: ScriptedPerson
) -> None:
    bot = await start_bot(encryption_key=Fernet.generate_key().decode())
    await onboard(sam)
    await begin_writing(sam)
    await sam.send("I go quiet")
    await sam.expect_text("2 of 7")

    async with bot.services.sessions() as session:
        raw = await session.scalar(text("SELECT text FROM safety_plan_parts"))
    assert raw is not None and raw.startswith("fernet:") and "quiet" not in raw
    assert await plan_of(bot) == {"warning_signs": "I go quiet"}


async def test_crisis_words_in_a_plan_answer_get_the_crisis_answer_and_are_kept(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    first = await begin_writing(sam)
    await sam.send(CRISIS_WORDS)
    answer = await sam.next_message()
    await sam.expect_silence(0.5)

    assert "findahelpline.com" in answer.text
    assert await plan_of(bot) == {"warning_signs": CRISIS_WORDS}
    assert await pending_of(bot) is not None and first.buttons != []
    assert await notes(bot) == []

    # The part is still open: more words join the first, and the plan carries on.
    await sam.send("I go quiet")
    await sam.expect_text("2 of 7")
    assert await plan_of(bot) == {"warning_signs": f"{CRISIS_WORDS}\nI go quiet"}
