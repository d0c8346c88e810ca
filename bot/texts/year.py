"""Words for the Mini App's year calendar."""

from __future__ import annotations

from typing import Final

from bot.texts.catalog import N_

YEAR_TITLE: Final = N_("Your year")
NOTHING_KEPT: Final = N_("Nothing kept")
MORNING_MOOD: Final = N_("Morning: {mood}")
EVENING_MOOD: Final = N_("Evening: {mood}")
# The day, then what it held: "Monday 7 December 2026: Morning: Steady, Evening: Bright".
DAY_SUMMARY: Final = N_("{day}: {facts}")
OPEN_AGAIN: Final = N_("This page has been open a while. Please open it again from the chat.")
NOT_LOADED: Final = N_("Your year could not be loaded just now. Please try again in a moment.")
