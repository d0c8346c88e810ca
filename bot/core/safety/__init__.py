"""Screening free text for crisis language: suicide, self-harm and overdose, said or meant.

Two layers. The phrase layer (`phrases`) knows the words people use, slang and misspellings
included, and what it finds is always caught. The semantic layer (`semantic`) judges what a
message means: it decides between the full crisis answer and a gentle check first ("are you
thinking about ending your life?") for what a phrase found, and may raise any message to
either. How well it works is measured on
messages it was never trained on: `docs/safety.md`. Pure rules: no bot imports.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final, Protocol

from bot.core.safety import lexicons, phrases, semantic
from bot.core.safety.phrases import Kind, normalise


class Level(enum.StrEnum):
    """How a message is answered: as usual, with a gentle question first, or as a crisis."""

    NONE = "none"
    CHECK = "check"
    CRISIS = "crisis"


@dataclass(frozen=True, slots=True)
class Screening:
    """What screening one message found: its level, and which kind when a phrase named it."""

    level: Level
    kind: Kind | None = None

    @property
    def is_crisis(self) -> bool:
        """True only for crisis language that is answered in full at once."""
        return self.level == Level.CRISIS

    @property
    def is_caught(self) -> bool:
        """True when the message is answered as a crisis or with the gentle check first."""
        return self.level != Level.NONE


CLEAR: Final = Screening(Level.NONE)


class CutPoints(Protocol):
    """Where the semantic layer's likelihood becomes a check, a crisis, or a check when wary."""

    @property
    def check_from(self) -> float:
        """The likelihood from which the check is asked."""
        ...

    @property
    def crisis_from(self) -> float:
        """The likelihood from which the full crisis answer is given."""
        ...

    @property
    def wary_check_from(self) -> float:
        """The likelihood from which the check is asked on a wary day."""
        ...


def screen(text: str, language: str | None = None, *, wary: bool = False) -> Screening:
    """Screen one message for crisis language, direct or indirect.

    `wary` lowers the bar for the check (after the lowest mood, or a crisis message earlier the
    same day); it never raises it. `language` is the person's language, when known.
    """
    # Every language's phrases and one multilingual model read every message: people switch
    # languages when upset. Only where the likelihood is cut depends on the language, and that
    # is the message's own, told from its words; the person's is for words that do not say.
    found = found_in(text)
    likelihood = 0.0 if semantic.is_blank(text) else semantic.likelihood(text)
    model = semantic.classifier()
    cuts = model.cuts_for(model.language_of(text) or language)
    return judged(found, likelihood, cuts, wary=wary)


def found_in(text: str) -> phrases.Found | None:
    """The phrase the message holds in English, else in any other language the bot speaks."""
    found = phrases.find(text)
    if found is not None and not found.named_only:
        return found
    # A lexicon is skipped only for a message clearly in other languages (a paragraph, mostly,
    # where its patterns would cost the most); the sentence model still reads every message.
    other = lexicons.find(text, semantic.classifier().languages_near(text))
    if other is not None and (found is None or not other.named_only):
        return phrases.Found(other.kind, named_only=other.named_only)
    return found


def judged(
    found: phrases.Found | None, likelihood: float, cuts: CutPoints, *, wary: bool = False
) -> Screening:
    """The screening a phrase (or none) and the semantic layer's likelihood come to together.

    A phrase of intent is always caught: answered in full unless the meaning clearly disagrees
    (below the wary day's bar), then with the check. Naming the subject alone makes the screen
    wary.
    """
    if found is None:
        return Screening(level_for(likelihood, cuts, wary=wary))
    if found.named_only:
        # An essay, a film, a nurse's shift name the subject too: the meaning decides, from the
        # lower bar of a wary day.
        level = level_for(likelihood, cuts, wary=True)
        return Screening(level, found.kind if level != Level.NONE else None)
    # Phrases were written from our own messages and match some new ordinary ones ("a year
    # since I last cut"): where the meaning clearly disagrees, the person is asked, not told.
    # The bar is the wary day's, not the check's: in a language the model reads less well,
    # "ich bring mich um" must still get the full answer at once.
    agrees = likelihood >= cuts.wary_check_from
    return Screening(Level.CRISIS if agrees else Level.CHECK, found.kind)


def level_for(likelihood: float, cuts: CutPoints, *, wary: bool = False) -> Level:
    """The level the semantic layer's likelihood reaches."""
    if likelihood >= cuts.crisis_from:
        return Level.CRISIS
    if likelihood >= (cuts.wary_check_from if wary else cuts.check_from):
        return Level.CHECK
    return Level.NONE


def prepare() -> None:
    """Compile the phrases and load the model now, so nobody waits on the first message."""
    phrases.prepare()
    lexicons.compiled()
    semantic.prepare()


__all__ = [
    "CLEAR",
    "CutPoints",
    "Kind",
    "Level",
    "Screening",
    "found_in",
    "judged",
    "level_for",
    "normalise",
    "prepare",
    "screen",
]
