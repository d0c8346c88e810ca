from __future__ import annotations

import re

import pytest

from bot.core.reflect import (
    FREE_REFLECTION_KEY,
    QUESTIONS,
    Question,
    next_question,
    question_by_key,
)
from bot.texts import reflect as texts
from bot.texts.shape import pick
from testkit.words import EN, en, en_all

SEEDS = range(200)
GENTLE_KEYS = frozenset(question.key for question in QUESTIONS if question.gentle)
ALL_KEYS = frozenset(question.key for question in QUESTIONS)

# --- the library ---------------------------------------------------------------------------


def test_library_has_at_least_32_questions() -> None:
    assert len(QUESTIONS) >= 32


def test_library_has_at_least_12_gentle_questions() -> None:
    assert len(GENTLE_KEYS) >= 12


def test_keys_are_unique_slugs_that_fit_the_database_column() -> None:
    keys = [question.key for question in QUESTIONS]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key), key
        assert len(key) <= 64


def test_every_question_has_its_words_and_no_words_are_without_a_question() -> None:
    assert list(texts.QUESTION_TEXTS) == [question.key for question in QUESTIONS]


def test_texts_are_unique_short_questions() -> None:
    texts_seen = [texts.question_text(EN, question.key) for question in QUESTIONS]
    assert len(texts_seen) == len(set(texts_seen))
    for text in texts_seen:
        assert "?" in text
        assert len(text) <= 100, text


def test_the_seed_questions_are_there() -> None:
    for key in ("need-right-now", "what-hurts", "heard-not-fixed", "future-self", "still-here"):
        assert question_by_key(key) is not None, key
    three_words = question_by_key("three-words")
    assert three_words is not None
    assert "three words" in texts.question_text(EN, three_words.key)


def test_free_reflection_key_is_not_a_question_key() -> None:
    assert FREE_REFLECTION_KEY == "free"
    assert question_by_key(FREE_REFLECTION_KEY) is None
    assert FREE_REFLECTION_KEY not in texts.QUESTION_TEXTS


def test_a_free_reflection_is_kept_with_its_own_words() -> None:
    assert (
        texts.question_text(EN, FREE_REFLECTION_KEY)
        == en(texts.FREE_QUESTION_TEXT)
        == "(free reflection)"
    )


def test_an_unknown_key_has_no_words() -> None:
    with pytest.raises(KeyError):
        texts.question_text(EN, "no-such-question")


def test_question_by_key_round_trips_and_misses_unknown() -> None:
    for question in QUESTIONS:
        assert question_by_key(question.key) is question
    assert question_by_key("no-such-question") is None


def test_questions_are_frozen() -> None:
    with pytest.raises(AttributeError):
        QUESTIONS[0].gentle = not QUESTIONS[0].gentle  # type: ignore[misc]


# --- choosing the next question ------------------------------------------------------------


@pytest.mark.parametrize("mood", [None, 1, 2, 3, 4, 5])
def test_same_seed_same_question(mood: int | None) -> None:
    asked = {"need-right-now", "future-self"}
    for seed in SEEDS:
        assert next_question(asked, mood, seed) == next_question(asked, mood, seed)


def test_different_seeds_reach_many_questions() -> None:
    seen = {next_question(set(), None, seed).key for seed in SEEDS}
    assert len(seen) >= len(QUESTIONS) // 2


@pytest.mark.parametrize("mood", [None, 1, 2, 3, 4, 5])
@pytest.mark.parametrize("start_seed", [0, 7, 123])
def test_no_repeat_over_seven_consecutive_days(mood: int | None, start_seed: int) -> None:
    asked: list[str] = []
    for day in range(7):
        question = next_question(set(asked[-7:]), mood, start_seed + day)
        assert question.key not in asked
        asked.append(question.key)


def test_many_questions_in_a_row_use_every_key_before_repeating() -> None:
    asked: set[str] = set()
    for seed in range(len(QUESTIONS)):
        question = next_question(asked, None, seed)
        assert question.key not in asked
        asked.add(question.key)
    assert asked == ALL_KEYS


@pytest.mark.parametrize("mood", [1, 2])
def test_low_mood_gets_only_gentle_questions(mood: int) -> None:
    for seed in SEEDS:
        assert next_question(set(), mood, seed).gentle


@pytest.mark.parametrize("mood", [1, 2])
def test_low_mood_avoids_recent_gentle_questions(mood: int) -> None:
    asked = set(sorted(GENTLE_KEYS)[:-1])
    (left,) = GENTLE_KEYS - asked
    for seed in SEEDS:
        assert next_question(asked, mood, seed).key == left


@pytest.mark.parametrize("mood", [3, 4, 5, None])
def test_other_moods_may_get_any_question(mood: int | None) -> None:
    seen = {next_question(set(), mood, seed) for seed in SEEDS}
    assert any(not question.gentle for question in seen)
    assert any(question.gentle for question in seen)


@pytest.mark.parametrize("mood", [None, 3, 5])
def test_falls_back_to_any_question_when_all_were_asked(mood: int | None) -> None:
    chosen = {next_question(ALL_KEYS, mood, seed) for seed in SEEDS}
    assert chosen <= set(QUESTIONS)
    assert len(chosen) > 1


def test_one_left_is_the_one_chosen() -> None:
    asked = ALL_KEYS - {"future-self"}
    for seed in SEEDS:
        assert next_question(asked, 4, seed).key == "future-self"


@pytest.mark.parametrize("mood", [1, 2])
def test_low_mood_stays_gentle_when_gentle_ones_are_used_up(mood: int) -> None:
    for asked in (GENTLE_KEYS, ALL_KEYS):
        for seed in SEEDS:
            question = next_question(asked, mood, seed)
            assert isinstance(question, Question)
            assert question.gentle


def test_keys_asked_that_no_longer_exist_are_ignored() -> None:
    question = next_question({"retired-question", "another-old-one"}, None, 3)
    assert question in QUESTIONS


# --- the words of /reflect -----------------------------------------------------------------


def test_buttons_and_key() -> None:
    assert en(texts.ANOTHER_QUESTION) == "Another question"
    assert en(texts.DONE_FOR_NOW) == "Done for now"


@pytest.mark.parametrize(
    "variants",
    [
        en_all(texts.REFLECT_INTRO),
        en_all(texts.REFLECT_INTRO_LOW),
        en_all(texts.ANSWER_ACK),
        en_all(texts.REFLECT_CLOSING),
        en_all(texts.FREE_REFLECTION_ACK),
    ],
)
def test_variants_are_several_brief_and_distinct(variants: tuple[str, ...]) -> None:
    assert len(variants) >= 3
    assert len(set(variants)) == len(variants)
    for variant in variants:
        assert 0 < len(variant) <= 120
        assert "should" not in variant.lower()


def test_question_message_puts_the_question_last() -> None:
    key = QUESTIONS[0].key
    question = texts.question_text(EN, key)
    message = texts.question_message(EN, key, 5)
    assert message.endswith(question)
    assert message.startswith(pick(en_all(texts.REFLECT_INTRO), 5))
    low = texts.question_message(EN, key, 5, low_mood=True)
    assert low.startswith(pick(en_all(texts.REFLECT_INTRO_LOW), 5))
