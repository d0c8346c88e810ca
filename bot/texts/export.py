"""Words for /export, /delete and the exported journal."""

from __future__ import annotations

from datetime import time

EXPORT_CAPTION = (
    "Everything I keep about you, in one file 🌿 data.json has every detail; journal.md is "
    "the same, written to be read."
)
EXPORT_NOTHING = "I don't keep anything about you at the moment, so there's nothing to export."

DELETE_ASK = (
    "This erases everything I keep about you: settings, check-ins, words, steps, notes, "
    "reflections and your safety plan. It can't be undone. /export first if you'd like a "
    "copy.\n\nErase it all?"
)
DELETE_YES = "Delete everything"
DELETE_NO = "Keep"
DELETE_DONE = (
    "Done. Everything I kept about you is erased 🌿 If you ever want to begin again, /start "
    "is here."
)
DELETE_KEPT = "Nothing was erased. Everything stays as it was."
DELETE_NOTHING = "I don't keep anything about you, so there was nothing to erase."
DELETE_EXPIRED = "That question has expired, so nothing was erased. Send /delete to ask again."

JOURNAL_TITLE = "# My smallsteps journal"
NOTE_LINE = "- Note: {text}"
REFLECTION_LINE = "- Reflection. *{question}*\n  {text}"
MOOD_WORDS = {1: "Heavy", 2: "Low", 3: "In between", 4: "Steady", 5: "Bright"}
OUTCOME_WORDS = {"done": "done", "partly": "partly done", "not_today": "not today"}


def checkin_lines(
    *, mood: int | None, three_words: str | None, rest: bool, step: str | None, outcome: str | None
) -> list[str]:
    """One day's check-in as journal lines."""
    lines = []
    if mood:
        lines.append(f"- Mood: {MOOD_WORDS.get(mood, mood)}")
    if three_words:
        lines.append(f"- Three words: {three_words}")
    if rest:
        lines.append("- Rest day")
    elif step:
        said = OUTCOME_WORDS.get(outcome or "", "")
        lines.append(f"- Small step: {step}" + (f" ({said})" if said else ""))
    return lines


def settings_lines(
    timezone: str | None, checkin_time: time | None, evening_time: time | None
) -> str:
    """The settings, as a short list."""
    return "\n".join(
        [
            "## Settings",
            "",
            f"- Timezone: {timezone or 'not set'}",
            f"- Daily check-in: {checkin_time or 'not set'}",
            f"- Evening question: {evening_time or 'off'}",
        ]
    )
