"""Words for /settings and the direct setters."""

from __future__ import annotations

SETTINGS_TITLE = "Your settings 🌿"
SETTINGS_LINES = (
    "Timezone: {zone}\n"
    "Daily check-in: {time}\n"
    "Evening question: {evening}\n"
    "Weekly summary: {weekly}\n"
    "Nudges: {nudges}"
)
NOT_SET = "not set yet"
OFF = "off"
NUDGES_ON = "on"
NUDGES_PAUSED_UNTIL = "paused until {until}"
NUDGES_PAUSED = "paused (send /resume when you're ready)"
SETTINGS_HINT = "Tap one to change it."

BUTTON_TIMEZONE = "🌍 Timezone"
BUTTON_CHECKIN_TIME = "☀️ Check-in time"
BUTTON_EVENING = "🌙 Evening question"
BUTTON_WEEKLY = "📅 Weekly summary"
BUTTON_OFF = "Off"

ASK_EVENING = (
    "Would you like a short evening question about your step? Tap a time, type one "
    "(like 20:30), or choose Off."
)
ASK_WEEKLY = (
    "When would you like your weekly summary? Tap one, type a day and time "
    "(like sun 18:00), or choose Off."
)

TIMEZONE_SET = "Timezone saved: {zone} (it's {local_time} there now)."
CHECKIN_TIME_SET = "Daily check-in saved: {time}, {zone}."
EVENING_SET = "Evening question saved: {time}, {zone}."
EVENING_OFF = "No evening question. You can turn it on any time with /evening 20:00."
WEEKLY_SET = "Weekly summary saved: {day} {time}, {zone}."
WEEKLY_OFF = "No weekly summary. /weekly sun 18:00 turns it back on."

CHOSEN = "{label}: {value} ✓"
LABEL_TIMEZONE = "Timezone"
LABEL_CHECKIN_TIME = "Daily check-in"
LABEL_EVENING = "Evening question"
LABEL_WEEKLY = "Weekly summary"

# A setter that cannot read its argument says why, with an example, and changes nothing.
TIMEZONE_NOT_UNDERSTOOD = (
    "I couldn't find that timezone, so nothing changed. Try a city, a zone name or an "
    "offset, for example: /timezone Berlin, /timezone America/New_York or /timezone UTC+5:30."
)
LOCATION_NOT_UNDERSTOOD = (
    "I couldn't tell the timezone from that spot, so nothing changed. "
    "You could type a nearby city instead, like /timezone Lisbon."
)
TIME_NOT_UNDERSTOOD = (
    "I couldn't read that as a time, so nothing changed. For example: /time 7:45, "
    "/time 8.30 or /time 9am."
)
EVENING_NOT_UNDERSTOOD = (
    "I couldn't read that as a time, so nothing changed. For example: /evening 20:30, "
    "/evening 9pm, or /evening off."
)
WEEKLY_NOT_UNDERSTOOD = (
    "I couldn't read that as a day and time, so nothing changed. For example: "
    "/weekly sun 18:00, /weekly fri 5pm, or /weekly off."
)
KEPT_STILL_ASKING = (
    "I've kept what you wrote. Whenever you're ready, I still need your {question} "
    "(the buttons above work, or just type it)."
)
STALE_BUTTON = "That button is from an older message, so nothing changed. /settings has fresh ones."
LOCATION_NOT_ASKED = (
    "Thank you. I only use a location to set your timezone, so nothing changed. "
    "To change it, send /timezone and then share your location."
)
