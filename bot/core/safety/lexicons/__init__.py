"""The phrase layer in every language but English: each language's words, one engine.

English has its own, older rules (`bot.core.safety.phrases`). Every other language is a
`Lexicon` in a module of this package named by its code (`es.py`, `de.py`...): regular
expressions for crisis phrases, for naming the subject alone, for everyday figures of speech
to blank first, and the words that deny a phrase just after them. All lexicons run on every
message, whatever language the person chose: people switch languages when upset.

Patterns are written against folded text (see `fold`): lowercase, accents dropped ("está" is
"esta", "ё" is "е"), Latin and Cyrillic letters and digits only, words separated by one space,
" # " where a clause ended. Patterns are folded the same way, so accents in them are fine.
No capturing groups: write (?:...).
Pure rules: no bot imports.
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

Kind = Literal["suicide", "self_harm", "overdose"]

# The languages with a lexicon here; each module defines LEXICON.
LANGUAGES: Final = ("es", "de", "ru", "pt", "fr")
# How many words before a phrase, in its clause, a denial reaches ("no quiero morir").
DENIAL_REACH: Final = 3


@dataclass(frozen=True)
class Lexicon:
    """One language's crisis phrases, named subjects, figures of speech and denials."""

    language: str
    crisis: Sequence[tuple[Kind, str]]
    named: Sequence[tuple[Kind, str]] = ()
    figures: Sequence[str] = ()
    denials: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Found:
    """A phrase found: its kind, whether it only named the subject, and its language."""

    kind: Kind
    named_only: bool
    language: str


_CLAUSE_MARKS: Final = re.compile(r"[.!?,;:\n\r…¡¿]+|\s[-–—]+\s")
_NOT_A_LETTER: Final = re.compile(r"[^a-z0-9а-я#]+")
_STRETCHED: Final = re.compile(r"([a-zа-я])\1{2,}")
_CLAUSE_BREAKS: Final = re.compile(r"(?:# )+")


def fold(text: str) -> str:
    """The text as lexicon patterns read it: folded words and ' # ' clause breaks."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("ё", "е")
    text = _STRETCHED.sub(r"\1", _NOT_A_LETTER.sub(" ", _CLAUSE_MARKS.sub(" # ", text)))
    return _CLAUSE_BREAKS.sub("# ", " ".join(text.split()) + " ").strip().removeprefix("# ")


def _pattern_text(source: str) -> str:
    """A pattern folded like the text it reads: lowercase, accents dropped."""
    source = unicodedata.normalize("NFKD", source.casefold())
    return "".join(c for c in source if not unicodedata.combining(c)).replace("ё", "е")


def _compiled(sources: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern matching any source at the start of a word; None when there are none."""
    if not sources:
        return None
    joined = "|".join(f"(?:{_pattern_text(source)})" for source in sources)
    matcher = re.compile(f"(?<![a-z0-9а-я])(?:{joined})(?![a-z0-9а-я])")
    if matcher.groups:
        raise ValueError("lexicon patterns use (?:...) groups only")
    return matcher


@dataclass(frozen=True)
class _Compiled:
    """A lexicon's patterns, compiled once."""

    language: str
    figures: re.Pattern[str] | None
    crisis: Sequence[tuple[Kind, re.Pattern[str]]]
    named: Sequence[tuple[Kind, re.Pattern[str]]]
    denials: frozenset[str]


def _compile(lexicon: Lexicon) -> _Compiled:
    """A lexicon's patterns compiled, one matcher per kind."""

    def by_kind(rules: Sequence[tuple[Kind, str]]) -> list[tuple[Kind, re.Pattern[str]]]:
        kinds: dict[Kind, list[str]] = {}
        for kind, source in rules:
            kinds.setdefault(kind, []).append(source)
        compiled = ((kind, _compiled(sources)) for kind, sources in kinds.items())
        return [(kind, matcher) for kind, matcher in compiled if matcher is not None]

    return _Compiled(
        language=lexicon.language,
        figures=_compiled(lexicon.figures),
        crisis=by_kind(lexicon.crisis),
        named=by_kind(lexicon.named),
        denials=frozenset(fold(word) for word in lexicon.denials),
    )


@functools.cache
def compiled() -> tuple[_Compiled, ...]:
    """Every lexicon, compiled on first use."""
    modules = (importlib.import_module(f"{__name__}.{code}") for code in LANGUAGES)
    return tuple(_compile(module.LEXICON) for module in modules)


def lexicons_for(languages: Collection[str] | None) -> tuple[_Compiled, ...]:
    """The lexicons of these languages; every lexicon when the languages are not known."""
    if languages is None:
        return compiled()
    return tuple(lexicon for lexicon in compiled() if lexicon.language in languages)


def without_figures(text: str, languages: Collection[str] | None = None) -> str:
    """The folded words, the figures of speech of these languages' lexicons blanked ("_")."""
    return _blanked(fold(text), lexicons_for(languages))


def _blanked(words: str, lexicons: Sequence[_Compiled]) -> str:
    """Folded words with these lexicons' figures of speech blanked."""
    for lexicon in lexicons:
        if lexicon.figures is not None:
            words = lexicon.figures.sub("_", words)
    return words


def find(text: str, languages: Collection[str] | None = None) -> Found | None:
    """The first undenied crisis phrase in these languages (every one, if not known), else the
    first subject named."""
    lexicons = lexicons_for(languages)
    words = _blanked(fold(text), lexicons)
    for lexicon in lexicons:
        kind = _first_undenied(lexicon.crisis, words, lexicon.denials)
        if kind is not None:
            return Found(kind, named_only=False, language=lexicon.language)
    for lexicon in lexicons:
        kind = _first_undenied(lexicon.named, words, lexicon.denials)
        if kind is not None:
            return Found(kind, named_only=True, language=lexicon.language)
    return None


def _first_undenied(
    rules: Sequence[tuple[Kind, re.Pattern[str]]], words: str, denials: frozenset[str]
) -> Kind | None:
    """The kind of the first match that no denial shortly before it in its clause takes back."""
    for kind, matcher in rules:
        for found in matcher.finditer(words):
            before = words[: found.start()].rpartition(" # ")[2].split()[-DENIAL_REACH:]
            if denials.isdisjoint(before):
                return kind
    return None
