"""Charts drawn in worker processes are the charts drawn in the bot's own process."""

from __future__ import annotations

import multiprocessing
import os
import signal

import pytest

from bot.chart_pool import ChartDrawer, pool_size
from bot.charts import ChartDay, render_mood_chart
from bot.core.languages import Language
from bot.texts.catalog import translator
from bot.texts.weekly import chart_words, day_labels

WORDS = chart_words(translator(Language.DE))
WEEK = [
    ChartDay(label, morning, evening)
    for label, morning, evening in zip(
        day_labels(translator(Language.DE)),
        (2, 3, None, 4, 4, 5, 3),
        (3, None, 4, 4, 5, None, 2),
        strict=True,
    )
]


@pytest.mark.parametrize(
    ("workers", "cores", "expected"),
    [(None, 1, 0), (None, 2, 1), (None, 8, 7), (0, 8, 0), (3, 1, 3)],
)
def test_pool_size_is_as_set_or_one_fewer_than_the_cores(
    workers: int | None, cores: int, expected: int
) -> None:
    actual = pool_size(workers, cores)
    assert actual == expected


async def test_a_worker_process_draws_the_same_chart() -> None:
    drawer = ChartDrawer(1)
    try:
        actual = await drawer.draw(WEEK, WORDS)
        workers = len(multiprocessing.active_children())
    finally:
        drawer.close()
    assert actual == render_mood_chart(WEEK, WORDS)
    assert workers >= 1


async def test_a_closed_pool_starts_again_when_asked_for_a_chart() -> None:
    drawer = ChartDrawer(1)
    try:
        first = await drawer.draw(WEEK, WORDS)
        drawer.close()
        actual = await drawer.draw(WEEK, WORDS)
    finally:
        drawer.close()
    assert actual == first


async def test_no_workers_draws_in_a_thread() -> None:
    drawer = ChartDrawer(0)
    actual = await drawer.draw(WEEK, WORDS)
    assert actual == render_mood_chart(WEEK, WORDS)
    assert drawer.workers == 0


async def test_a_killed_worker_costs_no_chart_and_charts_go_on_in_a_thread() -> None:
    drawer = ChartDrawer(1)
    try:
        await drawer.draw(WEEK, WORDS)
        for worker in multiprocessing.active_children():
            os.kill(worker.pid or 0, signal.SIGKILL)
            worker.join()
        actual = await drawer.draw(WEEK, WORDS)
    finally:
        drawer.close()
    assert actual == render_mood_chart(WEEK, WORDS)
    assert drawer.workers == 0
