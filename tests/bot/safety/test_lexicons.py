"""The phrase layer beyond English: five lexicons (es, de, ru, pt, fr) read by one engine."""

from __future__ import annotations

import pytest

from bot.core.safety import Level, lexicons, screen

CRISIS = [
    "ya no quiero vivir",
    "me quiero matar esta noche",
    "ich will nicht mehr leben",
    "ich bring mich um",
    "я больше не хочу жить",
    "хочу покончить с собой",
    "não quero mais viver",
    "vou me matar",
    "je veux mourir",
    "je vais me suicider ce soir",
    # German as it is spoken and typed: dialects, censored words, tools and brand names.
    "i wott nümm läbe",
    "i bring mi heit um",
    "isch will misch umbringen",
    "ich will mich u n a l i v e n",
    "ohni mi wärs eifacher für alli",
    "ich mach mich vom acker, aus dem leben",
    "brauch i eh nimma, i bin eh boid weg",
    "adieu zäme. ich gang jetzt",
    "ha mi wieder gschnitte",
    "hab mich mitm feuerzeug verbrannt, mit absicht",
    "ha grad alli tablette gno",
    "i hob de ganzn tablettn gnumma",
]
# The idioms, and their kind: death words, no wish to die.
IDIOMS = [
    "me muero de risa",
    "ich sterbe vor Hunger",
    "убейте меня, это совещание",
    "je suis mort de rire",
    "tô morrendo de fome",
    "mein drucker will mich umbringen",
    "ich schäm mich zu tode",
    "i hob mi beim holzhackn gschnittn, nix wildes",
    "mückenstiche überall, ich kratz mich blutig",
    "hab meine alten klingen weggeworfen, die brauch ich nicht mehr",
    "tschüss an alle, letzte schicht im café",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_phrases_are_found_in_each_language(text: str) -> None:
    found = lexicons.find(text)
    assert found is not None and not found.named_only


@pytest.mark.parametrize("text", IDIOMS)
def test_everyday_idioms_are_no_crisis_phrase(text: str) -> None:
    found = lexicons.find(text)
    assert found is None or found.named_only


@pytest.mark.parametrize("text", IDIOMS)
def test_everyday_idioms_get_no_crisis_answer(text: str) -> None:
    assert screen(text).level != Level.CRISIS


@pytest.mark.parametrize("text", CRISIS)
@pytest.mark.parametrize("chosen", ["en", "es", "de", "ru", "pt", "fr", None])
def test_crisis_in_any_language_is_caught_whatever_language_is_chosen(
    text: str, chosen: str | None
) -> None:
    assert screen(text, chosen).level == Level.CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "no me quiero matar",
        "ich will mich nicht umbringen",
        "i wott mi nöd umbringe",
        "я не хочу умирать",
        "nunca pensei em me matar",
        "je ne veux pas mourir",
    ],
)
def test_a_denial_takes_a_phrase_back(text: str) -> None:
    assert lexicons.find(text) is None


def test_folding_drops_accents_keeps_cyrillic_and_marks_clauses() -> None:
    assert lexicons.fold("Ich will NICHT mehr leben... Ёлка, ¿está bien?") == (
        "ich will nicht mehr leben # елка # esta bien #"
    )


def test_patterns_with_capturing_groups_are_refused() -> None:
    with pytest.raises(ValueError, match="groups"):
        lexicons._compiled(["(quiero) morir"])
