"""Words for /start and the first questions."""

from __future__ import annotations

from bot.texts.catalog import N_, Translator
from bot.texts.common import COMPANION_NOT_THERAPIST

WELCOME_NEW = N_(
    "Hello, and welcome 🌿\n\n"
    "I'm smallsteps. Once a day I'll check in gently: how you're arriving, and one small "
    "step that fits the day you're having. Resting counts too."
)

WELCOME_BACK = N_("Welcome back 🌿 Your settings are just as you left them.")

ASK_TIMEZONE = N_(
    "First, where in the world are you? It helps me reach you at the right hour.\n\n"
    "Tap one below, type a city or zone (like Berlin, New York or UTC+2), "
    "or share your location with 📎."
)

ASK_CHECKIN_TIME = N_(
    "When would you like your morning check-in? Tap a time, or type your own (like 7:45 or 8.30)."
)

ONBOARDING_DONE = N_(
    "All set: {time}, {zone}. I'll check in then each day.\n"
    "There's nothing you need to do until then. /help shows everything else."
)

NOTE_BEFORE_ONBOARDING = N_(
    "I've kept what you wrote. Whenever you're ready, /start sets up your check-ins."
)

NOTE_KEPT = N_("Kept, safe with me 🌿")


def welcome(tr: Translator, *, new: bool) -> str:
    """The first words after /start (or a first setter): hello, what the bot is and is not."""
    hello = tr(WELCOME_NEW if new else WELCOME_BACK)
    return f"{hello}\n\n{tr(COMPANION_NOT_THERAPIST)}"
