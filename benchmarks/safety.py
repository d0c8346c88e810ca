"""The crisis screen measured on messages it never saw, and its classifier trained.

Run from the repo root:
- `python -m benchmarks.safety` reports, for the development and the test part of
  `tests/bot/safety/messages/`, how many crisis messages were caught (crisis or check), how
  many ordinary ones got the full crisis answer or the check, by category, with the test
  part's misses, and the screen's time per message and resident memory;
- `python -m benchmarks.safety train` trains the semantic layer's classifier on the
  development part only and writes `bot/core/safety/classifier.json`.

The test part is never read by training: it says how the screen does on words it never saw.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import resource
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

import numpy as np
import numpy.typing as npt

from bot.core import safety
from bot.core.safety import Level, phrases, semantic
from bot.core.safety.phrases import Found

ROOT: Final = Path(__file__).resolve().parents[1]
MESSAGES: Final = ROOT / "tests" / "bot" / "safety" / "messages"
CLASSIFIER: Final = ROOT / "bot" / "core" / "safety" / semantic.CLASSIFIER_FILE
Split = Literal["dev", "test"]
Label = Literal["crisis", "ordinary"]

# The goals, on the test part (issue #16).
MIN_CAUGHT: Final = 0.95
MAX_CRISIS_ON_ORDINARY: Final = 0.02
MAX_CHECK_ON_ORDINARY: Final = 0.10
# Where training puts the cuts on the development part, leaving room for words never seen.
TARGET_CAUGHT: Final = 0.98
TARGET_CRISIS_ON_ORDINARY: Final = 0.005
TARGET_WARY_ALARMS: Final = 0.20
# How many folds choose the cuts.
FOLDS: Final = 5


@dataclass(frozen=True, slots=True)
class Message:
    """One evaluation message: what it is, which category it was written for, and its words."""

    label: Label
    category: str
    text: str


@dataclass(frozen=True, slots=True)
class Cuts:
    """Where the semantic layer's likelihoods become a check, a crisis, or a check when wary."""

    check_from: float
    crisis_from: float
    wary_check_from: float


@dataclass(frozen=True, slots=True)
class Figures:
    """The three goals' figures for one set of screened messages."""

    caught: float
    crisis_on_ordinary: float
    check_on_ordinary: float

    def meets_goals(self) -> bool:
        """Whether all three goals are met."""
        return (
            self.caught >= MIN_CAUGHT
            and self.crisis_on_ordinary <= MAX_CRISIS_ON_ORDINARY
            and self.check_on_ordinary <= MAX_CHECK_ON_ORDINARY
        )


def load(split: Split) -> list[Message]:
    """The messages of one part, from its tab-separated file."""
    rows = (MESSAGES / f"{split}.tsv").read_text(encoding="utf-8").splitlines()
    messages = []
    for row in rows:
        label, category, text = row.split("\t", 2)
        if label not in ("crisis", "ordinary"):
            raise ValueError(f"unknown label {label!r} in {split}.tsv")
        messages.append(Message(label, category, text))  # type: ignore[arg-type]
    return messages


def figures(messages: Sequence[Message], levels: Sequence[Level]) -> Figures:
    """The caught, crisis-on-ordinary and check-on-ordinary rates."""
    crisis = [level for m, level in zip(messages, levels, strict=True) if m.label == "crisis"]
    ordinary = [level for m, level in zip(messages, levels, strict=True) if m.label == "ordinary"]
    return Figures(
        caught=sum(level != Level.NONE for level in crisis) / len(crisis),
        crisis_on_ordinary=sum(level == Level.CRISIS for level in ordinary) / len(ordinary),
        check_on_ordinary=sum(level == Level.CHECK for level in ordinary) / len(ordinary),
    )


def screened(messages: Sequence[Message]) -> list[Level]:
    """Each message's level, as `bot.core.safety.screen` gives it."""
    return [safety.screen(m.text).level for m in messages]


# --- Training ----------------------------------------------------------------------------------

# Grams seen in fewer development messages than this are too rare to weigh.
MIN_MESSAGES_WITH_GRAM: Final = 3
# Inverse L2 strength of the regression, chosen on development folds.
INVERSE_PENALTY: Final = 3.0


@dataclass(frozen=True, slots=True)
class Embedded:
    """The development messages with what training needs of each."""

    messages: list[Message]
    normalised: list[str]
    vectors: npt.NDArray[np.float64]
    parts: list[list[semantic.Part]]
    part_vectors: list[semantic.Vectors]


