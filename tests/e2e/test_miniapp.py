"""The Mini App's year in a real browser (Debian's Chromium, headless, at a phone's size), opened
with launch data signed the way Telegram signs it, against the real application."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.core.launch_data import MAX_AGE, signed_launch
from bot.texts import year as year_texts
from testkit.clock import FakeClock
from testkit.fakeapi import FakeBotApi
from testkit.person import ScriptedPerson
from testkit.words import en
from tests.e2e.browser import (
    DARK,
    LIGHT,
    MINIAPP_URL,
    SCREENSHOTS_ENVIRONMENT,
    address,
    opened,
)
from tests.e2e.conftest import TOKEN, RunningBot, onboard
from tests.e2e.test_past_days import fill_in_monday

MONDAY_FILLED_IN = "Monday, 23 November 2026: Morning: Steady, Filled in later"


async def test_the_menu_button_opens_the_mini_app(
    with_miniapp: tuple[RunningBot, int], api: FakeBotApi
) -> None:
    actual = api.menu_buttons[None]
    expected = {
        "type": "web_app",
        "text": en(year_texts.YEAR_TITLE),
        "web_app": {"url": MINIAPP_URL},
    }
    assert actual == expected


async def test_no_mini_app_address_means_no_menu_button(bot: RunningBot, api: FakeBotApi) -> None:
    assert api.menu_buttons == {}


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
async def test_the_year_shows_each_day_with_its_mood_in_words(
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
    await fill_in_monday(sam)
    launch = signed_launch(sam.user_id, "en", TOKEN, clock())

    page = await opened(browser, address(port, launch, theme))

    days = page.locator("button.day[data-date]")
    monday = page.locator("button.day[data-date='2026-11-23']")
    assert await days.count() == 365
    assert await monday.get_attribute("aria-label") == MONDAY_FILLED_IN
    assert await monday.get_attribute("class") == "day kept m4 later"
    assert await page.locator("button.day.kept[data-date]").count() == 1
    background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == ("rgb(255, 255, 255)" if theme is LIGHT else "rgb(23, 33, 43)")
    assert await page.evaluate("document.body.scrollWidth <= 360")

    folder = Path(os.environ.get(SCREENSHOTS_ENVIRONMENT) or tmp_path)
    name = "light" if theme is LIGHT else "dark"
    await page.screenshot(path=str(folder / f"miniapp-year-{name}.png"))
    await monday.click()
    await page.wait_for_selector("form.day-form")
    assert await page.locator("#day .summary").inner_text() == MONDAY_FILLED_IN
    assert await page.locator("input[name=mood]:checked").get_attribute("value") == "4"
    assert await page.locator("textarea[name=words]").input_value() == "slow but okay"
    assert await page.locator("input[name=step]").input_value() == "walked to the shop"
    assert await page.locator("input[name=outcome]:checked").get_attribute("value") == "partly"


async def test_a_day_opens_from_the_keyboard(
    with_miniapp: tuple[RunningBot, int], clock: FakeClock, sam: ScriptedPerson, browser: Any
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    launch = signed_launch(sam.user_id, "en", TOKEN, clock())
    page = await opened(browser, address(port, launch, LIGHT))

    await page.locator("button.day[data-date='2026-11-23']").focus()
    await page.keyboard.press("Enter")

    assert (
        await page.locator("#day .summary").inner_text() == "Monday, 23 November 2026: Nothing kept"
    )


async def test_old_launch_data_asks_to_open_it_again(
    with_miniapp: tuple[RunningBot, int], clock: FakeClock, sam: ScriptedPerson, browser: Any
) -> None:
    _, port = with_miniapp
    await onboard(sam)
    launch = signed_launch(sam.user_id, "de", TOKEN, clock() - MAX_AGE - timedelta(minutes=1))

    page = await opened(browser, address(port, launch, LIGHT))

    assert await page.locator("button.day").count() == 0
    assert await page.locator("#status").inner_text() == (
        "Diese Seite ist schon eine Weile offen. Öffne sie bitte noch einmal aus dem Chat."
    )


YEAR_BUTTON = {"text": "📅 Your year", "web_app": {"url": MINIAPP_URL}}


async def test_history_and_the_summary_offer_the_year(
    with_miniapp: tuple[RunningBot, int], clock: FakeClock, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    clock.advance(hours=24)
    await fill_in_monday(sam)

    await sam.command("/history")
    history = await sam.next_message()
    await sam.command("/summary")
    summary = await sam.next_message()

    assert history.reply_markup == {"inline_keyboard": [[YEAR_BUTTON]]}
    assert summary.photo is not None
    assert summary.reply_markup == {"inline_keyboard": [[YEAR_BUTTON]]}


async def test_without_a_mini_app_history_has_no_button(
    bot: RunningBot, sam: ScriptedPerson
) -> None:
    await onboard(sam)
    await sam.command("/history")
    history = await sam.next_message()
    assert history.reply_markup is None


async def test_the_scheduled_weekly_summary_offers_the_year(
    with_miniapp: tuple[RunningBot, int], clock: FakeClock, api: FakeBotApi, sam: ScriptedPerson
) -> None:
    running, _ = with_miniapp
    await onboard(sam)
    clock.advance(hours=24)
    await fill_in_monday(sam)
    # Sunday 29 November, 18:00 in Berlin is 17:00 UTC.
    clock.set(datetime(2026, 11, 29, 17, 0, tzinfo=UTC))

    await running.deliver_due()
    await sam.wait_until(lambda: any(m.photo is not None for m in api.sent_to(sam.chat_id)))

    summary = next(m for m in api.sent_to(sam.chat_id) if m.photo is not None)
    assert summary.reply_markup == {"inline_keyboard": [[YEAR_BUTTON]]}


def menu_button(text: str) -> dict[str, object]:
    """A chat's menu button opening the Mini App under `text`."""
    return {"type": "web_app", "text": text, "web_app": {"url": MINIAPP_URL}}


async def test_the_menu_button_is_named_in_each_persons_language(
    with_miniapp: tuple[RunningBot, int], api: FakeBotApi, clock: FakeClock, browser: Any
) -> None:
    _, port = with_miniapp
    jonas = api.person(user_id=3003, first_name="Jonas", language_code="de")
    await jonas.command("/start")
    await jonas.expect_text("Wo auf der Welt")
    named_at_start = api.menu_buttons.get(jonas.chat_id)

    await jonas.command("/language")
    choices = await jonas.next_message()
    await (await jonas.press("Español", choices)).wait_answered()
    named_in_chat = await api.wait_until(
        lambda: api.menu_buttons.get(jonas.chat_id) == menu_button("Tu año"), 10
    )

    launch = signed_launch(jonas.user_id, "de", TOKEN, clock())
    page = await opened(browser, address(port, launch, LIGHT))
    await page.locator("#tab-settings").click()
    await page.locator("select[name=language]").select_option("fr")
    await page.locator("#view-settings button.primary").click()
    await page.locator("#view-settings .notice").wait_for()

    assert named_at_start == menu_button("Dein Jahr")
    assert named_in_chat
    assert api.menu_buttons.get(jonas.chat_id) == menu_button("Ton année")
    assert api.menu_buttons[None] == menu_button("Your year")


async def test_a_menu_button_telegram_refuses_leaves_the_chat_going(
    with_miniapp: tuple[RunningBot, int], api: FakeBotApi, sam: ScriptedPerson
) -> None:
    api.fail_next("setChatMenuButton", 400, description="Bad Request: chat not found")

    await sam.command("/start")
    question = await sam.expect_text("where in the world")

    assert question.text is not None
    assert sam.chat_id not in api.menu_buttons
