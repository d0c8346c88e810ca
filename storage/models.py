"""SQLAlchemy 2.0 typed models: what smallsteps keeps about a person."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    event,
    false,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.crypto import EncryptedText

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DEFAULT_WEEKLY_DAY = 6  # Sunday
DEFAULT_WEEKLY_TIME = time(18, 0)


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations get stable constraint names."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware timestamp stored as UTC; SQLite hands back naive values, so mark them UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive datetimes and store everything in UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return aware UTC datetimes on every backend."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utc_now() -> datetime:
    """The current instant in UTC (default for created/updated columns)."""
    return datetime.now(UTC)


class Person(Base):
    """One person talking to the bot in a private chat, with their settings."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_user_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    timezone: Mapped[str | None] = mapped_column(String(64))
    checkin_time: Mapped[time | None] = mapped_column(Time)
    evening_time: Mapped[time | None] = mapped_column(Time)
    weekly_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    weekly_day: Mapped[int] = mapped_column(SmallInteger, default=DEFAULT_WEEKLY_DAY)
    weekly_time: Mapped[time] = mapped_column(Time, default=DEFAULT_WEEKLY_TIME)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The conversation's state lives here, not in process memory, so a restart carries on.
    pending: Mapped[str | None] = mapped_column(String(32))
    pending_message_id: Mapped[int | None] = mapped_column(BigInteger)
    # A Daylio export shown as a preview, waiting for the person's yes: Telegram's id to fetch it
    # again then. The file itself is never kept.
    import_file: Mapped[str | None] = mapped_column(String(255))
    # When they last wrote crisis language: a second message soon after gets a shorter answer,
    # the next morning is gentler, and a check comes sooner for the rest of that day.
    crisis_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # The language everything is said in (bot.core.languages): from Telegram at first contact,
    # then the person's own choice with /language; scheduled messages have only this to go on.
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now, onupdate=utc_now)

    notes: Mapped[list[Note]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )
    checkins: Mapped[list[Checkin]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )
    reflections: Mapped[list[Reflection]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )
    safety_plan_parts: Mapped[list[SafetyPlanPart]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )


class Note(Base):
    """Anything a person wrote that was not an answer to a question: kept, never lost."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    local_date: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(EncryptedText())
    # The crisis screen caught it: kept, and never quoted back.
    flagged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # What was sent with it ("voice", "photo", "video_note", "video", "audio", "document"), with
    # Telegram's id to fetch it again, its length in seconds and a document's name; the text is
    # then its caption (or empty).
    media: Mapped[str | None] = mapped_column(String(16))
    file_id: Mapped[str | None] = mapped_column(String(255))
    duration: Mapped[int | None] = mapped_column(Integer)
    file_name: Mapped[str | None] = mapped_column(EncryptedText())

    person: Mapped[Person] = relationship(back_populates="notes")


class Checkin(Base):
    """One day's check-in: mood, three words, one small step, and how it went."""

    __tablename__ = "checkins"
    __table_args__ = (
        UniqueConstraint("person_id", "local_date"),
        # "Steps since the start" counts a person's taken steps up to a week's end: with the
        # outcome in the index it is read from the index alone, however long the history.
        Index("ix_checkins_person_date_outcome", "person_id", "local_date", "outcome"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    local_date: Mapped[date] = mapped_column(Date)
    # Where the day's conversation stands: mood, words, step, own_step, chosen, closed.
    stage: Mapped[str] = mapped_column(String(16))
    mood: Mapped[int | None] = mapped_column(SmallInteger)
    words: Mapped[str | None] = mapped_column(EncryptedText())
    # The crisis screen caught the words: kept, and never quoted back.
    words_flagged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    suggested: Mapped[str] = mapped_column(String(255), default="")
    step_key: Mapped[str | None] = mapped_column(String(64))
    step_text: Mapped[str | None] = mapped_column(EncryptedText())
    rest: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str | None] = mapped_column(String(16))
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    # The stage whose question the person was last shown; when it lags `stage`, the bot stopped
    # between moving the day on and asking the next question, and a restart asks it.
    prompted: Mapped[str | None] = mapped_column(String(16))
    # While one answer of a finished day is being changed: the stage to go back to after it.
    changing_from: Mapped[str | None] = mapped_column(String(16))
    # Feeling words tapped so far (their keys, comma-separated), until "done" keeps them as words.
    feelings: Mapped[str | None] = mapped_column(String(64))
    evening_mood: Mapped[int | None] = mapped_column(SmallInteger)
    # The day after crisis language: a gentler greeting, and only rest and the tiniest steps.
    gentle: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # None for a day answered on the day; "later" for one filled in or changed after it ended
    # (/yesterday), "daylio" for one brought in by /import.
    source: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now, onupdate=utc_now)

    person: Mapped[Person] = relationship(back_populates="checkins")


