"""How the daily check-in looks on a phone: words, buttons, and what a tap turns into."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, MenuButtonWebApp, WebAppInfo

from bot.core import zones
from bot.core.day import Later
from bot.core.feelings import feelings_for
from bot.handlers import callbacks
from bot.services.checkins import OWN_STEP_CHOICE, REST_CHOICE, DayView, HistoryDay, StepOutcome
from bot.services.people import PersonSettings
from bot.texts import checkin as checkin_texts
from bot.texts import steps as step_words
from bot.texts import year as year_texts
from bot.texts.catalog import Msg, Translator
from bot.texts.shape import shorten, utf16_length

# Telegram refuses a text over 4096 UTF-16 units. Words are kept whole in the database; what is
# shown back is shortened so any message around them still fits, and still fits a phone screen.
TEXT_LIMIT = 4096
WORDS_SHOWN = 300
STEP_SHOWN = 300
HISTORY_WORDS_SHOWN = 40
HISTORY_STEP_SHOWN = 80  # Every step from the library fits whole.

MOOD_EMOJI = {value: emoji for value, emoji, _ in checkin_texts.MOOD_SCALE}
MOOD_WORDS = {value: word for value, _, word in checkin_texts.MOOD_SCALE}
OUTCOME_EMOJI = {StepOutcome.DONE: "✅", StepOutcome.PARTLY: "🌗", StepOutcome.NOT_TODAY: "🌙"}
OUTCOME_WORDS = {
    StepOutcome.DONE: checkin_texts.DONE,
    StepOutcome.PARTLY: checkin_texts.PARTLY,
    StepOutcome.NOT_TODAY: checkin_texts.NOT_TODAY,
}
OUTCOME_REPLIES: dict[StepOutcome, tuple[Msg, ...]] = {
    StepOutcome.DONE: checkin_texts.DONE_REPLY,
    StepOutcome.PARTLY: checkin_texts.PARTLY_REPLY,
    StepOutcome.NOT_TODAY: checkin_texts.NOT_TODAY_REPLY,
}


# A keyboard as rows of (label, callback data). The nudges' keyboards are built as these and
# sent as JSON: python-telegram-bot's button objects cost more CPU than the rest of a morning
# nudge's view (docs/benchmarks.md, section 8). Handlers turn them into markup (`markup_of`).
Rows = list[list[tuple[str, str]]]


def markup_of(rows: Rows) -> InlineKeyboardMarkup:
    """The rows as python-telegram-bot's markup."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def keyboard_json(rows: Rows) -> dict[str, list[list[dict[str, str]]]]:
    """The rows as the Bot API's `reply_markup` object."""
    return {
        "inline_keyboard": [
            [{"text": label, "callback_data": data} for label, data in row] for row in rows
        ]
    }


def _key(label: str, data: callbacks.Button) -> tuple[str, str]:
    """A button of a plain keyboard (see `_button`)."""
    return label, data.encode()


def _button(label: str, data: callbacks.Button) -> InlineKeyboardButton:
    """A button whose data names the check-in it belongs to, so old taps can be recognised.

    The data is only ever ids and fixed codes, never a person's words (bot/handlers/callbacks).
    """
    return InlineKeyboardButton(label, callback_data=data.encode())


def mood_label(tr: Translator, mood: int) -> str:
    """A point of the mood scale as its button shows it: '🌤 Steady'."""
    return f"{MOOD_EMOJI[mood]} {tr(MOOD_WORDS[mood])}"


def outcome_label(tr: Translator, outcome: StepOutcome, *, past: bool = False) -> str:
    """An outcome as its button shows it: '✅ Done' ('🌙 Not in the end' for a past day)."""
    words = checkin_texts.PAST_NOT_TODAY if past and outcome is StepOutcome.NOT_TODAY else None
    return f"{OUTCOME_EMOJI[outcome]} {tr(words or OUTCOME_WORDS[outcome])}"


def day_name(tr: Translator, day: date) -> str:
    """A day as a sentence names it: 'Sunday, December 6'."""
    return tr.date(day, "MMMMEEEEd")


