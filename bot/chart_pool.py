"""Where weekly charts are drawn: in a pool of processes beside the bot's, or in a thread.

Drawing a chart is about 10 ms of CPU, half of a weekly summary's; in a thread it shares the
bot's one interpreter (and its lock) with everything else the bot does, so Sunday's summaries
go out at the pace of one core. In processes of their own the charts use the other cores
(docs/benchmarks.md, "summaries at scale"). The pool starts with the first chart, not with the
bot: most runs never draw one, and tests start many bots.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from bot.charts import ChartDay, ChartWords, render_mood_chart

log = logging.getLogger("smallsteps.charts")

# The workers are forked from a server process that has imported only this, not from the bot
# (forking a process with threads and open connections is unsafe).
PRELOADED = ["bot.charts", "matplotlib.backends.backend_agg"]


def pool_size(workers: int | None, cores: int | None = None) -> int:
    """How many processes draw charts: as set, or one fewer than the cores (none on one core)."""
    if workers is not None:
        return workers
    return max(0, (cores if cores is not None else os.cpu_count() or 1) - 1)


class ChartDrawer:
    """Draws weekly charts off the event loop: in `workers` processes, or a thread when 0."""

    def __init__(self, workers: int) -> None:
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None

    @property
    def workers(self) -> int:
        """How many processes draw charts (0: a thread)."""
        return self._workers

    async def draw(self, days: Sequence[ChartDay], words: ChartWords) -> bytes:
        """The chart as a PNG."""
        if self._workers:
            loop = asyncio.get_running_loop()
            try:
                return await loop.run_in_executor(
                    self._started(), render_mood_chart, list(days), words
                )
            except BrokenProcessPool:
                # A worker was killed (out of memory, say) or could not start: nobody's summary
                # is lost for it; the charts are drawn in a thread from now on.
                log.warning("chart workers stopped; drawing charts in a thread from now on")
                self.close()
                self._workers = 0
        return await asyncio.to_thread(render_mood_chart, days, words)

    def close(self) -> None:
        """Stop the workers; charts asked for after this start them again."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _started(self) -> ProcessPoolExecutor:
        """The pool, started on first use."""
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOADED)
            self._pool = ProcessPoolExecutor(self._workers, mp_context=context)
            log.info("chart workers started count=%d", self._workers)
        return self._pool
