"""Words for /language: each language named in its own words, and the question around them."""

from __future__ import annotations

from typing import Final

from bot.core.languages import Language
from bot.texts.catalog import N_

# Each language in its own words: a person looking for theirs reads it, whatever is set now.
NAMES: Final = {
    Language.EN: "English",
    Language.ES: "Español",
    Language.DE: "Deutsch",
    Language.RU: "Русский",
    Language.PT: "Português (Brasil)",
    Language.FR: "Français",
}

CHOOSE: Final = N_("I speak {language} with you now. Which language would you like?")
CHOSEN: Final = N_("Done. 🌿 From now on I'll speak with you in this language.")
STALE: Final = N_(
    "That button is from an older message, so nothing changed. /language has fresh ones."
)
