"""The Mini App's forms in a real browser (Debian's Chromium, headless, phone-sized): a day filled
in and changed, the safety plan written, a setting changed, and each seen in the chat's
/history, /safetyplan, /settings and /export."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from bot.core.languages import Language
from bot.core.launch_data import signed_launch
from bot.handlers.checkin_views import MOOD_EMOJI
from bot.texts import miniapp as miniapp_texts
from bot.texts import settings as settings_texts
from bot.texts import year as year_texts
from bot.texts.catalog import translator
from testkit.clock import FakeClock
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.e2e.browser import DARK, LIGHT, SCREENSHOTS_ENVIRONMENT, address, opened
from tests.e2e.conftest import TOKEN, RunningBot, onboard
from tests.e2e.test_languages import journal_of
from tests.e2e.test_past_days import fill_in_monday

MONDAY = "button.day[data-date='2026-11-23']"


async def chat_answer(person: ScriptedPerson, command: str) -> str:
    """What the bot answers to a command."""
    await person.command(command)
    return (await person.next_message()).text or ""


async def page_for(
    browser: Any, port: int, sam: ScriptedPerson, clock: FakeClock, theme: dict[str, str]
) -> Any:
    """Sam's page, signed now, as Telegram opens it."""
    launch = signed_launch(sam.user_id, "en", TOKEN, clock())
    return await opened(browser, address(port, launch, theme))


async def open_monday(page: Any) -> None:
    """Tap Monday in the year and wait for its form."""
    await page.locator(MONDAY).click()
    await page.wait_for_selector("form.day-form")


async def save(page: Any, where: str) -> str:
    """Press Save and wait for what the page says back."""
    await page.locator(f"{where} button.primary").click()
    notice = page.locator(f"{where} .notice")
    await notice.wait_for()
    return str(await notice.inner_text())


def screenshot_folder(tmp_path: Path) -> Path:
    """Where screenshots go: the README's folder when asked, else the test's own."""
    return Path(os.environ.get(SCREENSHOTS_ENVIRONMENT) or tmp_path)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