def mood_prompt(
    tr: Translator,
    day: DayView,
    local_time: time | None,
    *,
    later: bool = False,
    add_day: date | None = None,
) -> tuple[str, InlineKeyboardMarkup]:
    """The nudge as a handler sends it (see `mood_nudge`)."""
    if day.past:
        text = tr(checkin_texts.PAST_DAY_MOOD).format(day=day_name(tr, day.local_date))
        return text, past_mood_markup(tr, day)
    text, rows = mood_nudge(tr, day, local_time, later=later, add_day=add_day)
    return text, markup_of(rows)


def mood_nudge(
    tr: Translator,
    day: DayView,
    local_time: time | None,
    *,
    later: bool = False,
    add_day: date | None = None,
) -> tuple[str, Rows]:
    """The nudge: a varied greeting that fits the person's hour, and the five-point scale
    (with 'Later' on the morning nudge, and the offer to add an empty yesterday)."""
    greeting = (
        tr.pick(checkin_texts.GENTLE_GREETINGS, day.seed)
        if day.gentle
        else tr(checkin_texts.greeting(local_time, day.seed))
    )
    return greeting, mood_rows(tr, day, (Later.ASK,) if later else (), add_day)


def mood_markup(
    tr: Translator, day: DayView, later: Sequence[Later], add_day: date | None = None
) -> InlineKeyboardMarkup:
    """The five-point scale, 'Not now', 'Later' or the times to come back, and 'Add yesterday'."""
    return markup_of(mood_rows(tr, day, later, add_day))


def mood_rows(
    tr: Translator, day: DayView, later: Sequence[Later], add_day: date | None = None
) -> Rows:
    """`mood_markup`'s rows."""
    checkin_id = day.checkin_id
    moods = _mood_keys(tr, day)
    not_now = _key(tr(checkin_texts.NOT_NOW), callbacks.Mood(checkin_id, None))
    when = [_key(later_label(tr, c), callbacks.LaterButton(checkin_id, c)) for c in later]
    if later == (Later.ASK,):
        rows = [moods[:3], moods[3:], [not_now, *when]]
    else:
        rows = [moods[:3], moods[3:], *([when] if when else []), [not_now]]
    if add_day is not None:
        rows.append([_key(tr(checkin_texts.ADD_YESTERDAY), callbacks.PastDay(add_day))])
    return rows


def _mood_keys(tr: Translator, day: DayView) -> list[tuple[str, str]]:
    """The five points of the mood scale, for one day."""
    return [_key(mood_label(tr, m), callbacks.Mood(day.checkin_id, m)) for m in MOOD_EMOJI]


def past_mood_markup(tr: Translator, day: DayView) -> InlineKeyboardMarkup:
    """The five-point scale for a past day, and the way to choose another day instead."""
    moods = _mood_keys(tr, day)
    another = _key(tr(checkin_texts.ANOTHER_DAY), callbacks.PastDay(None))
    return markup_of([moods[:3], moods[3:], [another]])


def days_markup(tr: Translator, days: Sequence[date]) -> InlineKeyboardMarkup:
    """The past days that can be filled in, two to a row."""
    buttons = [_button(tr.date(day), callbacks.PastDay(day)) for day in days]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def later_label(tr: Translator, choice: Later) -> str:
    """'⏰ Later', or one of the times to come back, as its button shows it."""
    return tr(checkin_texts.LATER_LABELS[choice])


def words_prompt(tr: Translator, day: DayView) -> tuple[str, InlineKeyboardMarkup]:
    """Acknowledge the mood, then ask for three words: feeling words to tap, or typed."""
    ack = tr.pick(checkin_texts.MOOD_ACK[day.mood or 3], day.seed)
    question = (
        tr(checkin_texts.PAST_WORDS_PROMPT)
        if day.past
        else tr.pick(checkin_texts.THREE_WORDS_PROMPT, day.seed)
    )
    return f"{ack}\n\n{question} {tr(checkin_texts.TAP_OR_TYPE)}", feelings_markup(tr, day)


