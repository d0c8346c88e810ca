"""/checkin, /step, /history, /pause, /resume, and the taps of the daily check-in."""

from __future__ import annotations

from datetime import time
from typing import TypeVar

from telegram import Bot, CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError

from bot.context import Context
from bot.core import timeparse
from bot.core.day import days_to_fill
from bot.core.stages import Stage
from bot.core.steps import LOWEST_MOOD
from bot.handlers import callbacks
from bot.handlers import checkin_views as views
from bot.handlers.common import (
    answer_tap,
    clear_buttons,
    command_argument,
    identity_of,
    log,
    reply,
    show_on_tapped,
    tapped_text,
)
from bot.services.checkins import (
    Advanced,
    CheckinService,
    DayView,
    LaterOptions,
    Opened,
    Stale,
    Tap,
    TooMany,
)
from bot.texts import checkin as checkin_texts
from bot.texts import steps as step_words
from bot.texts.catalog import Translator, translator
from bot.texts.settings import ALREADY_ON

CheckinButton = TypeVar(
    "CheckinButton",
    callbacks.Mood,
    callbacks.LaterButton,
    callbacks.ChangeAnswer,
    callbacks.FeelingButton,
    callbacks.SkipWords,
    callbacks.StepChoice,
    callbacks.Outcome,
    callbacks.EveningMood,
    callbacks.DayNote,
)


async def send_stage(
    context: Context, chat_id: int, day: DayView, local_time: time | None = None
) -> Message:
    """Send the question the check-in is waiting on, and remember the message."""
    checkins = context.services.checkins
    return await ask_stage(context.bot, checkins, context.tr, chat_id, day, local_time)


async def ask_stage(
    bot: Bot,
    checkins: CheckinService,
    tr: Translator,
    chat_id: int,
    day: DayView,
    local_time: time | None = None,
) -> Message:
    """Send the question a check-in waits on; note it as shown, and which message has buttons."""
    text, markup = stage_prompt(tr, day, local_time)
    message = await bot.send_message(chat_id, text, reply_markup=markup)
    carrier = message.message_id if markup is not None else None
    await checkins.attach_message(day.checkin_id, carrier)
    return message


async def ask_what_a_stop_left_unasked(bot: Bot, checkins: CheckinService) -> int:
    """At start: ask each question today's check-ins wait on that nobody was shown."""
    asked = 0
    for unasked in await checkins.take_unasked():
        try:
            tr = translator(unasked.language)
            await ask_stage(bot, checkins, tr, unasked.chat_id, unasked.day)
        except TelegramError as error:
            log.warning("could not ask a check-in's question error=%s", type(error).__name__)
        else:
            asked += 1
    return asked


def stage_prompt(
    tr: Translator, day: DayView, local_time: time | None = None
) -> tuple[str, InlineKeyboardMarkup | None]:
    """What to show for a check-in at its current stage (greeting for the person's hour)."""
    if day.stage == Stage.MOOD:
        return views.mood_prompt(tr, day, local_time)
    if day.stage == Stage.WORDS:
        return views.words_prompt(tr, day)
    if day.stage == Stage.STEP:
        return views.step_prompt(tr, day)
    if day.stage == Stage.OWN_STEP:
        return views.own_step_question(tr, day), None
    return views.today_so_far(tr, day)


async def checkin(update: Update, context: Context) -> None:
    """/checkin: begin today's check-in now, or carry on where it stands."""
    who = identity_of(update)
    opened = await context.services.checkins.open_today(who)
    for stale in opened.stale_message_ids:
        await clear_buttons(context, who.chat_id, stale)
    await send_stage(context, who.chat_id, opened.day, opened.local_time)


async def yesterday(update: Update, context: Context) -> None:
    """/yesterday: fill in or change yesterday (another of the last seven days is a tap away)."""
    who = identity_of(update)
    opened = await context.services.checkins.open_past(who, None)
    if isinstance(opened, Opened):
        for stale in opened.stale_message_ids:
            await clear_buttons(context, who.chat_id, stale)
        await send_stage(context, who.chat_id, opened.day)


