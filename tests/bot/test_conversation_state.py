"""The one conversation state and its transition table (bot/core/conversation.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.conversation import (
    ASKS,
    KIND_OF_TOPIC,
    NOTHING,
    TRANSITIONS,
    Event,
    Kind,
    Then,
    Topic,
    TransitionError,
    Waiting,
    after,
    mermaid,
)
from bot.core.safety_plan import PARTS

ARCHITECTURE = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"
EVERY_WAITING = [
    NOTHING,
    *(Waiting(topic) for topic in Topic if topic != Topic.PLAN_PART),
    # A check-in topic names the day's check-in, up to the largest row id.
    *(
        Waiting(topic, str(2**31 - 1))
        for topic in (Topic.CHECKIN_WORDS, Topic.CHECKIN_OWN_STEP, Topic.DAY_NOTE)
    ),
    *(
        Waiting(Topic.PLAN_PART, part, only=only, adding=adding)
        for part in PARTS
        for only in (False, True)
        for adding in (False, True)
    ),
]


@pytest.mark.parametrize("waiting", EVERY_WAITING)
def test_every_state_round_trips_through_its_column(waiting: Waiting) -> None:
    stored = waiting.encode()
    assert Waiting.decode(stored) == waiting
    assert stored is None or len(stored) <= 32


def test_what_is_stored_is_what_earlier_versions_stored() -> None:
    # Rows written before the one state read the same.
    stored = ["timezone", "checkin_time", "evening", "weekly", "checkin_words"]
    stored += ["checkin_own_step", "reflect", "plan:on_my_own", "plan:keeps_me_going:oa"]
    assert [Waiting.decode(value).encode() for value in stored] == stored
    assert Waiting(Topic.PLAN_PART, "on_my_own", only=True).encode() == "plan:on_my_own:o"


@pytest.mark.parametrize("stored", [None, "", "bogus", "plan", "plan:", "Timezone"])
def test_anything_unknown_waits_for_nothing_or_names_no_part(stored: str | None) -> None:
    assert Waiting.decode(stored).part == ""
    assert Waiting.decode(stored).kind in (Kind.NOTHING, Kind.PLAN)


def test_every_topic_has_a_kind_and_every_event_a_row_for_every_kind() -> None:
    assert set(KIND_OF_TOPIC) == set(Topic)
    assert set(TRANSITIONS) == set(Event)
    for event, rows in TRANSITIONS.items():
        assert set(rows) == set(Kind), event
        if Then.ASKED in rows.values():
            assert ASKS[event], event


@pytest.mark.parametrize("waiting", EVERY_WAITING)
@pytest.mark.parametrize("event", list(Event))
def test_after_follows_the_table(waiting: Waiting, event: Event) -> None:
    then = TRANSITIONS[event][waiting.kind]
    asked = next(
        (w for w in EVERY_WAITING if w.kind in ASKS.get(event, frozenset()) and w != NOTHING),
        NOTHING,
    )
    expected = {Then.STAYS: waiting, Then.CLEARED: NOTHING, Then.ASKED: asked}[then]
    assert after(waiting, event, asked) == expected


def test_an_event_cannot_ask_for_what_the_table_does_not_allow() -> None:
    with pytest.raises(TransitionError):
        after(NOTHING, Event.REFLECTION_ASKED, Waiting(Topic.TIMEZONE))


def test_crisis_language_leaves_setup_and_the_plan_waiting_and_clears_the_rest() -> None:
    plan = Waiting(Topic.PLAN_PART, "on_my_own")
    assert after(Waiting(Topic.EVENING), Event.CRISIS) == Waiting(Topic.EVENING)
    assert after(plan, Event.CRISIS) == plan
    assert after(Waiting(Topic.CHECKIN_WORDS), Event.CRISIS) == NOTHING
    assert after(Waiting(Topic.REFLECTION), Event.CRISIS) == NOTHING


def test_the_architecture_document_draws_the_table_as_it_is() -> None:
    document = ARCHITECTURE.read_text(encoding="utf-8")
    drawn = re.search(r"```mermaid\n(stateDiagram-v2\n.*?)\n```", document, re.DOTALL)
    assert drawn is not None
    assert drawn.group(1) == mermaid()
