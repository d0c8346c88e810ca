"""Small helpers every handler uses to translate an update."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.context import Context
from bot.services.people import Identity

log = logging.getLogger("smallsteps.handlers")


def identity_of(update: Update) -> Identity:
    """The person behind an update in a private chat."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        raise ValueError("update without a user or chat")
    return Identity(user_id=user.id, chat_id=chat.id)


async def reply(
    update: Update, context: Context, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message:
    """Send a message to the chat the update came from."""
    chat = update.effective_chat
    if chat is None:
        raise ValueError("update without a chat")
    return await context.bot.send_message(chat.id, text, reply_markup=markup)


async def clear_buttons(context: Context, chat_id: int, message_id: int | None) -> None:
    """Take the buttons off an older prompt so no stale choices linger."""
    if message_id is None:
        return
    try:
        await context.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
    except BadRequest as error:
        # Already edited or gone: nothing is left to tidy.
        log.debug("could not clear buttons: %s", error.message)


def command_argument(context: Context) -> str:
    """Everything after the command, as one string."""
    return " ".join(context.args or []).strip()
