"""The composition root: build_application wires settings, storage, services and handlers."""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ExtBot,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.chart_pool import ChartDrawer, pool_size
from bot.context import CONTEXT_TYPES, SERVICES_KEY, ChatData, Context, Services, services_in
from bot.core import helplines
from bot.core import safety as safety_rules
from bot.core.clock import Clock, system_clock
from bot.core.languages import Language
from bot.delivery_loop import DeliveryLoop
from bot.handlers import (
    callbacks,
    checkin,
    conversation,
    errors,
    info,
    languages,
    onboarding,
    personal_data,
    reflect,
    safety,
    safety_plan,
    weekly,
)
from bot.handlers.checkin_views import year_menu_button
from bot.handlers.common import put_year_in_menu
from bot.health import HealthServer
from bot.metrics import Metrics
from bot.miniapp.server import MiniAppServer, MiniAppServices
from bot.nudges import NudgeSender
from bot.polling import PollingBot
from bot.replies import ChatPace, ReplyLimiter
from bot.services.checkins import CheckinService
from bot.services.conversation import ConversationService
from bot.services.deliveries import DeliveryService
from bot.services.people import PeopleService
from bot.services.personal_data import PersonalDataService
from bot.services.reflections import ReflectionService
from bot.services.safety_plans import SafetyPlanService
from bot.services.weekly import WeeklyService
from bot.settings import Settings
from bot.texts import reflect as reflect_words
from bot.texts.catalog import translator
from bot.texts.common import COMMAND_MENU, DESCRIPTION, SHORT_DESCRIPTION
from bot.transport import REPLIES_IN_FLIGHT, AiohttpRequest
from bot.updates import PerChatUpdateProcessor
from scheduler.dispatcher import Dispatcher, FleetLimiter, RateLimiter, workers_for
from scheduler.leader import SenderLock
from scheduler.runner import create_scheduler
from storage.db import create_engine, create_session_factory, is_sqlite
from storage.migrate import upgrade_to_head

log = logging.getLogger("smallsteps")

DELIVERY_LOOP_KEY = "smallsteps.delivery_loop"
SCHEDULER_KEY = "smallsteps.scheduler"
HEALTH_KEY = "smallsteps.health"
MINIAPP_KEY = "smallsteps.miniapp"
NUDGE_BOT_KEY = "smallsteps.nudge_bot"
TRANSPORTS_KEY = "smallsteps.transports"
STARTED_KEY = "smallsteps.started"
# SIGTERM must end the process within a few seconds, so a batch gets this long to finish.
STOP_TIMEOUT_SECONDS = 3.0

TapHandler = Callable[[Update, Context], Coroutine[Any, Any, None]]
SmallStepsApp = Application[ExtBot[None], Context, dict[Any, Any], ChatData, dict[Any, Any], None]


class MissingTokenError(RuntimeError):
    """`smallsteps run` needs a bot token."""


class _MigratingApplication(SmallStepsApp):
    """An Application that brings the database up to date before it first calls Telegram."""

    async def initialize(self) -> None:
        """Migrate, then initialize (getMe): a database out of reach is reported as such."""
        # Every start (run_polling, run_webhook, the tests, `try`) begins here, so this is the
        # one place the schema is brought up to date, before any update can be handled.
        await upgrade_to_head(services_from(self).engine)
        await super().initialize()


def build_application(
    settings: Settings, *, clock: Clock = system_clock, webhook: bool = False
) -> SmallStepsApp:
    """Wire everything together; nothing connects until the application starts."""
    if settings.bot_token is None:
        raise MissingTokenError("SMALLSTEPS_BOT_TOKEN is not set")
    token = settings.bot_token.get_secret_value()
    helplines.use(settings.helplines)  # An operator's file in place of ours, checked already.
    services = _services(settings, clock, Metrics())
    send_workers = workers_for(settings.send_rate_per_second)
    replies, updates, sends = (
        AiohttpRequest(REPLIES_IN_FLIGHT),
        AiohttpRequest(1),
        AiohttpRequest(send_workers),  # one connection for each send in flight
    )
    application = _application(_reply_bot(token, settings, replies, updates, services.metrics))
    nudge_bot = _nudge_bot(token, settings, sends)
    application.bot_data[NUDGE_BOT_KEY] = nudge_bot
    application.bot_data[TRANSPORTS_KEY] = (replies, updates, sends)
    nudges = NudgeSender(
        nudge_bot,
        sends,
        services.checkins,
        services.weekly,
        services.deliveries,
        services.charts,
        settings.paid_broadcast,
        settings.miniapp_url,
    )
    dispatcher = Dispatcher(
        settings.send_rate_per_second,
        concurrency=send_workers,
        limiter=_limiter(settings, services),
    )
    lock = SenderLock(services.engine, settings.senders if _is_fleet(settings) else 1)
    delivery_loop = DeliveryLoop(
        services.deliveries, dispatcher, nudges, clock, lock, services.metrics
    )
    application.bot_data[SERVICES_KEY] = services
    application.bot_data[DELIVERY_LOOP_KEY] = delivery_loop
    application.bot_data[SCHEDULER_KEY] = create_scheduler(delivery_loop)
    if webhook and settings.health_port:
        health = HealthServer(
            services.engine, settings.webhook_listen, settings.health_port, services.metrics
        )
        application.bot_data[HEALTH_KEY] = health
    if settings.miniapp_url:
        application.bot_data[MINIAPP_KEY] = MiniAppServer(
            settings.miniapp_listen,
            settings.miniapp_port,
            token,
            MiniAppServices.over(
                services.sessions, clock, settings.spread_minutes, services.metrics.screened
            ),
            clock,
            functools.partial(_name_year_in_menu, application.bot, settings.miniapp_url),
        )
    _add_handlers(application)
    return application


