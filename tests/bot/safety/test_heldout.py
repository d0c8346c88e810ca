"""The crisis screen on messages it was never trained on: the goals of issues #16 and #18.

Each language's `tests/bot/safety/messages/<language>/test.tsv` was written after the last change
to the screen, by sessions that saw nothing of it, and is never read by training
(`python -m benchmarks.safety train` reads the `dev.tsv` parts only). The goals hold in every
language on its own. See docs/safety.md.
"""

from __future__ import annotations

import pytest

from benchmarks import safety as evaluation
from bot.core.safety import Level, semantic

# Per label, in each part of each language, at least this many.
MIN_MESSAGES = 350


@pytest.fixture(scope="module")
def held_out() -> dict[str, tuple[list[evaluation.Message], list[Level]]]:
    parts: dict[str, tuple[list[evaluation.Message], list[Level]]] = {}
    for split in evaluation.HELD_OUT:
        messages = evaluation.load(split)
        parts[split] = (messages, evaluation.screened(messages))
    return parts


@pytest.mark.parametrize("language", evaluation.LANGUAGES)
def test_the_parts_are_big_enough(language: str) -> None:
    for part in (evaluation.load("dev", (language,)), evaluation.load("test", (language,))):
        counts = {label: sum(m.label == label for m in part) for label in ("crisis", "ordinary")}
        assert min(counts.values()) >= MIN_MESSAGES, counts


def test_no_message_is_in_two_parts() -> None:
    parts = [
        {m.text.casefold() for m in evaluation.load(split)}
        for split in (*evaluation.DEVELOPMENT, *evaluation.HELD_OUT)
    ]
    overlaps = [a & b for i, a in enumerate(parts) for b in parts[i + 1 :]]
    assert overlaps == [set()] * len(overlaps)


# Where the screen does not yet reach the goals (docs/safety.md has the figures): strict, so a
# language that starts meeting them fails here until it is taken off this list.
BELOW_THE_GOALS: set[tuple[str, str]] = set()
HELD_OUT = [
    pytest.param(
        language,
        split,
        id=f"{language}-{split}",
        marks=[pytest.mark.xfail(strict=True, reason="below the goals")]
        if (language, split) in BELOW_THE_GOALS
        else [],
    )
    for language in evaluation.LANGUAGES
    for split in evaluation.HELD_OUT
    if (evaluation.MESSAGES / language / f"{split}.tsv").exists()
]


@pytest.mark.parametrize(("language", "split"), HELD_OUT)
def test_each_held_out_part_meets_the_three_goals(
    held_out: dict[str, tuple[list[evaluation.Message], list[Level]]], language: str, split: str
) -> None:
    messages, levels = held_out[split]
    chosen = [(m, lv) for m, lv in zip(messages, levels, strict=True) if m.language == language]
    figures = evaluation.figures([m for m, _ in chosen], [lv for _, lv in chosen])
    print(language, split, figures)
    assert figures.caught >= evaluation.MIN_CAUGHT
    assert figures.crisis_on_ordinary <= evaluation.MAX_CRISIS_ON_ORDINARY
    assert figures.check_on_ordinary <= evaluation.MAX_CHECK_ON_ORDINARY


def test_figures_count_what_they_say() -> None:
    messages = [
        evaluation.Message("crisis", "direct", "a", "en"),
        evaluation.Message("crisis", "direct", "b", "en"),
        evaluation.Message("ordinary", "checkins", "c", "en"),
        evaluation.Message("ordinary", "checkins", "d", "en"),
    ]
    levels = [Level.CHECK, Level.NONE, Level.CRISIS, Level.CHECK]
    figures = evaluation.figures(messages, levels)
    assert figures == evaluation.Figures(0.5, 0.5, 0.5)
    assert not figures.meets_goals()


def test_the_shipped_classifier_is_what_the_development_part_trains() -> None:
    # Nobody tuned the file by hand, and nothing but the development part went into it.
    shipped = semantic.classifier()
    trained = evaluation.train()
    assert trained.words.keys() == shipped.words.keys()
    assert trained.pieces.keys() == shipped.pieces.keys()
    # Cuts fall between neighbouring likelihoods, so a last-digit difference in the fit may move
    # one to the next; weights and the bias must agree closely.
    assert trained.cuts.keys() == shipped.cuts.keys()
    for language, cuts in trained.cuts.items():
        for name in ("check_from", "crisis_from", "wary_check_from"):
            expected = getattr(shipped.cuts[language], name)
            assert getattr(cuts, name) == pytest.approx(expected, abs=0.02), (language, name)
    assert trained.bias == pytest.approx(shipped.bias, abs=1e-3)
    assert trained.meaning_weight == pytest.approx(shipped.meaning_weight, abs=1e-3)
    assert abs(trained.meaning.hidden - shipped.meaning.hidden).max() < 1e-3
    assert abs(trained.meaning.out - shipped.meaning.out).max() < 1e-3
    for language, words in trained.vocabularies.items():
        assert words.keys() == shipped.vocabularies[language].keys(), language
        assert words == pytest.approx(shipped.vocabularies[language], abs=1e-3), language


def test_the_classifier_survives_its_file() -> None:
    shipped = semantic.classifier()
    again = semantic.Classifier.from_json(shipped.to_json())
    assert again.to_json() == shipped.to_json()
    assert again.cuts == shipped.cuts
