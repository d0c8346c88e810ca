"""The languages smallsteps speaks, and which one a Telegram language code means."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """A language the bot speaks; the value is what is stored with a person.

    New languages go at the end: /language buttons name a language by its place here.
    """

    EN = "en"
    ES = "es"
    DE = "de"
    RU = "ru"
    PT = "pt"  # Brazilian Portuguese: "pt", "pt-br" and "pt-PT" all come here.
    FR = "fr"


DEFAULT = Language.EN


def language_of(code: str | None) -> Language:
    """The language a code such as Telegram's `language_code` means: English if none or unknown.

    Telegram sends an IETF tag ("de", "pt-br", "en-GB"); only its first part is read, in any case
    and with "-" or "_", so "de-AT" is German and "PT_br" Portuguese.
    """
    if not code:
        return DEFAULT
    primary = code.strip().replace("_", "-").split("-", 1)[0].lower()
    try:
        return Language(primary)
    except ValueError:
        return DEFAULT