def feelings_markup(tr: Translator, day: DayView) -> InlineKeyboardMarkup:
    """The mood's feeling words (✓ on those tapped), then done or skip, and 'my own words'."""
    checkin_id = day.checkin_id
    words = [
        _button(
            ("✓ " if key in day.feelings else "") + tr(checkin_texts.FEELING_WORDS[key]),
            callbacks.FeelingButton(checkin_id, key),
        )
        for key in feelings_for(day.mood)
    ]
    done = callbacks.FeelingButton(checkin_id, callbacks.FEELINGS_DONE)
    finish = (
        _button(tr(checkin_texts.FEELINGS_DONE), done)
        if day.feelings
        else _button(tr(checkin_texts.SKIP), callbacks.SkipWords(checkin_id))
    )
    own_words = callbacks.FeelingButton(checkin_id, callbacks.OWN_WORDS)
    own = _button(tr(checkin_texts.OWN_WORDS), own_words)
    return InlineKeyboardMarkup([words[:3], words[3:], [own, finish]])


def feeling_words(tr: Translator, keys: Sequence[str]) -> str:
    """Tapped feelings as kept words: 'calm, tired'."""
    return ", ".join(tr(checkin_texts.FEELING_WORDS[key]) for key in keys)


def step_prompt(tr: Translator, day: DayView) -> tuple[str, InlineKeyboardMarkup]:
    """Three suggestions sized to the mood, my own step, and rest."""
    ideas = "\n".join(f"• {tr(step_words.text_of(step.key))}" for step in day.suggestions)
    if day.past:
        prompt = tr(checkin_texts.PAST_STEP_PROMPT)
    elif day.gentle:
        prompt = tr.pick(checkin_texts.GENTLE_STEP_PROMPT, day.seed)
    else:
        prompt = tr(checkin_texts.step_prompt(day.mood, day.seed))
    text = f"{prompt}\n\n{ideas}" if ideas else prompt
    rows = [
        [_button(tr(step_words.label_of(step.key)), _step(day, step.key))]
        for step in day.suggestions
    ]
    rows.append(
        [
            _button(tr(checkin_texts.OWN_STEP), _step(day, OWN_STEP_CHOICE)),
            _button(tr(rest_label(day)), _step(day, REST_CHOICE)),
        ]
    )
    return text, InlineKeyboardMarkup(rows)


def rest_label(day: DayView) -> Msg:
    """'Rest today', or for a past day 'A rest day'."""
    return checkin_texts.PAST_REST if day.past else checkin_texts.REST_TODAY


def own_step_question(tr: Translator, day: DayView) -> str:
    """The question before typing one's own step: for today, or for a past day."""
    return tr(checkin_texts.PAST_OWN_STEP_ASK if day.past else checkin_texts.OWN_STEP_ASK)


def _step(day: DayView, choice: str) -> callbacks.StepChoice:
    """The data of a step button: a suggestion's key, my own step, or rest."""
    return callbacks.StepChoice(day.checkin_id, choice)


def words_kept(tr: Translator, day: DayView) -> str:
    """Thank the person for their three words."""
    shown = shorten(day.words or "", WORDS_SHOWN)
    return tr.pick(checkin_texts.THREE_WORDS_ACK, day.seed).format(words=shown)


def step_chosen(tr: Translator, day: DayView) -> str:
    """Confirm the chosen step, or honour rest."""
    if day.rest:
        return tr.pick(checkin_texts.REST_CHOSEN, day.seed)
    return tr.pick(checkin_texts.STEP_CHOSEN, day.seed).format(step=_step_shown(tr, day))


def step_words_of(tr: Translator, day: DayView) -> str | None:
    """The day's step in words: a library step's sentence, or the person's own words."""
    if day.step_key is not None:
        return tr(step_words.text_of(day.step_key))
    return day.step_text


def _step_shown(tr: Translator, day: DayView) -> str:
    """The day's step as shown back in a message."""
    return shorten(step_words_of(tr, day) or "", STEP_SHOWN)


