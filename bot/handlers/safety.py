"""/sos and the answer to crisis language: people to reach, right away."""

from __future__ import annotations

from telegram import Update

from bot.context import Context, services_of
from bot.core.helplines import country_for_zone, resources_for
from bot.handlers.common import identity_of, log, reply
from bot.replies import urgent
from bot.texts import safety as words


async def answer_crisis(update: Update, context: Context, timezone: str | None) -> None:
    """Answer crisis language at once, warmly, with helplines for their country."""
    log.info("crisis language answered with resources")
    with urgent():  # The last message that may be lost: tried longest.
        await reply(
            update, context, words.crisis_message(resources_for(country_for_zone(timezone)))
        )


async def sos(update: Update, context: Context) -> None:
    """/sos: the same resources at any time."""
    settings = await services_of(context).people.settings_of(identity_of(update))
    with urgent():
        await reply(
            update, context, words.sos_message(resources_for(country_for_zone(settings.timezone)))
        )
