"""Words for the Mini App's day, safety plan and settings forms (the year's are in `year`)."""

from __future__ import annotations

from typing import Final

from bot.texts.catalog import N_

TAB_PLAN: Final = N_("Safety plan")
TAB_SETTINGS: Final = N_("Settings")

# A day opened from the year.
MOOD: Final = N_("Mood")
EVENING_MOOD: Final = N_("Evening mood")
THREE_WORDS: Final = N_("Three words")
SMALL_STEP: Final = N_("Small step")
STEP_PLACEHOLDER: Final = N_("One small thing, in your own words")
REST: Final = N_("A rest day")
HOW_IT_WENT: Final = N_("How it went")
NOTES: Final = N_("Notes")
ADD_NOTE: Final = N_("Add a note")
REFLECTIONS: Final = N_("Reflections")
KEPT_NOT_SHOWN: Final = N_("Kept, not shown here")
MEDIA_KEPT: Final = N_("A voice note, photo or file (in the chat)")
SAVE: Final = N_("Save")
SAVED: Final = N_("Saved. 🌿")
CLOSE: Final = N_("Close")
READ_ONLY: Final = N_("Days more than a week ago can be read but not changed, here as in the chat.")
NOT_YET: Final = N_("That day hasn't come yet.")
NOTHING_TO_SAVE: Final = N_("Nothing has changed yet.")

# Why a day's edit was refused; nothing changed.
REST_AND_STEP: Final = N_("A day has a rest or a step, not both. Please choose one.")
NO_STEP: Final = N_("How it went needs a step first. Please write the step too.")
NOT_SAVED: Final = N_("That could not be saved, so nothing changed. Please check it and try again.")

# The safety plan's form.
PLAN_INTRO: Final = N_(
    "Your plan, in your own words, for the hard moments. Write as much or as little as you like."
)
PART_EMPTY: Final = N_("A part you wrote can be changed, but not left empty here. Nothing changed.")

# The settings form.
NUDGES: Final = N_("Nudges")
# The choice that leaves nudges coming, beside the two ways to pause them.
NUDGES_ON: Final = N_("On")
PAUSE_FOR: Final = N_("Pause for some days")
PAUSE_DAYS: Final = N_("Days")
PAUSE_UNTIL_RESUMED: Final = N_("Pause until I turn them back on")
ZONE_SEARCH: Final = N_("Search for a city or timezone")
ZONE_NONE: Final = N_("No place found by that name. Try a nearby big city.")
WEEKLY_DAY: Final = N_("Day")
LANGUAGE: Final = N_("Language")
