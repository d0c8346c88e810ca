"""Buttons under the crisis answer and /sos: one tap copies a helpline's number."""

from __future__ import annotations

from telegram import CopyTextButton, InlineKeyboardButton

from bot.core.helplines import CountryResources
from bot.texts import safety as safety_texts
from bot.texts.catalog import Translator


def helpline_buttons(
    tr: Translator, resources: CountryResources
) -> list[list[InlineKeyboardButton]]:
    """A row per helpline number, each a button that copies it (Bot API CopyTextButton).

    Copying needs no answer from the bot: the phone puts the number on the clipboard, ready
    to paste into the dialler or messages. Helplines without a number get no button, and a
    number two helplines share gets one.
    """
    numbers = dict.fromkeys(h.number for h in resources.helplines if h.number)
    return [
        [
            InlineKeyboardButton(
                safety_texts.copy_button(tr, number), copy_text=CopyTextButton(number)
            )
        ]
        for number in numbers
    ]
