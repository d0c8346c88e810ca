"""What the handlers and jobs share: built once by build_application, typed for handlers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.chart_pool import ChartDrawer
from bot.core.clock import Clock
from bot.core.languages import DEFAULT as DEFAULT_LANGUAGE
from bot.metrics import Metrics
from bot.services.checkins import CheckinService
from bot.services.conversation import ConversationService
from bot.services.deliveries import DeliveryService
from bot.services.people import PeopleService
from bot.services.personal_data import PersonalDataService
from bot.services.reflections import ReflectionService
from bot.services.safety_plans import SafetyPlanService
from bot.services.weekly import WeeklyService
from bot.settings import Settings
from bot.texts.catalog import Translator, translator
from storage.db import SessionFactory

SERVICES_KEY = "smallsteps.services"

Shown = tuple[int | None, int]
"""What a message shows, as hashes of its text (None if unknown) and of its buttons."""


@dataclass(frozen=True)
class Services:
    """The application's wired parts, reachable from every handler."""

    settings: Settings
    engine: AsyncEngine
    sessions: SessionFactory
    clock: Clock
    people: PeopleService
    checkins: CheckinService
    conversation: ConversationService
    deliveries: DeliveryService
    personal_data: PersonalDataService
    reflections: ReflectionService
    safety_plans: SafetyPlanService
    weekly: WeeklyService
    metrics: Metrics
    charts: ChartDrawer


def services_in(bot_data: Mapping[Any, Any]) -> Services:
    """The Services build_application put in an application's bot_data."""
    services = bot_data.get(SERVICES_KEY)
    if not isinstance(services, Services):
        raise RuntimeError("no Services in bot_data: build the application with build_application")
    return services


@dataclass
class ChatData:
    """What this process remembers about one chat (PTB makes one per chat, with no arguments).

    `shown` holds what the bot last made its most recently edited messages show, by message id,
    oldest first, so a later tap sends no edit that would change nothing.
    """

    shown: dict[int, Shown] = field(default_factory=dict)


class Context(CallbackContext[ExtBot[None], dict[Any, Any], ChatData, dict[Any, Any]]):
    """The `context` of every handler, error handler and job, with the wired parts typed.

    PTB makes a new one for each update, so the language set on it belongs to that update's
    person alone (bot.handlers.languages.choose_language sets it before any other handler).
    """

    __slots__ = ("language",)

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ):
        super().__init__(application, chat_id, user_id)
        self.language = DEFAULT_LANGUAGE

    @property
    def services(self) -> Services:
        """The application's services, as build_application wired them."""
        return services_in(self.bot_data)

    @property
    def tr(self) -> Translator:
        """This update's person's words, dates and plurals."""
        return translator(self.language)


CONTEXT_TYPES = ContextTypes(context=Context, chat_data=ChatData)
"""What build_application hands PTB, so every handler gets a Context and a ChatData."""