async def on_past_day(update: Update, context: Context) -> None:
    """'Add yesterday', 'Another day' or one of the days to choose: open that day."""
    query = update.callback_query
    button = callbacks.decode_as(query.data, callbacks.PastDay) if query else None
    if query is None or button is None:
        if query is not None:
            await answer_tap(query, context.tr(checkin_texts.STALE_BUTTON))
        return
    checkins, who, tr = context.services.checkins, identity_of(update), context.tr
    if button.local_date is None:
        today = await checkins.local_today(who)
        await answer_tap(query)
        days = views.days_markup(tr, days_to_fill(today))
        await reply(update, context, tr(checkin_texts.PICK_DAY), days)
        return
    opened = await checkins.open_past(who, button.local_date)
    if isinstance(opened, Stale):
        await answer_tap(query, tr(checkin_texts.STALE_BUTTON))
        return
    await answer_tap(query)
    for stale in opened.stale_message_ids:
        await clear_buttons(context, who.chat_id, stale)
    await send_stage(context, who.chat_id, opened.day)


async def on_day_note(update: Update, context: Context) -> None:
    """'Add a note' under a past day filled in: the next words typed are kept with it."""
    tapped = await _tapped(update, context, callbacks.DayNote)
    if tapped is None:
        return
    query, tap, _ = tapped
    day = await context.services.checkins.ask_day_note(tap.who, tap.checkin_id)
    if isinstance(day, Stale):
        await _answer_stale(update, context, query)
        return
    await _show_choice(update, context, query, context.tr(checkin_texts.ADD_NOTE))
    name = views.day_name(context.tr, day.local_date)
    await reply(update, context, context.tr(checkin_texts.DAY_NOTE_ASK).format(day=name))


async def after_choice(context: Context, chat_id: int, day: DayView, *, changed: bool) -> None:
    """After a step or rest is chosen: a past day asks how its step went, then is filled in;
    a changed day shows its answers as they now stand."""
    if day.past and day.has_step and day.outcome is None:
        text, markup = views.past_outcome_question(context.tr, day)
        message = await context.bot.send_message(chat_id, text, reply_markup=markup)
        await context.services.checkins.attach_message(day.checkin_id, message.message_id)
    elif changed:
        await send_stage(context, chat_id, day)
    elif day.past:
        text, markup = views.past_day_kept(context.tr, day)
        await context.bot.send_message(chat_id, text, reply_markup=markup)


async def _tapped(
    update: Update, context: Context, kind: type[CheckinButton]
) -> tuple[CallbackQuery, Tap, CheckinButton] | None:
    """The query, the tap and its button; data that does not decode is answered as stale."""
    query = update.callback_query
    if query is None:
        return None
    button = callbacks.decode_as(query.data, kind)
    if button is None:
        # Data that does not decode names no check-in: say so, and leave the message as it is.
        await answer_tap(query, context.tr(checkin_texts.STALE_BUTTON))
        return None
    message_id = query.message.message_id if query.message is not None else None
    return query, Tap(identity_of(update), button.checkin_id, message_id), button


async def _answer_stale(update: Update, context: Context, query: CallbackQuery) -> None:
    """Answer an old, doubled or forged tap kindly, and take its buttons away."""
    await answer_tap(query, context.tr(checkin_texts.STALE_BUTTON))
    message_id = query.message.message_id if query.message is not None else None
    await clear_buttons(context, identity_of(update).chat_id, message_id, query.message)


async def _show_buttons(
    update: Update, context: Context, query: CallbackQuery, markup: InlineKeyboardMarkup
) -> None:
    """The tapped question again, with these buttons in place of its own."""
    await show_on_tapped(update, context, query, tapped_text(query), markup)


async def _show_choice(update: Update, context: Context, query: CallbackQuery, choice: str) -> None:
    """Edit the tapped message to show what was chosen, leaving no buttons."""
    await answer_tap(query)
    await show_on_tapped(update, context, query, views.chosen(tapped_text(query), choice))


