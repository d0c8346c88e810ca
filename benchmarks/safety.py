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
from bot.core.safety import Level, lexicons, semantic
from bot.core.safety.phrases import Found

ROOT: Final = Path(__file__).resolve().parents[1]
MESSAGES: Final = ROOT / "tests" / "bot" / "safety" / "messages"
CLASSIFIER: Final = ROOT / "bot" / "core" / "safety" / semantic.CLASSIFIER_FILE
# dev and recent: development, read by training; recent is the part held out last, written by
# sessions the screen never met, as the next held-out part will be, so the check's cut must
# hold there too. test: held out, written after the last change to the screen and read once
# (docs/safety.md tells the history of the parts).
Split = Literal["dev", "recent", "test"]
DEVELOPMENT: Final[tuple[Split, ...]] = ("dev", "recent")
HELD_OUT: Final[tuple[Split, ...]] = ("test",)
# The languages the screen hears, each with its own development and test part (messages/<code>/).
LANGUAGES: Final = ("en", "es", "de", "ru", "pt", "fr")
Label = Literal["crisis", "ordinary"]

# The goals, on the test part (issue #16).
MIN_CAUGHT: Final = 0.95
MAX_CRISIS_ON_ORDINARY: Final = 0.02
MAX_CHECK_ON_ORDINARY: Final = 0.10
# Where training puts the cuts on the development part, leaving room for words never seen.
TARGET_CAUGHT: Final = 0.98
TARGET_CRISIS_ON_ORDINARY: Final = 0.003
TARGET_WARY_ALARMS: Final = 0.20
# ... unless catching that many would ask the check of more ordinary messages than this (of all
# development, and of its recent part): then the cut that asks it of no more. New writers'
# ordinary messages drew more checks than development's (10-14.5 % against 7.5 % in the
# 2026-12-07 round), hence the margins below the goal's 10 %.
MOST_CHECKS_ON_ORDINARY: Final = 0.06
MOST_CHECKS_ON_RECENT: Final = 0.08
# ... but never so far that the model alone catches fewer than this many development crisis
# messages: German's recent part pushed its cut to where the model caught 84 %, and its test
# part then caught 92.1 % in all (2026-12-07). Below every other language's (93.8-96.1 %).
MIN_CAUGHT_BY_THE_MODEL: Final = 0.88
# How many folds choose the cuts.
FOLDS: Final = 5


@dataclass(frozen=True, slots=True)
class Message:
    """One evaluation message: what it is, which category it was written for, and its words."""

    label: Label
    category: str
    text: str
    language: str
    split: Split = "dev"


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


def development(languages: Sequence[str] = LANGUAGES) -> list[Message]:
    """Every development message in these languages: what training and phrase writers read."""
    return [m for split in DEVELOPMENT for m in load(split, languages)]


