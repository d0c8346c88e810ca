"""Words for /export, /delete and the exported journal."""

from __future__ import annotations

from datetime import time

from bot.texts.catalog import N_, Translator

EXPORT_CAPTION = N_(
    "Everything I keep about you, in one file 🌿 data.json has every detail; journal.md is "
    "the same, written to be read."
)
EXPORT_NOTHING = N_("I don't keep anything about you at the moment, so there's nothing to export.")

DELETE_ASK = N_(
    "This erases everything I keep about you: settings, check-ins, words, steps, notes, "
    "reflections and your safety plan. It can't be undone. /export first if you'd like a "
    "copy.\n\nErase it all?"
)
DELETE_YES = N_("Delete everything")
DELETE_NO = N_("Keep")
DELETE_DONE = N_(
    "Done. Everything I kept about you is erased 🌿 If you ever want to begin again, /start "
    "is here."
)
DELETE_KEPT = N_("Nothing was erased. Everything stays as it was.")
DELETE_NOTHING = N_("I don't keep anything about you, so there was nothing to erase.")
DELETE_EXPIRED = N_("That question has expired, so nothing was erased. Send /delete to ask again.")

JOURNAL_TITLE = N_("My smallsteps journal")
SETTINGS_HEADING = N_("Settings")
NOTE_LINE = N_("Note: {text}")
REFLECTION_LINE = N_("Reflection. *{question}*\n  {text}")
MOOD_LINE = N_("Mood: {mood}")
THREE_WORDS_LINE = N_("Three words: {words}")
REST_DAY = N_("Rest day")
STEP_LINE = N_("Small step: {step}")
STEP_LINE_WITH_OUTCOME = N_("Small step: {step} ({outcome})")
TIMEZONE_LINE = N_("Timezone: {zone}")
CHECKIN_LINE = N_("Daily check-in: {time}")
EVENING_LINE = N_("Evening question: {time}")
NOT_SET = N_("not set")
OFF = N_("off")
MOOD_WORDS = {1: N_("Heavy"), 2: N_("Low"), 3: N_("In between"), 4: N_("Steady"), 5: N_("Bright")}
OUTCOME_WORDS = {"done": N_("done"), "partly": N_("partly done"), "not_today": N_("not today")}


def checkin_lines(
    tr: Translator,
    *,
    mood: int | None,
    three_words: str | None,
    rest: bool,
    step: str | None,
    outcome: str | None,
) -> list[str]:
    """One day's check-in as journal lines."""
    lines = []
    if mood in MOOD_WORDS:
        lines.append(tr(MOOD_LINE).format(mood=tr(MOOD_WORDS[mood])))
    if three_words:
        lines.append(tr(THREE_WORDS_LINE).format(words=three_words))
    if rest:
        lines.append(tr(REST_DAY))
    elif step:
        said = OUTCOME_WORDS.get(outcome or "")
        line = STEP_LINE_WITH_OUTCOME if said else STEP_LINE
        lines.append(tr(line).format(step=step, outcome=tr(said) if said else ""))
    return [f"- {line}" for line in lines]


def settings_lines(
    tr: Translator, timezone: str | None, checkin_time: time | None, evening_time: time | None
) -> str:
    """The settings, as a short list."""
    not_set = tr(NOT_SET)
    return "\n".join(
        [
            f"## {tr(SETTINGS_HEADING)}",
            "",
            f"- {tr(TIMEZONE_LINE).format(zone=timezone or not_set)}",
            f"- {tr(CHECKIN_LINE).format(time=checkin_time or not_set)}",
            f"- {tr(EVENING_LINE).format(time=evening_time or tr(OFF))}",
        ]
    )
