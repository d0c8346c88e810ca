from __future__ import annotations

import pytest

from bot.core.steps import (
    STEPS,
    Energy,
    Step,
    step_by_key,
    suggest_steps,
)
from bot.texts.steps import LABEL_MAX_LENGTH, STEP_WORDS, label_of, text_of
from testkit.words import en

SEEDS = range(200)
ALL_MOODS = (None, 1, 2, 3, 4, 5)


def en_text_of(key: str) -> str:
    """A library step's sentence, in English."""
    return en(text_of(key))


def en_label_of(key: str) -> str:
    """A library step's button label, in English."""
    return en(label_of(key))


def _keys(steps: list[Step]) -> list[str]:
    return [step.key for step in steps]


def _energies(steps: list[Step]) -> set[Energy]:
    return {step.energy for step in steps}


def _keys_of(energies: set[Energy]) -> frozenset[str]:
    return frozenset(step.key for step in STEPS if step.energy in energies)


# --- the library ---------------------------------------------------------------------------


def test_library_has_at_least_48_steps() -> None:
    assert len(STEPS) >= 48


def test_library_has_at_least_14_tiny_steps() -> None:
    tiny = [step for step in STEPS if step.energy is Energy.TINY]
    assert len(tiny) >= 14


def test_every_energy_level_has_enough_steps_for_a_fresh_set_after_avoiding_one() -> None:
    for energy in Energy:
        count = sum(1 for step in STEPS if step.energy is energy)
        assert count >= 12, energy


def test_keys_are_unique() -> None:
    keys = _keys(list(STEPS))
    assert len(set(keys)) == len(keys)


def test_keys_are_lowercase_slugs() -> None:
    bad = [s.key for s in STEPS if not s.key.replace("-", "").isalnum() or s.key != s.key.lower()]
    assert bad == []


def test_every_step_has_its_words_and_no_words_are_without_a_step() -> None:
    assert list(STEP_WORDS) == _keys(list(STEPS))


def test_words_are_found_by_key() -> None:
    assert (en_text_of("sip-water"), en_label_of("sip-water")) == (
        "Take a few slow sips of water.",
        "Sip some water",
    )
    with pytest.raises(KeyError):
        en_text_of("no-such-step")


def test_labels_fit_a_phone_button() -> None:
    too_long = [en_label_of(s.key) for s in STEPS if len(en_label_of(s.key)) > LABEL_MAX_LENGTH]
    assert too_long == []
    assert LABEL_MAX_LENGTH == 30


def test_labels_and_texts_are_unique_and_tidy() -> None:
    labels = [en_label_of(step.key) for step in STEPS]
    texts = [en_text_of(step.key) for step in STEPS]
    assert len(set(labels)) == len(labels)
    assert len(set(texts)) == len(texts)
    untidy = [t for t in texts + labels if t != t.strip() or "  " in t or not t]
    assert untidy == []


def test_texts_are_short_and_end_like_a_sentence() -> None:
    texts = [en_text_of(step.key) for step in STEPS]
    bad = [text for text in texts if len(text) > 90 or not text.endswith((".", "?"))]
    assert bad == []


def test_no_step_asks_for_more_than_medium_energy() -> None:
    assert _energies(list(STEPS)) == {Energy.TINY, Energy.LOW, Energy.MEDIUM}


def test_energy_values() -> None:
    assert [(e.name, int(e)) for e in Energy] == [("TINY", 1), ("LOW", 2), ("MEDIUM", 3)]


def test_step_is_frozen() -> None:
    step = STEPS[0]
    with pytest.raises(AttributeError):
        step.key = "something-else"  # type: ignore[misc]


def test_seed_ideas_are_in_the_library() -> None:
    wanted = {
        "make-bed",
        "open-curtains",
        "short-walk",
        "water-before-coffee",
        "quiet-minutes",
        "step-outside",
        "nourishing-meal",
        "message-someone",
        "take-a-break",
        "brush-teeth",
        "shower",
        "laundry",
        "slow-tea",
        "one-song",
        "one-word",
        "stretch-in-bed",
        "tidy-surface",
    }
    assert wanted - {step.key for step in STEPS} == set()


def test_step_by_key_finds_every_step() -> None:
    found = [step_by_key(step.key) for step in STEPS]
    assert found == list(STEPS)


def test_step_by_key_unknown_is_none() -> None:
    assert step_by_key("no-such-step") is None
    assert step_by_key("") is None


# --- suggestions by mood --------------------------------------------------------------------


@pytest.mark.parametrize("mood", [1, 2])
def test_low_mood_gets_only_tiny_steps(mood: int) -> None:
    for seed in SEEDS:
        steps = suggest_steps(mood, frozenset(), seed)
        assert _energies(steps) == {Energy.TINY}


@pytest.mark.parametrize("mood", [3, None])
def test_middle_mood_and_skipped_get_tiny_and_low(mood: int | None) -> None:
    seen: set[Energy] = set()
    for seed in SEEDS:
        steps = suggest_steps(mood, frozenset(), seed)
        assert _energies(steps) <= {Energy.TINY, Energy.LOW}
        seen |= _energies(steps)
    assert seen == {Energy.TINY, Energy.LOW}


