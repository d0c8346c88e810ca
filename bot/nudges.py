"""Turning a claimed delivery into one message on a person's phone."""

from __future__ import annotations

import logging

from telegram.error import BadRequest, Forbidden
from telegram.ext import ExtBot

from bot.chart_pool import ChartDrawer
from bot.delivery_loop import AfterSend, Prepared
from bot.handlers import checkin_views
from bot.services.checkins import CheckinService, DayView
from bot.services.deliveries import Claimed, DeliveryService
from bot.services.schedules import Kind
from bot.services.weekly import WeeklyService
from bot.summaries import rendered
from bot.texts.catalog import translator
from bot.transport import AiohttpRequest, JSONDict
from scheduler.sending import Request, SendResult, SendStatus

SKIPPED = SendResult(SendStatus.SKIPPED)
log = logging.getLogger("smallsteps.nudges")


class NudgeSender:
    """Sends morning nudges and evening questions; exactly one Bot API call per send."""

    def __init__(
        self,
        bot: ExtBot[None],
        transport: AiohttpRequest,
        checkins: CheckinService,
        weekly: WeeklyService,
        deliveries: DeliveryService,
        charts: ChartDrawer,
        paid_broadcast: bool = False,
        miniapp_url: str | None = None,
    ) -> None:
        self._bot = bot
        # Nudges go out as plain calls on the bot's own transport: python-telegram-bot's
        # objects cost more CPU than the rest of a send (docs/benchmarks.md, the lean fan-out).
        self._transport = transport
        self._checkins = checkins
        self._weekly = weekly
        self._deliveries = deliveries
        self._charts = charts
        # Under each weekly summary, the way to the whole year (when there is a Mini App).
        self._miniapp_url = miniapp_url
        # (chat, message) pairs whose buttons are to come off once this fan-out is done.
        self._untidy: list[tuple[int, int]] = []
        # Telegram's paid broadcasts lift the bulk limit to 1000/s, charged in Stars.
        self._paid = paid_broadcast or None

    async def prepare(self, claimed: Claimed) -> Prepared | SendResult:
        """Do the database work now; return the one request to make, or why there is none."""
        if claimed.kind is Kind.WEEKLY:
            return await self._prepare_summary(claimed)
        if claimed.kind in (Kind.MORNING, Kind.AGAIN):
            opened = await self._checkins.open_for_nudge(claimed.person_id, claimed.local_date)
            if opened is None:
                return SKIPPED
            tr = translator(claimed.language)
            # "Later" comes back once a day: the nudge it brings back offers it no more.
            later = claimed.kind is Kind.MORNING
            text, rows = checkin_views.mood_nudge(
                tr, opened.day, opened.local_time, later=later, add_day=opened.add_day
            )
            return self._message(claimed, opened.day, text, rows, opened.stale_message_ids)
        day = await self._checkins.day_of(claimed.person_id, claimed.local_date)
        if day is None or day.outcome is not None or (not day.has_step and not day.rest):
            return SKIPPED
        question, buttons = checkin_views.evening_question(translator(claimed.language), day)
        return self._message(claimed, day, question, buttons)

    async def finish(self, claimed: Claimed, result: SendResult, after: AfterSend) -> None:
        """Record the send; the check-in's buttons then move to it, off any older message."""
        stale = list(after.stale_message_ids)
        before = await self._deliveries.finish(claimed, result, after.carrying_checkin)
        stale += [before] if before is not None else []
        if result.status is not SendStatus.BLOCKED:
            self._untidy += [(claimed.chat_id, message_id) for message_id in stale]

    def untidy(self) -> list[Request]:
        """The edits taking the buttons off older messages, handed over once."""
        # Edits count against Telegram's limits like sends: the delivery loop makes them in
        # the same rate limit, between runs, so a morning is never held up by tidying yesterday.
        untidy, self._untidy = self._untidy, []
        return [self._clear_buttons(chat_id, message_id) for chat_id, message_id in untidy]

    def _clear_buttons(self, chat_id: int, message_id: int) -> Request:
        """One editMessageReplyMarkup taking the buttons off an older message."""

        async def request() -> SendResult:
            try:
                await self._bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
            except (BadRequest, Forbidden) as error:
                # Already tidied, deleted or unreachable: never worth a warning.
                log.debug("could not clear old buttons error=%s", type(error).__name__)
                return SendResult(SendStatus.FAILED)
            return SendResult(SendStatus.SENT, message_id)

        return request

    async def _prepare_summary(self, claimed: Claimed) -> Prepared | SendResult:
        """The weekly summary: one photo with the words as caption, or the words alone."""
        report = await self._weekly.for_delivery(claimed.person_id, claimed.local_date)
        if report is None:
            return SKIPPED
        tr = translator(claimed.language)
        summary = await rendered(tr, report, self._charts)
        chart = summary.chart
        year = checkin_views.year_markup(tr, self._miniapp_url)

        async def request() -> SendResult:
            if chart is None:
                message = await self._bot.send_message(
                    claimed.chat_id,
                    summary.text,
                    reply_markup=year,
                    allow_paid_broadcast=self._paid,
                )
            else:
                message = await self._bot.send_photo(
                    claimed.chat_id,
                    chart,
                    caption=summary.text,
                    filename="week.png",
                    reply_markup=year,
                    allow_paid_broadcast=self._paid,
                )
            return SendResult(SendStatus.SENT, message.message_id)

        return Prepared(request)

    def _message(
        self,
        claimed: Claimed,
        day: DayView,
        text: str,
        rows: checkin_views.Rows | None,
        stale_message_ids: tuple[int, ...] = (),
    ) -> Prepared:
        """One sendMessage; `finish` then attaches it to the check-in if it has buttons."""

        payload: JSONDict = {"chat_id": claimed.chat_id, "text": text}
        if rows is not None:
            payload["reply_markup"] = checkin_views.keyboard_json(rows)
        if self._paid:
            payload["allow_paid_broadcast"] = True
        url = f"{self._bot.base_url}/sendMessage"

        async def request() -> SendResult:
            message = await self._transport.post_json(url, payload)
            return SendResult(SendStatus.SENT, int(message["message_id"]))

        # The message id is stored after the call, not while it holds a slot of the rate limit.
        carrying = day.checkin_id if rows is not None else None
        return Prepared(request, AfterSend(carrying, stale_message_ids))
