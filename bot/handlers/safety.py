"""/sos, the answer to crisis language, and the gentle check when a message only might be."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update

from bot.context import Context
from bot.core.helplines import CountryResources, country_for_zone, resources_for
from bot.handlers import checkin, onboarding, safety_plan
from bot.handlers.callbacks import CheckAnswer, CrisisCheck, decode_as
from bot.handlers.common import answer_tap, clear_buttons, identity_of, log, show_on_tapped
from bot.handlers.safety_views import helpline_buttons
from bot.replies import urgent
from bot.services.screening import CheckNeeded, CrisisNoticed
from bot.texts import safety as safety_texts
from bot.texts.catalog import Translator

_CHOICE_LABELS = {
    CheckAnswer.YES: safety_texts.CHECK_YES,
    CheckAnswer.NOT_SURE: safety_texts.CHECK_NOT_SURE,
    CheckAnswer.NO: safety_texts.CHECK_NO,
}
# Helpline pages would unfold into big previews; the numbers are what matter here.
NO_PREVIEWS = LinkPreviewOptions(is_disabled=True)


async def answer_crisis(
    update: Update, context: Context, timezone: str | None, *, again: bool = False
) -> None:
    """Answer crisis language at once, warmly, with helplines for their country.

    A second crisis message soon after the first gets a shorter answer, not the same block.
    """
    log.info("crisis language answered with resources")
    resources = resources_for(country_for_zone(timezone))
    tr = context.tr
    text = (
        safety_texts.crisis_again_message(tr)
        if again
        else safety_texts.crisis_message(tr, resources)
    )
    await _send_urgently(update, context, text, resources)


async def answer_first(
    update: Update, context: Context, first: CrisisNoticed | CheckNeeded | None
) -> bool:
    """Answer crisis language, or ask the check, when screening found either; True if so."""
    if isinstance(first, CrisisNoticed):
        for message_id in first.stale_message_ids:
            await clear_buttons(context, identity_of(update).chat_id, message_id)
        await answer_crisis(update, context, first.timezone, again=first.again)
    elif isinstance(first, CheckNeeded):
        await ask_check(update, context)
    return first is not None


async def sos(update: Update, context: Context) -> None:
    """/sos: the same resources at any time."""
    settings = await context.services.people.settings_of(identity_of(update))
    resources = resources_for(country_for_zone(settings.timezone))
    text = safety_texts.sos_message(context.tr, resources)
    await _send_urgently(update, context, text, resources)


async def _send_urgently(
    update: Update, context: Context, text: str, resources: CountryResources
) -> None:
    """Send a crisis or /sos answer, tried longest, with its helplines' buttons."""
    chat = update.effective_chat
    if chat is None:
        return
    with urgent():  # The last message that may be lost: tried longest.
        await context.bot.send_message(
            chat.id,
            text,
            reply_markup=crisis_markup(context.tr, resources),
            link_preview_options=NO_PREVIEWS,
        )


def crisis_markup(tr: Translator, resources: CountryResources) -> InlineKeyboardMarkup:
    """Buttons under a crisis answer: copy each helpline's number, and the safety plan."""
    return InlineKeyboardMarkup([*helpline_buttons(tr, resources), [safety_plan.plan_button(tr)]])


async def ask_check(update: Update, context: Context) -> None:
    """Words that might be crisis language: ask first, directly and kindly, with three answers."""
    log.info("crisis check asked")
    chat = update.effective_chat
    if chat is None:
        return
    buttons = [
        InlineKeyboardButton(context.tr(label), callback_data=CrisisCheck(choice).encode())
        for choice, label in _CHOICE_LABELS.items()
    ]
    markup = InlineKeyboardMarkup([buttons[:2], buttons[2:]])
    with urgent():
        question = context.tr(safety_texts.CHECK_QUESTION)
        await context.bot.send_message(chat.id, question, reply_markup=markup)


async def on_check_answer(update: Update, context: Context) -> None:
    """Yes and not sure get the full crisis answer; no carries on gently, nothing lost."""
    query = update.callback_query
    if query is None:
        return
    button = decode_as(query.data, CrisisCheck)
    await answer_tap(query)
    if button is None:
        return
    label = context.tr(_CHOICE_LABELS[button.answer])
    question = context.tr(safety_texts.CHECK_QUESTION)
    await show_on_tapped(update, context, query, f"{question}\n\n→ {label}")
    conversation, who = context.services.conversation, identity_of(update)
    if button.answer is not CheckAnswer.NO:
        noticed = await conversation.confirm_crisis(who)
        await answer_crisis(update, context, noticed.timezone)
        return
    await carry_on(update, context)


async def carry_on(update: Update, context: Context) -> None:
    """After 'no': a warm word, then whatever the conversation was waiting on, asked again."""
    who = identity_of(update)
    waiting = await context.services.conversation.carry_on(who)
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_message(chat.id, context.tr(safety_texts.CHECK_NO_ANSWER))
    if await safety_plan.carry_on_writing(update, context):
        return
    if waiting.question is not None:
        await onboarding.ask(update, context, who, waiting.question)
    elif waiting.day is not None:
        await checkin.send_stage(context, who.chat_id, waiting.day)
