"""/help, /privacy, and kind answers to things the bot cannot take in."""

from __future__ import annotations

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, BaseHandler

from bot.context import Context
from bot.handlers.common import answer_tap, log, reply
from bot.handlers.conversation import answer_screened
from bot.texts import common


async def show_help(update: Update, context: Context) -> None:
    """List the commands in plain words."""
    await reply(update, context, common.help_text(context.tr))


async def show_privacy(update: Update, context: Context) -> None:
    """Say what is stored and how to export or delete it."""
    await reply(update, context, context.tr(common.PRIVACY))


async def unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not know."""
    await reply(update, context, context.tr(common.UNKNOWN_COMMAND))


async def unsupported_content(update: Update, context: Context) -> None:
    """Stickers, photos, voice notes and the like: a kind word, nothing stored."""
    message = update.effective_message
    # A caption is free text too, and is screened like it, though it is not kept.
    caption = message.caption if message is not None else None
    if caption and await answer_screened(update, context, caption, keep=False):
        return
    await reply(update, context, context.tr(common.UNSUPPORTED_CONTENT))


async def unknown_button(update: Update, context: Context) -> None:
    """A tap whose data no handler knows (very old or forged): answer it, change nothing."""
    if update.callback_query is not None:
        await answer_tap(update.callback_query, context.tr(common.UNKNOWN_BUTTON))


class OutsidePrivateChats(BaseHandler[Update, Context, None]):
    """Matches updates from groups, supergroups and channels only."""

    def check_update(self, update: object) -> bool:
        """True for an update from any chat that is not a private one."""
        # A check rather than a handler that looks at every update: private chats, nearly all
        # of the traffic, then cost nothing here.
        if not isinstance(update, Update) or update.effective_chat is None:
            return False
        return update.effective_chat.type != update.effective_chat.PRIVATE


async def private_chats_only(update: Update, context: Context) -> None:
    """Outside a private chat: say so once, leave, and store nothing."""
    chat = update.effective_chat
    if chat is None or chat.type == chat.PRIVATE:
        return
    try:
        if chat.type in (chat.GROUP, chat.SUPERGROUP) and _is_addressed_or_added(update):
            await context.bot.send_message(chat.id, context.tr(common.GROUP_ONLY_PRIVATE))
            await context.bot.leave_chat(chat.id)
            log.info("left a non-private chat type=%s", chat.type)
    except TelegramError as error:
        log.info("could not leave a non-private chat error=%s", type(error).__name__)
    # Nothing from outside private chats reaches the other handlers, whatever happened above.
    raise ApplicationHandlerStop


def _is_addressed_or_added(update: Update) -> bool:
    """A group message the bot sees, or the bot being added to a group."""
    if update.message is not None:
        return True
    member = update.my_chat_member
    return member is not None and member.new_chat_member.status in ("member", "administrator")