def test_skipped_mood_behaves_like_three() -> None:
    for seed in SEEDS:
        assert suggest_steps(None, {"make-bed"}, seed) == suggest_steps(3, {"make-bed"}, seed)


@pytest.mark.parametrize("mood", [4, 5])
def test_good_mood_gets_low_and_medium_with_at_most_one_tiny(mood: int) -> None:
    seen: set[Energy] = set()
    for seed in SEEDS:
        steps = suggest_steps(mood, frozenset(), seed)
        tiny = [step for step in steps if step.energy is Energy.TINY]
        assert len(tiny) <= 1
        seen |= _energies(steps)
    assert {Energy.LOW, Energy.MEDIUM} <= seen


@pytest.mark.parametrize("mood", [0, 6, -1])
def test_mood_out_of_range_is_refused(mood: int) -> None:
    with pytest.raises(ValueError, match="mood"):
        suggest_steps(mood, frozenset(), seed=1)


# --- count, distinctness, avoid -------------------------------------------------------------


@pytest.mark.parametrize("mood", ALL_MOODS)
@pytest.mark.parametrize("count", [1, 3, 5])
def test_returns_count_distinct_steps(mood: int | None, count: int) -> None:
    for seed in SEEDS:
        steps = suggest_steps(mood, frozenset(), seed, count=count)
        assert len(steps) == count
        assert len(set(_keys(steps))) == count


def test_count_zero_gives_nothing() -> None:
    assert suggest_steps(3, frozenset(), seed=1, count=0) == []


@pytest.mark.parametrize("mood", ALL_MOODS)
def test_avoid_is_honoured(mood: int | None) -> None:
    for seed in SEEDS:
        yesterday = frozenset(_keys(suggest_steps(mood, frozenset(), seed + 1)))
        today = suggest_steps(mood, yesterday, seed)
        assert yesterday & set(_keys(today)) == set()


def test_avoid_accepts_a_plain_set() -> None:
    avoid = {"sip-water", "three-breaths"}
    for seed in SEEDS:
        assert avoid & set(_keys(suggest_steps(1, avoid, seed))) == set()


def test_avoid_of_unknown_keys_changes_nothing() -> None:
    for seed in SEEDS:
        assert suggest_steps(2, {"gone-step"}, seed) == suggest_steps(2, frozenset(), seed)


def test_fallback_when_avoid_leaves_only_one_tiny_step() -> None:
    tiny_keys = sorted(_keys_of({Energy.TINY}))
    avoid = frozenset(tiny_keys[1:])
    for seed in SEEDS:
        steps = suggest_steps(1, avoid, seed)
        assert len(steps) == 3
        assert len(set(_keys(steps))) == 3
        assert _energies(steps) == {Energy.TINY}
        assert steps[0].key == tiny_keys[0]


def test_fallback_when_avoid_covers_everything() -> None:
    everything = frozenset(_keys(list(STEPS)))
    for mood in ALL_MOODS:
        for seed in SEEDS:
            steps = suggest_steps(mood, everything, seed)
            assert len(set(_keys(steps))) == 3


def test_good_mood_prefers_a_fresh_tiny_over_an_avoided_step_but_only_one() -> None:
    avoid = _keys_of({Energy.LOW, Energy.MEDIUM})
    for seed in SEEDS:
        steps = suggest_steps(5, avoid, seed)
        assert [step.energy is Energy.TINY for step in steps] == [True, False, False]
        assert [step.key in avoid for step in steps] == [False, True, True]


def test_good_mood_keeps_the_tiny_limit_even_when_avoid_covers_everything() -> None:
    everything = frozenset(_keys(list(STEPS)))
    for seed in SEEDS:
        steps = suggest_steps(4, everything, seed, count=5)
        assert len([s for s in steps if s.energy is Energy.TINY]) <= 1


def test_fewer_only_when_the_mood_runs_out_of_steps() -> None:
    tiny_count = len(_keys_of({Energy.TINY}))
    steps = suggest_steps(1, frozenset(), seed=7, count=tiny_count + 5)
    assert len(steps) == tiny_count
    assert _energies(steps) == {Energy.TINY}


# --- determinism and variety ----------------------------------------------------------------


@pytest.mark.parametrize("mood", ALL_MOODS)
def test_same_seed_same_suggestions(mood: int | None) -> None:
    for seed in SEEDS:
        first = suggest_steps(mood, {"make-bed"}, seed)
        again = suggest_steps(mood, {"make-bed"}, seed)
        assert _keys(first) == _keys(again)


def test_pinned_seed_is_stable_across_calls_in_any_order() -> None:
    before = suggest_steps(3, frozenset(), seed=42)
    for seed in range(10):
        suggest_steps(3, frozenset(), seed)
    assert suggest_steps(3, frozenset(), seed=42) == before


@pytest.mark.parametrize("mood", ALL_MOODS)
def test_different_seeds_give_varied_suggestions(mood: int | None) -> None:
    sets = {frozenset(_keys(suggest_steps(mood, frozenset(), seed))) for seed in range(30)}
    offered = {key for keys in sets for key in keys}
    assert len(sets) >= 25
    assert len(offered) >= 14


def test_every_tiny_step_is_offered_on_low_days_over_time() -> None:
    offered = {key for seed in SEEDS for key in _keys(suggest_steps(1, frozenset(), seed))}
    assert offered == _keys_of({Energy.TINY})
