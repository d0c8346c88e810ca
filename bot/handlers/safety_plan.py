"""/safetyplan: the plan in the person's own words, written one part at a time, each skippable."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import Context
from bot.core.safety_plan import PARTS
from bot.handlers.callbacks import PlanAction, PlanButton, decode_as
from bot.handlers.common import answer_tap, clear_buttons, identity_of, reply, show_on_tapped
from bot.services.safety_plans import PartAsked, Plan, PlanPartKept
from bot.texts import safety_plan as safety_plan_texts
from bot.texts.catalog import Translator

CHANGE_BUTTONS_PER_ROW = 2


def plan_button(tr: Translator) -> InlineKeyboardButton:
    """The button other answers (the crisis answer, /sos) put under their message."""
    return _button(tr(safety_plan_texts.PLAN_BUTTON), PlanButton(PlanAction.SHOW))


async def safety_plan(update: Update, context: Context) -> None:
    """/safetyplan: the plan as it stands, or an offer to write one."""
    await show_plan(update, context)


async def show_plan(update: Update, context: Context) -> None:
    """The plan with a button per part, or, while nothing is written, the offer to write one."""
    who = identity_of(update)
    shown = await context.services.safety_plans.show(who)
    await clear_buttons(context, who.chat_id, shown.stale_message_id)
    if shown.plan.empty:
        await reply(update, context, context.tr(safety_plan_texts.INTRO), _offer_markup(context.tr))
        return
    text = safety_plan_texts.plan_view(context.tr, shown.plan.parts)
    await reply(update, context, text, _plan_markup(context.tr, shown.plan))


async def on_button(update: Update, context: Context) -> None:
    """Every plan button: show, start or carry on, skip, stop, change one part, not now."""
    query = update.callback_query
    if query is None:
        return
    button = decode_as(query.data, PlanButton)
    action, part = (button.action, button.part) if button is not None else (None, None)
    if action is PlanAction.SHOW:
        # The message it sits under (the crisis answer, /sos) stays as it is, button and all.
        await answer_tap(query)
        await show_plan(update, context)
    elif action is PlanAction.START:
        await _start(update, context)
    elif action is PlanAction.NOT_NOW:
        await answer_tap(query)
        await show_on_tapped(update, context, query, context.tr(safety_plan_texts.NOT_NOW_REPLY))
    elif button is None or part is None:  # every other action names a part
        await _stale(update, context)
    elif action is PlanAction.EDIT:
        await _change(update, context, part)
    elif action is PlanAction.SKIP:
        await _skip(update, context, part)
    else:
        await _stop(update, context, part, only=button.only)


async def ask_next(update: Update, context: Context, kept: PlanPartKept) -> None:
    """After typed words were kept: the next part's question, or the plan once it is written."""
    who = identity_of(update)
    await clear_buttons(context, who.chat_id, kept.message_id)
    if kept.next_part is not None:
        text = safety_plan_texts.question_message(context.tr, kept.next_part, kept_seed=kept.seed)
        await _ask(update, context, kept.next_part, text, only=False)
        return
    headline = safety_plan_texts.CHANGED if kept.only else safety_plan_texts.FINISHED
    await _send_plan(update, context, kept.plan, context.tr(headline))


async def carry_on_writing(update: Update, context: Context) -> bool:
    """After 'no, I'm okay' to the check on a plan answer: the next part, or the plan.

    False (and nothing sent) when no part of the plan was held open by the check.
    """
    kept = await context.services.safety_plans.move_on(identity_of(update))
    if kept is None:
        return False
    await ask_next(update, context, kept)
    return True


async def _start(update: Update, context: Context) -> None:
    """Write my plan / carry on writing: ask the first part not written yet."""
    query = update.callback_query
    assert query is not None
    who = identity_of(update)
    await answer_tap(query)
    message_id = query.message.message_id if query.message is not None else None
    await clear_buttons(context, who.chat_id, message_id, query.message)
    asked = await context.services.safety_plans.start(who)
    if asked is None:  # Every part is written already: show it instead.
        await show_plan(update, context)
        return
    await _tidy(context, who.chat_id, asked, message_id)
    first = asked.part == PARTS[0]
    text = safety_plan_texts.question_message(context.tr, asked.part, first=first)
    await _ask(update, context, asked.part, text, only=False)


async def _change(update: Update, context: Context, part: str) -> None:
    """Change one part: ask for it anew, showing what it says now."""
    query = update.callback_query
    assert query is not None
    who = identity_of(update)
    await answer_tap(query)
    message_id = query.message.message_id if query.message is not None else None
    await clear_buttons(context, who.chat_id, message_id, query.message)
    asked = await context.services.safety_plans.change(who, part)
    if asked is None:
        return
    await _tidy(context, who.chat_id, asked, message_id)
    text = safety_plan_texts.change_message(context.tr, part, asked.current)
    await _ask(update, context, part, text, only=True)


