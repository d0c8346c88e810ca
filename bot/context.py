"""What the handlers and jobs share: built once by build_application."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy.ext.asyncio import AsyncEngine
from telegram.ext import CallbackContext, ExtBot

from bot.core.clock import Clock
from bot.services.checkins import CheckinService
from bot.services.conversation import ConversationService
from bot.services.deliveries import DeliveryService
from bot.services.people import PeopleService
from bot.services.personal_data import PersonalDataService
from bot.services.reflections import ReflectionService
from bot.services.safety_plans import SafetyPlanService
from bot.services.weekly import WeeklyService
from bot.settings import Settings
from storage.db import SessionFactory

SERVICES_KEY = "smallsteps.services"

Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]


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


def services_of(context: Context) -> Services:
    """The Services stored on the application by build_application."""
    return cast(Services, context.application.bot_data[SERVICES_KEY])
