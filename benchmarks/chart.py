"""How long one weekly mood chart takes to draw, and how big the PNG is.

Run from the repo root with the venv active::

    python -m benchmarks.chart --runs 50
"""

from __future__ import annotations

import argparse
import math
import statistics
import time

from bot.charts import ChartDay, render_mood_chart
from bot.texts.weekly import CHART_TITLE, WEEKDAY_LABELS

GOAL_MS = 50.0
MORNINGS = (2, 3, None, 4, 4, 5, 3)
EVENINGS = (3, None, 4, 4, 5, None, 2)


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
    png = render_mood_chart(days, CHART_TITLE)  # warm-up: imports and the font cache
    samples: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        png = render_mood_chart(days, CHART_TITLE)
        samples.append((time.perf_counter() - started) * 1000)
    mean, slowest = statistics.fmean(samples), p95(samples)
    verdict = "within" if slowest < GOAL_MS else "over"
    print(f"charts: {runs}, mean {mean:.1f} ms, p95 {slowest:.1f} ms ({verdict} {GOAL_MS:.0f} ms)")
    print(f"png: {len(png)} bytes ({len(png) / 1024:.1f} KiB)")


if __name__ == "__main__":
    main()
