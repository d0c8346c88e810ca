"""Words for /settings and the direct setters."""

from __future__ import annotations

from bot.texts.catalog import N_, Msg

SETTINGS_TITLE = N_("Your settings 🌿")
SETTINGS_LINES = N_(
    "Timezone: {zone}\n"
    "Daily check-in: {time}\n"
    "Evening question: {evening}\n"
    "Weekly summary: {weekly}\n"
    "Nudges: {nudges}"
)
NOT_SET = N_("not set yet")
OFF = N_("off")
NUDGES_ON = N_("on")
NUDGES_PAUSED_UNTIL = N_("paused until {until}")
NUDGES_PAUSED = N_("paused (send /resume when you're ready)")
SETTINGS_HINT = N_("Tap one to change it.")
# A tapped /settings message, once its question is on the way.
CHANGING = N_("Changing your {name} ↓")

BUTTON_TIMEZONE = N_("🌍 Timezone")
BUTTON_CHECKIN_TIME = N_("☀️ Check-in time")
BUTTON_EVENING = N_("🌙 Evening question")
BUTTON_WEEKLY = N_("📅 Weekly summary")
BUTTON_OFF = N_("Off")

ASK_EVENING = N_(
    "Would you like a short evening question about your step? Tap a time, type one "
    "(like 20:30), or choose Off."
)
ASK_WEEKLY = N_(
    "When would you like your weekly summary? Tap one, type a day and time "
    "(like sun 18:00), or choose Off."
)

TIMEZONE_SET = N_("Timezone saved: {zone} (it's {local_time} there now).")
CHECKIN_TIME_SET = N_("Daily check-in saved: {time}, {zone}.")
EVENING_SET = N_("Evening question saved: {time}, {zone}.")
EVENING_OFF = N_("No evening question. You can turn it on any time with /evening 20:00.")
WEEKLY_SET = N_("Weekly summary saved: {day} {time}, {zone}.")
# Before a timezone is chosen, a time is kept without claiming a zone the person never picked.
CHECKIN_TIME_SET_NO_ZONE = N_(
    "Daily check-in saved: {time}. It will follow your own clock once I know where you are."
)
EVENING_SET_NO_ZONE = N_(
    "Evening question saved: {time}. It will follow your own clock once I know where you are."
)
WEEKLY_SET_NO_ZONE = N_(
    "Weekly summary saved: {day} {time}. It will follow your own clock once I know where you are."
)
WEEKLY_OFF = N_("No weekly summary. /weekly sun 18:00 turns it back on.")

CHOSEN = N_("{label}: {value} ✓")
LABEL_TIMEZONE = N_("Timezone")
LABEL_CHECKIN_TIME = N_("Daily check-in")
LABEL_EVENING = N_("Evening question")
LABEL_WEEKLY = N_("Weekly summary")
# The same, inside a sentence ("Changing your {name}"): each language writes its own case.
NAME_TIMEZONE = N_("timezone")
NAME_CHECKIN_TIME = N_("daily check-in")
NAME_EVENING = N_("evening question")
NAME_WEEKLY = N_("weekly summary")

# A setter that cannot read its argument says why, with an example, and changes nothing.
TIMEZONE_NOT_UNDERSTOOD = N_(
    "I couldn't find that timezone, so nothing changed. Try a city, a zone name or an "
    "offset, for example: /timezone Berlin, /timezone America/New_York or /timezone UTC+5:30."
)
LOCATION_NOT_UNDERSTOOD = N_(
    "I couldn't tell the timezone from that spot, so nothing changed. "
    "You could type a nearby city instead, like /timezone Lisbon."
)
TIME_NOT_UNDERSTOOD = N_(
    "I couldn't read that as a time, so nothing changed. For example: /time 7:45, "
    "/time 8.30 or /time 9am."
)
EVENING_NOT_UNDERSTOOD = N_(
    "I couldn't read that as a time, so nothing changed. For example: /evening 20:30, "
    "/evening 9pm, or /evening off."
)
WEEKLY_NOT_UNDERSTOOD = N_(
    "I couldn't read that as a day and time, so nothing changed. For example: "
    "/weekly sun 18:00, /weekly fri 5pm, or /weekly off."
)
# Typed answers that cannot be read: examples are plain typing, and the wording varies so a
# second or third try does not meet the same lines. Choose with bot.texts.shape.pick.
TYPED_TIMEZONE_NOT_UNDERSTOOD: tuple[Msg, ...] = (
    N_(
        "I couldn't place that one. A city near you works best, like Berlin or New York. "
        "A zone name (Asia/Kolkata) or an offset (UTC+2) works too."
    ),
    N_(
        "Hmm, I don't know that place yet. Could you try a big city in your timezone, "
        "like Berlin, Lisbon or Chicago?"
    ),
    N_(
        "That one's new to me. You could type an offset from UTC, like UTC+2 or UTC-5, "
        "or a city such as Berlin. The buttons above work too."
    ),
)
TYPED_TIME_NOT_UNDERSTOOD: tuple[Msg, ...] = (
    N_("I couldn't read that as a time. You could type it like 7:45, 8.30 or 9am."),
    N_("Hmm, that time doesn't look right to me. Something like 7:45 or 20:30 works."),
    N_("I didn't catch a time there. Just the hour and minutes, like 7:45, is plenty."),
)
TYPED_EVENING_NOT_UNDERSTOOD: tuple[Msg, ...] = (
    N_("I couldn't read that as a time. You could type 20:30 or 9pm, or just off."),
    N_("Hmm, I didn't catch a time there. Something like 20:30 works, or off for none."),
    N_("That time doesn't look right to me. Try 21:00, or off if you'd rather not."),
)
TYPED_WEEKLY_NOT_UNDERSTOOD: tuple[Msg, ...] = (
    N_("I couldn't read that as a day and time. You could type sun 18:00 or fri 5pm, or off."),
    N_("Hmm, I need a day and a time, like sun 18:00. Or off, for no summary."),
    N_("I didn't catch that. A short day and a time works, like mon 8:00, or just off."),
)
KEPT_STILL_ASKING = N_(
    "I've kept what you wrote. Whenever you're ready, I still need your {question} "
    "(the buttons above work, or just type it)."
)
STALE_BUTTON = N_(
    "That button is from an older message, so nothing changed. /settings has fresh ones."
)
ALREADY_ON = N_("Your check-ins were already on, so nothing needed resuming 🌿")
LOCATION_NOT_ASKED = N_(
    "Thank you. I only use a location to set your timezone, so nothing changed. "
    "To change it, send /timezone and then share your location."
)

# An evening time at or before the check-in (or a check-in time at or after the evening).
EVENING_NOT_AFTER_CHECKIN = N_(
    "The evening question asks how your step went, so it comes after your check-in at "
    "{checkin}. Nothing changed."
)
EVENING_EXAMPLE = N_("A later time works, for example /evening {example}.")
NO_EVENING_LEFT = N_(
    "There's no time left after it that day: /time moves your check-in earlier, "
    "or /evening off turns the evening question off."
)
CHECKIN_NOT_BEFORE_EVENING = N_(
    "Your evening question comes at {evening} and asks how the day's step went, so the "
    "check-in comes before it. Nothing changed."
)
CHECKIN_EXAMPLE = N_(
    "An earlier time works, for example /time {example}, or /evening off turns the evening "
    "question off."
)
NO_CHECKIN_LEFT = N_("/evening off turns the evening question off, or /evening moves it.")
