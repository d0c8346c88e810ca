"""How long one weekly mood chart takes to draw, and how big the PNG is.

Times `render_mood_chart` (drawing and PNG encoding: all the work done per summary) on a full
week with gaps. The first chart of a process also imports matplotlib and draws the cached
background; it is timed on its own and left out of the mean and p95.

Run from the repo root with the venv active::

    python -m benchmarks.chart --runs 50
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import time

from bot.charts import ChartDay, render_mood_chart
from bot.core.languages import Language
from bot.texts.catalog import translator
from bot.texts.weekly import chart_words, day_labels

GOAL_MS = 50.0
MORNINGS = (2, 3, None, 4, 4, 5, 3)
EVENINGS = (3, None, 4, 4, 5, None, 2)

EN = translator(Language.EN)
CHART_WORDS = chart_words(EN)
WEEKDAY_LABELS = day_labels(EN)


def full_week() -> list[ChartDay]:
    return [
        ChartDay(label, morning, evening)
        for label, morning, evening in zip(WEEKDAY_LABELS, MORNINGS, EVENINGS, strict=True)
    ]


def p95(samples: list[float]) -> float:
    """The nearest-rank 95th percentile."""
    ordered = sorted(samples)
    return ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="charts to time (default 50)")
    runs = max(parser.parse_args().runs, 1)
    days = full_week()
    started = time.perf_counter()
    png = render_mood_chart(days, CHART_WORDS)  # imports, the font cache and the background
    first = (time.perf_counter() - started) * 1000
    load_before = os.getloadavg()
    samples: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        png = render_mood_chart(days, CHART_WORDS)
        samples.append((time.perf_counter() - started) * 1000)
    load_after = os.getloadavg()
    mean, slowest = statistics.fmean(samples), p95(samples)
    verdict = "within" if slowest < GOAL_MS else "over"
    print(f"first chart of the process (imports, background): {first:.0f} ms")
    print(
        f"charts: {runs}, mean {mean:.1f} ms, median {statistics.median(samples):.1f} ms, "
        f"p95 {slowest:.1f} ms, max {max(samples):.1f} ms ({verdict} {GOAL_MS:.0f} ms at p95)"
    )
    print(f"png: {len(png)} bytes ({len(png) / 1024:.1f} KiB)")
    print(f"load average (1 min) before {load_before[0]:.2f}, after {load_after[0]:.2f}")


if __name__ == "__main__":
    main()
