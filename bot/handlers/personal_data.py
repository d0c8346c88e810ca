"""/export and /delete."""

from __future__ import annotations

from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError

from bot.context import Context
from bot.exports import EXPORT_FILES_LIMIT, export_file, files_sent
from bot.handlers.callbacks import DeleteAnswer, decode_as
from bot.handlers.common import answer_tap, identity_of, log, reply, show_on_tapped
from bot.texts import export as export_texts

# A confirmation button older than this erases nothing: consent is given in the moment.
DELETE_CONFIRMATION_TTL = timedelta(minutes=10)


async def export(update: Update, context: Context) -> None:
    """Send everything kept about the person as one zip file."""
    gathered = await context.services.personal_data.export(identity_of(update))
    if gathered is None:
        await reply(update, context, context.tr(export_texts.EXPORT_NOTHING))
        return
    fetched = await _fetched(context, files_sent(gathered))
    exported = export_file(context.tr, gathered, fetched)
    chat_id = identity_of(update).chat_id
    caption = context.tr(export_texts.EXPORT_CAPTION)
    await context.bot.send_document(
        chat_id, exported.content, filename=exported.filename, caption=caption
    )
    log.info("exported personal data")


async def _fetched(context: Context, files: list[tuple[int, str]]) -> dict[int, bytes | None]:
    """The files a person sent (note id, file id), fetched from Telegram again, within what
    one export can carry."""
    fetched: dict[int, bytes | None] = {}
    room = EXPORT_FILES_LIMIT
    for note_id, file_id in files:
        data = None
        try:
            file = await context.bot.get_file(file_id)
            if (file.file_size or 0) <= room:
                data = bytes(await file.download_as_bytearray())
        except TelegramError as error:
            # Too big for bots (over 20 MB) or gone: the journal says so, data.json has the id.
            log.info("could not fetch a kept file error=%s", type(error).__name__)
        if data is not None and len(data) > room:
            data = None  # past what one export can carry
        room -= len(data) if data is not None else 0
        fetched[note_id] = data
    return fetched


async def ask_delete(update: Update, context: Context) -> None:
    """Ask once before erasing everything."""
    asked_at = int(context.services.clock().timestamp())
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    context.tr(export_texts.DELETE_YES),
                    callback_data=DeleteAnswer(True, asked_at).encode(),
                ),
                InlineKeyboardButton(
                    context.tr(export_texts.DELETE_NO),
                    callback_data=DeleteAnswer(False, asked_at).encode(),
                ),
            ]
        ]
    )
    await reply(update, context, context.tr(export_texts.DELETE_ASK), markup)


async def on_delete_answer(update: Update, context: Context) -> None:
    """Erase everything on a fresh 'yes'; a 'keep', an old or a malformed button erases nothing."""
    query = update.callback_query
    if query is None:
        return
    button = decode_as(query.data, DeleteAnswer)
    services = context.services
    now = int(services.clock().timestamp())
    fresh = (
        button is not None and 0 <= now - button.asked_at <= DELETE_CONFIRMATION_TTL.total_seconds()
    )
    await answer_tap(query)
    if button is not None and not button.erase:
        shown = export_texts.DELETE_KEPT
    elif not fresh:
        shown = export_texts.DELETE_EXPIRED
    elif await services.personal_data.erase(identity_of(update)):
        log.info("erased personal data")
        shown = export_texts.DELETE_DONE
    else:
        shown = export_texts.DELETE_NOTHING
    await show_on_tapped(update, context, query, context.tr(shown))