def embedded(messages: list[Message]) -> Embedded:
    """Embed each message whole and by its sentences, in batches."""
    parts = [[semantic.read(part) for part in semantic.sentences_of(m.text)] for m in messages]
    flat = semantic.embed([part for message in parts for part in message])
    part_vectors, start = [], 0
    for message in parts:
        part_vectors.append(flat[start : start + len(message)])
        start += len(message)
    return Embedded(
        messages=messages,
        normalised=[phrases.without_figures(m.text) for m in messages],
        vectors=np.asarray([v[0] for v in part_vectors], dtype=np.float64),
        parts=parts,
        part_vectors=part_vectors,
    )


def idf_table(documents: Sequence[Counter[str]]) -> dict[str, float]:
    """The idf of every gram found in enough documents: ln((1 + n) / (1 + df)) + 1."""
    found_in = Counter(gram for document in documents for gram in document)
    total = len(documents)
    return {
        gram: math.log((1 + total) / (1 + count)) + 1.0
        for gram, count in sorted(found_in.items())
        if count >= MIN_MESSAGES_WITH_GRAM
    }


def fit(data: Embedded, rows: Sequence[int]) -> semantic.Classifier:
    """Fit the regression on some development messages (cuts left at zero)."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    words = [semantic.word_grams(data.normalised[row]) for row in rows]
    pieces = [semantic.word_pieces(data.normalised[row]) for row in rows]
    word_idf, piece_idf = idf_table(words), idf_table(pieces)
    blocks = [
        _sparse(words, word_idf, csr_matrix),
        _sparse(pieces, piece_idf, csr_matrix),
        csr_matrix(data.vectors[list(rows)]),
    ]
    labels = [data.messages[row].label == "crisis" for row in rows]
    model = LogisticRegression(C=INVERSE_PENALTY, max_iter=5000)
    model.fit(hstack(blocks).tocsr(), labels)
    weights = model.coef_[0]
    return semantic.Classifier(
        words={g: (idf, float(weights[i])) for i, (g, idf) in enumerate(word_idf.items())},
        pieces={
            g: (idf, float(weights[len(word_idf) + i]))
            for i, (g, idf) in enumerate(piece_idf.items())
        },
        meaning=np.asarray(weights[len(word_idf) + len(piece_idf) :], dtype=np.float64),
        bias=float(model.intercept_[0]),
        check_from=0.0,
        crisis_from=0.0,
        wary_check_from=0.0,
    )


def _sparse(documents: Sequence[Counter[str]], idf: dict[str, float], matrix: Any) -> Any:
    """The documents' TF-IDF rows over a vocabulary, as a sparse matrix."""
    column = {gram: index for index, gram in enumerate(idf)}
    table = {gram: (value, 0.0) for gram, value in idf.items()}
    data, rows, columns = [], [], []
    for row, document in enumerate(documents):
        for gram, value in semantic.tfidf(document, table).items():
            data.append(value)
            rows.append(row)
            columns.append(column[gram])
    return matrix((data, (rows, columns)), shape=(len(documents), len(idf)))


def most_likely(model: semantic.Classifier, data: Embedded, row: int) -> float:
    """A message's likelihood as the screen reads it: the most likely of its parts."""
    return max(model.likelihoods(data.parts[row], data.part_vectors[row]))


def out_of_fold(data: Embedded) -> list[float]:
    """Each message's likelihood from a classifier that never saw it (k-fold)."""
    scores = [0.0] * len(data.messages)
    for fold in range(FOLDS):
        held = [row for row in range(len(scores)) if row % FOLDS == fold]
        model = fit(data, [row for row in range(len(scores)) if row % FOLDS != fold])
        for row in held:
            scores[row] = most_likely(model, data, row)
    return scores


