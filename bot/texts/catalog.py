"""Every word a person sees, in their language: gettext catalogs (.po) read with Babel.

The texts modules hold the English words, marked with `N_` (they are the catalog's msgids).
A marked message is a `Msg`, not a `str`: it cannot be sent, formatted or joined until a
`Translator` for the person's language has turned it into words, so mypy finds any message
that would bypass the catalog. The translator is handed along with each update and each
delivery: there is no process-wide language.
Catalogs live in `bot/locales/<language>/LC_MESSAGES/smallsteps.po`; see docs/translating.md.
"""

from __future__ import annotations

import functools
import gettext
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Final

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.core.languages import Language
from bot.texts.shape import pick

DOMAIN: Final = "smallsteps"
# The locale each language's dates, weekday names and plurals follow (CLDR, through Babel).
BABEL_LOCALES: Final = {
    Language.EN: "en_GB",
    Language.ES: "es",
    Language.DE: "de",
    Language.RU: "ru",
    Language.PT: "pt_BR",
    Language.FR: "fr",
}


@dataclass(frozen=True, slots=True)
class Msg:
    """Words marked for the catalog: the English msgid, not yet in anyone's language."""

    english: str

    def __str__(self) -> str:
        """Never: a message becomes words only through a Translator (mypy cannot see f-strings)."""
        raise TypeError(f"translate {self.english[:40]!r} with a Translator before showing it")

    def __format__(self, spec: str) -> str:
        """Never, as for str()."""
        return str(self)


def N_(message: str) -> Msg:  # noqa: N802 (gettext's own name for the marker)
    """Mark English words for the catalog; they are translated where they are shown."""
    return Msg(message)


class Translator:
    """One language's words, dates and plurals."""

    def __init__(self, language: Language, translations: gettext.NullTranslations) -> None:
        self.language = language
        self.locale = Locale.parse(BABEL_LOCALES[language])
        self._translations = translations

    def __call__(self, message: Msg) -> str:
        """The message in this language."""
        return self._translations.gettext(message.english)

    def plural(self, singular: str, plural: str, count: int) -> str:
        """The form of a counted message that fits `count` in this language."""
        return self._translations.ngettext(singular, plural, count)

    def pick(self, variants: Sequence[Msg], seed: int) -> str:
        """One of several variants, chosen by `seed`, in this language."""
        return self(pick(variants, seed))

    def full_date(self, day: date) -> str:
        """A date written out in full, weekday and year too: Monday, 7 December 2026."""
        return format_date(day, "full", locale=self.locale)

    def date(self, day: date, skeleton: str = "MMMEd") -> str:
        """A date as this language writes it, from a CLDR skeleton ("MMMEd": Mon 23 Nov)."""
        return format_skeleton(skeleton, day, locale=self.locale)

    def weekday(self, index: int, width: str = "wide") -> str:
        """A weekday's name (0 is Monday), "wide" (Monday) or "abbreviated" (Mon)."""
        return str(self.locale.days["format"][width][index])


def read_catalog(language: Language) -> gettext.NullTranslations:
    """The language's catalog, compiled in memory; English is the words as written."""
    if language is Language.EN:
        return gettext.NullTranslations()
    path = resources.files("bot") / "locales" / language.value / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as po:
        catalog = read_po(po, locale=BABEL_LOCALES[language])
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


@functools.cache
def translator(language: Language) -> Translator:
    """The translator for a language, read once on first use."""
    return Translator(language, read_catalog(language))
