"""The words for crisis and /sos: what they must say, and what they must never say."""

from __future__ import annotations

import re

import pytest

from bot.core.helplines import RESOURCES, Hours, Way, hours_of, numbers_of, resources_for, ways_of
from bot.core.languages import Language
from bot.texts.catalog import translator
from bot.texts.safety import (
    EITHER,
    HOURS_DAILY,
    IN_DANGER,
    LOW_MOOD_EXTRA,
    TEXT_KEYWORD,
    WAYS,
    crisis_message,
    sos_message,
)
from testkit.words import EN, en

MAX_LENGTH = 700
METHOD_WORDS = re.compile(
    r"\b(pills?|tablets?|overdose|rope|hang|jump|bridge|cut|cutting|knife|blade|razor|gun|"
    r"poison|drown|wrists?)\b",
    re.IGNORECASE,
)
EVERY_COUNTRY = [None, "XX", *RESOURCES]


def test_crisis_message_for_the_us() -> None:
    message = crisis_message(EN, resources_for("US"))
    assert "988" in message
    assert "741741" in message
    assert "findahelpline.com" in message
    assert "I'm a bot" in message
    assert "can't help in an emergency" in message
    assert "call 911" in message
    assert message.endswith("I'm still here, and your words are kept.")


def test_crisis_message_without_a_country() -> None:
    message = crisis_message(EN, resources_for(None))
    assert "findahelpline.com" in message
    assert "call your local emergency number" in message


def test_crisis_message_lists_each_helpline_on_its_own_line() -> None:
    lines = crisis_message(EN, resources_for("GB")).splitlines()
    assert "• Samaritans: call 116 123" in lines
    assert "• Shout: text SHOUT to 85258" in lines
    assert "If you are in danger right now, call 999." in lines


def test_sos_message_works_with_no_country() -> None:
    message = sos_message(EN, resources_for(None))
    assert "findahelpline.com" in message
    assert "/timezone" in message
    assert "your local emergency number" in message


def test_sos_message_for_a_known_country() -> None:
    message = sos_message(EN, resources_for("AU"))
    assert "13 11 14" in message
    assert "call 000" in message
    assert "/timezone" not in message


@pytest.mark.parametrize("country", EVERY_COUNTRY)
def test_messages_are_gentle_and_short(country: str | None) -> None:
    resources = resources_for(country)
    for message in (crisis_message(EN, resources), sos_message(EN, resources), en(LOW_MOOD_EXTRA)):
        assert "!" not in message
        assert METHOD_WORDS.findall(message) == []
        assert "small step" not in message.lower()
        assert len(message) < MAX_LENGTH, (country, len(message))


@pytest.mark.parametrize("country", EVERY_COUNTRY)
def test_messages_are_plain_text(country: str | None) -> None:
    resources = resources_for(country)
    for message in (crisis_message(EN, resources), sos_message(EN, resources)):
        assert re.findall(r"[*_`<>\[\]]", message) == []


def test_low_mood_extra_offers_sos_only() -> None:
    assert "/sos" in en(LOW_MOOD_EXTRA)
    assert "findahelpline" not in en(LOW_MOOD_EXTRA)
    assert "emergency" not in en(LOW_MOOD_EXTRA)


def test_helplines_are_said_in_the_persons_language() -> None:
    german, french = translator(Language.DE), translator(Language.FR)
    gb, fr = (
        crisis_message(german, resources_for("GB")),
        crisis_message(french, resources_for("FR")),
    )
    assert f"• Shout: {german(TEXT_KEYWORD).format(keyword='SHOUT', number='85258')}" in gb
    assert f": {french(WAYS['call']).format(number='3114')}" in fr
    either = french(EITHER).format(first="112", second="15")
    assert french(IN_DANGER).format(emergency=either) in fr
    assert " or " not in fr and "call" not in fr


def test_hours_in_the_files_words_are_said_in_the_persons_language() -> None:
    spanish = translator(Language.ES)
    japan = sos_message(spanish, resources_for("JP"))
    assert spanish(HOURS_DAILY).format(span="9:00-23:00") in japan


def test_how_in_an_operators_own_words_is_shown_as_written() -> None:
    assert ways_of("ring 0800 1111, any time") is None
    assert ways_of("call 113 or 0800 0113") == (Way("call", "113"), Way("call", "0800 0113"))
    assert ways_of("call or text 988 or text HOME to 741741") == (
        Way("call or text", "988"),
        Way("text", "741741", "HOME"),
    )
    assert numbers_of("112 or 999") == ("112", "999")
    assert hours_of("limited") == Hours("limited")