def outcome_markup(tr: Translator, day: DayView) -> InlineKeyboardMarkup:
    """Done / partly / not today."""
    return markup_of(outcome_rows(tr, day))


def outcome_rows(tr: Translator, day: DayView) -> Rows:
    """`outcome_markup`'s rows."""
    return [
        [
            _key(
                outcome_label(tr, outcome, past=day.past),
                callbacks.Outcome(day.checkin_id, outcome),
            )
            for outcome in OUTCOME_EMOJI
        ]
    ]


def past_outcome_question(tr: Translator, day: DayView) -> tuple[str, InlineKeyboardMarkup]:
    """After a past day's step: how it went."""
    return tr(checkin_texts.PAST_OUTCOME_QUESTION), outcome_markup(tr, day)


def past_day_kept(tr: Translator, day: DayView) -> tuple[str, InlineKeyboardMarkup]:
    """A past day filled in: thanks, and a note to add to it if the person likes."""
    text = tr(checkin_texts.PAST_DAY_KEPT).format(day=day_name(tr, day.local_date))
    note = _button(tr(checkin_texts.ADD_NOTE), callbacks.DayNote(day.checkin_id))
    return text, InlineKeyboardMarkup([[note]])


def evening_mood_markup(tr: Translator, day: DayView) -> InlineKeyboardMarkup:
    """The mood scale again, for the evening point on the weekly chart."""
    buttons = [
        _button(mood_label(tr, m), callbacks.EveningMood(day.checkin_id, m)) for m in MOOD_EMOJI
    ]
    return InlineKeyboardMarkup([buttons[:3], buttons[3:]])


def outcome_reply(
    tr: Translator, day: DayView, outcome: StepOutcome
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Kind words for the outcome, then (once a day, on the day) how the evening feels."""
    text = tr.pick(OUTCOME_REPLIES[outcome], day.seed)
    if day.evening_mood is not None or day.past:
        return text, None
    question = tr(checkin_texts.EVENING_MOOD_QUESTION)
    return f"{text}\n\n{question}", evening_mood_markup(tr, day)


def evening_question(tr: Translator, day: DayView) -> tuple[str, Rows | None]:
    """The evening follow-up: how did the step go (a rest day gets a quiet good-night)."""
    if day.rest:
        return tr.pick(checkin_texts.EVENING_AFTER_REST, day.seed), None
    text = tr.pick(checkin_texts.EVENING_QUESTION, day.seed).format(step=_step_shown(tr, day))
    return text, outcome_rows(tr, day)


def today_step(tr: Translator, day: DayView | None) -> tuple[str, InlineKeyboardMarkup | None]:
    """/step: today's step with buttons to mark it."""
    if day is None or (not day.has_step and not day.rest):
        return tr(checkin_texts.NO_STEP_TODAY), None
    if day.rest:
        return tr.pick(checkin_texts.REST_CHOSEN, day.seed), None
    status = f"\n\n{outcome_label(tr, day.outcome)}" if day.outcome else ""
    return f"“{_step_shown(tr, day)}”{status}", outcome_markup(tr, day)


def today_so_far(tr: Translator, day: DayView) -> tuple[str, InlineKeyboardMarkup]:
    """A finished day's answers, each with a button to change it."""
    title = (
        tr(checkin_texts.PAST_SO_FAR).format(day=day_name(tr, day.local_date))
        if day.past
        else tr(checkin_texts.TODAY_SO_FAR)
    )
    lines = [title, ""]
    if day.mood:
        lines.append(tr(checkin_texts.TODAY_MOOD).format(mood=mood_label(tr, day.mood)))
    if day.words and not day.words_flagged:
        lines.append(tr(checkin_texts.TODAY_WORDS).format(words=shorten(day.words, STEP_SHOWN)))
    if day.rest:
        lines.append(tr(checkin_texts.PAST_DAY_REST if day.past else checkin_texts.TODAY_REST))
    elif day.has_step:
        status = f" · {outcome_label(tr, day.outcome, past=day.past)}" if day.outcome else ""
        step = f"“{_step_shown(tr, day)}”{status}"
        lines.append(tr(checkin_texts.TODAY_STEP).format(step=step))
    if day.evening_mood:
        evening = mood_label(tr, day.evening_mood)
        lines.append(tr(checkin_texts.TODAY_EVENING).format(mood=evening))
    hint = checkin_texts.PAST_CHANGE_HINT if day.past else checkin_texts.TODAY_CHANGE_HINT
    lines += ["", tr(hint)]
    buttons = [
        [_button(tr(label), callbacks.ChangeAnswer(day.checkin_id, answer))]
        for answer, label in checkin_texts.CHANGE_LABELS.items()
    ]
    return "\n".join(lines), InlineKeyboardMarkup(buttons)


def chosen(prompt: str, choice: str) -> str:
    """A prompt after its tap: the question, then the choice, with no buttons left."""
    ending = f"\n\n→ {shorten(choice, STEP_SHOWN)}"
    return f"{shorten(prompt, TEXT_LIMIT - utf16_length(ending))}{ending}"


def year_menu_button(tr: Translator, miniapp_url: str) -> MenuButtonWebApp:
    """The chat's menu button, opening the Mini App under its name in the person's language."""
    return MenuButtonWebApp(tr(year_texts.YEAR_TITLE), WebAppInfo(miniapp_url))


def year_markup(tr: Translator, miniapp_url: str | None) -> InlineKeyboardMarkup | None:
    """'📅 Your year', opening the Mini App; none where no Mini App is configured."""
    if not miniapp_url:
        return None
    label = f"📅 {tr(year_texts.YEAR_TITLE)}"
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, web_app=WebAppInfo(miniapp_url))]])


