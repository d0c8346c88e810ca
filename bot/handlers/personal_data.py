"""/export, /delete and /import."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import timedelta

from telegram import (
    Document,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import TelegramError

from bot.context import Context
from bot.core import daylio
from bot.core.daylio import DaylioDay, mood_of
from bot.exports import EXPORT_FILES_LIMIT, export_file, files_sent
from bot.handlers.callbacks import DeleteAnswer, ImportAnswer, decode_as
from bot.handlers.checkin_views import chosen, mood_label
from bot.handlers.common import (
    answer_tap,
    clear_buttons,
    identity_of,
    log,
    reply,
    show_on_tapped,
    tapped_text,
)
from bot.texts import export as export_texts
from bot.texts.catalog import Translator
from bot.texts.checkin import STALE_BUTTON
from bot.texts.shape import shorten
from bot.texts.weekly import days_phrase

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


async def ask_import(update: Update, context: Context) -> None:
    """/import: ask for the Daylio export; nothing is kept before the person says yes."""
    await context.services.personal_data.ask_import(identity_of(update))
    await reply(update, context, context.tr(export_texts.IMPORT_ASK))


async def on_import_file(update: Update, context: Context, document: Document) -> None:
    """The file /import asked for: a preview of what would come in, or a clear no."""
    tr = context.tr
    days = await _read_daylio(context, document.file_id, document.file_size)
    if days is None:
        await reply(update, context, tr(export_texts.IMPORT_NOT_DAYLIO))
        return
    if not days:
        await reply(update, context, tr(export_texts.IMPORT_EMPTY))
        return
    await context.services.personal_data.hold_import(identity_of(update), document.file_id)
    yes = ImportAnswer(bring_in=True).encode()
    no = ImportAnswer(bring_in=False).encode()
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(tr(export_texts.IMPORT_YES), callback_data=yes),
                InlineKeyboardButton(tr(export_texts.IMPORT_NO), callback_data=no),
            ]
        ]
    )
    await reply(update, context, import_preview(tr, days), markup)
    log.info("import previewed")


def import_preview(tr: Translator, days: Sequence[DaylioDay]) -> str:
    """How many entries, over which dates, and how each mood name comes in."""
    names = Counter(name for day in days for name in day.mood_names)
    first, last = days[0].local_date, days[-1].local_date
    lines = [
        tr(export_texts.IMPORT_PREVIEW).format(
            entries=export_texts.entries_phrase(tr, names.total()),
            first=tr.date(first, "yMMMd"),
            last=tr.date(last, "yMMMd"),
        ),
        "",
        tr(export_texts.IMPORT_MOODS),
    ]
    for name, count in names.most_common():
        mood = mood_of(name)
        shown = mood_label(tr, mood) if mood is not None else tr(export_texts.IMPORT_NO_MOOD)
        lines.append(f"• {shorten(name, 40)} → {shown} ({count})")
    lines += ["", tr(export_texts.IMPORT_ALREADY_HERE)]
    return "\n".join(lines)


async def on_import_answer(update: Update, context: Context) -> None:
    """'Bring them in' fetches the file once more and brings its days in; 'Not now' does not."""
    query = update.callback_query
    if query is None:
        return
    answer = decode_as(query.data, ImportAnswer)
    who, data, tr = identity_of(update), context.services.personal_data, context.tr
    file_id = await data.held_import(who) if answer is not None else None
    if answer is None or file_id is None:
        await answer_tap(query, tr(STALE_BUTTON))
        message_id = query.message.message_id if query.message is not None else None
        await clear_buttons(context, who.chat_id, message_id, query.message)
        return
    await answer_tap(query)
    label = export_texts.IMPORT_YES if answer.bring_in else export_texts.IMPORT_NO
    await show_on_tapped(update, context, query, chosen(tapped_text(query), tr(label)))
    if not answer.bring_in:
        await data.let_import_go(who)
        await reply(update, context, tr(export_texts.IMPORT_LET_GO))
        return
    days = await _read_daylio(context, file_id, None)
    imported = await data.bring_in(who, days) if days else None
    if imported is None:
        await data.let_import_go(who)
        await reply(update, context, tr(export_texts.IMPORT_FILE_GONE))
        return
    log.info("imported days added=%d kept=%d", imported.added, imported.kept)
    if imported.added == 0:
        await reply(update, context, tr(export_texts.IMPORT_NOTHING_NEW))
        return
    days_added = days_phrase(tr, imported.added)
    await reply(update, context, tr(export_texts.IMPORT_DONE).format(days=days_added))


async def _read_daylio(context: Context, file_id: str, size: int | None) -> list[DaylioDay] | None:
    """The days of a Daylio export fetched from Telegram (in memory only), or None when the file
    is not one (or cannot be fetched)."""
    if size is not None and size > daylio.MOST_BYTES:
        return None
    try:
        file = await context.bot.get_file(file_id)
        data = bytes(await file.download_as_bytearray())
        return daylio.read_export(data)
    except (TelegramError, daylio.NotDaylioError) as error:
        log.info("no Daylio export read error=%s", type(error).__name__)
        return None
