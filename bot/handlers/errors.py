"""One global error handler: log the failure, tell the person, keep their words."""

from __future__ import annotations

import logging

from telegram import Update

from bot.context import Context, services_of
from bot.handlers.common import identity_of
from bot.texts import common

log = logging.getLogger("smallsteps.errors")


async def on_error(update: object, context: Context) -> None:
    """Log without anyone's words, keep any text they sent, and say something went wrong."""
    error = context.error
    log.error(
        "handler failed update_id=%s error=%s",
        update.update_id if isinstance(update, Update) else None,
        type(error).__name__,
        exc_info=error,
    )
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.effective_chat.type != update.effective_chat.PRIVATE:
        return
    await _keep_text(update, context)
    try:
        await context.bot.send_message(update.effective_chat.id, common.SOMETHING_WENT_WRONG)
    except Exception as send_error:
        log.error("could not tell the person error=%s", type(send_error).__name__)


async def _keep_text(update: Update, context: Context) -> None:
    """Store the text the failed update carried, so nothing the person wrote is lost."""
    message = update.effective_message
    if message is None or not message.text or message.text.startswith("/"):
        return
    try:
        await services_of(context).people.keep_text_once(identity_of(update), message.text)
    except Exception as store_error:
        log.error("could not keep the text error=%s", type(store_error).__name__)
