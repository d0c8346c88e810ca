"""/start, /settings, the direct setters, and typed or tapped answers to their questions."""

from __future__ import annotations

from telegram import Update

from bot.context import Context
from bot.handlers import callbacks, settings_views
from bot.handlers.common import (
    answer_tap,
    clear_buttons,
    command_argument,
    identity_of,
    log,
    put_year_in_menu,
    reply,
    show_on_tapped,
)
from bot.services.people import Identity, NotUnderstood, OutOfOrder, Setting, SettingChanged
from bot.texts import common, onboarding
from bot.texts import settings as settings_texts


async def start(update: Update, context: Context) -> None:
    """Greet, say what the bot is and is not, and ask what is still unknown."""
    services = context.services
    who = identity_of(update)
    started = await services.people.start(who)
    log.info("start new=%s", started.is_new)
    await put_year_in_menu(context.bot, who.chat_id, context.tr, services.settings.miniapp_url)
    # Someone who never finished the first questions is greeted as new, not "welcome back".
    greet_as_new = started.is_new or started.next_question is not None
    await reply(update, context, onboarding.welcome(context.tr, new=greet_as_new))
    if started.next_question is not None:
        await ask(update, context, who, started.next_question)
    else:
        text = settings_views.settings_text(context.tr, started.settings, services.clock())
        await reply(update, context, text, settings_views.settings_markup(context.tr))


async def ask(update: Update, context: Context, who: Identity, setting: Setting) -> None:
    """Send a question with its buttons and remember it is pending."""
    prompt = await reply(
        update,
        context,
        settings_views.question_text(context.tr, setting),
        settings_views.question_markup(context.tr, setting),
    )
    stale = await context.services.people.ask(who, setting, prompt.message_id)
    await clear_buttons(context, who.chat_id, stale)


async def show_settings(update: Update, context: Context) -> None:
    """Show every setting with a button to change each."""
    services = context.services
    current = await services.people.find_settings(identity_of(update))
    if current is None:
        await reply(update, context, context.tr(common.NOTHING_KEPT_YET))
        return
    text = settings_views.settings_text(context.tr, current, services.clock())
    await reply(update, context, text, settings_views.settings_markup(context.tr))


async def _set_from_command(update: Update, context: Context, setting: Setting) -> None:
    """A direct setter: change with an argument, or ask when there is none."""
    who = identity_of(update)
    argument = command_argument(context)
    if not argument and await context.services.people.find_settings(who) is None:
        # First contact: the welcome and the first questions come before anything else.
        await start(update, context)
        return
    if not argument:
        await ask(update, context, who, setting)
        return
    outcome = await context.services.people.change(who, setting, argument)
    await answer_change(update, context, outcome)


async def set_checkin_time(update: Update, context: Context) -> None:
    """/time HH:MM."""
    await _set_from_command(update, context, Setting.CHECKIN_TIME)


async def set_timezone(update: Update, context: Context) -> None:
    """/timezone ZONE."""
    await _set_from_command(update, context, Setting.TIMEZONE)


async def set_evening(update: Update, context: Context) -> None:
    """/evening HH:MM|off."""
    await _set_from_command(update, context, Setting.EVENING)


async def set_weekly(update: Update, context: Context) -> None:
    """/weekly DAY HH:MM|off."""
    await _set_from_command(update, context, Setting.WEEKLY)


async def answer_change(
    update: Update, context: Context, outcome: SettingChanged | NotUnderstood
) -> None:
    """Confirm a change (and ask what comes next) or explain what went wrong."""
    if isinstance(outcome, OutOfOrder):
        await reply(update, context, settings_views.out_of_order_text(context.tr, outcome))
        return
    if isinstance(outcome, NotUnderstood):
        await reply(update, context, _not_understood_text(update, context, outcome.setting))
        return
    who = identity_of(update)
    log.info("setting changed setting=%s", outcome.setting.value)
    await clear_buttons(context, who.chat_id, outcome.stale_prompt_id)
    now = context.services.clock()
    await reply(update, context, settings_views.confirmation_text(context.tr, outcome, now))
    if outcome.first_contact and outcome.next_question is not None:
        # A setter was the first word: keep it, then begin onboarding properly.
        await reply(update, context, onboarding.welcome(context.tr, new=True))
    if outcome.next_question is not None:
        await ask(update, context, who, outcome.next_question)


def _not_understood_text(update: Update, context: Context, setting: Setting) -> str:
    """Setter examples for a command; plain, varied examples for a typed answer."""
    message = update.effective_message
    typed = message is not None and message.text is not None and not message.text.startswith("/")
    seed = message.message_id if message is not None else 0
    return settings_views.not_understood_text(context.tr, setting, typed=typed, seed=seed)


async def on_ask_button(update: Update, context: Context) -> None:
    """A /settings button: ask the question for that setting."""
    query = update.callback_query
    if query is None:
        return
    button = callbacks.decode_as(query.data, callbacks.AskSetting)
    if button is None:
        await answer_tap(query, context.tr(settings_texts.STALE_BUTTON))
        return
    setting = button.setting
    await answer_tap(query)
    await show_on_tapped(update, context, query, settings_views.changing_text(context.tr, setting))
    await ask(update, context, identity_of(update), setting)


async def on_choice_button(update: Update, context: Context) -> None:
    """A choice button: set the value, and show the choice on the tapped message."""
    query = update.callback_query
    if query is None:
        return
    button = callbacks.decode_as(query.data, callbacks.ChooseSetting)
    outcome = (
        await context.services.people.change(identity_of(update), button.setting, button.as_typed())
        if button is not None
        else None
    )
    if not isinstance(outcome, SettingChanged):
        await answer_tap(query, context.tr(settings_texts.STALE_BUTTON))
        return
    await answer_tap(query)
    await show_on_tapped(update, context, query, settings_views.chosen_text(context.tr, outcome))
    await answer_change(update, context, outcome)


async def on_location(update: Update, context: Context) -> None:
    """A shared location sets the timezone, resolved offline."""
    message = update.effective_message
    if message is None or message.location is None:
        return
    location = message.location
    outcome = await context.services.people.change_timezone_to_location(
        identity_of(update), location.latitude, location.longitude
    )
    if outcome is None:
        await reply(update, context, context.tr(settings_texts.LOCATION_NOT_ASKED))
    elif isinstance(outcome, NotUnderstood):
        await reply(update, context, context.tr(settings_texts.LOCATION_NOT_UNDERSTOOD))
    else:
        await answer_change(update, context, outcome)
