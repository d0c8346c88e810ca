"""Turning a claimed delivery into one message on a person's phone."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup
from telegram.ext import ExtBot

from bot.handlers import checkin_views
from bot.services.checkins import CheckinService, DayView
from bot.services.deliveries import Claimed, DeliveryService
from bot.services.schedules import Kind
from bot.services.weekly import WeeklyService
from scheduler.dispatcher import Request, SendResult, SendStatus

SKIPPED = SendResult(SendStatus.SKIPPED)


class NudgeSender:
    """Sends morning nudges and evening questions; exactly one Bot API call per send."""

    def __init__(
        self,
        bot: ExtBot[None],
        checkins: CheckinService,
        weekly: WeeklyService,
        deliveries: DeliveryService,
        paid_broadcast: bool = False,
    ) -> None:
        self._bot = bot
        self._checkins = checkins
        self._weekly = weekly
        self._deliveries = deliveries
        # Check-ins whose buttons ride on a message being sent, by delivery id, so the message
        # id is stored after the call instead of while it still holds a slot of the rate limit.
        self._carrying_buttons: dict[int, int] = {}
        # Telegram's paid broadcasts lift the bulk limit to 1000/s, charged in Stars.
        self._paid = paid_broadcast or None

    async def prepare(self, claimed: Claimed) -> Request | SendResult:
        """Do the database work now; return the one request to make, or why there is none."""
        if claimed.kind is Kind.WEEKLY:
            return await self._prepare_summary(claimed)
        if claimed.kind is Kind.MORNING:
            opened = await self._checkins.open_for_nudge(claimed.person_id, claimed.local_date)
            if opened is None:
                return SKIPPED
            text, markup = checkin_views.mood_prompt(opened.day)
            return self._message(claimed, opened.day, text, markup)
        day = await self._checkins.day_of(claimed.person_id, claimed.local_date)
        if day is None or day.outcome is not None or (day.step_text is None and not day.rest):
            return SKIPPED
        question, buttons = checkin_views.evening_question(day)
        return self._message(claimed, day, question, buttons)

    async def finish(self, claimed: Claimed, result: SendResult) -> None:
        """Record the send; a check-in then remembers the message that carries its buttons."""
        checkin_id = self._carrying_buttons.pop(claimed.delivery_id, None)
        await self._deliveries.finish(claimed, result)
        if checkin_id is not None and result.message_id is not None:
            await self._checkins.attach_message(checkin_id, result.message_id)

    async def _prepare_summary(self, claimed: Claimed) -> Request | SendResult:
        """The weekly summary: one photo with the words as caption, or the words alone."""
        summary = await self._weekly.for_delivery(claimed.person_id, claimed.local_date)
        if summary is None:
            return SKIPPED
        chart = summary.chart

        async def request() -> SendResult:
            if chart is None:
                message = await self._bot.send_message(
                    claimed.chat_id, summary.text, allow_paid_broadcast=self._paid
                )
            else:
                message = await self._bot.send_photo(
                    claimed.chat_id,
                    chart,
                    caption=summary.text,
                    filename="week.png",
                    allow_paid_broadcast=self._paid,
                )
            return SendResult(SendStatus.SENT, message.message_id)

        return request

    def _message(
        self, claimed: Claimed, day: DayView, text: str, markup: InlineKeyboardMarkup | None
    ) -> Request:
        """One sendMessage; `finish` then attaches it to the check-in if it has buttons."""
        if markup is not None:
            self._carrying_buttons[claimed.delivery_id] = day.checkin_id

        async def request() -> SendResult:
            message = await self._bot.send_message(
                claimed.chat_id, text, reply_markup=markup, allow_paid_broadcast=self._paid
            )
            return SendResult(SendStatus.SENT, message.message_id)

        return request
