"""/summary: the week so far (or the last one), as words and a mood chart."""

from __future__ import annotations

from telegram import Update

from bot.context import Context
from bot.handlers.checkin_views import year_markup
from bot.handlers.common import command_argument, identity_of, reply
from bot.summaries import WeeklySummary, rendered

# "/summary last" in each language the bot speaks (what people type, not what the bot says).
LAST_WEEK_ARGUMENTS = frozenset(
    {
        *("last", "previous", "last week"),
        *("pasada", "anterior", "la pasada", "semana pasada"),
        *("letzte", "vorige", "letzte woche"),
        *("прошлая", "прошлую", "прошлая неделя", "прошлую неделю"),
        *("passada", "anterior", "semana passada"),
        *("dernière", "derniere", "précédente", "la semaine dernière", "semaine dernière"),
    }
)


async def summary(update: Update, context: Context) -> None:
    """Send this week's summary so far, or last week's with `/summary last`."""
    last_week = command_argument(context).lower() in LAST_WEEK_ARGUMENTS
    weekly = context.services.weekly
    report = await weekly.on_demand(identity_of(update), last_week=last_week)
    await send_summary(update, context, await rendered(context.tr, report, context.services.charts))


async def send_summary(update: Update, context: Context, result: WeeklySummary) -> None:
    """The chart with the words as its caption, or the words alone when there is no chart;
    under it, the way to the whole year when there is a Mini App."""
    year = year_markup(context.tr, context.services.settings.miniapp_url)
    if result.chart is None:
        await reply(update, context, result.text, year)
        return
    await context.bot.send_photo(
        identity_of(update).chat_id,
        result.chart,
        caption=result.text,
        filename="week.png",
        reply_markup=year,
    )
