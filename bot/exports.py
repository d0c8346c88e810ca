"""The file /export sends: data.json with every row, and journal.md written to be read."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Final

from bot.core.safety_plan import PARTS
from bot.core.steps import step_by_key
from bot.core.timeparse import format_clock_time
from bot.services.personal_data import Gathered
from bot.texts import export as export_texts
from bot.texts import safety_plan as plan_words
from bot.texts import steps as step_words
from bot.texts.catalog import Translator
from storage.models import Base, Checkin, Note, SafetyPlanPart
from storage.repositories.personal_data import PersonalData

EXPORT_VERSION = 1


@dataclass(frozen=True)
class ExportFile:
    """A zip with data.json and journal.md."""

    filename: str
    content: bytes


# Telegram takes documents of up to 50 MB from a bot: the files go in up to this much.
EXPORT_FILES_LIMIT: Final = 45 * 1024 * 1024
# Files a person sent, by note id: their bytes, or None where Telegram would not give them.
Fetched = Mapping[int, bytes | None]
_EXTENSIONS: Final = {"voice": ".ogg", "video_note": ".mp4", "photo": ".jpg", "video": ".mp4"}
_SUFFIX: Final = re.compile(r"\.[A-Za-z0-9]{1,8}$")


def export_file(tr: Translator, gathered: Gathered, fetched: Fetched | None = None) -> ExportFile:
    """The zip a person receives for what was gathered about them, its journal in their words,
    and the files they sent next to it."""
    fetched = fetched or {}
    document = as_json(gathered.data, gathered.at)
    files = {
        file_name_of(note): data
        for note in gathered.data.notes
        if (data := fetched.get(note.id)) is not None
    }
    return ExportFile(
        filename=f"smallsteps-export-{gathered.at:%Y-%m-%d}.zip",
        content=export_zip(document, journal_markdown(tr, gathered.data, fetched), files),
    )


def files_sent(gathered: Gathered) -> list[tuple[int, str]]:
    """The files a person sent to fetch again for the export: (note id, Telegram file id)."""
    return [(n.id, n.file_id) for n in gathered.data.notes if n.file_id is not None]


def file_name_of(note: Note) -> str:
    """Where a note's file lies in the zip: files/<date>-<id>-<kind>.<extension>."""
    found = _SUFFIX.search(note.file_name or "")
    extension = _EXTENSIONS.get(note.media or "", found.group(0).lower() if found else "")
    return f"files/{note.local_date.isoformat()}-{note.id}-{note.media}{extension}"


def _checkin_lines(tr: Translator, checkin: Checkin) -> list[str]:
    """One day's check-in as journal lines."""
    library_step = step_by_key(checkin.step_key) if checkin.step_key else None
    return export_texts.checkin_lines(
        tr,
        mood=checkin.mood,
        evening_mood=checkin.evening_mood,
        three_words=checkin.words,
        rest=checkin.rest,
        step=tr(step_words.text_of(library_step.key)) if library_step else checkin.step_text,
        outcome=checkin.outcome,
        source=checkin.source,
    )


def _row(row: Base, skip: frozenset[str] = frozenset({"person_id"})) -> dict[str, Any]:
    """A row's columns as JSON-ready values."""
    table = row.__table__
    return {c.name: _plain(getattr(row, c.key)) for c in table.columns if c.name not in skip}


def _plain(value: object) -> object:
    """Dates, times and timestamps as ISO strings; everything else as is."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def as_json(data: PersonalData, now: datetime) -> dict[str, Any]:
    """Every row about the person, table by table."""
    person = _row(data.person, frozenset({"id"}))
    return {
        "format": "smallsteps-export",
        "version": EXPORT_VERSION,
        "exported_at": now.isoformat(),
        "person": person,
        "checkins": [_row(r) for r in data.checkins],
        "notes": [_row(r) for r in data.notes],
        "reflections": [_row(r) for r in data.reflections],
        "reflection_prompts": [_row(r) for r in data.reflection_prompts],
        "safety_plan": [_row(r) for r in _plan_in_order(data)],
        "schedules": [_row(r) for r in data.schedules],
        "deliveries": [_row(r) for r in data.deliveries],
    }


def journal_markdown(tr: Translator, data: PersonalData, fetched: Fetched | None = None) -> str:
    """A readable journal: one section per day, oldest first."""
    days: dict[date, list[str]] = {}
    for checkin in data.checkins:
        lines = _checkin_lines(tr, checkin)
        if lines:  # an unanswered nudge is no entry
            days.setdefault(checkin.local_date, []).extend(lines)
    for note in data.notes:
        if note.media is None:
            line = tr(export_texts.NOTE_LINE).format(text=note.text)
        else:
            fetched_file = fetched is not None and fetched.get(note.id) is not None
            link = file_name_of(note) if fetched_file else None
            line = export_texts.media_line(tr, note.media, note.duration, link, note.text)
        days.setdefault(note.local_date, []).append(f"- {line}")
    for reflection in data.reflections:
        line = tr(export_texts.REFLECTION_LINE).format(
            question=reflection.question_text, text=reflection.text
        )
        days.setdefault(reflection.local_date, []).append(f"- {line}")
    person = data.person
    weekly = (
        f"{tr.weekday(person.weekly_day)} {format_clock_time(person.weekly_time)}"
        if person.weekly_enabled
        else tr(export_texts.OFF)
    )
    settings = export_texts.settings_lines(
        tr, person.timezone, person.checkin_time, person.evening_time, weekly
    )
    sections = [f"# {tr(export_texts.JOURNAL_TITLE)}", settings]
    plan = plan_words.journal_section(tr, {r.part: r.text for r in data.safety_plan})
    if plan is not None:
        sections.append(plan)
    for day in sorted(days):
        heading = f"## {tr.weekday(day.weekday())} {day.isoformat()}"
        sections.append("\n".join([heading, "", *days[day]]))
    return "\n\n".join(sections) + "\n"


def _plan_in_order(data: PersonalData) -> list[SafetyPlanPart]:
    """The plan's parts in the plan's order (any unknown part last)."""
    order = {part: index for index, part in enumerate(PARTS)}
    return sorted(data.safety_plan, key=lambda r: order.get(r.part, len(order)))


def export_zip(
    document: dict[str, Any], journal: str, files: Mapping[str, bytes] | None = None
) -> bytes:
    """data.json, journal.md and the files the journal links to, zipped."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=2))
        archive.writestr("journal.md", journal)
        for name, data in (files or {}).items():
            # Photos, voice and video are compressed already: stored as they are.
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()
