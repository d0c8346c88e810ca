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
from bot.texts.catalog import N_, Msg, Translator

# Telegram shows at most 4096 characters in a message; the plan keeps well inside that.
MESSAGE_LIMIT: Final = 4000
# What a part says now, when it is about to be changed, is shown up to this length.
CURRENT_LIMIT: Final = 1500


@dataclass(frozen=True)
class PartWords:
    """How one part is named and asked."""

    heading: Msg
    button: Msg
    question: Msg
    example: Msg


PART_WORDS: Final[Mapping[str, PartWords]] = {
    "warning_signs": PartWords(
        heading=N_("Signs a hard time is coming"),
        button=N_("Signs"),
        question=N_(
            "What tells you a hard time might be on its way? Thoughts, feelings, "
            "or things you notice yourself doing."
        ),
        example=N_("For example: I stop answering messages, I can't sleep, everything feels grey."),
    ),
    "on_my_own": PartWords(
        heading=N_("What I can do on my own"),
        button=N_("On my own"),
        question=N_("What can you do by yourself to get through a hard moment, even a little?"),
        example=N_("For example: a hot shower, a walk round the block, one song on repeat."),
    ),
    "distractions": PartWords(
        heading=N_("People and places that take my mind off it"),
        button=N_("Mind off it"),
        question=N_("Which people or places help take your mind off things for a while?"),
        example=N_("For example: the library, my sister's kitchen, the café on the corner."),
    ),
    "people_to_ask": PartWords(
        heading=N_("People I can ask for help"),
        button=N_("People to ask"),
        question=N_("Who could you ask for help when it gets hard, and how would you reach them?"),
        example=N_("For example: Maya, by phone; Tom next door, knock on his door."),
    ),
    "professionals": PartWords(
        heading=N_("Professionals and lines I can reach"),
        button=N_("Professionals"),
        question=N_(
            "Which professionals or helplines could you reach, and how? "
            "/sos shows helplines if you'd like some to start with."
        ),
        example=N_("For example: my doctor's number, my counsellor, a helpline I trust."),
    ),
    "safer_surroundings": PartWords(
        heading=N_("Making my surroundings safer"),
        button=N_("Safer around me"),
        question=N_("What could make the space around you a little safer on a very hard day?"),
        example=N_(
            "For example: ask a friend to keep some things for me for now, "
            "not stay home alone that night."
        ),
    ),
    "keeps_me_going": PartWords(
        heading=N_("What keeps me going"),
        button=N_("Keeps me going"),
        question=N_("What matters to you, and keeps you going, even on the hard days?"),
        example=N_("For example: my cat, my niece's laugh, the sea in summer."),
    ),
}

PLAN_BUTTON: Final = N_("📝 My safety plan")
WRITE_MY_PLAN: Final = N_("Write my plan")
NOT_NOW: Final = N_("Not now")
CARRY_ON: Final = N_("Carry on writing")
SKIP_PART: Final = N_("Skip this part")
STOP_FOR_NOW: Final = N_("Stop for now")
LEAVE_AS_IT_IS: Final = N_("Leave it as it is")
CHANGE_MARK: Final = "✏️"

INTRO: Final = N_(
    "A safety plan is a short note to yourself for a day that gets very hard: the signs to "
    "watch for, what helps, and who you can reach.\n\n"
    "You'd write it in your own words, one small part at a time, and any part can be skipped. "
    "It stays here for you, and you can change it whenever you like.\n\n"
    "Would you like to write one? There's no rush."
)

NOT_NOW_REPLY: Final = N_(
    "Of course. It's here whenever you want it, with /safetyplan 🌿 Nothing changes until then."
)

FIRST_QUESTION_NOTE: Final = N_("A few words are plenty. Skip anything that doesn't fit.")

ANSWER_ACK: Final[tuple[Msg, ...]] = (
    N_("Kept, in your words. 🌿"),
    N_("Thank you. That's written in your plan."),
    N_("Got it. That's in your plan now."),
    N_("Kept. Thank you for writing it."),
)

CHANGED: Final = N_("Changed. 🌿 Here's your plan as it is now.")
FINISHED: Final = N_(
    "That's your plan for now. 🌿 It's here whenever you need it, with /safetyplan."
)
FINISHED_EMPTY: Final = N_(
    "That's every part. Nothing is written this time, and that's fine. "
    "/safetyplan is here whenever you'd like to come back to it."
)