async def on_mood(update: Update, context: Context) -> None:
    """A tap on the mood scale, or 'not now'."""
    tapped = await _tapped(update, context, callbacks.Mood)
    if tapped is None:
        return
    query, tap, button = tapped
    mood = button.mood  # None: not now
    result = await context.services.checkins.take_mood(tap, mood)
    if isinstance(result, Stale):
        await _answer_stale(update, context, query)
        return
    log.info("mood taken")
    tr = context.tr
    await _show_choice(
        update, context, query, views.mood_label(tr, mood) if mood else tr(checkin_texts.NOT_NOW)
    )
    if mood is None:
        await reply(update, context, tr.pick(checkin_texts.NOT_NOW_REPLY, result.day.seed))
        return
    # The next question, or, after a change, the day's answers as they now stand.
    await send_stage(context, identity_of(update).chat_id, result.day)


async def on_later(update: Update, context: Context) -> None:
    """'Later' on the morning nudge: show the times to come back, or take one."""
    tapped = await _tapped(update, context, callbacks.LaterButton)
    if tapped is None:
        return
    query, tap, button = tapped
    result = await context.services.checkins.later(tap, button.choice)
    if isinstance(result, Stale):
        await _answer_stale(update, context, query)
        return
    tr = context.tr
    if isinstance(result, LaterOptions):
        await answer_tap(query)
        await _show_buttons(
            update, context, query, views.mood_markup(tr, result.day, result.choices)
        )
        return
    log.info("later chosen")
    await _show_choice(update, context, query, views.later_label(tr, button.choice))
    at = timeparse.format_clock_time(result.at)
    await reply(update, context, tr.pick(checkin_texts.LATER_SET, result.day.seed).format(time=at))


async def on_change(update: Update, context: Context) -> None:
    """'Change' beside one of a finished day's answers: ask it again."""
    tapped = await _tapped(update, context, callbacks.ChangeAnswer)
    if tapped is None:
        return
    query, tap, button = tapped
    result = await context.services.checkins.change(tap, button.answer)
    if isinstance(result, Stale):
        await _answer_stale(update, context, query)
        return
    log.info("changing an answer")
    label = context.tr(checkin_texts.CHANGE_LABELS[button.answer])
    await _show_choice(update, context, query, label)
    await send_stage(context, identity_of(update).chat_id, result.day)


async def on_feeling(update: Update, context: Context) -> None:
    """A feeling word tapped (or let go), 'done', or 'my own words'."""
    tapped = await _tapped(update, context, callbacks.FeelingButton)
    if tapped is None:
        return
    query, tap, button = tapped
    tr, checkins = context.tr, context.services.checkins
    if button.choice == callbacks.OWN_WORDS:
        await answer_tap(query, tr(checkin_texts.OWN_WORDS_HINT))
        return
    result: Advanced | Stale | TooMany
    if button.choice == callbacks.FEELINGS_DONE:
        result = await checkins.take_feelings(tap, lambda keys: views.feeling_words(tr, keys))
    else:
        result = await checkins.tap_feeling(tap, button.choice)
    if isinstance(result, TooMany):
        await answer_tap(query, tr(checkin_texts.TOO_MANY_FEELINGS))
        return
    if isinstance(result, Stale):
        await _answer_stale(update, context, query)
        return
    if button.choice != callbacks.FEELINGS_DONE:
        await answer_tap(query)
        await _show_buttons(update, context, query, views.feelings_markup(tr, result.day))
        return
    log.info("feelings taken")
    await _show_choice(update, context, query, result.day.words or "")
    await send_stage(context, identity_of(update).chat_id, result.day)


async def on_skip_words(update: Update, context: Context) -> None:
    """The skip button under the three-words question."""
    tapped = await _tapped(update, context, callbacks.SkipWords)
    if tapped is None:
        return
    query, tap, _ = tapped
    result = await context.services.checkins.skip_words(tap)
    if isinstance(result, Stale):
        await _answer_stale(update, context, query)
        return
    await _show_choice(update, context, query, context.tr(checkin_texts.SKIP))
    await send_stage(context, identity_of(update).chat_id, result.day)


