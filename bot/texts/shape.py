"""How words are fitted to a message: one of several variants, a person's words shortened."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Final, TypeVar

T = TypeVar("T")


def pick(variants: Sequence[T], seed: int) -> T:
    """Choose one variant, the same one for the same seed; consecutive seeds never repeat."""
    if isinstance(variants, str):
        raise TypeError("pick() needs a sequence of variants, not a single string")
    if not variants:
        raise ValueError("pick() needs at least one variant")
    return variants[seed % len(variants)]


# Characters that only make sense joined to the next one; a cut must not end on them.
_JOINERS: Final = frozenset({"Mn", "Me", "Cf"})


def utf16_length(text: str) -> int:
    """Text length as Telegram counts it: in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def shorten(text: str, limit: int) -> str:
    """A person's words as shown back: whole if they fit `limit` (UTF-16 units), else cut with …

    Only the echo is shortened; the words themselves are kept whole wherever they are stored.
    """
    if utf16_length(text) <= limit:
        return text
    budget, cut = limit - 1, []  # One unit is left for the ellipsis.
    for char in text:
        budget -= utf16_length(char)
        if budget < 0:
            break
        cut.append(char)
    kept = "".join(cut)
    # Prefer ending between words, unless that would lose most of what fits.
    space = max(kept.rfind(" "), kept.rfind("\n"))
    if space > len(kept) // 2:
        kept = kept[:space]
    while kept and unicodedata.category(kept[-1]) in _JOINERS:
        kept = kept[:-1]
    return f"{kept.rstrip(' ,;:.')}…"