async def _skip(update: Update, context: Context, part: str) -> None:
    """Leave a part unwritten and go on to the next, or to the plan after the last."""
    query = update.callback_query
    assert query is not None
    moved = await context.services.safety_plans.skip(identity_of(update), part)
    if moved is None:
        await _stale(update, context)
        return
    await answer_tap(query)
    tr = context.tr
    await show_on_tapped(update, context, query, safety_plan_texts.skipped_message(tr, part))
    if moved.next_part is not None:
        text = safety_plan_texts.question_message(tr, moved.next_part)
        await _ask(update, context, moved.next_part, text, only=False)
        return
    if moved.plan.empty:
        await reply(update, context, tr(safety_plan_texts.FINISHED_EMPTY))
        return
    await _send_plan(update, context, moved.plan, tr(safety_plan_texts.FINISHED))


async def _stop(update: Update, context: Context, part: str, *, only: bool) -> None:
    """Stop for now (or, `only`, leave a part being changed as it is): what is written stays."""
    query = update.callback_query
    assert query is not None
    plan = await context.services.safety_plans.stop(identity_of(update), part)
    if plan is None:
        await _stale(update, context)
        return
    await answer_tap(query)
    if only:
        await show_on_tapped(
            update, context, query, safety_plan_texts.left_message(context.tr, part)
        )
        return
    stopped = safety_plan_texts.STOPPED_EMPTY if plan.empty else safety_plan_texts.STOPPED
    await show_on_tapped(update, context, query, context.tr(stopped))


async def _stale(update: Update, context: Context) -> None:
    """A button from an older question (or unknown data): nothing changes, its buttons go."""
    query = update.callback_query
    assert query is not None
    await answer_tap(query, context.tr(safety_plan_texts.STALE_TAP))
    message_id = query.message.message_id if query.message is not None else None
    await clear_buttons(context, identity_of(update).chat_id, message_id, query.message)


async def _ask(update: Update, context: Context, part: str, text: str, *, only: bool) -> None:
    """Send a part's question with its buttons, and remember which message asks it."""
    tr = context.tr
    if only:
        leave = PlanButton(PlanAction.STOP, part, only=True)
        buttons = [[_button(tr(safety_plan_texts.LEAVE_AS_IT_IS), leave)]]
    else:
        buttons = [
            [
                _button(tr(safety_plan_texts.SKIP_PART), PlanButton(PlanAction.SKIP, part)),
                _button(tr(safety_plan_texts.STOP_FOR_NOW), PlanButton(PlanAction.STOP, part)),
            ]
        ]
    message = await reply(update, context, text, InlineKeyboardMarkup(buttons))
    await context.services.safety_plans.attach_message(
        identity_of(update), part, message.message_id
    )


async def _send_plan(update: Update, context: Context, plan: Plan, headline: str) -> None:
    """The plan, with a headline above it and its buttons below."""
    text = safety_plan_texts.plan_view(context.tr, plan.parts, headline)
    await reply(update, context, text, _plan_markup(context.tr, plan))


async def _tidy(context: Context, chat_id: int, asked: PartAsked, tapped: int | None) -> None:
    """Take the buttons off the question asked before this one, if it was another message."""
    if asked.stale_message_id != tapped:
        await clear_buttons(context, chat_id, asked.stale_message_id)


def _button(text: str, data: PlanButton) -> InlineKeyboardButton:
    """A plan button."""
    return InlineKeyboardButton(text, callback_data=data.encode())


def _offer_markup(tr: Translator) -> InlineKeyboardMarkup:
    """Write my plan / not now."""
    return InlineKeyboardMarkup(
        [
            [
                _button(tr(safety_plan_texts.WRITE_MY_PLAN), PlanButton(PlanAction.START)),
                _button(tr(safety_plan_texts.NOT_NOW), PlanButton(PlanAction.NOT_NOW)),
            ]
        ]
    )


def _plan_markup(tr: Translator, plan: Plan) -> InlineKeyboardMarkup:
    """A button per part to change it, and 'carry on writing' while some are not written."""
    buttons = [
        _button(
            f"{safety_plan_texts.CHANGE_MARK} {tr(safety_plan_texts.words_for(part).button)}",
            PlanButton(PlanAction.EDIT, part),
        )
        for part in PARTS
    ]
    rows = [
        buttons[i : i + CHANGE_BUTTONS_PER_ROW]
        for i in range(0, len(buttons), CHANGE_BUTTONS_PER_ROW)
    ]
    if plan.unwritten:
        rows.append([_button(tr(safety_plan_texts.CARRY_ON), PlanButton(PlanAction.START))])
    return InlineKeyboardMarkup(rows)
