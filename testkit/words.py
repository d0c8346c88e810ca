"""The bot's words as a person reads them, for tests to compare with what was sent."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.languages import Language
from bot.texts.catalog import Msg, Translator, translator

EN: Translator = translator(Language.EN)


def en(message: Msg) -> str:
    """A message in English."""
    return EN(message)


def en_all(variants: Iterable[Msg]) -> tuple[str, ...]:
    """Every variant of a message, in English."""
    return tuple(EN(variant) for variant in variants)
