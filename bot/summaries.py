"""The weekly summary as a person sees it: its words, and the mood chart when there is one."""

from __future__ import annotations

from dataclasses import dataclass

from bot.chart_pool import ChartDrawer
from bot.charts import chart_days
from bot.services.weekly import WeekReport
from bot.texts import weekly as weekly_texts
from bot.texts.catalog import Translator
from bot.texts.common import NOTHING_KEPT_YET


@dataclass(frozen=True)
class WeeklySummary:
    """The summary's words, and its chart when there is something to draw."""

    text: str
    chart: bytes | None


async def rendered(tr: Translator, report: WeekReport, charts: ChartDrawer) -> WeeklySummary:
    """Put a week's figures into words, and have its chart drawn off the event loop."""
    figures = report.figures
    if figures is None:
        return WeeklySummary(tr(NOTHING_KEPT_YET), None)
    label = weekly_texts.week_label(tr, last_week=report.last_week, week=report.scheduled_week)
    text = weekly_texts.summary_text(tr, figures, report.seed, label=label)
    if not figures.has_mood_points:
        return WeeklySummary(text, None)
    days = chart_days(figures, weekly_texts.day_labels(tr))
    chart = await charts.draw(days, weekly_texts.chart_words(tr))
    return WeeklySummary(text, chart)
