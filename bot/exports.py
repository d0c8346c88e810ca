"""The file /export sends: data.json with every row, and journal.md written to be read."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from bot.core.safety_plan import PARTS
from bot.core.steps import step_by_key
from bot.services.personal_data import Gathered
from bot.texts import export as export_texts
from bot.texts import safety_plan as plan_words
from bot.texts import steps as step_words
from bot.texts.catalog import Translator
from storage.models import Base, Checkin, SafetyPlanPart
from storage.repositories.personal_data import PersonalData

EXPORT_VERSION = 1


@dataclass(frozen=True)
class ExportFile:
    """A zip with data.json and journal.md."""

    filename: str
    content: bytes


def export_file(tr: Translator, gathered: Gathered) -> ExportFile:
    """The zip a person receives for what was gathered about them, its journal in their words."""
    document = as_json(gathered.data, gathered.at)
    return ExportFile(
        filename=f"smallsteps-export-{gathered.at:%Y-%m-%d}.zip",
        content=export_zip(document, journal_markdown(tr, gathered.data)),
    )


def _checkin_lines(tr: Translator, checkin: Checkin) -> list[str]:
    """One day's check-in as journal lines."""
    library_step = step_by_key(checkin.step_key) if checkin.step_key else None
    return export_texts.checkin_lines(
        tr,
        mood=checkin.mood,
        three_words=checkin.words,
        rest=checkin.rest,
        step=tr(step_words.text_of(library_step.key)) if library_step else checkin.step_text,
        outcome=checkin.outcome,
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


def journal_markdown(tr: Translator, data: PersonalData) -> str:
    """A readable journal: one section per day, oldest first."""
    days: dict[date, list[str]] = {}
    for checkin in data.checkins:
        days.setdefault(checkin.local_date, []).extend(_checkin_lines(tr, checkin))
    for note in data.notes:
        line = tr(export_texts.NOTE_LINE).format(text=note.text)
        days.setdefault(note.local_date, []).append(f"- {line}")
    for reflection in data.reflections:
        line = tr(export_texts.REFLECTION_LINE).format(
            question=reflection.question_text, text=reflection.text
        )
        days.setdefault(reflection.local_date, []).append(f"- {line}")
    person = data.person
    settings = export_texts.settings_lines(
        tr, person.timezone, person.checkin_time, person.evening_time
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


def export_zip(document: dict[str, Any], journal: str) -> bytes:
    """The two files, zipped."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=2))
        archive.writestr("journal.md", journal)
    return buffer.getvalue()
