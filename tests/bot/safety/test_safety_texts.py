"""The words for crisis and /sos: what they must say, and what they must never say."""

from __future__ import annotations

import re

import pytest

from bot.core.helplines import RESOURCES, resources_for
from bot.texts.safety import LOW_MOOD_EXTRA, crisis_message, sos_message

MAX_LENGTH = 700
METHOD_WORDS = re.compile(
    r"\b(pills?|tablets?|overdose|rope|hang|jump|bridge|cut|cutting|knife|blade|razor|gun|"
    r"poison|drown|wrists?)\b",
    re.IGNORECASE,
)
EVERY_COUNTRY = [None, "XX", *RESOURCES]


def test_crisis_message_for_the_us() -> None:
    message = crisis_message(resources_for("US"))
    assert "988" in message
    assert "741741" in message
    assert "findahelpline.com" in message
    assert "I'm a bot" in message
    assert "can't help in an emergency" in message
    assert "call 911" in message
    assert message.endswith("I'm still here, and your words are kept.")


def test_crisis_message_without_a_country() -> None:
    message = crisis_message(resources_for(None))
    assert "findahelpline.com" in message
    assert "call your local emergency number" in message


def test_crisis_message_lists_each_helpline_on_its_own_line() -> None:
    lines = crisis_message(resources_for("GB")).splitlines()
    assert "• Samaritans: call 116 123, free, day or night" in lines
    assert "• Shout: text SHOUT to 85258" in lines
    assert "If you are in danger right now, call 999." in lines


def test_sos_message_works_with_no_country() -> None:
    message = sos_message(resources_for(None))
    assert "findahelpline.com" in message
    assert "/timezone" in message
    assert "your local emergency number" in message


def test_sos_message_for_a_known_country() -> None:
    message = sos_message(resources_for("AU"))
    assert "13 11 14" in message
    assert "call 000" in message
    assert "/timezone" not in message


@pytest.mark.parametrize("country", EVERY_COUNTRY)
def test_messages_are_gentle_and_short(country: str | None) -> None:
    resources = resources_for(country)
    for message in (crisis_message(resources), sos_message(resources), LOW_MOOD_EXTRA):
        assert "!" not in message
        assert METHOD_WORDS.findall(message) == []
        assert "small step" not in message.lower()
        assert len(message) < MAX_LENGTH, (country, len(message))


@pytest.mark.parametrize("country", EVERY_COUNTRY)
def test_messages_are_plain_text(country: str | None) -> None:
    resources = resources_for(country)
    for message in (crisis_message(resources), sos_message(resources)):
        assert re.findall(r"[*_`<>\[\]]", message) == []


def test_low_mood_extra_offers_sos_only() -> None:
    assert "/sos" in LOW_MOOD_EXTRA
    assert "findahelpline" not in LOW_MOOD_EXTRA
    assert "emergency" not in LOW_MOOD_EXTRA
