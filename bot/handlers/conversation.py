"""Typed text: answers to what is pending, or a note that is kept and acknowledged."""

from __future__ import annotations

from datetime import timedelta

from telegram import Message, Update

from bot.context import Context
from bot.core.stages import Stage
from bot.handlers import checkin_views, settings_views
from bot.handlers.checkin import after_choice, send_stage
from bot.handlers.common import clear_buttons, identity_of, log, reply
from bot.handlers.onboarding import answer_change
from bot.handlers.personal_data import on_import_file
from bot.handlers.safety import answer_first
from bot.handlers.safety_plan import ask_next
from bot.services.conversation import CheckinAnswered, Media, MediaKept
from bot.services.people import NoteKept
from bot.services.reflections import ReflectionKept
from bot.services.safety_plans import PlanPartKept
from bot.services.screening import CheckNeeded, CrisisNoticed
from bot.texts import checkin as checkin_texts
from bot.texts import common as common_texts
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
        await _checkin_answered(update, context, outcome)
    else:
        await answer_change(update, context, outcome)


async def _checkin_answered(update: Update, context: Context, answered: CheckinAnswered) -> None:
    """Typed words took the check-in on: thank, and ask what comes next."""
    day, chat_id, tr = answered.day, identity_of(update).chat_id, context.tr
    if answered.noted:
        name = checkin_views.day_name(tr, day.local_date)
        await reply(update, context, tr(checkin_texts.DAY_NOTE_KEPT).format(day=name))
        return
    await clear_buttons(context, chat_id, day.message_id)
    if day.stage == Stage.STEP and not answered.changed:
        await reply(update, context, checkin_views.words_kept(tr, day))
        await send_stage(context, chat_id, day)
        return
    if not answered.changed and not day.past:
        await reply(update, context, checkin_views.step_chosen(tr, day))
    # A finished day's answer changed: its answers as they now stand (a past day's new step:
    # how it went first).
    await after_choice(context, chat_id, day, changed=answered.changed)


async def cancel(update: Update, context: Context) -> None:
    """/cancel: let the pending question go, in a sentence; nothing answered is lost."""
    was = await context.services.people.cancel(identity_of(update))
    await reply(update, context, context.tr(common_texts.CANCELLED[was]))


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


async def on_media(update: Update, context: Context) -> None:
    """A voice note, photo, video note, video, audio or document: kept as a note of the day."""
    message = update.effective_message
    media = media_of(message) if message is not None else None
    if message is None or media is None:
        return
    document = message.document
    if document is not None and await context.services.personal_data.expects_import(
        identity_of(update)
    ):
        # The file /import asked for: read for its preview, and never kept.
        await on_import_file(update, context, document)
        return
    outcome = await context.services.conversation.keep_media(identity_of(update), media)
    if isinstance(outcome, MediaKept):
        log.info("media kept kind=%s", outcome.kind)
        await reply(update, context, context.tr(common_texts.MEDIA_KEPT[outcome.kind]))
        return
    await answer_first(update, context, outcome)


def media_of(message: Message) -> Media | None:
    """What a message carries to keep, as the service takes it (the largest photo size)."""
    caption = message.caption or ""
    if message.voice is not None:
        return Media("voice", message.voice.file_id, caption, _seconds(message.voice.duration))
    if message.video_note is not None:
        note = message.video_note
        return Media("video_note", note.file_id, caption, _seconds(note.duration))
    if message.photo:
        return Media("photo", message.photo[-1].file_id, caption)
    if message.video is not None:
        video = message.video
        return Media("video", video.file_id, caption, _seconds(video.duration), video.file_name)
    if message.audio is not None:
        audio = message.audio
        return Media("audio", audio.file_id, caption, _seconds(audio.duration), audio.file_name)
    if message.document is not None:
        document = message.document
        return Media("document", document.file_id, caption, file_name=document.file_name)
    return None


def _seconds(duration: int | timedelta) -> int:
    """A duration as whole seconds (python-telegram-bot may give a timedelta)."""
    return int(duration.total_seconds()) if isinstance(duration, timedelta) else duration


async def answer_screened(update: Update, context: Context, text: str, *, keep: bool) -> bool:
    """Screen an edit or a caption; answer crisis language or ask the check. True if it did."""
    conversation = context.services.conversation
    first = await conversation.receive_aside(identity_of(update), text, keep=keep)
    return await answer_first(update, context, first)
