"""The crisis screen on messages it was never trained on: the goals of issues #16 and #18.

Each language's `tests/bot/safety/messages/<language>/test.tsv` was written after the last change
to the screen, by sessions that saw nothing of it, and is never read by training
(`python -m benchmarks.safety train` reads the `dev.tsv` parts only). The goals hold in every
language on its own. See docs/safety.md.
"""

from __future__ import annotations

import pytest

from benchmarks import safety as evaluation
from bot.core import safety
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


# The least share of development messages, in each language, that the shipped and a retrained
# classifier must screen alike. Retrained on another CPU than the file's: 96.2 % (fr) to 98.1 %
# (es); on the CPU that trained it, all of them.
SAME_DECISIONS = 0.95
# How far a retrained cut may fall from the shipped one.
CUT_TOLERANCE = 0.05


def test_the_shipped_classifier_is_what_the_development_part_trains() -> None:
    # Nobody tuned the file by hand, and nothing but the development part went into it. Training
    # is deterministic on one machine, but not digit for digit across CPUs: the meaning network
    # is fitted with BLAS kernels chosen for the processor (AMD EPYC with AVX-512 here, Intel
    # Xeon where the file was trained), and early stopping and the choice of cuts amplify the
    # last digits (weights up to 0.8 apart, cuts up to 0.034 apart, 2-4 % of the development
    # messages screened differently). So the retrained classifier is
    # held to the shipped one by what it decides on the messages it was trained on, and by its
    # structure, not by its weights.
    data = evaluation.embedded(evaluation.development())
    shipped = semantic.classifier()
    trained = evaluation.train(data)
    assert trained.words.keys() == shipped.words.keys()
    assert trained.pieces.keys() == shipped.pieces.keys()
    assert trained.cuts.keys() == shipped.cuts.keys()
    for language, cuts in trained.cuts.items():
        for name in ("check_from", "crisis_from", "wary_check_from"):
            expected = getattr(shipped.cuts[language], name)
            assert getattr(cuts, name) == pytest.approx(expected, abs=CUT_TOLERANCE), (
                language,
                name,
            )
    for language, words in trained.vocabularies.items():
        assert words.keys() == shipped.vocabularies[language].keys(), language
        assert words == pytest.approx(shipped.vocabularies[language], abs=1e-3), language
    for language in evaluation.LANGUAGES:
        alike = _alike(data, shipped, trained, language)
        print(language, f"screened alike: {alike:.4f}")
        assert alike >= SAME_DECISIONS, language


def _alike(
    data: evaluation.Embedded,
    shipped: semantic.Classifier,
    trained: semantic.Classifier,
    language: str,
) -> float:
    """The share of a language's development messages both classifiers screen to one level."""
    rows = [row for row, m in enumerate(data.messages) if m.language == language]
    same = 0
    for row in rows:
        found = safety.found_in(data.messages[row].text)
        levels = {
            safety.judged(
                found,
                max(model.likelihoods(data.parts[row], data.part_vectors[row])),
                model.cuts[language],
            ).level
            for model in (shipped, trained)
        }
        same += len(levels) == 1
    return same / len(rows)


def test_the_classifier_survives_its_file() -> None:
    shipped = semantic.classifier()
    again = semantic.Classifier.from_json(shipped.to_json())
    assert again.to_json() == shipped.to_json()
    assert again.cuts == shipped.cuts