class Schedule(Base):
    """When a person's next delivery of one kind is due (UTC); the scheduler's only index."""

    __tablename__ = "schedules"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    next_due_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # Where this person comes among everyone due in the same minute: drawn afresh for each due
    # date (`turn_of`, set on every write), so when a crowded minute runs late at the rate cap,
    # it is never the same people who wait longest or miss the grace window.
    turn: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))

    __table_args__ = (Index("ix_schedules_due_turn", "next_due_at", "turn"),)


def turn_of(person_id: int, due_at: datetime) -> int:
    """A person's place in their minute on one day: uniform, and unrelated from day to day."""
    drawn = hashlib.blake2b(f"{person_id}:{due_at.date().isoformat()}".encode(), digest_size=4)
    return int.from_bytes(drawn.digest(), "big") & 0x7FFF_FFFF  # fits a signed 32-bit column


@event.listens_for(Schedule, "before_insert")
@event.listens_for(Schedule, "before_update")
def _draw_turn(_mapper: object, _connection: object, schedule: Schedule) -> None:
    """Give a schedule its turn for the day it is next due."""
    schedule.turn = turn_of(schedule.person_id, schedule.next_due_at)


class Delivery(Base):
    """A nudge claimed before it is sent: one per person, kind and local date, never two."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("person_id", "kind", "local_date"),
        # Only unfinished claims are ever searched, so only they are indexed.
        Index(
            "ix_deliveries_open_claims",
            "claimed_at",
            postgresql_where=text("status = 'claimed'"),
            sqlite_where=text("status = 'claimed'"),
        ),
        # Sends that may have begun and never finished: searched once they are old enough.
        Index(
            "ix_deliveries_open_sends",
            "claimed_at",
            postgresql_where=text("status = 'sending'"),
            sqlite_where=text("status = 'sending'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    local_date: Mapped[date] = mapped_column(Date)
    due_at: Mapped[datetime] = mapped_column(UtcDateTime())
    claimed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # claimed (its send not begun), sending (may have begun), sent, maybe_sent (timed out:
    # never re-sent), skipped, blocked, failed.
    status: Mapped[str] = mapped_column(String(16))
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    # Which sender holds the claim (scheduler/leader.py): a claim not yet begun whose sender is
    # gone is taken over at once. None once handed back.
    claimed_by: Mapped[str | None] = mapped_column(String(40))


class SendBudget(Base):
    """The fleet's one token bucket on PostgreSQL: every sender draws its sends from it, so
    several senders together stay within SMALLSTEPS_SEND_RATE_PER_SECOND."""

    __tablename__ = "send_budget"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tokens: Mapped[float] = mapped_column(Float)
    refreshed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ReflectionPrompt(Base):
    """A guided question offered to a person (so questions rotate and answers find theirs)."""

    __tablename__ = "reflection_prompts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    question_key: Mapped[str] = mapped_column(String(64))
    asked_at: Mapped[datetime] = mapped_column(UtcDateTime())
    message_id: Mapped[int | None] = mapped_column(BigInteger)


class Reflection(Base):
    """Words a person wrote in reflection, kept with the question they answered."""

    __tablename__ = "reflections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    local_date: Mapped[date] = mapped_column(Date)
    question_key: Mapped[str] = mapped_column(String(64))
    question_text: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(EncryptedText())
    # The crisis screen caught it: kept, and never quoted back.
    flagged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())

    person: Mapped[Person] = relationship(back_populates="reflections")


class SafetyPlanPart(Base):
    """One part of a person's safety plan, in their own words (one row per part)."""

    __tablename__ = "safety_plan_parts"
    __table_args__ = (UniqueConstraint("person_id", "part"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    # A key from bot.core.safety_plan.PARTS, e.g. "warning_signs".
    part: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(EncryptedText())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())

    person: Mapped[Person] = relationship(back_populates="safety_plan_parts")
