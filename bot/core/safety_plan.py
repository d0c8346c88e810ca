"""A safety plan in the person's own words: its parts, in order, and where writing goes next.

Pure rules, no words: what each part asks is in `bot.texts.safety_plan`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
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

# `Person.pending` while a part waits for typed words: "plan:<part>", then any flags.
PENDING_PREFIX: Final = "plan:"
_ONLY: Final = "o"  # changing this one part; the plan is shown after it
_ADDING: Final = "a"  # words are already kept for it this time; more are added to them


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


def is_plan_pending(pending: str | None) -> bool:
    """Whether typed text answers a part of the plan."""
    return pending is not None and pending.startswith(PENDING_PREFIX)


@dataclass(frozen=True)
class PlanPending:
    """Which part typed text is for, stored on the person as a short string."""

    part: str
    only: bool = False
    adding: bool = False

    def encode(self) -> str:
        """The value kept in `Person.pending` (at most 32 characters)."""
        flags = (_ONLY if self.only else "") + (_ADDING if self.adding else "")
        return f"{PENDING_PREFIX}{self.part}" + (f":{flags}" if flags else "")

    @classmethod
    def parse(cls, pending: str | None) -> PlanPending | None:
        """The part waiting for words, or None when the plan waits for nothing."""
        if not is_plan_pending(pending):
            return None
        assert pending is not None
        part, _, flags = pending.removeprefix(PENDING_PREFIX).partition(":")
        if not is_part(part):
            return None
        return cls(part, only=_ONLY in flags, adding=_ADDING in flags)
