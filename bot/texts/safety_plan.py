"""Every word of /safetyplan: what each part asks, the plan as it is shown, and its buttons.

A safety plan is a short note to oneself for a very hard day, written in the person's own
words. Offered, never pushed: every part can be skipped, and "not now" is a full answer.
The parts' keys and order are in `bot.core.safety_plan`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from bot.core.safety_plan import PARTS
from bot.texts.shape import pick

# Telegram shows at most 4096 characters in a message; the plan keeps well inside that.
MESSAGE_LIMIT: Final = 4000
# What a part says now, when it is about to be changed, is shown up to this length.
CURRENT_LIMIT: Final = 1500


@dataclass(frozen=True)
class PartWords:
    """How one part is named and asked."""

    heading: str
    button: str
    question: str
    example: str


PART_WORDS: Final[Mapping[str, PartWords]] = {
    "warning_signs": PartWords(
        heading="Signs a hard time is coming",
        button="Signs",
        question="What tells you a hard time might be on its way? Thoughts, feelings, "
        "or things you notice yourself doing.",
        example="For example: I stop answering messages, I can't sleep, everything feels grey.",
    ),
    "on_my_own": PartWords(
        heading="What I can do on my own",
        button="On my own",
        question="What can you do by yourself to get through a hard moment, even a little?",
        example="For example: a hot shower, a walk round the block, one song on repeat.",
    ),
    "distractions": PartWords(
        heading="People and places that take my mind off it",
        button="Mind off it",
        question="Which people or places help take your mind off things for a while?",
        example="For example: the library, my sister's kitchen, the café on the corner.",
    ),
    "people_to_ask": PartWords(
        heading="People I can ask for help",
        button="People to ask",
        question="Who could you ask for help when it gets hard, and how would you reach them?",
        example="For example: Maya, by phone; Tom next door, knock on his door.",
    ),
    "professionals": PartWords(
        heading="Professionals and lines I can reach",
        button="Professionals",
        question="Which professionals or helplines could you reach, and how? "
        "/sos shows helplines if you'd like some to start with.",
        example="For example: my doctor's number, my counsellor, a helpline I trust.",
    ),
    "safer_surroundings": PartWords(
        heading="Making my surroundings safer",
        button="Safer around me",
        question="What could make the space around you a little safer on a very hard day?",
        example="For example: ask a friend to keep some things for me for now, "
        "not stay home alone that night.",
    ),
    "keeps_me_going": PartWords(
        heading="What keeps me going",
        button="Keeps me going",
        question="What matters to you, and keeps you going, even on the hard days?",
        example="For example: my cat, my niece's laugh, the sea in summer.",
    ),
}

PLAN_BUTTON: Final = "📝 My safety plan"
WRITE_MY_PLAN: Final = "Write my plan"
NOT_NOW: Final = "Not now"
CARRY_ON: Final = "Carry on writing"
SKIP_PART: Final = "Skip this part"
STOP_FOR_NOW: Final = "Stop for now"
LEAVE_AS_IT_IS: Final = "Leave it as it is"
CHANGE_MARK: Final = "✏️"

INTRO: Final = (
    "A safety plan is a short note to yourself for a day that gets very hard: the signs to "
    "watch for, what helps, and who you can reach.\n\n"
    "You'd write it in your own words, one small part at a time, and any part can be skipped. "
    "It stays here for you, and you can change it whenever you like.\n\n"
    "Would you like to write one? There's no rush."
)

NOT_NOW_REPLY: Final = (
    "Of course. It's here whenever you want it, with /safetyplan 🌿 Nothing changes until then."
)

FIRST_QUESTION_NOTE: Final = "A few words are plenty. Skip anything that doesn't fit."

ANSWER_ACK: Final[tuple[str, ...]] = (
    "Kept, in your words. 🌿",
    "Thank you. That's written in your plan.",
    "Got it. That's in your plan now.",
    "Kept. Thank you for writing it.",
)

CHANGED: Final = "Changed. 🌿 Here's your plan as it is now."
FINISHED: Final = "That's your plan for now. 🌿 It's here whenever you need it, with /safetyplan."
FINISHED_EMPTY: Final = (
    "That's every part. Nothing is written this time, and that's fine. "
    "/safetyplan is here whenever you'd like to come back to it."
)

SKIPPED_MARK: Final = "↷ Skipped for now."
LEFT_AS_IT_WAS: Final = "Left as it was."
STOPPED: Final = "Stopped here. What you wrote is kept 🌿 /safetyplan carries on whenever you like."
STOPPED_EMPTY: Final = (
    "Stopped here. Nothing is written yet, and that's fine. "
    "/safetyplan is here whenever you want it."
)
STALE_TAP: Final = "That's from earlier, so nothing changed. /safetyplan shows your plan."

PLAN_TITLE: Final = "📝 My safety plan"
NOT_WRITTEN: Final = "Not written yet, and that's okay."
PLAN_FOOTER: Final = (
    "Tap a part below to change it. If today is very hard, /sos shows people to talk to now."
)
SHORTENED: Final = "Long parts are shortened here; /export has every word."

JOURNAL_HEADING: Final = "## My safety plan"


def words_for(part: str) -> PartWords:
    """The words for one part (the key comes from `bot.core.safety_plan.PARTS`)."""
    return PART_WORDS[part]


def ack(seed: int) -> str:
    """A short thank-you for words kept in the plan."""
    return pick(ANSWER_ACK, seed)


def question_message(part: str, *, first: bool = False, kept_seed: int | None = None) -> str:
    """A part's question while writing the plan: which part of how many, the question and an
    example; after an answer, a thank-you above it."""
    words = words_for(part)
    lines = []
    if kept_seed is not None:
        lines += [ack(kept_seed), ""]
    lines += [f"{PARTS.index(part) + 1} of {len(PARTS)} · {words.heading}", ""]
    lines += [words.question, words.example]
    if first:
        lines += ["", FIRST_QUESTION_NOTE]
    return "\n".join(lines)


def change_message(part: str, current: str | None) -> str:
    """Asking for one part anew, with what it says now."""
    words = words_for(part)
    if current is None:
        return "\n".join([words.heading, "", words.question, words.example])
    shown = _shorten(current, CURRENT_LIMIT)
    return "\n".join(
        [
            words.heading,
            "",
            "Right now it says:",
            shown,
            "",
            "Type new words to put in its place, or leave it as it is.",
        ]
    )


def skipped_message(part: str) -> str:
    """A question that was skipped, as its message shows it afterwards."""
    return f"{question_message(part)}\n\n{SKIPPED_MARK}"


def left_message(part: str) -> str:
    """A part that was going to be changed and was left alone."""
    return f"{words_for(part).heading}: {LEFT_AS_IT_WAS.lower()}"


def plan_view(parts: Mapping[str, str], headline: str | None = None) -> str:
    """The whole plan: every part with its heading, the ones not written said kindly."""
    top = [headline, ""] if headline else []
    budget = MESSAGE_LIMIT - len(_plan_text(top, dict.fromkeys(parts, ""), shortened=True))
    each = max(budget // max(len(parts), 1), 80)
    if len(_plan_text(top, parts, shortened=False)) <= MESSAGE_LIMIT:
        return _plan_text(top, parts, shortened=False)
    trimmed = {part: _shorten(text, each) for part, text in parts.items()}
    return _plan_text(top, trimmed, shortened=True)


def _plan_text(top: list[str], parts: Mapping[str, str], *, shortened: bool) -> str:
    """The plan's lines put together."""
    lines = [*top, PLAN_TITLE]
    for part in PARTS:
        lines += ["", words_for(part).heading, parts.get(part) or NOT_WRITTEN]
    lines += ["", PLAN_FOOTER]
    if shortened:
        lines += [SHORTENED]
    return "\n".join(lines)


def _shorten(text: str, limit: int) -> str:
    """The text, cut with an ellipsis when longer than `limit`."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def journal_section(parts: Mapping[str, str]) -> str | None:
    """The plan in the exported journal, or None when nothing is written."""
    if not parts:
        return None
    lines = [JOURNAL_HEADING]
    for part in PARTS:
        if part in parts:
            lines += ["", f"### {words_for(part).heading}", "", parts[part]]
    return "\n".join(lines)
