"""Words for /start and the first questions."""

from __future__ import annotations

from bot.texts.common import COMPANION_NOT_THERAPIST

WELCOME_NEW = (
    "Hello, and welcome 🌿\n\n"
    "I'm smallsteps. Once a day I'll check in gently: how you're arriving, and one small "
    "step that fits the day you're having. Resting counts too.\n\n"
) + COMPANION_NOT_THERAPIST

WELCOME_BACK = (
    "Welcome back 🌿 Your settings are just as you left them.\n\n"
) + COMPANION_NOT_THERAPIST

ASK_TIMEZONE = (
    "First, where in the world are you? It helps me reach you at the right hour.\n\n"
    "Tap one below, type a city or zone (like Berlin, New York or UTC+2), "
    "or share your location with 📎."
)

ASK_CHECKIN_TIME = (
    "When would you like your morning check-in? Tap a time, or type your own (like 7:45 or 8.30)."
)

ONBOARDING_DONE = (
    "All set: {time}, {zone}. I'll check in then each day.\n"
    "There's nothing you need to do until then. /help shows everything else."
)

NOTE_BEFORE_ONBOARDING = (
    "I've kept what you wrote. Whenever you're ready, /start sets up your check-ins."
)

NOTE_KEPT = "Kept, safe with me 🌿"