SKIPPED_MARK: Final = N_("↷ Skipped for now.")
STOPPED: Final = N_(
    "Stopped here. What you wrote is kept 🌿 /safetyplan carries on whenever you like."
)
STOPPED_EMPTY: Final = N_(
    "Stopped here. Nothing is written yet, and that's fine. "
    "/safetyplan is here whenever you want it."
)
STALE_TAP: Final = N_("That's from earlier, so nothing changed. /safetyplan shows your plan.")

PLAN_TITLE: Final = N_("📝 My safety plan")
NOT_WRITTEN: Final = N_("Not written yet, and that's okay.")
PLAN_FOOTER: Final = N_(
    "Tap a part below to change it. If today is very hard, /sos shows people to talk to now."
)
SHORTENED: Final = N_("Long parts are shortened here; /export has every word.")

JOURNAL_HEADING: Final = N_("My safety plan")
PART_OF: Final = N_("{number} of {count} · {heading}")
RIGHT_NOW: Final = N_("Right now it says:")
TYPE_NEW_WORDS: Final = N_("Type new words to put in its place, or leave it as it is.")
LEFT_PART: Final = N_("{heading}: left as it was.")


def words_for(part: str) -> PartWords:
    """The words for one part (the key comes from `bot.core.safety_plan.PARTS`)."""
    return PART_WORDS[part]


def question_message(
    tr: Translator, part: str, *, first: bool = False, kept_seed: int | None = None
) -> str:
    """A part's question while writing the plan: which part of how many, the question and an
    example; after an answer, a thank-you above it."""
    words = words_for(part)
    lines = []
    if kept_seed is not None:
        lines += [tr.pick(ANSWER_ACK, kept_seed), ""]
    where = tr(PART_OF).format(
        number=PARTS.index(part) + 1, count=len(PARTS), heading=tr(words.heading)
    )
    lines += [where, "", tr(words.question), tr(words.example)]
    if first:
        lines += ["", tr(FIRST_QUESTION_NOTE)]
    return "\n".join(lines)


def change_message(tr: Translator, part: str, current: str | None) -> str:
    """Asking for one part anew, with what it says now."""
    words = words_for(part)
    if current is None:
        return "\n".join([tr(words.heading), "", tr(words.question), tr(words.example)])
    shown = _shorten(current, CURRENT_LIMIT)
    return "\n".join([tr(words.heading), "", tr(RIGHT_NOW), shown, "", tr(TYPE_NEW_WORDS)])


def skipped_message(tr: Translator, part: str) -> str:
    """A question that was skipped, as its message shows it afterwards."""
    return f"{question_message(tr, part)}\n\n{tr(SKIPPED_MARK)}"


def left_message(tr: Translator, part: str) -> str:
    """A part that was going to be changed and was left alone."""
    return tr(LEFT_PART).format(heading=tr(words_for(part).heading))


def plan_view(tr: Translator, parts: Mapping[str, str], headline: str | None = None) -> str:
    """The whole plan: every part with its heading, the ones not written said kindly."""
    top = [headline, ""] if headline else []
    budget = MESSAGE_LIMIT - len(_plan_text(tr, top, dict.fromkeys(parts, ""), shortened=True))
    each = max(budget // max(len(parts), 1), 80)
    if len(_plan_text(tr, top, parts, shortened=False)) <= MESSAGE_LIMIT:
        return _plan_text(tr, top, parts, shortened=False)
    trimmed = {part: _shorten(text, each) for part, text in parts.items()}
    return _plan_text(tr, top, trimmed, shortened=True)


def _plan_text(tr: Translator, top: list[str], parts: Mapping[str, str], *, shortened: bool) -> str:
    """The plan's lines put together."""
    lines = [*top, tr(PLAN_TITLE)]
    for part in PARTS:
        lines += ["", tr(words_for(part).heading), parts.get(part) or tr(NOT_WRITTEN)]
    lines += ["", tr(PLAN_FOOTER)]
    if shortened:
        lines += [tr(SHORTENED)]
    return "\n".join(lines)


def _shorten(text: str, limit: int) -> str:
    """The text, cut with an ellipsis when longer than `limit`."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def journal_section(tr: Translator, parts: Mapping[str, str]) -> str | None:
    """The plan in the exported journal, or None when nothing is written."""
    if not parts:
        return None
    lines = [f"## {tr(JOURNAL_HEADING)}"]
    for part in PARTS:
        if part in parts:
            lines += ["", f"### {tr(words_for(part).heading)}", "", parts[part]]
    return "\n".join(lines)
