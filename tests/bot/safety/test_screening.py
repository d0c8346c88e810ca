"""Screening free text for crisis language: recall, false alarms, normalisation, linear work."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

# re's own parser, private: typeshed does not list it. Read-only use, to check the rules' shape.
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

import pytest

from bot.core import safety
from bot.core.safety import CLEAR, Level, Screening, normalise, phrases, screen, semantic

HERE = Path(__file__).parent
MIN_RECALL = 0.95
MAX_FALSE_ALARMS = 0.05


def _phrases(name: str) -> list[str]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


CRISIS = _phrases("crisis_phrases.txt")
ORDINARY = _phrases("ordinary_phrases.txt")


def test_phrase_files_are_big_enough_and_do_not_overlap() -> None:
    assert len(CRISIS) >= 90
    assert len(ORDINARY) >= 90
    assert set(CRISIS) & set(ORDINARY) == set()


def test_recall_on_crisis_phrases() -> None:
    missed = [phrase for phrase in CRISIS if not screen(phrase).is_crisis]
    recall = 1 - len(missed) / len(CRISIS)
    print(f"recall {recall:.3f}; missed {len(missed)} of {len(CRISIS)}: {missed}")
    assert recall >= MIN_RECALL, f"recall {recall:.3f}, missed: {missed}"


def test_false_alarm_rate_on_ordinary_phrases() -> None:
    alarms = [phrase for phrase in ORDINARY if screen(phrase).is_crisis]
    rate = len(alarms) / len(ORDINARY)
    print(f"false alarms {rate:.3f}; {len(alarms)} of {len(ORDINARY)}: {alarms}")
    assert rate <= MAX_FALSE_ALARMS, f"false-alarm rate {rate:.3f}, alarms: {alarms}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I want to kill myself", Screening(Level.CRISIS, "suicide")),
        ("I can't do this anymore", Screening(Level.CRISIS, "suicide")),
        ("I cut myself again", Screening(Level.CRISIS, "self_harm")),
        # Naming the subject leaves it to the meaning: urges tonight are answered in full.
        ("self-harm urges tonight", Screening(Level.CRISIS, "self_harm")),
        ("I took too many pills", Screening(Level.CRISIS, "overdose")),
        ("thinking about an overdose", Screening(Level.CRISIS, "overdose")),
        ("tired, hopeful, calm", CLEAR),
        ("", CLEAR),
    ],
)
def test_screening_names_the_kind(text: str, expected: Screening) -> None:
    assert screen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dying *of* a feeling is hyperbole; wanting to die on its own is not.
        ("I could just die of embarrassment", False),
        ("I want to die of embarrassment. Honestly I just want to die.", True),
        # An overdose on something that is not a medicine or drug is everyday talk.
        ("I overdosed on chocolate", False),
        ("I overdosed on my meds", True),
        ("overdosing on sleeping pills", True),
        # "kys" about oneself is answered.
        ("i should just kys", True),
        # "I can't do this anymore" is answered whatever "this" is.
        ("I can't do this anymore, this app keeps crashing", True),
        # Rebuilding, not ending.
        ("I want to take my life back", False),
        ("I want to take my own life", True),
        ("I'm going to end it with him", False),
        ("I'm going to end it", True),
        # Accidents say so in the words that follow.
        ("I cut myself shaving", False),
        ("I cut myself", True),
        ("I need to cut myself some slack", False),
        # "odd" and "OD" stay apart.
        ("things took an odd turn", False),
        ("I OD'd last night", True),
        # Kilometres.
        ("ran 5 kms", False),
        ("kms", True),
    ],
)
def test_borderline_decisions(text: str, expected: bool) -> None:
    assert screen(text).is_caught == expected


def test_a_bare_kys_is_never_the_full_crisis_answer() -> None:
    # Said to someone else it is an insult; alone, to this bot, it may be about oneself: at
    # most the gentle check asks.
    assert screen("kys").level != Level.CRISIS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I can't", "i can not"),
        ("I can’t", "i can not"),
        ("I ‘can‘t’", "i can not"),
        ("I’m done", "i am done"),
        ("diiiie", "die"),
        ("killlll myself", "kil myself"),
        ("kill myself", "kill myself"),
        ("that's odd", "that is odd"),
        ("OD’d", "oded"),
        ("  I   WANT\tto\n\ndie  ", "i want to # die"),
        ("😢 i want to die 😢", "i want to die"),
        ("I want to... die", "i want to die"),
        ("wait. what?!", "wait # what #"),
        ("self-harm", "self harm"),
        ("café", "cafe"),
        ("I wanna, gonna", "i want to # going to"),
        ("want 2 die", "want to die"),
        # Compatibility forms fold as NFKC would: full-width letters, ligatures.
        ("ｉ ｗａｎｔ ｔｏ ｄｉｅ", "i want to die"),
        ("ﬁnally", "finally"),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text",
    ["I can't do this anymore", "I can’t do this anymore", "I CANT DO THIS ANYMORE!!!"],
)
def test_apostrophes_and_case_do_not_matter(text: str) -> None:
    assert screen(text).is_crisis


@pytest.mark.parametrize("text", ["i want to diiiie", "i wannnnna die", "kiiilllll myself"])
def test_stretched_letters_do_not_matter(text: str) -> None:
    assert screen(text).is_crisis


def _long_text(ending: str) -> str:
    filler = " ".join(ORDINARY)
    return (filler * (4096 // len(filler) + 1))[: 4096 - len(ending)] + ending


def test_a_4096_character_message_is_screened() -> None:
    # A phrase lost in 4,000 characters of one run-on sentence: the meaning of the whole does
    # not agree, so the person is asked first; never missed.
    assert screen(_long_text("")) == CLEAR
    assert screen(_long_text(" and I want to die")).is_caught
    middle = 2048
    text = _long_text("")
    assert screen(f"{text[:middle]} I want to kill myself {text[middle:]}"[:4096]).is_caught


def _unbounded_repeats(pattern: sre_parser.SubPattern) -> Iterator[sre_parser.SubPattern]:
    """What each repeat without an upper limit in a parsed pattern repeats."""
    for op, value in pattern:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _, most, body = value
            if most == sre.MAXREPEAT:
                yield body
            yield from _unbounded_repeats(body)
        elif op is sre.BRANCH:
            for branch in value[1]:
                yield from _unbounded_repeats(branch)
        elif op is sre.SUBPATTERN:
            yield from _unbounded_repeats(value[3])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from _unbounded_repeats(value[1])
        elif op is sre.ATOMIC_GROUP:
            yield from _unbounded_repeats(value)


def _stays_in_one_word(body: sre_parser.SubPattern) -> bool:
    """Whether a repeated body is one character that is never a space."""
    if len(body) != 1:
        return False
    op, value = body[0]
    if op is sre.LITERAL:
        return bool(value != ord(" "))
    if op is not sre.IN:
        return False
    return all(
        (kind is sre.LITERAL and item != ord(" "))
        or (kind is sre.RANGE and not item[0] <= ord(" ") <= item[1])
        for kind, item in value
    )


def test_work_grows_linearly_with_the_text() -> None:
    # Matching is tried at each word. If every repeat without a limit stays inside one word,
    # each try reads a bounded number of words, so the work is linear in the text. A repeat
    # of whole words ("kind of kind of ...") would be read again from every word in it.
    every_rule = [rule for _, rules in phrases._PATTERNS_BY_KIND for rule in rules]
    for rule in [*every_rule, *phrases.FIGURES_OF_SPEECH]:
        for body in _unbounded_repeats(sre_parser.parse(phrases._rule(rule))):
            assert _stays_in_one_word(body), f"{rule!r} repeats {body} without a limit"


@pytest.mark.parametrize("piece", ["kind of ", "sort of really ", "just so ", "of so "])
def test_long_runs_of_softening_words_are_screened(piece: str) -> None:
    run = (piece * (4096 // len(piece)))[:4000]
    assert screen(run) == CLEAR
    assert screen(f"{run} i want to die").is_caught


def test_six_softening_words_in_a_row_are_still_read_through() -> None:
    assert screen("i want to really kind of just so honestly literally die").is_crisis


def test_indexed_matcher_agrees_with_the_rules_as_written() -> None:
    matchers = phrases._matchers()
    every_rule = [rule for _, rules in phrases._PATTERNS_BY_KIND for rule in rules]
    crisis_as_written = phrases._plain(every_rule)
    figures_as_written = phrases._plain(phrases.FIGURES_OF_SPEECH)
    for phrase in CRISIS + ORDINARY:
        words = " " + normalise(phrase)
        blanked = matchers.figures.sub(" _", words)
        assert blanked == figures_as_written.sub(" _", words), phrase
        found = matchers.crisis.search(blanked) is not None
        assert found == (crisis_as_written.search(blanked) is not None), phrase


def test_screening_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        CLEAR.level = Level.CRISIS  # type: ignore[misc]


def test_prepare_compiles_the_rules_ahead_of_the_first_message() -> None:
    phrases._matchers.cache_clear()

    safety.prepare()

    assert phrases._matchers.cache_info().currsize == 1
    assert safety.semantic.classifier.cache_info().currsize == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I want to kill myself", Level.CRISIS),
        ("walked to the shop and back, proud of me", Level.NONE),
        ("   ", Level.NONE),
        ("🌿🌿", Level.NONE),
    ],
)
def test_levels(text: str, expected: Level) -> None:
    assert screen(text).level == expected


def test_only_crisis_is_crisis_and_check_is_caught() -> None:
    check = Screening(Level.CHECK)
    assert (check.is_crisis, check.is_caught) == (False, True)
    assert (CLEAR.is_crisis, CLEAR.is_caught) == (False, False)
    assert Level.CHECK.value == "check"


CUTS = semantic.Cuts(check_from=0.5, crisis_from=0.9, wary_check_from=0.2)
NAMED = phrases.Found("suicide", named_only=True)
SAID = phrases.Found("suicide")


@pytest.mark.parametrize(
    ("likelihood", "expected"),
    [
        (0.0, Level.NONE),
        (0.19, Level.NONE),
        (0.2, Level.CHECK),
        (0.89, Level.CHECK),
        (0.9, Level.CRISIS),
    ],
)
def test_naming_the_subject_alone_leaves_it_to_the_meaning_from_the_wary_bar(
    likelihood: float, expected: Level
) -> None:
    assert safety.judged(NAMED, likelihood, CUTS).level == expected


@pytest.mark.parametrize(
    ("likelihood", "expected"), [(0.0, Level.CHECK), (0.19, Level.CHECK), (0.2, Level.CRISIS)]
)
def test_a_phrase_of_intent_is_always_caught_and_answered_in_full_unless_meaning_disagrees(
    likelihood: float, expected: Level
) -> None:
    assert safety.judged(SAID, likelihood, CUTS) == Screening(expected, SAID.kind)


def test_a_lecture_that_names_the_subject_is_left_alone() -> None:
    lecture = "we had a lecture on suicide prevention today"
    assert phrases.find(lecture) == NAMED
    assert screen(lecture) == CLEAR


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just tired",
        "never wanted to hurt myself, just sad",
        "two years clean from self harm today",
        "I used to cut, not anymore",
    ],
)
def test_a_phrase_denied_just_before_is_not_taken_as_said(text: str) -> None:
    assert phrases.find(text) is None


def test_a_denial_further_back_does_not_take_a_phrase_back() -> None:
    assert phrases.find("never thought I'd say this but I want to kill myself") is not None


@pytest.mark.parametrize("language", ["en", "es", "de", "ru", "pt", "fr"])
def test_wary_lowers_the_bar_for_the_check_and_never_raises_it(language: str) -> None:
    cuts = safety.semantic.classifier().cuts_for(language)
    assert cuts.wary_check_from <= cuts.check_from < cuts.crisis_from
    between = (cuts.wary_check_from + cuts.check_from) / 2
    assert safety.level_for(between, cuts) == Level.NONE
    assert safety.level_for(between, cuts, wary=True) == Level.CHECK
    assert safety.level_for(cuts.crisis_from, cuts, wary=True) == Level.CRISIS


def test_the_language_argument_is_accepted() -> None:
    assert screen("I want to kill myself", "en") == screen("I want to kill myself")


def test_a_long_message_is_judged_by_its_first_and_last_sentences() -> None:
    sentences = [f"this is sentence number {n} of the day" for n in range(1, 10)]
    text = ". ".join([*sentences, "and honestly i just want to die"])

    parts = semantic.sentences_of(text)

    expected = [*sentences[:4], *sentences[6:], "and honestly i just want to die"]
    assert parts[1:] == expected
    assert screen(text).is_crisis