def cuts(
    messages: Sequence[Message], found: Sequence[Found | None], scores: Sequence[float]
) -> Cuts:
    """Where to cut likelihoods into check and crisis, chosen on development scores only."""
    is_crisis = np.asarray([m.label == "crisis" for m in messages])
    phrase = np.asarray([f is not None and not f.named_only for f in found])
    named = np.asarray([f is not None and f.named_only for f in found])
    likelihood = np.asarray(scores)
    ordinary = ~is_crisis

    def crisis_on_ordinary(cut: float) -> float:
        return float(np.mean((phrase | (likelihood >= cut))[ordinary]))

    def caught(cut: float) -> float:
        return float(np.mean((phrase | named | (likelihood >= cut))[is_crisis]))

    candidates = np.unique(likelihood)
    crisis_from = next(c for c in candidates if crisis_on_ordinary(c) <= TARGET_CRISIS_ON_ORDINARY)
    check_from = max(c for c in candidates if caught(c) >= TARGET_CAUGHT or c == candidates[0])
    wary_check_from = next(
        c
        for c in candidates
        if np.mean((named | (likelihood >= c))[ordinary]) <= TARGET_WARY_ALARMS
    )
    check_from = min(check_from, crisis_from)
    return Cuts(
        check_from=round(float(check_from), 6),
        crisis_from=round(float(crisis_from), 6),
        wary_check_from=round(float(min(wary_check_from, check_from)), 6),
    )


def train() -> semantic.Classifier:
    """Fit the classifier on the development part and choose its cuts there."""
    data = embedded(load("dev"))
    found = [phrases.find(m.text) for m in data.messages]
    scores = out_of_fold(data)
    chosen = cuts(data.messages, found, scores)
    print(f"development, out of fold: {figures(data.messages, _levels(found, scores, chosen))}")
    model = fit(data, range(len(data.messages)))
    return dataclasses.replace(
        model,
        check_from=chosen.check_from,
        crisis_from=chosen.crisis_from,
        wary_check_from=chosen.wary_check_from,
    )


def _levels(found: Sequence[Found | None], scores: Sequence[float], chosen: Cuts) -> list[Level]:
    """The levels `screen` would give with these likelihoods and cuts (not wary)."""
    return [
        safety.judged(phrase, score, chosen).level
        for phrase, score in zip(found, scores, strict=True)
    ]


# --- Reporting ---------------------------------------------------------------------------------


def report(split: Split, show_misses: bool) -> Figures:
    """Print one part's figures, by category, and return them."""
    messages = load(split)
    levels = screened(messages)
    result = figures(messages, levels)
    counts = Counter(m.label for m in messages)
    print(
        f"{split}: {counts['crisis']} crisis, {counts['ordinary']} ordinary | "
        f"caught {result.caught:.1%} | crisis on ordinary {result.crisis_on_ordinary:.1%} | "
        f"check on ordinary {result.check_on_ordinary:.1%}"
    )
    for category in sorted({m.category for m in messages}):
        chosen = [(m, lv) for m, lv in zip(messages, levels, strict=True) if m.category == category]
        by_level = Counter(level.value for _, level in chosen)
        print(
            f"  {category:28} {len(chosen):5}  none {by_level['none']:4}  "
            f"check {by_level['check']:4}  crisis {by_level['crisis']:4}"
        )
    if show_misses:
        for message, level in zip(messages, levels, strict=True):
            if (message.label == "crisis") == (level == Level.NONE) or (
                message.label == "ordinary" and level == Level.CHECK
            ):
                print(f"    {message.label[:4]} -> {level.value:6} {message.text}")
    return result


def timing() -> None:
    """Time per message and resident memory of the whole screen, after it is loaded."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    safety.prepare()
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    texts = [m.text for m in load("test")]
    took = []
    for text in texts:
        started = time.perf_counter()
        safety.screen(text)
        took.append(time.perf_counter() - started)
    took.sort()
    print(
        f"screen: {len(took)} messages, mean {statistics.mean(took) * 1000:.2f} ms, "
        f"p95 {took[int(len(took) * 0.95)] * 1000:.2f} ms, max {took[-1] * 1000:.2f} ms; "
        f"loading the model raised peak resident memory by {(after - before) / 1024:.0f} MB"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Report the figures (default), or train the classifier on the development part."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.safety")
    parser.add_argument("command", nargs="?", choices=("report", "train"), default="report")
    parser.add_argument("--misses", action="store_true", help="list the test part's misses")
    args = parser.parse_args(argv)
    if args.command == "train":
        CLASSIFIER.write_text(train().to_json() + "\n", encoding="utf-8")
        print(f"wrote {CLASSIFIER.relative_to(ROOT)}")
        return 0
    timing()
    report("dev", show_misses=False)
    test = report("test", show_misses=args.misses)
    return 0 if test.meets_goals() else 1


if __name__ == "__main__":
    sys.exit(main())
