"""Typed text: answers to what is pending, or a note that is kept and acknowledged."""

from __future__ import annotations

from telegram import Update

from bot.context import Context
from bot.core.stages import Stage
from bot.handlers import checkin_views, settings_views
from bot.handlers.checkin import send_stage
from bot.handlers.common import clear_buttons, identity_of, reply
from bot.handlers.onboarding import answer_change
from bot.handlers.safety import answer_first
from bot.handlers.safety_plan import ask_next
from bot.services.conversation import CheckinAnswered, CheckNeeded, CrisisNoticed
from bot.services.people import NoteKept
from bot.services.reflections import ReflectionKept
from bot.services.safety_plans import PlanPartKept
from bot.texts import checkin as checkin_texts
from bot.texts import reflect as reflect_words
from bot.texts.catalog import Translator


async def on_text(update: Update, context: Context) -> None:
    """Route free text through the conversation service and answer in kind."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    who = identity_of(update)
    outcome = await context.services.conversation.receive_text(who, message.text)
    if isinstance(outcome, CrisisNoticed | CheckNeeded):
        await answer_first(update, context, outcome)
    elif isinstance(outcome, ReflectionKept):
        await reply(update, context, context.tr.pick(reflect_words.ANSWER_ACK, outcome.seed))
    elif isinstance(outcome, PlanPartKept):
        await ask_next(update, context, outcome)
    elif isinstance(outcome, NoteKept):
        await reply(update, context, _note_kept_text(context.tr, outcome, message.message_id))
    elif isinstance(outcome, CheckinAnswered):
        day = outcome.day
        await clear_buttons(context, who.chat_id, day.message_id)
        if day.stage == Stage.STEP:
            await reply(update, context, checkin_views.words_kept(context.tr, day))
            await send_stage(context, who.chat_id, day)
        else:
            await reply(update, context, checkin_views.step_chosen(context.tr, day))
    else:
        await answer_change(update, context, outcome)


def _note_kept_text(tr: Translator, kept: NoteKept, seed: int) -> str:
    """Acknowledge a kept note, pointing gently at anything still open."""
    if kept.still_asking is not None or not kept.onboarded:
        return settings_views.note_kept_text(tr, kept)
    text = tr.pick(checkin_texts.NOTE_KEPT, seed)
    if not kept.checkin_waiting:
        return text
    return f"{text}\n{tr(checkin_texts.NUDGE_STILL_WAITING)}"


async def on_edited_text(update: Update, context: Context) -> None:
    """An edited message: the new words are kept quietly, unless they hold crisis language."""
    message = update.edited_message
    if message is None or message.text is None:
        return
    # Screened like every other text: words added in an edit may be the ones that matter.
    await answer_screened(update, context, message.text, keep=True)


async def answer_screened(update: Update, context: Context, text: str, *, keep: bool) -> bool:
    """Screen an edit or a caption; answer crisis language or ask the check. True if it did."""
    conversation = context.services.conversation
    first = await conversation.receive_aside(identity_of(update), text, keep=keep)
    return await answer_first(update, context, first)