def _is_fleet(settings: Settings) -> bool:
    """Whether several instances may share the database, and so the sending."""
    return not is_sqlite(settings.database_url)


def _limiter(settings: Settings, services: Services) -> RateLimiter | None:
    """Several senders draw from the fleet's one budget; one sender keeps its own (None)."""
    if not _is_fleet(settings) or settings.senders == 1:
        return None
    return FleetLimiter(settings.send_rate_per_second, services.deliveries.draw_budget)


def _services(settings: Settings, clock: Clock, metrics: Metrics) -> Services:
    """The database and every service over it."""
    engine = create_engine(settings.database_url, settings.encryption_key_value)
    sessions = create_session_factory(engine)
    return Services(
        settings=settings,
        engine=engine,
        sessions=sessions,
        clock=clock,
        people=PeopleService(sessions, clock, settings.spread_minutes),
        checkins=CheckinService(sessions, clock),
        conversation=ConversationService(
            sessions,
            clock,
            reflect_words.question_words,
            metrics.screened,
            spread_minutes=settings.spread_minutes,
        ),
        deliveries=DeliveryService(
            sessions,
            clock,
            settings.delivery_grace,
            settings.claim_timeout,
            skipped_late=lambda kind: metrics.skipped_late(kind.value),
            retention=settings.delivery_retention,
            spread_minutes=settings.spread_minutes,
        ),
        personal_data=PersonalDataService(sessions, clock),
        reflections=ReflectionService(sessions, clock),
        safety_plans=SafetyPlanService(sessions, clock, metrics.screened),
        weekly=WeeklyService(sessions, clock),
        metrics=metrics,
        charts=ChartDrawer(pool_size(settings.chart_workers)),
    )


def _reply_bot(
    token: str,
    settings: Settings,
    replies: AiohttpRequest,
    updates: AiohttpRequest,
    metrics: Metrics,
) -> ExtBot[None]:
    """The bot that answers people and polls for updates."""
    # Our own bot class, so one update PTB cannot parse, or a 409, never wedges polling; and
    # every answer to a person goes out one way, waiting out 429s and retrying what it may.
    return PollingBot(
        token,
        base_url=settings.telegram_base_url,
        base_file_url=settings.file_base_url,
        request=replies,
        get_updates_request=updates,
        rate_limiter=ReplyLimiter(_chat_pace(settings), counted=metrics.replied),
    )


def _application(bot: ExtBot[None]) -> SmallStepsApp:
    """The python-telegram-bot application around the bot, with our lifecycle hooks."""
    return (
        ApplicationBuilder()
        .bot(bot)
        .context_types(CONTEXT_TYPES)
        .job_queue(None)
        .concurrent_updates(PerChatUpdateProcessor())
        .application_class(_MigratingApplication)
        .post_init(_on_start)
        .post_stop(_on_stop)
        .post_shutdown(_on_shutdown)
        .build()
    )


def _nudge_bot(token: str, settings: Settings, request: AiohttpRequest) -> ExtBot[None]:
    """A bot of its own for the fan-out, so a morning's nudges never queue ahead of replies."""
    return ExtBot(
        token,
        base_url=settings.telegram_base_url,
        base_file_url=settings.file_base_url,
        request=request,
    )


