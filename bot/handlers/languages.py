"""The person's language: chosen for each update first, and changed with /language."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import Context
from bot.core.languages import Language, language_of
from bot.handlers import callbacks
from bot.handlers.common import (
    answer_tap,
    identity_of,
    log,
    put_year_in_menu,
    reply,
    show_on_tapped,
)
from bot.texts import languages as language_texts


async def choose_language(update: object, context: Context) -> None:
    """Before any other handler: this update is answered in its person's language.

    Their stored choice if the bot knows them, else the language their Telegram app uses.
    """
    if not isinstance(update, Update) or update.effective_user is None:
        return
    user = update.effective_user
    if update.effective_chat is None or update.effective_chat.type != "private":
        context.language = language_of(user.language_code)
        return
    context.language = await context.services.people.language_of(identity_of(update))


async def show_languages(update: Update, context: Context) -> None:
    """/language: the six languages as buttons, each in its own words."""
    current = language_texts.NAMES[context.language]
    text = context.tr(language_texts.CHOOSE).format(language=current)
    await reply(update, context, text, _language_markup())


def _language_markup() -> InlineKeyboardMarkup:
    """One button a language, two a row, each named in that language."""
    buttons = [
        InlineKeyboardButton(
            language_texts.NAMES[language],
            callback_data=callbacks.ChooseLanguage(language).encode(),
        )
        for language in Language
    ]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


async def on_language_button(update: Update, context: Context) -> None:
    """A language tapped: kept at once, and said in the new language from this reply on."""
    query = update.callback_query
    if query is None:
        return
    button = callbacks.decode_as(query.data, callbacks.ChooseLanguage)
    if button is None:
        await answer_tap(query, context.tr(language_texts.STALE))
        return
    await context.services.people.set_language(identity_of(update), button.language)
    log.info("language changed language=%s", button.language.value)
    context.language = button.language
    await answer_tap(query)
    url = context.services.settings.miniapp_url
    await put_year_in_menu(context.bot, identity_of(update).chat_id, context.tr, url)
    await show_on_tapped(update, context, query, context.tr(language_texts.CHOSEN))