def history(tr: Translator, days: list[HistoryDay]) -> str:
    """The last two weeks, one compact line a day."""
    if not days:
        return tr(checkin_texts.HISTORY_EMPTY)
    title = tr(checkin_texts.HISTORY_TITLE)
    return "\n".join([f"{title} 🌿", "", *(_history_line(tr, day) for day in days)])


def _history_line(tr: Translator, day: HistoryDay) -> str:
    """'Sat 21 Nov · 🌤 · tired, hopeful, calm · Make the bed ✅ · 📝 a reflection'."""
    parts = [tr.date(day.local_date), *_checkin_parts(tr, day.checkin)]
    if day.reflections:
        parts.append(checkin_texts.history_reflections(tr, day.reflections))
    return " · ".join(parts)


def _checkin_parts(tr: Translator, day: DayView | None) -> list[str]:
    """What a day's check-in adds to its history line."""
    if day is None:
        return []
    parts: list[str] = []
    if day.mood:
        parts.append(MOOD_EMOJI[day.mood])
    if day.words and not day.words_flagged:
        parts.append(_one_line(day.words, HISTORY_WORDS_SHOWN))
    if day.rest:
        parts.append(tr(checkin_texts.REST_TODAY))
    elif step := step_words_of(tr, day):
        mark = OUTCOME_EMOJI[day.outcome] if day.outcome else ""
        parts.append(f"{_one_line(step, HISTORY_STEP_SHOWN)} {mark}".strip())
    return parts


def _one_line(text: str, limit: int) -> str:
    """A person's words squeezed onto one short line of the history."""
    return shorten(" ".join(text.split()), limit)


def paused_text(tr: Translator, settings: PersonSettings) -> str:
    """What a pause means: until /resume, or the day the next check-in comes."""
    if settings.paused_until is None:
        return tr(checkin_texts.PAUSED_INDEFINITELY)
    next_day = settings.first_checkin_after_pause()
    if next_day is None:  # no time or timezone yet: the day the pause ends
        zone = zones.zone_for(settings.timezone) if settings.timezone else None
        day = tr.date(settings.paused_until.astimezone(zone).date(), "MMMMEEEEd")
        return tr(checkin_texts.PAUSED).format(until=day)
    return tr(checkin_texts.PAUSED_NEXT).format(day=tr.date(next_day, "MMMMEEEEd"))
