"""One global error handler: keep the person's words, and apologise only for our own bugs."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden

from bot.context import Context
from bot.handlers.common import identity_of
from bot.handlers.languages import choose_language
from bot.replies import is_passing_fault
from bot.texts import common

log = logging.getLogger("smallsteps.errors")


async def on_error(update: object, context: Context) -> None:
    """Log without anyone's words, keep any text they sent, and say so only if we failed."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    person = update if isinstance(update, Update) and _in_a_private_chat(update) else None
    if isinstance(error, Forbidden):
        # They blocked the bot: a second send (an apology) would be refused too.
        log.info("person blocked the bot; nudges stop until /start update_id=%s", update_id)
        if person is not None:
            await _stop_nudges(person, context)
        return
    # Telegram's bad moment was already waited out and retried (bot/replies.py): an apology now
    # would land inside the same flood window or outage, or after a reply that arrived.
    hiccup = error is not None and is_passing_fault(error)
    if hiccup:
        log.warning("a reply was not sent update_id=%s error=%s", update_id, type(error).__name__)
    else:
        log.error(
            "handler failed update_id=%s error=%s",
            update_id,
            type(error).__name__,
            exc_info=error,
        )
    if person is None:
        return
    await _keep_text(person, context)
    if not hiccup:
        await _apologise(person, context)


def _in_a_private_chat(update: Update) -> bool:
    """Whether the update came from a private chat (the only place the bot answers)."""
    chat = update.effective_chat
    return chat is not None and chat.type == chat.PRIVATE


async def _apologise(update: Update, context: Context) -> None:
    """Say, kindly, that something went wrong on our side (their words are kept)."""
    assert update.effective_chat is not None  # a private chat's update
    try:
        # An error handler gets a context of its own: the update's language is found again.
        await choose_language(update, context)
    except Exception as lookup_error:
        log.error("could not find the person's language error=%s", type(lookup_error).__name__)
    try:
        sorry = context.tr(common.SOMETHING_WENT_WRONG)
        await context.bot.send_message(update.effective_chat.id, sorry)
    except Exception as send_error:
        log.error("could not tell the person error=%s", type(send_error).__name__)


async def _stop_nudges(update: Update, context: Context) -> None:
    """Record that the person blocked the bot, so no nudge is sent until they /start again."""
    try:
        await context.services.people.mark_blocked(identity_of(update))
    except Exception as store_error:
        log.error("could not record the block error=%s", type(store_error).__name__)


async def _keep_text(update: Update, context: Context) -> None:
    """Store the text the failed update carried, so nothing the person wrote is lost."""
    message = update.effective_message
    if message is None or not message.text or message.text.startswith("/"):
        return
    try:
        await context.services.people.keep_text_once(identity_of(update), message.text)
    except Exception as store_error:
        log.error("could not keep the text error=%s", type(store_error).__name__)
