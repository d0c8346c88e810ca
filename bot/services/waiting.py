"""A person's conversation state on their row: read as one typed value, moved only by the table.

The state and its transition table are pure (`bot.core.conversation`); this is where the
services read it from `Person.pending` and write it back.
"""

from __future__ import annotations

from bot.core.conversation import NOTHING, Event, Topic, Waiting, after
from bot.core.safety_plan import is_part
from storage.models import Person


def waiting_of(person: Person) -> Waiting:
    """What the person's typed text answers next."""
    return Waiting.decode(person.pending)


def move(person: Person, event: Event, asked: Waiting = NOTHING) -> Waiting:
    """Move the person's conversation by the table, and keep where it went."""
    moved = after(waiting_of(person), event, asked)
    person.pending = moved.encode()
    return moved


def plan_part_of(person: Person) -> Waiting | None:
    """The safety plan's part typed words go to now, if one does."""
    waiting = waiting_of(person)
    if waiting.topic != Topic.PLAN_PART or not is_part(waiting.part):
        return None
    return waiting