def _add_handlers(app: SmallStepsApp) -> None:
    """Every handler, in one readable place; earlier groups run first."""
    # Before anything else: which language this update is answered in.
    app.add_handler(TypeHandler(Update, languages.choose_language), group=-2)
    app.add_handler(info.OutsidePrivateChats(info.private_chats_only), group=-1)

    app.add_handler(CommandHandler("start", onboarding.start))
    app.add_handler(CommandHandler("help", info.show_help))
    app.add_handler(CommandHandler("language", languages.show_languages))
    app.add_handler(CommandHandler("privacy", info.show_privacy))
    app.add_handler(CommandHandler("settings", onboarding.show_settings))
    app.add_handler(CommandHandler("time", onboarding.set_checkin_time))
    app.add_handler(CommandHandler("timezone", onboarding.set_timezone))
    app.add_handler(CommandHandler("evening", onboarding.set_evening))
    app.add_handler(CommandHandler("weekly", onboarding.set_weekly))
    app.add_handler(CommandHandler("checkin", checkin.checkin))
    app.add_handler(CommandHandler("step", checkin.show_step))
    app.add_handler(CommandHandler("history", checkin.show_history))
    app.add_handler(CommandHandler("yesterday", checkin.yesterday))
    app.add_handler(CommandHandler("pause", checkin.pause))
    app.add_handler(CommandHandler("resume", checkin.resume))
    app.add_handler(CommandHandler("reflect", reflect.reflect))
    app.add_handler(CommandHandler("summary", weekly.summary))
    app.add_handler(CommandHandler("sos", safety.sos))
    app.add_handler(CommandHandler("safetyplan", safety_plan.safety_plan))
    app.add_handler(CommandHandler("export", personal_data.export))
    app.add_handler(CommandHandler("delete", personal_data.ask_delete))
    app.add_handler(CommandHandler("import", personal_data.ask_import))
    app.add_handler(CommandHandler("cancel", conversation.cancel))

    # Each kind of button data (bot/handlers/callbacks.py) to its handler; data of no kind,
    # such as an older release's, to the kind answer for a button that does nothing now.
    taps: tuple[tuple[type[callbacks.Button], TapHandler], ...] = (
        (callbacks.AskSetting, onboarding.on_ask_button),
        (callbacks.ChooseSetting, onboarding.on_choice_button),
        (callbacks.Mood, checkin.on_mood),
        (callbacks.LaterButton, checkin.on_later),
        (callbacks.ChangeAnswer, checkin.on_change),
        (callbacks.FeelingButton, checkin.on_feeling),
        (callbacks.SkipWords, checkin.on_skip_words),
        (callbacks.StepChoice, checkin.on_step),
        (callbacks.Outcome, checkin.on_outcome),
        (callbacks.EveningMood, checkin.on_evening_mood),
        (callbacks.PastDay, checkin.on_past_day),
        (callbacks.DayNote, checkin.on_day_note),
        (callbacks.Reflect, reflect.on_button),
        (callbacks.CrisisCheck, safety.on_check_answer),
        (callbacks.DeleteAnswer, personal_data.on_delete_answer),
        (callbacks.ImportAnswer, personal_data.on_import_answer),
        (callbacks.PlanButton, safety_plan.on_button),
        (callbacks.ChooseLanguage, languages.on_language_button),
    )
    for kind, on_tap in taps:
        app.add_handler(CallbackQueryHandler(on_tap, pattern=callbacks.pattern(kind)))
    app.add_handler(CallbackQueryHandler(info.unknown_button))

    new_messages = filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(new_messages & filters.COMMAND, info.unknown_command))
    app.add_handler(MessageHandler(new_messages & filters.TEXT, conversation.on_text))
    app.add_handler(MessageHandler(new_messages & filters.LOCATION, onboarding.on_location))
    media = (
        filters.VOICE
        | filters.PHOTO
        | filters.VIDEO_NOTE
        | filters.VIDEO
        | filters.AUDIO
        | filters.Document.ALL
    )
    app.add_handler(MessageHandler(new_messages & media, conversation.on_media))
    app.add_handler(MessageHandler(new_messages, info.unsupported_content))
    edited = filters.UpdateType.EDITED_MESSAGE & filters.TEXT
    app.add_handler(MessageHandler(edited, conversation.on_edited_text))

    app.add_error_handler(errors.on_error)


def services_from(app: SmallStepsApp) -> Services:
    """The Services wired into an application."""
    return services_in(app.bot_data)


def delivery_loop_of(app: SmallStepsApp) -> DeliveryLoop:
    """The delivery loop the scheduler runs every minute."""
    loop: DeliveryLoop = app.bot_data[DELIVERY_LOOP_KEY]
    return loop