def load(split: Split, languages: Sequence[str] = LANGUAGES) -> list[Message]:
    """The messages of one part in these languages, from their tab-separated files."""
    messages = []
    for language in languages:
        path = MESSAGES / language / f"{split}.tsv"
        if not path.exists():
            continue
        for row in path.read_text(encoding="utf-8").splitlines():
            label, category, text = row.split("\t", 2)
            if label not in ("crisis", "ordinary"):
                raise ValueError(f"unknown label {label!r} in {path}")
            messages.append(Message(label, category, text, language, split))  # type: ignore[arg-type]
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
    part_vectors = semantic.embed(parts)
    return Embedded(
        messages=messages,
        normalised=[semantic.read(m.text).words for m in messages],
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


# The meaning network: one hidden layer, stopped early on a tenth of its training rows.
HIDDEN_UNITS: Final = 256
MEANING_PENALTY: Final = 1e-3
# How many of each language's most common words tell its messages apart from the others'.
VOCABULARY_SIZE: Final = 1500


def fit_meaning(data: Embedded, rows: Sequence[int]) -> semantic.Meaning:
    """Train the meaning network on some development messages' sentence vectors."""
    from sklearn.neural_network import MLPClassifier

    network = MLPClassifier(
        (HIDDEN_UNITS,), alpha=MEANING_PENALTY, max_iter=300, early_stopping=True, random_state=0
    )
    labels = [data.messages[row].label == "crisis" for row in rows]
    network.fit(data.vectors[list(rows)], labels)
    return semantic.Meaning(
        hidden=np.asarray(network.coefs_[0].T, dtype=np.float64),
        hidden_bias=np.asarray(network.intercepts_[0], dtype=np.float64),
        out=np.asarray(network.coefs_[1][:, 0], dtype=np.float64),
        out_bias=float(network.intercepts_[1][0]),
    )


@dataclass(frozen=True, slots=True)
class Stacked:
    """The meaning network's log-odds for each message whole and for each of its parts, each
    from a network that never saw that message (or from the final one, for the final fit)."""

    whole: list[float]
    parts: list[npt.NDArray[np.float64]]


def meaning_out_of_fold(data: Embedded) -> Stacked:
    """Each message's meaning log-odds from a network trained without it (k-fold)."""
    whole = [0.0] * len(data.messages)
    parts: list[npt.NDArray[np.float64]] = [np.zeros(0)] * len(data.messages)
    for fold in range(FOLDS):
        network = fit_meaning(data, [row for row in range(len(whole)) if row % FOLDS != fold])
        for row in range(fold, len(whole), FOLDS):
            parts[row] = network.logits(data.part_vectors[row])
            whole[row] = float(parts[row][0])
    return Stacked(whole, parts)


def fit(data: Embedded, meaning: Stacked, rows: Sequence[int]) -> semantic.Classifier:
    """Fit the regression over the meaning's log-odds and the grams (no cuts, no vocabularies)."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    words = [semantic.word_grams(data.normalised[row]) for row in rows]
    pieces = [semantic.word_pieces(data.normalised[row]) for row in rows]
    word_idf, piece_idf = idf_table(words), idf_table(pieces)
    scaled = np.asarray([[meaning.whole[row] / semantic.MEANING_SCALE] for row in rows])
    blocks = [
        csr_matrix(scaled),
        _sparse(words, word_idf, csr_matrix),
        _sparse(pieces, piece_idf, csr_matrix),
    ]
    labels = [data.messages[row].label == "crisis" for row in rows]
    model = LogisticRegression(C=INVERSE_PENALTY, max_iter=5000)
    model.fit(hstack(blocks).tocsr(), labels)
    weights = model.coef_[0]
    return semantic.Classifier(
        meaning=semantic.Meaning(np.zeros((0, 0)), np.zeros(0), np.zeros(0), 0.0),
        meaning_weight=float(weights[0]),
        words={g: (idf, float(weights[1 + i])) for i, (g, idf) in enumerate(word_idf.items())},
        pieces={
            g: (idf, float(weights[1 + len(word_idf) + i]))
            for i, (g, idf) in enumerate(piece_idf.items())
        },
        bias=float(model.intercept_[0]),
        cuts={},
        vocabularies={},
        unseen={},
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


def most_likely(model: semantic.Classifier, data: Embedded, meaning: Stacked, row: int) -> float:
    """A message's likelihood as the screen reads it: the most likely of its parts."""
    logits = meaning.parts[row] * (model.meaning_weight / semantic.MEANING_SCALE)
    return max(
        semantic.sigmoid(model.bias + float(m) + model.grams_logit(part.words))
        for part, m in zip(data.parts[row], logits, strict=True)
    )


def out_of_fold(data: Embedded, meaning: Stacked) -> list[float]:
    """Each message's likelihood from a regression that never saw it (k-fold)."""
    scores = [0.0] * len(data.messages)
    for fold in range(FOLDS):
        model = fit(data, meaning, [row for row in range(len(scores)) if row % FOLDS != fold])
        for row in range(fold, len(scores), FOLDS):
            scores[row] = most_likely(model, data, meaning, row)
    return scores


def cuts(
    messages: Sequence[Message], found: Sequence[Found | None], scores: Sequence[float]
) -> semantic.Cuts:
    """Where to cut likelihoods into check and crisis, chosen on development scores only.

    Vectorised, this follows `safety.judged` (a phrase of intent is a crisis where the
    likelihood reaches the wary cut and a check below it; naming the subject alone is a check
    from the wary cut) with one difference: counting checks, a phrase the model reads at or
    above the check's cut is counted as asked, though it gets the full answer, which can only
    keep the check's cut higher.
    """
    is_crisis = np.asarray([m.label == "crisis" for m in messages])
    recent = np.asarray([m.split == "recent" for m in messages])
    phrase = np.asarray([f is not None and not f.named_only for f in found])
    named = np.asarray([f is not None and f.named_only for f in found])
    likelihood = np.asarray(scores)
    ordinary = ~is_crisis
    candidates = np.unique(likelihood)

    # The model's own share of full answers: a phrase's answer is the phrase's.
    crisis_from = next(
        c
        for c in candidates
        if np.mean(((likelihood >= c) & ~phrase)[ordinary]) <= TARGET_CRISIS_ON_ORDINARY
    )
    wary_check_from = next(
        c
        for c in candidates
        if np.mean((named | (likelihood >= c))[ordinary]) <= TARGET_WARY_ALARMS
    )

    def checks(cut: float, rows: npt.NDArray[np.bool_]) -> float:
        below = likelihood < crisis_from
        wary = named & (likelihood >= min(cut, wary_check_from))
        doubted = phrase & (likelihood < min(cut, wary_check_from))
        asked = below & ((likelihood >= cut) | wary | doubted)
        return float(np.mean(asked[rows]))

    # Phrases are not counted in the catch: they were written looking at these very messages,
    # so on them they catch more than they will on words never seen; the model's likelihoods
    # here are out of fold, so they are honest.
    def catching(share: float) -> float:
        return float(
            max(
                c
                for c in candidates
                if np.mean((likelihood >= c)[is_crisis]) >= share or c == candidates[0]
            )
        )

    check_from = catching(TARGET_CAUGHT)
    fewest = next(
        (
            c
            for c in candidates
            if checks(c, ordinary) <= MOST_CHECKS_ON_ORDINARY
            and (not recent.any() or checks(c, ordinary & recent) <= MOST_CHECKS_ON_RECENT)
        ),
        crisis_from,
    )
    check_from = min(max(check_from, fewest), catching(MIN_CAUGHT_BY_THE_MODEL), crisis_from)
    return semantic.Cuts(
        check_from=round(float(check_from), 6),
        crisis_from=round(float(crisis_from), 6),
        wary_check_from=round(float(min(wary_check_from, check_from)), 6),
    )


def vocabularies(
    messages: Sequence[Message],
) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """Each language's most common development words with their log-probabilities (add-one)."""
    from bot.core.safety import lexicons

    counted: dict[str, Counter[str]] = {language: Counter() for language in LANGUAGES}
    for message in messages:
        counted[message.language].update(lexicons.fold(message.text).replace("#", " ").split())
    tables, unseen = {}, {}
    for language, counts in counted.items():
        total = sum(counts.values()) + len(counts)
        tables[language] = {
            word: math.log((count + 1) / total)
            for word, count in counts.most_common(VOCABULARY_SIZE)
        }
        unseen[language] = math.log(1 / total)
    return tables, unseen


def train(data: Embedded | None = None) -> semantic.Classifier:
    """Fit the classifier on the development part (embedded already, if given) and choose its
    cuts there, by language."""
    data = data or embedded(development())
    found = [safety.found_in(m.text) for m in data.messages]
    meaning = meaning_out_of_fold(data)
    scores = out_of_fold(data, meaning)
    chosen = {}
    for language in LANGUAGES:
        rows = [row for row, m in enumerate(data.messages) if m.language == language]
        mine = [data.messages[row] for row in rows]
        chosen[language] = cuts(mine, [found[r] for r in rows], [scores[r] for r in rows])
        levels = _levels([found[r] for r in rows], [scores[r] for r in rows], chosen[language])
        print(f"{language} development, out of fold: {figures(mine, levels)}")
    model = fit(data, meaning, range(len(data.messages)))
    words, unseen = vocabularies(data.messages)
    return dataclasses.replace(
        model,
        meaning=fit_meaning(data, range(len(data.messages))),
        cuts=chosen,
        vocabularies=words,
        unseen=unseen,
    )


def _levels(
    found: Sequence[Found | None], scores: Sequence[float], chosen: semantic.Cuts
) -> list[Level]:
    """The levels `screen` would give with these likelihoods and cuts (not wary)."""
    return [
        safety.judged(phrase, score, chosen).level
        for phrase, score in zip(found, scores, strict=True)
    ]


# --- Reporting ---------------------------------------------------------------------------------


def report(split: Split, language: str, show_misses: bool) -> Figures:
    """Print one part's figures in one language, by category, and return them."""
    messages = load(split, (language,))
    levels = screened(messages)
    result = figures(messages, levels)
    counts = Counter(m.label for m in messages)
    print(
        f"{language} {split}: {counts['crisis']} crisis, {counts['ordinary']} ordinary | "
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


def lexicon_report(language: str, show_misses: bool) -> None:
    """The development part of one language as its lexicon alone reads it (no model)."""
    messages = development((language,))
    found = [lexicons.find(m.text) for m in messages]
    for label in ("crisis", "ordinary"):
        chosen = [f for m, f in zip(messages, found, strict=True) if m.label == label]
        crisis = sum(f is not None and not f.named_only for f in chosen)
        named = sum(f is not None and f.named_only for f in chosen)
        print(f"{language} dev {label}: {len(chosen)} | crisis phrase {crisis} | named {named}")
    if show_misses:
        for message, phrase in zip(messages, found, strict=True):
            hit = "none" if phrase is None else ("named" if phrase.named_only else "crisis")
            if (message.label == "crisis") == (phrase is None) or (
                message.label == "ordinary" and phrase is not None
            ):
                print(f"    {message.label[:4]} {message.category:16} -> {hit:6} {message.text}")


def main(argv: Sequence[str] | None = None) -> int:
    """Report the figures (default), or train the classifier on the development part."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.safety")
    parser.add_argument(
        "command", nargs="?", choices=("report", "train", "lexicon"), default="report"
    )
    parser.add_argument("language", nargs="?", help="lexicon: the language to report")
    parser.add_argument("--misses", action="store_true", help="list the test part's misses")
    args = parser.parse_args(argv)
    if args.command == "lexicon":
        lexicon_report(args.language, show_misses=args.misses)
        return 0
    if args.command == "train":
        CLASSIFIER.write_text(train().to_json() + "\n", encoding="utf-8")
        print(f"wrote {CLASSIFIER.relative_to(ROOT)}")
        return 0
    timing()
    met = True
    for language in LANGUAGES:
        for split in DEVELOPMENT:
            report(split, language, show_misses=False)
        for split in HELD_OUT:
            if (MESSAGES / language / f"{split}.tsv").exists():
                met = report(split, language, show_misses=args.misses).meets_goals() and met
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
