"""A safety plan in the person's own words: its parts, in order, and where writing goes next.

Pure rules, no words: what each part asks is in `bot.texts.safety_plan`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

# The parts of a plan, in the order they are offered.
PARTS: Final[tuple[str, ...]] = (
    "warning_signs",
    "on_my_own",
    "distractions",
    "people_to_ask",
    "professionals",
    "safer_surroundings",
    "keeps_me_going",
)


def is_part(key: str) -> bool:
    """Whether `key` names a part of the plan."""
    return key in PARTS


def next_part(after: str | None, written: Collection[str] = ()) -> str | None:
    """The first part after `after` (from the start when None) not yet written; None at the end."""
    start = PARTS.index(after) + 1 if after in PARTS else 0
    return next((part for part in PARTS[start:] if part not in written), None)


def in_order(parts: Collection[str]) -> list[str]:
    """The given part keys in the plan's order; anything that is not a part is left out."""
    return [part for part in PARTS if part in parts]