def nudge_bot_of(app: SmallStepsApp) -> ExtBot[None]:
    """The bot the fan-out sends with."""
    bot: ExtBot[None] = app.bot_data[NUDGE_BOT_KEY]
    return bot


async def close_connections(app: SmallStepsApp) -> None:
    """Close every connection to the Bot API, also those a start that failed left open.

    A bot whose first call fails (a rejected token, Telegram out of reach) is not shut down by
    python-telegram-bot, so its connections would otherwise be reported unclosed at exit.
    """
    transports: tuple[AiohttpRequest, ...] = app.bot_data[TRANSPORTS_KEY]
    for transport in transports:
        await transport.shutdown()


def _chat_pace(settings: Settings) -> ChatPace | None:
    """Telegram's per-chat pace for replies, unless the settings turn it off."""
    per_second = settings.chat_messages_per_second
    return ChatPace(per_second=per_second) if per_second > 0 else None


async def _publish_profile(bot: ExtBot[None]) -> None:
    """The command menu and the bot's descriptions, in every language (English by default).

    Telegram shows each person the ones for their app's language, before their first /start.
    """
    for language in Language:
        tr = translator(language)
        # English is the default for every language the bot does not speak.
        code = None if language is Language.EN else language.value
        menu = [BotCommand(name, tr(text)) for name, text in COMMAND_MENU]
        await bot.set_my_commands(menu, language_code=code)
        await bot.set_my_description(tr(DESCRIPTION), language_code=code)
        await bot.set_my_short_description(tr(SHORT_DESCRIPTION), language_code=code)


async def _on_start(app: SmallStepsApp) -> None:
    """Ready the safety rules, publish the menu, start sending (the schema is up to date)."""
    await asyncio.to_thread(safety_rules.prepare)
    await nudge_bot_of(app).initialize()
    await _publish_profile(app.bot)
    # A stop between moving a check-in on and asking its next question left someone waiting.
    asked = await checkin.ask_what_a_stop_left_unasked(app.bot, services_from(app).checkins)
    if asked:
        log.info("asked the questions a stop left unasked count=%d", asked)
    scheduler: AsyncIOScheduler = app.bot_data[SCHEDULER_KEY]
    scheduler.start()
    health: HealthServer | None = app.bot_data.get(HEALTH_KEY)
    if health is not None:
        await health.start()
    await _open_miniapp(app)
    # What start-up loaded (modules, the safety rules, time zones) lives as long as the process;
    # left in the collector's care, every full pass walks it all and stalls sends for ~0.1 s.
    gc.freeze()
    app.bot_data[STARTED_KEY] = True
    log.info("started")


async def _open_miniapp(app: SmallStepsApp) -> None:
    """Serve the Mini App, and put it on every private chat's menu button (when configured)."""
    miniapp: MiniAppServer | None = app.bot_data.get(MINIAPP_KEY)
    url = services_from(app).settings.miniapp_url
    if miniapp is None or url is None:
        return
    await miniapp.start()
    # The default menu button has one text for everyone: the bot's default language's.
    await app.bot.set_chat_menu_button(menu_button=year_menu_button(translator(Language.EN), url))


async def _name_year_in_menu(
    bot: ExtBot[None], miniapp_url: str, chat_id: int, language: Language
) -> None:
    """A language chosen on the Mini App's page names the chat's menu button too."""
    await put_year_in_menu(bot, chat_id, translator(language), miniapp_url)


async def _on_stop(app: SmallStepsApp) -> None:
    """Stop the scheduler and let the batch in flight finish (briefly)."""
    scheduler: AsyncIOScheduler = app.bot_data[SCHEDULER_KEY]
    if scheduler.running:
        scheduler.shutdown(wait=False)
    await delivery_loop_of(app).stop(grace_seconds=STOP_TIMEOUT_SECONDS)


async def _on_shutdown(app: SmallStepsApp) -> None:
    """Stop answering the load balancer and release the database."""
    health: HealthServer | None = app.bot_data.get(HEALTH_KEY)
    if health is not None:
        await health.stop()
    miniapp: MiniAppServer | None = app.bot_data.get(MINIAPP_KEY)
    if miniapp is not None:
        await miniapp.stop()
    await nudge_bot_of(app).shutdown()
    services_from(app).charts.close()
    await close_connections(app)
    await services_from(app).engine.dispose()
    gc.unfreeze()  # a process that starts the bot again (the tests) collects what it left
    if app.bot_data.pop(STARTED_KEY, False):  # a start that failed is reported in one line
        log.info("stopped")
