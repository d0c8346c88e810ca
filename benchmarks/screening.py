"""How long screening one message for crisis language takes.

Run from the repo root: `python -m benchmarks.screening`. Times `screen()` over the crisis
and ordinary phrase files and over a 4096-character message (Telegram's longest), and
prints the mean microseconds per message. The first call compiles the rules; it is timed
separately and left out of the means.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from bot.core.safety import screen

PHRASES = Path(__file__).resolve().parents[1] / "tests" / "bot" / "safety"
LONGEST_MESSAGE = 4096
ROUNDS = 200


def _phrases(name: str) -> list[str]:
    lines = (PHRASES / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def _longest_message(phrases: Sequence[str]) -> str:
    filler = " ".join(phrases)
    return (filler * (LONGEST_MESSAGE // len(filler) + 1))[:LONGEST_MESSAGE]


def _mean_microseconds(messages: Sequence[str], rounds: int) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for message in messages:
            screen(message)
    return (time.perf_counter() - started) / (rounds * len(messages)) * 1e6


def main() -> None:
    crisis = _phrases("crisis_phrases.txt")
    ordinary = _phrases("ordinary_phrases.txt")
    longest = _longest_message(ordinary)

    started = time.perf_counter()
    screen("")
    print(f"first call (compiles the rules): {(time.perf_counter() - started) * 1e3:8.1f} ms")
    rows = (
        (f"crisis phrases ({len(crisis)})", crisis, ROUNDS),
        (f"ordinary phrases ({len(ordinary)})", ordinary, ROUNDS),
        (f"{len(longest)}-character message", [longest], ROUNDS * 5),
    )
    for label, messages, rounds in rows:
        print(f"{label:<34} {_mean_microseconds(messages, rounds):8.1f} µs per message")


if __name__ == "__main__":
    main()
