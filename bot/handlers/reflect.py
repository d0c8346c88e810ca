"""/reflect: a guided question with 'another question' and 'done' buttons, or words kept at once."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import Context
from bot.handlers.callbacks import Reflect, ReflectAction, decode_as
from bot.handlers.common import answer_tap, clear_buttons, command_argument, identity_of, reply
from bot.handlers.safety import answer_first
from bot.services.screening import CheckNeeded, CrisisNoticed
from bot.texts import reflect as reflect_texts


async def reflect(update: Update, context: Context) -> None:
    """/reflect asks one question; /reflect <text> keeps the text as a free reflection."""
    text = command_argument(context)
    if text:
        kept = await context.services.conversation.receive_reflection(identity_of(update), text)
        if isinstance(kept, CrisisNoticed | CheckNeeded):
            await answer_first(update, context, kept)
            return
        await reply(update, context, context.tr.pick(reflect_texts.FREE_REFLECTION_ACK, kept.seed))
        return
    await ask_question(update, context)


async def ask_question(update: Update, context: Context) -> None:
    """Offer the next question with its two buttons."""
    reflections = context.services.reflections
    who = identity_of(update)
    asked = await reflections.ask(who)
    await clear_buttons(context, who.chat_id, asked.stale_message_id)
    tr = context.tr
    text = reflect_texts.question_message(
        tr, asked.question.key, asked.seed, low_mood=asked.low_mood
    )
    another = InlineKeyboardButton(
        tr(reflect_texts.ANOTHER_QUESTION),
        callback_data=Reflect(asked.prompt_id, ReflectAction.ANOTHER).encode(),
    )
    done = InlineKeyboardButton(
        tr(reflect_texts.DONE_FOR_NOW),
        callback_data=Reflect(asked.prompt_id, ReflectAction.DONE).encode(),
    )
    markup = InlineKeyboardMarkup([[another, done]])
    message = await reply(update, context, text, markup)
    await reflections.attach_message(asked.prompt_id, message.message_id)


async def on_button(update: Update, context: Context) -> None:
    """'Another question' or 'done for now'; buttons of an older question change nothing."""
    query = update.callback_query
    if query is None:
        return
    button = decode_as(query.data, Reflect)
    reflections = context.services.reflections
    who = identity_of(update)
    current = button is not None and await reflections.is_current(who, button.prompt_id)
    message_id = query.message.message_id if query.message is not None else None
    if button is None or not current:
        await answer_tap(query, context.tr(reflect_texts.STALE_QUESTION))
        await clear_buttons(context, who.chat_id, message_id, query.message)
        return
    await answer_tap(query)
    await clear_buttons(context, who.chat_id, message_id, query.message)
    if button.action is ReflectAction.ANOTHER:
        await ask_question(update, context)
        return
    await reflections.finish(who)
    await reply(update, context, context.tr.pick(reflect_texts.REFLECT_CLOSING, button.prompt_id))
