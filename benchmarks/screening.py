"""How long the crisis screen's phrase layer takes on one message.

Run from the repo root: `python -m benchmarks.screening`. Times `phrases.find()` (the regular
expressions; the whole screen with its sentence model is timed by `python -m benchmarks.safety`,
2-4 ms a message) over the crisis
and ordinary phrase files (mean, and the slowest single phrase at p99 and max), over a
4096-character message of ordinary phrases (Telegram's longest), and over 4096-character
messages built to be slow: words that start many rules ("i can not", "i want to") again and
again, runs of softening words that rules start inside ("kind of kind of ..."), stretched
letters, and text with no ASCII at all. The goal is under half a millisecond per message on
an idle machine. Each row shows wall-clock time and the process's CPU time; when other work
shares the machine the wall clock counts the waiting too, and the CPU time is the closer
guide to the goal. The first call compiles the rules; it is timed separately and left out
of the rest.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Sequence
from pathlib import Path

from bot.core.safety.phrases import find as screen

PHRASES = Path(__file__).resolve().parents[1] / "tests" / "bot" / "safety"
LONGEST_MESSAGE = 4096
ROUNDS = 200
GOAL_US = 500.0
# Made to cost the most per character: each word opens several rules that then fail.
WORST_CASES = (
    ("4096 chars of 'i can not'", "i can't i cant i can not "),
    ("4096 chars of 'i want to'", "i want to really just so honestly "),
    ("4096 chars of 'kind of'", "kind of "),
    ("4096 chars of 'sort of really'", "sort of really "),
    ("4096 chars of 'of so'", "of so "),
    ("4096 chars of stretched words", "noooooo diiiie "),
    ("4096 chars with no ASCII", "אני עייף היום، ولكنني هنا 🌿 "),
)


def _phrases(name: str) -> list[str]:
    lines = (PHRASES / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def _longest_message(phrases: Sequence[str]) -> str:
    filler = " ".join(phrases)
    return (filler * (LONGEST_MESSAGE // len(filler) + 1))[:LONGEST_MESSAGE]


def _mean_microseconds(messages: Sequence[str], rounds: int) -> tuple[float, float]:
    """Mean wall-clock and CPU microseconds per message."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for message in messages:
            screen(message)
    count = rounds * len(messages)
    return (
        (time.perf_counter() - wall) / count * 1e6,
        (time.process_time() - cpu) / count * 1e6,
    )


def _repeated(piece: str) -> str:
    """`piece` repeated up to Telegram's longest message."""
    return (piece * (LONGEST_MESSAGE // len(piece) + 1))[:LONGEST_MESSAGE]


def _slowest_single(messages: Sequence[str], rounds: int) -> tuple[float, float]:
    """The p99 and the max over messages of each message's best-of-`rounds` time, in µs."""
    best = []
    for message in messages:
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            screen(message)
            times.append(time.perf_counter() - started)
        best.append(min(times) * 1e6)  # the least disturbed by other work on the machine
    best.sort()
    return best[max(math.ceil(0.99 * len(best)) - 1, 0)], best[-1]


def _row(label: str, wall: float, cpu: float) -> None:
    """One line of the table, with the CPU time's verdict against the goal."""
    verdict = "within" if cpu < GOAL_US else "OVER"
    print(f"{label:<38} {wall:8.1f} µs wall {cpu:8.1f} µs CPU ({verdict} {GOAL_US:.0f} µs)")


def main() -> None:
    crisis = _phrases("crisis_phrases.txt")
    ordinary = _phrases("ordinary_phrases.txt")
    longest = _longest_message(ordinary)

    started = time.perf_counter()
    screen("")
    print(f"first call (compiles the rules): {(time.perf_counter() - started) * 1e3:8.1f} ms")
    load_before = os.getloadavg()
    rows = (
        (f"crisis phrases ({len(crisis)})", crisis, ROUNDS),
        (f"ordinary phrases ({len(ordinary)})", ordinary, ROUNDS),
        (f"{len(longest)}-character message", [longest], ROUNDS),
        *((label, [_repeated(piece)], ROUNDS) for label, piece in WORST_CASES),
    )
    for label, messages, rounds in rows:
        _row(label, *_mean_microseconds(messages, rounds))
    p99, slowest = _slowest_single(crisis + ordinary, 20)
    print(f"slowest single phrase of the files: p99 {p99:.1f} µs, max {slowest:.1f} µs")
    load_after = os.getloadavg()
    print(f"load average (1 min) before {load_before[0]:.2f}, after {load_after[0]:.2f}")


if __name__ == "__main__":
    main()