async def on_step(update: Update, context: Context) -> None:
    """A step suggestion, 'my own step', or 'rest today'."""
    tapped = await _tapped(update, context, callbacks.StepChoice)
    if tapped is None:
        return
    query, tap, button = tapped
    choice = button.choice
    result = await context.services.checkins.take_step(tap, choice)
    if isinstance(result, Stale):
        await _answer_stale(update, context, query)
        return
    log.info("step chosen")
    await _show_choice(update, context, query, _choice_label(context.tr, result.day, choice))
    chat_id = identity_of(update).chat_id
    if result.day.stage == Stage.OWN_STEP:
        await send_stage(context, chat_id, result.day)
        return
    if not result.day.past:
        await reply(update, context, views.step_chosen(context.tr, result.day))
    await after_choice(context, chat_id, result.day, changed=result.changed)


def _choice_label(tr: Translator, day: DayView, choice: str) -> str:
    """The label of the step button that was tapped."""
    if day.rest:
        return tr(views.rest_label(day))
    if day.stage == Stage.OWN_STEP:
        return tr(checkin_texts.OWN_STEP)
    if any(step.key == choice for step in day.suggestions):
        return tr(step_words.label_of(choice))
    return views.step_words_of(tr, day) or ""


async def on_outcome(update: Update, context: Context) -> None:
    """Done, partly, or not today: each honoured in kind words."""
    tapped = await _tapped(update, context, callbacks.Outcome)
    if tapped is None:
        return
    query, tap, button = tapped
    outcome = button.outcome
    result = await context.services.checkins.take_outcome(tap, outcome)
    if isinstance(result, Stale):
        await _answer_stale(update, context, query)
        return
    log.info("step outcome taken")
    day = result.day
    label = views.outcome_label(context.tr, outcome, past=day.past)
    await _show_choice(update, context, query, label)
    text, markup = (
        views.past_day_kept(context.tr, day)
        if day.past
        else views.outcome_reply(context.tr, day, outcome)
    )
    await reply(update, context, text, markup)


async def on_evening_mood(update: Update, context: Context) -> None:
    """How the evening feels: the second point of the day on the weekly chart."""
    tapped = await _tapped(update, context, callbacks.EveningMood)
    if tapped is None:
        return
    query, tap, button = tapped
    mood = button.mood
    result = await context.services.checkins.take_evening_mood(tap.who, tap.checkin_id, mood)
    if isinstance(result, Stale):
        await _answer_stale(update, context, query)
        return
    await _show_choice(update, context, query, views.mood_label(context.tr, mood))
    heavy = mood == LOWEST_MOOD
    thanks = checkin_texts.EVENING_MOOD_HEAVY if heavy else checkin_texts.EVENING_MOOD_THANKS
    await reply(update, context, context.tr.pick(thanks, result.day.seed))


async def show_step(update: Update, context: Context) -> None:
    """/step: today's step with the buttons to mark it; they move here from any older message."""
    checkins = context.services.checkins
    day = await checkins.today(identity_of(update))
    text, markup = views.today_step(context.tr, day)
    message = await reply(update, context, text, markup)
    if day is not None and markup is not None:
        before = await checkins.attach_message(day.checkin_id, message.message_id)
        await clear_buttons(context, message.chat_id, before)


async def show_history(update: Update, context: Context) -> None:
    """/history: the last 14 days, compactly."""
    days = await context.services.checkins.history(identity_of(update))
    year = views.year_markup(context.tr, context.services.settings.miniapp_url)
    await reply(update, context, views.history(context.tr, days), year)


async def pause(update: Update, context: Context) -> None:
    """/pause [days]: no nudges for a while (or until /resume)."""
    argument = command_argument(context)
    days = timeparse.parse_pause_days(argument) if argument else None
    if argument and days is None:
        await reply(update, context, context.tr(checkin_texts.PAUSE_NOT_UNDERSTOOD))
        return
    if days is not None and days not in timeparse.PAUSE_DAYS:
        most = timeparse.MAX_PAUSE_DAYS
        await reply(update, context, context.tr(checkin_texts.PAUSE_OUT_OF_RANGE).format(most=most))
        return
    settings = await context.services.people.pause(identity_of(update), days)
    await reply(update, context, views.paused_text(context.tr, settings))


async def resume(update: Update, context: Context) -> None:
    """/resume: nudges again at the usual time (or a kind word that they were never off)."""
    resumed = await context.services.people.resume(identity_of(update))
    await reply(update, context, context.tr(checkin_texts.RESUMED if resumed else ALREADY_ON))
