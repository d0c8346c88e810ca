"""/reflect: a guided question with 'another question' and 'done' buttons, or words kept at once."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import Context, services_of
from bot.handlers.common import (
    answer_tap,
    clear_buttons,
    command_argument,
    identity_of,
    parse_id,
    reply,
)
from bot.handlers.safety import answer_first
from bot.services.conversation import CheckNeeded, CrisisNoticed
from bot.texts import reflect as words
from bot.texts.checkin import pick

REFLECT_PREFIX = "rfl:"
ANOTHER = "another"
DONE = "done"


async def reflect(update: Update, context: Context) -> None:
    """/reflect asks one question; /reflect <text> keeps the text as a free reflection."""
    text = command_argument(context)
    if text:
        kept = await services_of(context).conversation.receive_reflection(identity_of(update), text)
        if isinstance(kept, CrisisNoticed | CheckNeeded):
            await answer_first(update, context, kept)
            return
        await reply(update, context, pick(words.FREE_REFLECTION_ACK, kept.seed))
        return
    await ask_question(update, context)


async def ask_question(update: Update, context: Context) -> None:
    """Offer the next question with its two buttons."""
    reflections = services_of(context).reflections
    asked = await reflections.ask(identity_of(update))
    text = words.question_message(asked.question.text, asked.seed, low_mood=asked.low_mood)
    data = f"{REFLECT_PREFIX}{asked.prompt_id}:"
    another = InlineKeyboardButton(words.ANOTHER_QUESTION, callback_data=data + ANOTHER)
    done = InlineKeyboardButton(words.DONE_FOR_NOW, callback_data=data + DONE)
    markup = InlineKeyboardMarkup([[another, done]])
    message = await reply(update, context, text, markup)
    await reflections.attach_message(asked.prompt_id, message.message_id)


async def on_button(update: Update, context: Context) -> None:
    """'Another question' or 'done for now'; buttons of an older question change nothing."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    prompt, _, action = query.data.removeprefix(REFLECT_PREFIX).partition(":")
    reflections = services_of(context).reflections
    who = identity_of(update)
    prompt_id = parse_id(prompt)
    current = prompt_id is not None and await reflections.is_current(who, prompt_id)
    message_id = query.message.message_id if query.message is not None else None
    if not current or action not in (ANOTHER, DONE):
        await answer_tap(query, words.STALE_QUESTION)
        await clear_buttons(context, who.chat_id, message_id, query.message)
        return
    await answer_tap(query)
    await clear_buttons(context, who.chat_id, message_id, query.message)
    if action == ANOTHER:
        await ask_question(update, context)
        return
    await reflections.finish(who)
    await reply(update, context, pick(words.REFLECT_CLOSING, prompt_id or 0))
