"""/export and /delete."""

from __future__ import annotations

from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import Context, services_of
from bot.handlers.common import answer_tap, identity_of, log, reply, show_on_tapped
from bot.texts import export as words

DELETE_PREFIX = "del:"
# A confirmation button older than this erases nothing: consent is given in the moment.
DELETE_CONFIRMATION_TTL = timedelta(minutes=10)


async def export(update: Update, context: Context) -> None:
    """Send everything kept about the person as one zip file."""
    exported = await services_of(context).personal_data.export(identity_of(update))
    if exported is None:
        await reply(update, context, words.EXPORT_NOTHING)
        return
    chat_id = identity_of(update).chat_id
    await context.bot.send_document(
        chat_id, exported.content, filename=exported.filename, caption=words.EXPORT_CAPTION
    )
    log.info("exported personal data")


async def ask_delete(update: Update, context: Context) -> None:
    """Ask once before erasing everything."""
    asked_at = int(services_of(context).clock().timestamp())
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    words.DELETE_YES, callback_data=f"{DELETE_PREFIX}yes:{asked_at}"
                ),
                InlineKeyboardButton(
                    words.DELETE_NO, callback_data=f"{DELETE_PREFIX}no:{asked_at}"
                ),
            ]
        ]
    )
    await reply(update, context, words.DELETE_ASK, markup)


async def on_delete_answer(update: Update, context: Context) -> None:
    """Erase everything on a fresh 'yes'; a 'keep' or an old button erases nothing."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    answer, _, asked = query.data.removeprefix(DELETE_PREFIX).partition(":")
    services = services_of(context)
    now = int(services.clock().timestamp())
    fresh = (
        asked.isascii()
        and asked.isdigit()
        and 0 <= now - int(asked) <= DELETE_CONFIRMATION_TTL.total_seconds()
    )
    await answer_tap(query)
    if answer != "yes":
        shown = words.DELETE_KEPT
    elif not fresh:
        shown = words.DELETE_EXPIRED
    elif await services.personal_data.erase(identity_of(update)):
        log.info("erased personal data")
        shown = words.DELETE_DONE
    else:
        shown = words.DELETE_NOTHING
    await show_on_tapped(update, context, query, shown)
