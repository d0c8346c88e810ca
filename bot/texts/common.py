"""Words used across features: help, privacy, the command menu, errors and odd input."""

from __future__ import annotations

from collections.abc import Mapping

from bot.core.conversation import Kind
from bot.texts.catalog import N_, Msg, Translator

COMPANION_NOT_THERAPIST = N_(
    "I'm a small companion for daily check-ins, not a therapist and not a crisis service. "
    "If you are in danger or thinking about ending your life, /sos shows people you can "
    "reach right now."
)

# What Telegram shows before the first /start: the profile (up to 512 characters) and the
# short line on the bot's page and in shares (up to 120).
DESCRIPTION = N_(
    "A gentle daily check-in, for people rebuilding their lives one small step at a time: how "
    "you're arriving, three words if you like, and one small step that fits the day. Resting "
    "counts too.\n\n"
    "I'm not a therapist and not a crisis service. If you are in danger, please call your "
    "local emergency number or a helpline; /sos shows some."
)
SHORT_DESCRIPTION = N_("Gentle daily check-ins, one small step at a time. Not a crisis service.")

# (command, menu description) in the order people meet them.
COMMAND_MENU: tuple[tuple[str, Msg], ...] = (
    ("checkin", N_("Check in now")),
    ("step", N_("Today's small step")),
    ("reflect", N_("One gentle question to sit with")),
    ("summary", N_("Your week so far")),
    ("history", N_("The last two weeks")),
    ("yesterday", N_("Fill in or change one of the last seven days")),
    ("settings", N_("Times, timezone and more")),
    ("time", N_("Daily check-in time, e.g. /time 8:30")),
    ("evening", N_("Evening question time, or off")),
    ("weekly", N_("Weekly summary day and time")),
    ("timezone", N_("Your timezone, e.g. /timezone Berlin")),
    ("pause", N_("Pause the nudges for a while")),
    ("resume", N_("Start the nudges again")),
    ("cancel", N_("Let a waiting question go")),
    ("export", N_("Download everything kept about you")),
    ("import", N_("Bring in your history from Daylio")),
    ("delete", N_("Erase everything kept about you")),
    ("privacy", N_("What is kept, and why")),
    ("sos", N_("People to talk to right now")),
    ("safetyplan", N_("Your safety plan, in your own words")),
    ("help", N_("What I can do")),
    ("start", N_("Begin, or begin again")),
)

HELP = N_(
    "🌿 Here's what I can do\n\n"
    "Each morning at your time I'll ask how you're arriving, then help you pick one small "
    "step. That's all. Anything you write to me is kept for you.\n\n"
    "/checkin — check in now\n"
    "/step — today's small step\n"
    "/reflect — one gentle question to sit with\n"
    "/summary — your week so far\n"
    "/history — the last two weeks\n"
    "/yesterday — fill in or change one of the last seven days\n"
    "/settings — see and change your settings\n"
    "/time 8:30 — your daily check-in time\n"
    "/evening 20:00 or /evening off — an evening question about your step\n"
    "/weekly sun 18:00 or /weekly off — your weekly summary\n"
    "/timezone Berlin — your timezone (a city, a zone name, or UTC+2)\n"
    "/pause 3 — pause the nudges (or /pause for as long as you like); /resume\n"
    "/cancel — let a waiting question go\n"
    "/export — everything kept about you, as a file\n"
    "/import — bring in your history from Daylio\n"
    "/delete — erase all of it\n"
    "/privacy — what is kept\n"
    "/sos — people to talk to right now\n"
    "/safetyplan — a safety plan in your own words, for a very hard day\n"
    "/language — the language I speak with you"
)

PRIVACY = N_(
    "What I keep, and only for you:\n"
    "• your settings (timezone, times, pauses)\n"
    "• your check-ins: mood taps, feeling words, small steps and how they went\n"
    "• anything you write to me, your reflections and your safety plan\n"
    "• when I sent you a message, so nothing is sent twice\n\n"
    "It lives in the database of whoever runs this bot, and nowhere else. I never share it.\n"
    "/export sends you all of it as a file. /delete erases all of it, after asking once."
)

GROUP_ONLY_PRIVATE = N_(
    "Hello 🌿 I only work in private chats, one person at a time, so I'll step out of this "
    "group. To start, open a private chat with me and send /start."
)

UNSUPPORTED_CONTENT = N_(
    "I can't keep stickers and the like, but I'm glad you're here. If you'd like, put it "
    "into a few words, or send a voice note or a photo, and I'll keep it."
)

# For someone the bot keeps nothing about (never started, or erased it all): nothing is created.
NOTHING_KEPT_YET = N_(
    "I don't keep anything about you yet, so there's nothing to show. "
    "Whenever you'd like to begin, send /start 🌿"
)

UNKNOWN_COMMAND = N_("I don't know that command. /help shows what I can do.")

SOMETHING_WENT_WRONG = N_(
    "Something went wrong on my side, sorry. What you wrote is kept. Please try again in a moment."
)


UNKNOWN_BUTTON = N_(
    "That button no longer does anything, so nothing changed. /help shows what I can do."
)


def help_text(tr: Translator) -> str:
    """/help: what the bot does, its commands, and what it is not."""
    return f"{tr(HELP)}\n\n{tr(COMPANION_NOT_THERAPIST)}"


# /cancel, by what was waiting.
CANCELLED: Mapping[Kind, Msg] = {
    Kind.NOTHING: N_(
        "There's no question waiting, so there's nothing to cancel. Anything you write is kept "
        "as a note for today."
    ),
    Kind.SETUP: N_(
        "Okay, we'll leave setting up there. Nothing you've answered is lost, and /start picks "
        "it up whenever you like."
    ),
    Kind.CHECKIN: N_(
        "Okay, I've set that question down. What you've already answered is kept, and "
        "/checkin picks up where you left off."
    ),
    Kind.REFLECTION: N_(
        "Okay, I've set that question down. What you wrote is kept. /reflect brings another one "
        "whenever you like."
    ),
    Kind.PLAN: N_(
        "Okay, we'll leave the plan here. What you've written so far is kept, and /safetyplan "
        "opens it again."
    ),
    Kind.IMPORT: N_("Okay, no import for now. Nothing was brought in; /import asks again."),
}

# A voice note, photo, video note, video, audio or file sent: kept with the day.
MEDIA_KEPT: Mapping[str, Msg] = {
    "voice": N_("Your voice note is kept with today's notes. 🌿"),
    "video_note": N_("Your video note is kept with today's notes. 🌿"),
    "photo": N_("Your photo is kept with today's notes. 🌿"),
    "video": N_("Your video is kept with today's notes. 🌿"),
    "audio": N_("Your recording is kept with today's notes. 🌿"),
    "document": N_("Your file is kept with today's notes. 🌿"),
}
