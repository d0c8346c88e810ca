"""The words for moments of crisis, and for /sos: warm, plain, brief, and safe to read.

Written to safe-messaging guidance: no methods, no arguing, no guilt, no cheer, no tasks.
Just that the person matters, that a real person can help now, and how to reach one.
"""

from __future__ import annotations

from typing import Final

from bot.core.helplines import CountryResources, Helpline

LOW_MOOD_EXTRA: Final = (
    "If today feels like too much to carry alone, /sos shows people you can talk to, any time."
)


def copy_button(number: str) -> str:
    """The label of a button that copies a helpline's number, to paste into the phone app."""
    return f"📋 Copy {number}"


def crisis_message(resources: CountryResources) -> str:
    """The reply to crisis language: at once, warm, and with people to reach right now."""
    return "\n\n".join(
        (
            "Thank you for telling me. That sounds so hard, and I'm glad you said it.",
            "I'm a bot, so I can't help in an emergency. But you matter, and talking to "
            "someone right now can help.",
            _who_to_reach(resources),
            "I'm still here, and your words are kept.",
        )
    )


def sos_message(resources: CountryResources) -> str:
    """The /sos reply: who to reach, for any time, in a calmer frame."""
    parts = [
        "Here are people you can talk to, whenever you need to. You don't have to be in "
        "crisis to reach out.",
        _who_to_reach(resources),
        "I'm a bot and can't help in an emergency, but these people can listen. "
        "I'm here too, whenever you want to write.",
    ]
    if resources.country is None:
        parts.insert(
            2, "If you set your timezone with /timezone, I can show helplines for your country."
        )
    return "\n\n".join(parts)


def _who_to_reach(resources: CountryResources) -> str:
    """The helplines, the emergency number, and findahelpline.com, one per line."""
    lines = [_helpline_line(helpline) for helpline in resources.helplines]
    # Without its scheme the address reads better, and Telegram still makes it a link.
    find_a_helpline = resources.find_a_helpline.removeprefix("https://")
    lines.append(f"• Anywhere in the world: {find_a_helpline}")
    lines.append(f"If you are in danger right now, call {_emergency(resources)}.")
    return "\n".join(lines)


def _helpline_line(helpline: Helpline) -> str:
    """A helpline and how to reach it, with its hours when it does not answer at any hour."""
    line = f"• {helpline.name}: {helpline.how}"
    return line if helpline.round_the_clock else f"{line} ({helpline.hours})"


def _emergency(resources: CountryResources) -> str:
    """The number to call in danger, or a plain description when we don't know it."""
    return resources.emergency or "your local emergency number"


def crisis_again_message() -> str:
    """A second crisis message soon after the first: shorter, still warm, still a way to reach.

    The helplines' numbers are on the copy buttons below it, and in /sos.
    """
    return (
        "I'm still here with you. You don't have to get through this alone: /sos has people you "
        "can talk to right now, and your safety plan is one tap below."
    )


CHECK_QUESTION: Final = (
    "I want to be sure I understood you. Are you thinking about ending your life or hurting "
    "yourself?"
)
CHECK_YES: Final = "Yes"
CHECK_NOT_SURE: Final = "I'm not sure"
CHECK_NO: Final = "No, I'm okay"
CHECK_NO_ANSWER: Final = (
    "Thank you for telling me. I'm glad. Let's carry on gently, at your pace. 🌿"
)
