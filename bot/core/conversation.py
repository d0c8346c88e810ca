"""What a person's typed text answers next: one typed state, and one table of how it moves.

The conversation waits for at most one thing at a time: a setup question, the check-in's three
words or own step, a reflection, or a part of the safety plan. Or for nothing: then typed text
is kept as a note. Every change goes through `after(waiting, event, asked)` and the table
`TRANSITIONS` below, so adding a question means adding a topic and its rows here, and nowhere
else. `docs/architecture.md` draws the table (tests check the drawing is current).
Pure rules: no telegram, no SQL, no words.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final


class Kind(enum.StrEnum):
    """The kinds of thing the conversation can wait for."""

    NOTHING = "nothing"
    SETUP = "setup"
    CHECKIN = "checkin"
    REFLECTION = "reflection"
    PLAN = "plan"
    IMPORT = "import"


class Topic(enum.StrEnum):
    """Exactly what typed text answers; the values are what the database keeps."""

    TIMEZONE = "timezone"
    CHECKIN_TIME = "checkin_time"
    EVENING = "evening"
    WEEKLY = "weekly"
    CHECKIN_WORDS = "checkin_words"
    CHECKIN_OWN_STEP = "checkin_own_step"
    DAY_NOTE = "day_note"
    REFLECTION = "reflect"
    PLAN_PART = "plan"
    IMPORT = "import"


KIND_OF_TOPIC: Final[Mapping[Topic, Kind]] = MappingProxyType(
    {
        Topic.TIMEZONE: Kind.SETUP,
        Topic.CHECKIN_TIME: Kind.SETUP,
        Topic.EVENING: Kind.SETUP,
        Topic.WEEKLY: Kind.SETUP,
        Topic.CHECKIN_WORDS: Kind.CHECKIN,
        Topic.CHECKIN_OWN_STEP: Kind.CHECKIN,
        Topic.DAY_NOTE: Kind.CHECKIN,
        Topic.REFLECTION: Kind.REFLECTION,
        Topic.PLAN_PART: Kind.PLAN,
        Topic.IMPORT: Kind.IMPORT,
    }
)
SETUP_TOPICS: Final = frozenset(t for t, kind in KIND_OF_TOPIC.items() if kind == Kind.SETUP)

# How a waiting topic is kept: "<topic>", then ":" and its part, if any (a check-in's id for a
# check-in topic; a part of the plan), then for a plan part ":" and its flags, if any.
_SEPARATOR: Final = ":"
_ONLY: Final = "o"  # changing this one part; the plan is shown after it
_ADDING: Final = "a"  # words are already kept for it this time; more are added to them


@dataclass(frozen=True, slots=True)
class Waiting:
    """What the conversation waits for; `Waiting()` waits for nothing.

    A check-in topic names the check-in's id as its `part` (which day the words are for); a
    plan part names its part of the plan, `only` when just that part is being changed,
    `adding` when words are already kept for it this time and more are added.
    """

    topic: Topic | None = None
    part: str = ""
    only: bool = False
    adding: bool = False

    @property
    def kind(self) -> Kind:
        """The kind of thing waited for."""
        return KIND_OF_TOPIC[self.topic] if self.topic is not None else Kind.NOTHING

    def encode(self) -> str | None:
        """The value the database keeps (at most 32 characters), or None for nothing."""
        if self.topic is None:
            return None
        flags = (_ONLY if self.only else "") + (_ADDING if self.adding else "")
        return _SEPARATOR.join(filter(None, (self.topic.value, self.part, flags)))

    @classmethod
    def decode(cls, stored: str | None) -> Waiting:
        """What a stored value means; anything unknown waits for nothing."""
        topic, _, rest = (stored or "").partition(_SEPARATOR)
        if topic not in Topic.__members__.values():
            return NOTHING
        part, _, flags = rest.partition(_SEPARATOR)
        if topic != Topic.PLAN_PART:
            return cls(Topic(topic), part)
        return cls(Topic.PLAN_PART, part, only=_ONLY in flags, adding=_ADDING in flags)


NOTHING: Final = Waiting()


class Event(enum.StrEnum):
    """What happens that may move the conversation."""

    SETUP_ASKED = "a setup question is asked"
    SETUP_ANSWERED = "a setup answer is taken"
    STARTED = "/start with the setup complete"
    CHECKIN_ASKED = "the check-in asks for typed words"
    CHECKIN_ANSWERED = "the check-in's typed answer is taken"
    REFLECTION_ASKED = "a reflection question is asked"
    REFLECTION_DONE = "the reflection is done"
    PLAN_PART_ASKED = "a part of the safety plan is asked"
    PLAN_DONE = "the safety plan is left"
    IMPORT_ASKED = "/import asks for a file"
    IMPORT_DONE = "the file to import came"
    CRISIS = "crisis language"
    CANCELLED = "/cancel"


class Then(enum.Enum):
    """Where an event leaves the conversation."""

    ASKED = "waits for what was asked"
    STAYS = "waits for what it waited for"
    CLEARED = "waits for nothing"


# For each event, from each kind: where the conversation goes. `Then.ASKED` takes the `asked`
# the caller names; its kind must be one the event may ask (`ASKS` below).
TRANSITIONS: Final[Mapping[Event, Mapping[Kind, Then]]] = MappingProxyType(
    {
        # A question asked takes the conversation, whatever it waited for.
        Event.SETUP_ASKED: dict.fromkeys(Kind, Then.ASKED),
        Event.CHECKIN_ASKED: dict.fromkeys(Kind, Then.ASKED),
        Event.REFLECTION_ASKED: dict.fromkeys(Kind, Then.ASKED),
        Event.PLAN_PART_ASKED: dict.fromkeys(Kind, Then.ASKED),
        Event.IMPORT_ASKED: dict.fromkeys(Kind, Then.ASKED),
        # A setup answer moves setup on (the next question, or back to a waiting check-in);
        # it never takes over a check-in, a reflection or a plan that is waiting.
        Event.SETUP_ANSWERED: {
            Kind.NOTHING: Then.ASKED,
            Kind.SETUP: Then.ASKED,
            Kind.CHECKIN: Then.STAYS,
            Kind.REFLECTION: Then.STAYS,
            Kind.PLAN: Then.STAYS,
            Kind.IMPORT: Then.STAYS,
        },
        # /start with nothing left to set up: only a setup question gives way.
        Event.STARTED: {**dict.fromkeys(Kind, Then.STAYS), Kind.SETUP: Then.CLEARED},
        Event.CHECKIN_ANSWERED: {**dict.fromkeys(Kind, Then.STAYS), Kind.CHECKIN: Then.CLEARED},
        Event.REFLECTION_DONE: {
            **dict.fromkeys(Kind, Then.STAYS),
            Kind.REFLECTION: Then.CLEARED,
        },
        Event.PLAN_DONE: {**dict.fromkeys(Kind, Then.STAYS), Kind.PLAN: Then.CLEARED},
        Event.IMPORT_DONE: {**dict.fromkeys(Kind, Then.STAYS), Kind.IMPORT: Then.CLEARED},
        # /cancel lets whatever was asked go; what was answered before it stays kept.
        Event.CANCELLED: dict.fromkeys(Kind, Then.CLEARED),
        # After crisis language no small step follows; setup and the plan wait, asked later.
        Event.CRISIS: {
            **dict.fromkeys(Kind, Then.CLEARED),
            Kind.SETUP: Then.STAYS,
            Kind.PLAN: Then.STAYS,
        },
    }
)

# What each event may ask for, where it moves to what was asked.
ASKS: Final[Mapping[Event, frozenset[Kind]]] = MappingProxyType(
    {
        Event.SETUP_ASKED: frozenset({Kind.SETUP}),
        Event.SETUP_ANSWERED: frozenset({Kind.SETUP, Kind.CHECKIN, Kind.NOTHING}),
        Event.CHECKIN_ASKED: frozenset({Kind.CHECKIN}),
        Event.REFLECTION_ASKED: frozenset({Kind.REFLECTION}),
        Event.PLAN_PART_ASKED: frozenset({Kind.PLAN}),
        Event.IMPORT_ASKED: frozenset({Kind.IMPORT}),
    }
)


class TransitionError(ValueError):
    """An event asked for something the table does not allow."""


def after(waiting: Waiting, event: Event, asked: Waiting = NOTHING) -> Waiting:
    """Where `event` leaves a conversation that waited for `waiting`."""
    then = TRANSITIONS[event][waiting.kind]
    if then is Then.STAYS:
        return waiting
    if then is Then.CLEARED:
        return NOTHING
    if asked.kind not in ASKS.get(event, frozenset()):
        raise TransitionError(f"{event.value!r} cannot ask for {asked.kind.value!r}")
    return asked


def mermaid() -> str:
    """The transition table as a Mermaid state diagram (for docs/architecture.md)."""
    lines = ["stateDiagram-v2"]
    for event, rows in TRANSITIONS.items():
        for kind, then in rows.items():
            targets = (
                sorted(ASKS[event]) if then is Then.ASKED else [kind] if then is Then.STAYS else []
            )
            if then is Then.CLEARED:
                targets = [Kind.NOTHING]
            lines.extend(
                f"    {kind.value} --> {target.value}: {event.value}"
                for target in targets
                if target != kind or then is not Then.STAYS
            )
    return "\n".join(lines)