async def test_an_empty_day_is_filled_in_and_shows_in_history_and_export(
    with_miniapp: tuple[RunningBot, int],
    clock: FakeClock,
    sam: ScriptedPerson,
    browser: Any,
    theme: dict[str, str],
    tmp_path: Path,
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    clock.advance(hours=24)
    page = await page_for(browser, port, sam, clock, theme)

    await open_monday(page)
    await page.locator("input[name=mood][value='3']").check()
    await page.locator("textarea[name=words]").fill("tired but here")
    await page.locator("input[name=step]").fill("watered the plants")
    await page.locator("input[name=outcome][value='partly']").check()
    await page.locator("textarea[name=note]").fill("the sun came out")
    name = "light" if theme is LIGHT else "dark"
    await page.screenshot(path=str(screenshot_folder(tmp_path) / f"miniapp-day-form-{name}.png"))
    said = await save(page, "#day")

    monday = page.locator(MONDAY)
    assert said == en(miniapp_texts.SAVED)
    assert await monday.get_attribute("class") == "day kept m3 later chosen"
    assert await monday.get_attribute("aria-label") == (
        "Monday, 23 November 2026: Morning: In between, Filled in later"
    )
    assert await page.evaluate("document.body.scrollWidth <= 360")
    history = await chat_answer(sam, "/history")
    assert f"Mon 23 Nov · {MOOD_EMOJI[3]} · tired but here · watered the plants" in history
    journal = await journal_of(sam)
    assert "Small step: watered the plants (partly done)" in journal
    assert "Note: the sun came out" in journal


async def test_a_mood_given_in_the_chat_is_changed_on_the_page(
    with_miniapp: tuple[RunningBot, int], clock: FakeClock, sam: ScriptedPerson, browser: Any
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    clock.advance(hours=24)
    await fill_in_monday(sam)
    page = await page_for(browser, port, sam, clock, LIGHT)

    await open_monday(page)
    assert await page.locator("input[name=mood][value='4']").is_checked()
    await page.locator("input[name=mood][value='5']").check()
    said = await save(page, "#day")

    assert said == en(miniapp_texts.SAVED)
    assert await page.locator(MONDAY).get_attribute("class") == "day kept m5 later chosen"
    history = await chat_answer(sam, "/history")
    assert f"Mon 23 Nov · {MOOD_EMOJI[5]} · slow but okay · walked to the shop" in history
    assert "- Mood: Bright" in await journal_of(sam)


async def test_a_day_more_than_a_week_ago_is_read_not_changed(
    with_miniapp: tuple[RunningBot, int], clock: FakeClock, sam: ScriptedPerson, browser: Any
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    clock.advance(days=9)
    page = await page_for(browser, port, sam, clock, LIGHT)

    await page.locator(MONDAY).click()
    await page.wait_for_selector("#day .hint")

    assert await page.locator("#day .hint").inner_text() == en(miniapp_texts.READ_ONLY)
    assert await page.locator("form.day-form").count() == 0


async def test_a_step_outcome_without_a_step_is_refused_kindly(
    with_miniapp: tuple[RunningBot, int], clock: FakeClock, sam: ScriptedPerson, browser: Any
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    clock.advance(hours=24)
    page = await page_for(browser, port, sam, clock, LIGHT)

    await open_monday(page)
    await page.locator("input[name=outcome][value='done']").check()
    said = await save(page, "#day")

    assert said == en(miniapp_texts.NO_STEP)
    assert await page.locator(MONDAY).get_attribute("class") == "day chosen"


async def test_crisis_words_on_the_page_are_answered_with_people_to_reach(
    with_miniapp: tuple[RunningBot, int], clock: FakeClock, sam: ScriptedPerson, browser: Any
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    clock.advance(hours=24)
    page = await page_for(browser, port, sam, clock, LIGHT)

    await open_monday(page)
    await page.locator("textarea[name=note]").fill("I want to end my life")
    said = await save(page, "#day")

    assert "TelefonSeelsorge" in said
    assert await page.locator("#day .notice").get_attribute("role") == "alert"
    assert await page.locator("#day .kept li").all_inner_texts() == [
        en(miniapp_texts.KEPT_NOT_SHOWN)
    ]


async def test_the_safety_plan_is_written_on_the_page(
    with_miniapp: tuple[RunningBot, int],
    clock: FakeClock,
    sam: ScriptedPerson,
    browser: Any,
    tmp_path: Path,
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    page = await page_for(browser, port, sam, clock, LIGHT)

    await page.locator("#tab-plan").click()
    await page.locator("textarea[name=warning_signs]").fill("I sleep badly")
    await page.locator("textarea[name=keeps_me_going]").fill("my cat")
    said = await save(page, "#view-plan")
    await page.evaluate("window.scrollTo(0, 0)")
    await page.screenshot(path=str(screenshot_folder(tmp_path) / "miniapp-plan-light.png"))

    assert said == en(miniapp_texts.SAVED)
    plan = await chat_answer(sam, "/safetyplan")
    assert "I sleep badly" in plan
    assert "my cat" in plan
    journal = await journal_of(sam)
    assert "I sleep badly" in journal


async def test_a_written_part_cannot_be_emptied_on_the_page(
    with_miniapp: tuple[RunningBot, int], clock: FakeClock, sam: ScriptedPerson, browser: Any
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    page = await page_for(browser, port, sam, clock, LIGHT)
    await page.locator("#tab-plan").click()
    await page.locator("textarea[name=warning_signs]").fill("I sleep badly")
    await save(page, "#view-plan")

    await page.locator("textarea[name=warning_signs]").fill("")
    said = await save(page, "#view-plan")

    assert said == en(miniapp_texts.PART_EMPTY)
    assert "I sleep badly" in await chat_answer(sam, "/safetyplan")


async def test_a_setting_is_changed_on_the_page(
    with_miniapp: tuple[RunningBot, int],
    clock: FakeClock,
    sam: ScriptedPerson,
    browser: Any,
    tmp_path: Path,
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    page = await page_for(browser, port, sam, clock, DARK)

    await page.locator("#tab-settings").click()
    await page.locator("input[name=zone_search]").fill("Lisb")
    await page.locator("button.zone-choice").first.click()
    await page.locator("input[name=checkin]").fill("09:15")
    said = await save(page, "#view-settings")
    await page.evaluate("window.scrollTo(0, 0)")
    await page.screenshot(path=str(screenshot_folder(tmp_path) / "miniapp-settings-dark.png"))

    assert said == en(miniapp_texts.SAVED)
    assert await page.locator(".chosen-zone").inner_text() == "Europe/Lisbon (UTC+00:00)"
    settings = await chat_answer(sam, "/settings")
    assert "Europe/Lisbon" in settings
    assert "09:15" in settings
    journal = await journal_of(sam)
    assert "- Timezone: Europe/Lisbon" in journal
    assert "- Daily check-in: 09:15" in journal


async def test_the_language_changed_on_the_page_is_the_chats_too(
    with_miniapp: tuple[RunningBot, int], clock: FakeClock, sam: ScriptedPerson, browser: Any
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    page = await page_for(browser, port, sam, clock, LIGHT)

    await page.locator("#tab-settings").click()
    await page.locator("select[name=language]").select_option("de")
    said = await save(page, "#view-settings")

    german = translator(Language.DE)
    assert said == german(miniapp_texts.SAVED)
    assert await page.locator("#tab-plan").inner_text() == german(miniapp_texts.TAB_PLAN)
    assert await page.locator("#title").inner_text() == german(miniapp_texts.TAB_SETTINGS)
    assert await page.locator("html").get_attribute("lang") == "de"
    assert german(settings_texts.SETTINGS_TITLE) in await chat_answer(sam, "/settings")


async def test_a_page_left_open_past_the_hour_asks_to_be_opened_again(
    with_miniapp: tuple[RunningBot, int], clock: FakeClock, sam: ScriptedPerson, browser: Any
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    clock.advance(hours=24)
    page = await page_for(browser, port, sam, clock, LIGHT)
    await open_monday(page)
    await page.locator("input[name=mood][value='2']").check()

    clock.advance(hours=1, minutes=1)
    said = await save(page, "#day")
    await page.locator("#tab-settings").click()
    await page.locator("#view-settings .notice").wait_for()

    again = en(year_texts.OPEN_AGAIN)
    assert said == again
    assert await page.locator("#view-settings .notice").inner_text() == again
    assert "Mon 23 Nov" not in await chat_answer(sam, "/history")
