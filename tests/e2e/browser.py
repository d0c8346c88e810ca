"""The Mini App opened in a real browser (Debian's Chromium, headless, at a phone's size), with
launch data in the address as Telegram passes it."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

CHROMIUM = "/usr/bin/chromium"
MINIAPP_URL = "https://smallsteps.example/app"
PHONE = {"width": 360, "height": 740}
LIGHT = {"bg_color": "#ffffff", "text_color": "#222222", "hint_color": "#707579"}
DARK = {"bg_color": "#17212b", "text_color": "#f5f5f5", "hint_color": "#8f9ba6"}
# Where the README's screenshots come from (SMALLSTEPS_SCREENSHOTS=docs/screenshots).
SCREENSHOTS_ENVIRONMENT = "SMALLSTEPS_SCREENSHOTS"


def address(port: int, launch: str, theme: dict[str, str]) -> str:
    """The page's address as Telegram opens it: the launch parameters in the fragment."""
    fragment = f"tgWebAppData={quote(launch)}&tgWebAppVersion=8.0&tgWebAppPlatform=android"
    fragment += f"&tgWebAppThemeParams={quote(json.dumps(theme))}"
    return f"http://127.0.0.1:{port}/app#{fragment}"


async def opened(browser: Any, url: str) -> Any:
    """A phone-sized page at `url`, once the year (or its message) is shown."""
    page = await (await browser.new_context(viewport=PHONE, device_scale_factor=2)).new_page()
    await page.goto(url)
    # A selector, not a script: the page's Content-Security-Policy refuses evaluated strings.
    await page.wait_for_selector("#legend li, #status:not(:empty)")
    return page
