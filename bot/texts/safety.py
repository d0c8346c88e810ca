"""The words for moments of crisis, and for /sos: warm, plain, brief, and safe to read.

Written to safe-messaging guidance: no methods, no arguing, no guilt, no cheer, no tasks.
Just that the person matters, that a real person can help now, and how to reach one.
"""

from __future__ import annotations

from typing import Final

from bot.core.helplines import (
    CountryResources,
    Helpline,
    Hours,
    Way,
    hours_of,
    numbers_of,
    ways_of,
)
from bot.texts.catalog import N_, Translator

LOW_MOOD_EXTRA: Final = N_(
    "If today feels like too much to carry alone, /sos shows people you can talk to, any time."
)


COPY_NUMBER: Final = N_("📋 Copy {number}")
CRISIS_HEARD: Final = N_("Thank you for telling me. That sounds so hard, and I'm glad you said it.")
CRISIS_BOT: Final = N_(
    "I'm a bot, so I can't help in an emergency. But you matter, and talking to "
    "someone right now can help."
)
CRISIS_STILL_HERE: Final = N_("I'm still here, and your words are kept.")
SOS_INTRO: Final = N_(
    "Here are people you can talk to, whenever you need to. You don't have to be in "
    "crisis to reach out."
)
SOS_BOT: Final = N_(
    "I'm a bot and can't help in an emergency, but these people can listen. "
    "I'm here too, whenever you want to write."
)
SOS_NO_COUNTRY: Final = N_(
    "If you set your timezone with /timezone, I can show helplines for your country."
)
ANYWHERE: Final = N_("Anywhere in the world: {address}")
IN_DANGER: Final = N_("If you are in danger right now, call {emergency}.")
LOCAL_EMERGENCY: Final = N_("your local emergency number")
WAYS: Final = {
    "call": N_("call {number}"),
    "text": N_("text {number}"),
    "call or text": N_("call or text {number}"),
}
TEXT_KEYWORD: Final = N_("text {keyword} to {number}")
EITHER: Final = N_("{first} or {second}")
HOURS_DAILY: Final = N_("daily {span}")
HOURS_NIGHTLY: Final = N_("nightly {span}")
HOURS_LIMITED: Final = N_("not round the clock")
CRISIS_AGAIN: Final = N_(
    "I'm still here with you. You don't have to get through this alone: /sos has people you "
    "can talk to right now, and your safety plan is one tap below."
)


def copy_button(tr: Translator, number: str) -> str:
    """The label of a button that copies a helpline's number, to paste into the phone app."""
    return tr(COPY_NUMBER).format(number=number)


def crisis_message(tr: Translator, resources: CountryResources) -> str:
    """The reply to crisis language: at once, warm, and with people to reach right now."""
    parts = (tr(CRISIS_HEARD), tr(CRISIS_BOT), _who_to_reach(tr, resources), tr(CRISIS_STILL_HERE))
    return "\n\n".join(parts)


def sos_message(tr: Translator, resources: CountryResources) -> str:
    """The /sos reply: who to reach, for any time, in a calmer frame."""
    parts = [tr(SOS_INTRO), _who_to_reach(tr, resources), tr(SOS_BOT)]
    if resources.country is None:
        parts.insert(2, tr(SOS_NO_COUNTRY))
    return "\n\n".join(parts)


def _who_to_reach(tr: Translator, resources: CountryResources) -> str:
    """The helplines, the emergency number, and findahelpline.com, one per line."""
    lines = [_helpline_line(tr, helpline) for helpline in resources.helplines]
    # Without its scheme the address reads better, and Telegram still makes it a link.
    address = resources.find_a_helpline.removeprefix("https://")
    lines.append(f"• {tr(ANYWHERE).format(address=address)}")
    lines.append(tr(IN_DANGER).format(emergency=_emergency(tr, resources.emergency)))
    return "\n".join(lines)


def _helpline_line(tr: Translator, helpline: Helpline) -> str:
    """A helpline and how to reach it, with its hours when it does not answer at any hour.

    How and when are said in the person's language when the helplines file writes them in its
    own words (bot/core/helplines.csv); an operator's other words are shown as written.
    """
    ways = ways_of(helpline.how)
    how = helpline.how if ways is None else _either(tr, [_way(tr, way) for way in ways])
    line = f"• {helpline.name}: {how}"
    if helpline.round_the_clock:
        return line
    hours = hours_of(helpline.hours)
    return f"{line} ({helpline.hours if hours is None else _hours(tr, hours)})"


def _way(tr: Translator, way: Way) -> str:
    """One way to reach a service, in words."""
    if way.keyword:
        return tr(TEXT_KEYWORD).format(keyword=way.keyword, number=way.number)
    return tr(WAYS[way.kind]).format(number=way.number)


def _hours(tr: Translator, hours: Hours) -> str:
    """When a service answers, in words."""
    if hours.kind == "limited":
        return tr(HOURS_LIMITED)
    return tr(HOURS_DAILY if hours.kind == "daily" else HOURS_NIGHTLY).format(span=hours.span)


def _emergency(tr: Translator, emergency: str | None) -> str:
    """The number(s) to call in danger, or a plain description when we don't know them."""
    if emergency is None:
        return tr(LOCAL_EMERGENCY)
    numbers = numbers_of(emergency)
    return emergency if numbers is None else _either(tr, list(numbers))


def _either(tr: Translator, choices: list[str]) -> str:
    """Choices joined as a language says 'a or b' (and 'a or b or c')."""
    joined = choices[0]
    for choice in choices[1:]:
        joined = tr(EITHER).format(first=joined, second=choice)
    return joined


def crisis_again_message(tr: Translator) -> str:
    """A second crisis message soon after the first: shorter, still warm, still a way to reach.

    The helplines' numbers are on the copy buttons below it, and in /sos.
    """
    return tr(CRISIS_AGAIN)


CHECK_QUESTION: Final = N_(
    "I want to be sure I understood you. Are you thinking about ending your life or hurting "
    "yourself?"
)
CHECK_YES: Final = N_("Yes")
CHECK_NOT_SURE: Final = N_("I'm not sure")
CHECK_NO: Final = N_("No, I'm okay")
CHECK_NO_ANSWER: Final = N_(
    "Thank you for telling me. I'm glad. Let's carry on gently, at your pace. 🌿"
)
