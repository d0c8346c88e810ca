"""Words for /export, /delete, the exported journal and /import."""

from __future__ import annotations

from datetime import time

from bot.core.timeparse import format_clock_time
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
MEDIA_KINDS = {
    "voice": N_("Voice note"),
    "video_note": N_("Video note"),
    "photo": N_("Photo"),
    "video": N_("Video"),
    "audio": N_("Recording"),
    "document": N_("File"),
}
MEDIA_NOT_FETCHED = N_("(Telegram did not give the file back; data.json has its id)")
REFLECTION_LINE = N_("Reflection. *{question}*\n  {text}")
MOOD_LINE = N_("Mood: {mood}")
EVENING_MOOD_LINE = N_("Evening mood: {mood}")
THREE_WORDS_LINE = N_("Three words: {words}")
REST_DAY = N_("Rest day")
STEP_LINE = N_("Small step: {step}")
STEP_LINE_WITH_OUTCOME = N_("Small step: {step} ({outcome})")
TIMEZONE_LINE = N_("Timezone: {zone}")
CHECKIN_LINE = N_("Daily check-in: {time}")
EVENING_LINE = N_("Evening question: {time}")
WEEKLY_LINE = N_("Weekly summary: {when}")
NOT_SET = N_("not set")
OFF = N_("off")
MOOD_WORDS = {1: N_("Heavy"), 2: N_("Low"), 3: N_("In between"), 4: N_("Steady"), 5: N_("Bright")}
# A day not answered on the day says how it came (checkins.source).
SOURCE_LINES = {"later": N_("Filled in later"), "daylio": N_("Brought in from Daylio")}
OUTCOME_WORDS = {"done": N_("done"), "partly": N_("partly done"), "not_today": N_("not today")}


def checkin_lines(
    tr: Translator,
    *,
    mood: int | None,
    evening_mood: int | None,
    three_words: str | None,
    rest: bool,
    step: str | None,
    outcome: str | None,
    source: str | None = None,
) -> list[str]:
    """One day's check-in as journal lines (and, if it was filled in later, that it was)."""
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
    if evening_mood in MOOD_WORDS:
        lines.append(tr(EVENING_MOOD_LINE).format(mood=tr(MOOD_WORDS[evening_mood])))
    if lines and source in SOURCE_LINES:
        lines.append(f"_{tr(SOURCE_LINES[source])}_")
    return [f"- {line}" for line in lines]


def settings_lines(
    tr: Translator,
    timezone: str | None,
    checkin_time: time | None,
    evening_time: time | None,
    weekly: str,
) -> str:
    """The settings, as a short list; `weekly` already in words ("Sunday 18:00", "off")."""
    not_set = tr(NOT_SET)
    checkin = format_clock_time(checkin_time) if checkin_time else not_set
    evening = format_clock_time(evening_time) if evening_time else tr(OFF)
    return "\n".join(
        [
            f"## {tr(SETTINGS_HEADING)}",
            "",
            f"- {tr(TIMEZONE_LINE).format(zone=timezone or not_set)}",
            f"- {tr(CHECKIN_LINE).format(time=checkin)}",
            f"- {tr(EVENING_LINE).format(time=evening)}",
            f"- {tr(WEEKLY_LINE).format(when=weekly)}",
        ]
    )


def media_line(
    tr: Translator, kind: str, duration: int | None, link: str | None, caption: str
) -> str:
    """A kept voice note, photo or file: what it is, how long, a link to it, its caption."""
    label = tr(MEDIA_KINDS.get(kind, MEDIA_KINDS["document"]))
    if duration is not None:
        label = f"{label} ({duration // 60}:{duration % 60:02d})"
    where = f"[{link}]({link})" if link is not None else tr(MEDIA_NOT_FETCHED)
    return f"{label}: {where}" + (f" {caption}" if caption else "")


# /import: a Daylio export brought in.
IMPORT_ASK = N_(
    "Send me the CSV file Daylio exports (in Daylio: More → Export entries → CSV). I'll show "
    "you what I found before anything is kept, and the file itself is not kept. /cancel if "
    "you change your mind."
)
IMPORT_NOT_DAYLIO = N_(
    "That doesn't look like a Daylio export I can read: it needs Daylio's CSV, with its date "
    "and mood columns. Nothing was changed. You can send another file, or /cancel."
)
IMPORT_EMPTY = N_("That Daylio file has no entries in it, so there is nothing to bring in.")
IMPORT_PREVIEW = N_("I found {entries} in Daylio, from {first} to {last}.")
IMPORT_MOODS = N_("How the moods would come in:")
IMPORT_NO_MOOD = N_("no mood (the day's words and notes still come in)")
IMPORT_ALREADY_HERE = N_(
    "Days you already answered here stay exactly as they are; nothing comes in twice."
)
IMPORT_YES = N_("✅ Bring them in")
IMPORT_NO = N_("Not now")
IMPORT_DONE = N_("Done: {days} brought in. /history shows the last two weeks.")
IMPORT_NOTHING_NEW = N_("Every one of those days is here already, so nothing new came in.")
IMPORT_LET_GO = N_("Okay, nothing was brought in. /import whenever you like.")
IMPORT_FILE_GONE = N_(
    "I couldn't fetch that file from Telegram again, so nothing was brought in. Please send it "
    "once more after /import."
)


def entries_phrase(tr: Translator, count: int) -> str:
    """A number of Daylio entries: 1 entry, 3 entries."""
    return tr.plural("{count} entry", "{count} entries", count).format(count=count)
