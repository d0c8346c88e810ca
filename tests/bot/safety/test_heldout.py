"""The crisis screen on messages it was never trained on: the goals of issue #16.

`tests/bot/safety/messages/test.tsv` was split off once and is never read by training
(`python -m benchmarks.safety train` reads `dev.tsv` only). See docs/safety.md.
"""

from __future__ import annotations

import dataclasses

import pytest

from benchmarks import safety as evaluation
from bot.core.safety import Level, semantic

MIN_MESSAGES = 1500  # per label, in each part


@pytest.fixture(scope="module")
def test_part() -> tuple[list[evaluation.Message], list[Level]]:
    messages = evaluation.load("test")
    return messages, evaluation.screened(messages)


def test_the_parts_are_big_enough_and_apart() -> None:
    dev, test = evaluation.load("dev"), evaluation.load("test")
    for part in (dev, test):
        counts = {label: sum(m.label == label for m in part) for label in ("crisis", "ordinary")}
        assert min(counts.values()) >= MIN_MESSAGES, counts
    assert {m.text.casefold() for m in dev} & {m.text.casefold() for m in test} == set()


def test_the_test_part_meets_the_three_goals(
    test_part: tuple[list[evaluation.Message], list[Level]],
) -> None:
    figures = evaluation.figures(*test_part)
    print(figures)
    assert figures.caught >= evaluation.MIN_CAUGHT
    assert figures.crisis_on_ordinary <= evaluation.MAX_CRISIS_ON_ORDINARY
    assert figures.check_on_ordinary <= evaluation.MAX_CHECK_ON_ORDINARY


def test_figures_count_what_they_say() -> None:
    messages = [
        evaluation.Message("crisis", "direct", "a"),
        evaluation.Message("crisis", "direct", "b"),
        evaluation.Message("ordinary", "checkins", "c"),
        evaluation.Message("ordinary", "checkins", "d"),
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
    for name in ("check_from", "crisis_from", "wary_check_from"):
        assert getattr(trained, name) == pytest.approx(getattr(shipped, name), abs=0.02), name
    assert trained.bias == pytest.approx(shipped.bias, abs=1e-3)
    assert max(abs(trained.meaning - shipped.meaning)) < 1e-3


def test_the_classifier_survives_its_file() -> None:
    shipped = semantic.classifier()
    again = semantic.Classifier.from_json(shipped.to_json())
    assert dataclasses.astuple(again)[1:] == dataclasses.astuple(shipped)[1:]
