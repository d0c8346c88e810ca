"""Small helpers every handler uses to translate an update, and to answer taps safely."""

from __future__ import annotations

import json
import logging

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardMarkup,
    MaybeInaccessibleMessage,
    Message,
    Update,
)
from telegram.error import BadRequest, TelegramError

from bot.context import Context, Shown
from bot.core.languages import language_of
from bot.handlers.checkin_views import year_menu_button
from bot.services.people import Identity
from bot.texts.catalog import Translator

log = logging.getLogger("smallsteps.handlers")

# Only the newest few messages a chat's taps edited are remembered: taps land on recent ones.
SHOWN_KEPT = 8
# What Telegram says when an edit would change nothing: the message already shows it.
NOT_MODIFIED = "message is not modified"
# Edits Telegram refuses for good (gone, too old, not editable): a fresh message says it instead.
REFUSED_EDITS = ("message to edit not found", "message can't be edited", "message_id_invalid")


async def put_year_in_menu(bot: Bot, chat_id: int, tr: Translator, miniapp_url: str | None) -> None:
    """Name the chat's menu button in the person's own language (Telegram's default button has
    one name for everyone); nothing where no Mini App is configured."""
    if miniapp_url is None:
        return
    try:
        await bot.set_chat_menu_button(chat_id, year_menu_button(tr, miniapp_url))
    except TelegramError as error:
        # A convenience: the default button still opens the year, and the chat goes on.
        log.info("menu button not named error=%s", type(error).__name__)


def identity_of(update: Update) -> Identity:
    """The person behind an update in a private chat."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        raise ValueError("update without a user or chat")
    return Identity(user_id=user.id, chat_id=chat.id, language=language_of(user.language_code))


async def reply(
    update: Update, context: Context, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message:
    """Send a message to the chat the update came from."""
    chat = update.effective_chat
    if chat is None:
        raise ValueError("update without a chat")
    return await context.bot.send_message(chat.id, text, reply_markup=markup)


async def answer_tap(query: CallbackQuery, text: str | None = None) -> None:
    """Answer a tap; a refused answer (too old, network) only leaves a spinner, so go on."""
    try:
        await query.answer(text)
    except TelegramError as error:
        # The tap's effect matters more than its toast: never let the answer stop the flow.
        log.info("could not answer a tap error=%s", type(error).__name__)


def tapped_text(query: CallbackQuery) -> str:
    """The text of the message whose button was tapped, as the update carried it."""
    message = query.message
    return message.text if isinstance(message, Message) and message.text else ""


async def show_on_tapped(
    update: Update,
    context: Context,
    query: CallbackQuery,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Show text and buttons on the tapped message, or in a fresh one if it cannot be edited."""
    message = query.message
    if message is None:
        await reply(update, context, text, markup)
        return
    wanted = (hash(text), _markup_hash(markup))
    if wanted in (_remembered(context, message.message_id), _shown_in(message)):
        return  # Telegram would refuse an edit that changes nothing.
    try:
        await query.edit_message_text(text, reply_markup=markup)
    except BadRequest as error:
        if _refused(error):
            log.info("edit refused, sent afresh")
            await reply(update, context, text, markup)
            return
        if NOT_MODIFIED not in error.message.casefold():
            raise
    _remember(context, message.message_id, wanted)


async def clear_buttons(
    context: Context,
    chat_id: int,
    message_id: int | None,
    showing: MaybeInaccessibleMessage | None = None,
) -> None:
    """Take the buttons off an older prompt so no stale choices linger (if it still has any).

    `showing` is the message as a tap's update carried it, when there is one.
    """
    if message_id is None:
        return
    remembered = _remembered(context, message_id)
    if _markup_hash(None) in (remembered[1] if remembered else None, _buttons_shown(showing)):
        return  # Already without buttons: an edit would change nothing.
    try:
        await context.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
    except BadRequest as error:
        # Already edited or gone: nothing is left to tidy.
        log.debug("could not clear buttons: %s", error.message)
    _remember(context, message_id, (remembered[0] if remembered else None, _markup_hash(None)))


def command_argument(context: Context) -> str:
    """Everything after the command, as one string."""
    return " ".join(context.args or []).strip()


def _refused(error: BadRequest) -> bool:
    """Whether Telegram refuses to edit that message at all (rather than this edit)."""
    reason = error.message.casefold()
    return any(refusal in reason for refusal in REFUSED_EDITS)


def _markup_hash(markup: InlineKeyboardMarkup | None) -> int:
    """A hash of the buttons a message shows; no buttons and an empty keyboard are alike."""
    rows = markup.to_dict().get("inline_keyboard") if markup is not None else None
    return hash(json.dumps(rows or None, sort_keys=True))


def _shown_in(message: MaybeInaccessibleMessage) -> Shown | None:
    """What the tapped message showed when it was tapped, if the update says."""
    if not isinstance(message, Message) or message.text is None:
        return None
    return hash(message.text), _markup_hash(message.reply_markup)


def _buttons_shown(message: MaybeInaccessibleMessage | None) -> int | None:
    """The hash of the buttons a tapped message showed, if the update says."""
    return _markup_hash(message.reply_markup) if isinstance(message, Message) else None


def _remembered(context: Context, message_id: int) -> Shown | None:
    """What this process last made the message show, if it edited it recently."""
    return context.chat_data.shown.get(message_id) if context.chat_data is not None else None


def _remember(context: Context, message_id: int, shown: Shown) -> None:
    """Note what a message now shows, so a later tap on it sends no edit that changes nothing."""
    if context.chat_data is None:
        return
    remembered = context.chat_data.shown
    remembered.pop(message_id, None)
    remembered[message_id] = shown
    while len(remembered) > SHOWN_KEPT:
        del remembered[next(iter(remembered))]
