"""Typed text: answers to what is pending, or a note that is kept and acknowledged."""

from __future__ import annotations

from telegram import Update

from bot.context import Context, services_of
from bot.core.safety import screen
from bot.core.stages import Stage
from bot.handlers import checkin_views, views
from bot.handlers.checkin import send_stage
from bot.handlers.common import clear_buttons, identity_of, reply
from bot.handlers.onboarding import answer_change
from bot.handlers.safety import answer_crisis
from bot.services.conversation import CheckinAnswered, CrisisNoticed
from bot.services.people import NoteKept
from bot.services.reflections import ReflectionKept
from bot.texts import checkin as words
from bot.texts import reflect as reflect_words
from bot.texts.checkin import pick


async def on_text(update: Update, context: Context) -> None:
    """Route free text through the conversation service and answer in kind."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    who = identity_of(update)
    outcome = await services_of(context).conversation.receive_text(who, message.text)
    if isinstance(outcome, CrisisNoticed):
        await answer_crisis(update, context, outcome.timezone)
    elif isinstance(outcome, ReflectionKept):
        await reply(update, context, pick(reflect_words.ANSWER_ACK, outcome.seed))
    elif isinstance(outcome, NoteKept):
        await reply(update, context, _note_kept_text(outcome, message.message_id))
    elif isinstance(outcome, CheckinAnswered):
        day = outcome.day
        await clear_buttons(context, who.chat_id, day.message_id)
        if day.stage == Stage.STEP:
            await reply(update, context, checkin_views.words_kept(day))
            await send_stage(context, who.chat_id, day)
        else:
            await reply(update, context, checkin_views.step_chosen(day))
    else:
        await answer_change(update, context, outcome)


def _note_kept_text(kept: NoteKept, seed: int) -> str:
    """Acknowledge a kept note, pointing gently at anything still open."""
    if kept.still_asking is not None or not kept.onboarded:
        return views.note_kept_text(kept)
    text = pick(words.NOTE_KEPT, seed)
    return f"{text}\n{words.NUDGE_STILL_WAITING}" if kept.checkin_waiting else text


async def on_edited_text(update: Update, context: Context) -> None:
    """An edited message: the new words are kept quietly, unless they hold crisis language."""
    message = update.edited_message
    if message is None or message.text is None:
        return
    who, people = identity_of(update), services_of(context).people
    # Screened like every other text: words added in an edit may be the ones that matter.
    crisis = screen(message.text).is_crisis
    await people.keep_text_once(who, message.text)
    if crisis:
        await answer_crisis(update, context, (await people.settings_of(who)).timezone)
