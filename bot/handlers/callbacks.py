"""Every button's callback data, in one place: a typed value per kind, encoded in a few bytes.

Each kind has a one-letter code and its fields after it, separated by colons: ids and small
codes only, never a person's words or an English word (a step is its place in the library, a
safety-plan part its place in the plan, a timezone its place among the common zones), so data
always fits Telegram's 64 bytes. `decode` is the only parser: it gives the typed value back, or
None for anything it did not make (unknown, malformed, forged, or from an older format), which
handlers answer as a stale tap. Every value it gives back encodes to the very same data.

New steps, plan parts and common zones go at the end of their lists, so a button sent before a
release still names what it named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import ClassVar, Final, TypeVar

from bot.core.day import Later
from bot.core.feelings import FEELINGS
from bot.core.languages import Language
from bot.core.safety_plan import PARTS
from bot.core.stages import Answer
from bot.core.steps import STEPS
from bot.core.timeparse import format_clock_time, weekday_short
from bot.core.zones import COMMON_ZONES
from bot.services.checkins import MOODS, OWN_STEP_CHOICE, REST_CHOICE, StepOutcome
from bot.services.people import Setting

DATA_LIMIT: Final = 64  # bytes: Telegram refuses longer callback data
MAX_ID: Final = 2**31 - 1  # row ids are INTEGER columns: 32 bits on PostgreSQL
MAX_TIMESTAMP: Final = 10**11 - 1  # seconds since 1970: far beyond any clock the bot will see
SEPARATOR: Final = ":"
NONE: Final = "-"  # a field left empty on purpose: 'not now', a setting turned off

_STEP_CODES: Final = {step.key: str(index) for index, step in enumerate(STEPS)}
_OWN_CODE, _REST_CODE = "o", "r"
_OUTCOME_CODES: Final = {StepOutcome.DONE: "1", StepOutcome.PARTLY: "2", StepOutcome.NOT_TODAY: "3"}
_SETTING_CODES: Final = {
    Setting.TIMEZONE: "t",
    Setting.CHECKIN_TIME: "c",
    Setting.EVENING: "e",
    Setting.WEEKLY: "w",
}
_ONLY_CODE = "1"
FEELINGS_DONE: Final = "done"
OWN_WORDS: Final = "own"
_FEELING_CODES: Final = {FEELINGS_DONE: "d", OWN_WORDS: "o"}


class ReflectAction(StrEnum):
    """The two buttons under a reflection question (the value is the code in the data)."""

    ANOTHER = "a"
    DONE = "d"


class CheckAnswer(StrEnum):
    """The three answers to the direct crisis check (the value is the code in the data)."""

    YES = "y"
    NOT_SURE = "u"
    NO = "n"


class PlanAction(StrEnum):
    """What a safety-plan button does (the value is the code in the data)."""

    SHOW = "v"
    START = "s"
    NOT_NOW = "l"
    SKIP = "k"
    STOP = "x"
    EDIT = "e"


_PLAN_PART_ACTIONS: Final = frozenset({PlanAction.SKIP, PlanAction.STOP, PlanAction.EDIT})


@dataclass(frozen=True)
class Mood:
    """A point of the morning mood scale, or 'not now' (None), for one check-in."""

    CODE: ClassVar[str] = "m"
    checkin_id: int
    mood: int | None

    def __post_init__(self) -> None:
        _check_id(self.checkin_id)
        if self.mood is not None and self.mood not in MOODS:
            raise ValueError(f"no such mood: {self.mood}")

    def encode(self) -> str:
        """The callback data."""
        mood = NONE if self.mood is None else str(self.mood)
        return _join(self.CODE, str(self.checkin_id), mood)


@dataclass(frozen=True)
class LaterButton:
    """'Later' under one check-in's nudge: ask when, or one of the times to come back."""

    CODE: ClassVar[str] = "t"
    checkin_id: int
    choice: Later

    def __post_init__(self) -> None:
        _check_id(self.checkin_id)

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, str(self.checkin_id), self.choice.value)


@dataclass(frozen=True)
class ChangeAnswer:
    """'Change' beside one answer of a finished day's check-in."""

    CODE: ClassVar[str] = "g"
    checkin_id: int
    answer: Answer

    def __post_init__(self) -> None:
        _check_id(self.checkin_id)

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, str(self.checkin_id), self.answer.value)


@dataclass(frozen=True)
class FeelingButton:
    """Under one check-in's three-words question: a feeling word to tap (its key), 'done'
    (FEELINGS_DONE) or 'my own words' (OWN_WORDS)."""

    CODE: ClassVar[str] = "f"
    checkin_id: int
    choice: str

    def __post_init__(self) -> None:
        _check_id(self.checkin_id)
        if self.choice not in (*FEELINGS, FEELINGS_DONE, OWN_WORDS):
            raise ValueError(f"no such feeling: {self.choice!r}")

    def encode(self) -> str:
        """The callback data."""
        code = _FEELING_CODES.get(self.choice) or str(FEELINGS.index(self.choice))
        return _join(self.CODE, str(self.checkin_id), code)


@dataclass(frozen=True)
class SkipWords:
    """'Skip' under the three-words question of one check-in."""

    CODE: ClassVar[str] = "w"
    checkin_id: int

    def __post_init__(self) -> None:
        _check_id(self.checkin_id)

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, str(self.checkin_id))


@dataclass(frozen=True)
class StepChoice:
    """A suggested step (its library key), 'my own step' or 'rest today', for one check-in."""

    CODE: ClassVar[str] = "s"
    checkin_id: int
    choice: str  # a step's key, OWN_STEP_CHOICE or REST_CHOICE: what CheckinService takes

    def __post_init__(self) -> None:
        _check_id(self.checkin_id)
        if self.choice not in (OWN_STEP_CHOICE, REST_CHOICE) and self.choice not in _STEP_CODES:
            raise ValueError(f"no such step: {self.choice!r}")

    def encode(self) -> str:
        """The callback data."""
        if self.choice == OWN_STEP_CHOICE:
            choice = _OWN_CODE
        elif self.choice == REST_CHOICE:
            choice = _REST_CODE
        else:
            choice = _STEP_CODES[self.choice]
        return _join(self.CODE, str(self.checkin_id), choice)


@dataclass(frozen=True)
class Outcome:
    """Done, partly or not today, for one check-in's step."""

    CODE: ClassVar[str] = "o"
    checkin_id: int
    outcome: StepOutcome

    def __post_init__(self) -> None:
        _check_id(self.checkin_id)

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, str(self.checkin_id), _OUTCOME_CODES[self.outcome])


@dataclass(frozen=True)
class EveningMood:
    """A point of the evening mood scale, for one check-in."""

    CODE: ClassVar[str] = "e"
    checkin_id: int
    mood: int

    def __post_init__(self) -> None:
        _check_id(self.checkin_id)
        if self.mood not in MOODS:
            raise ValueError(f"no such mood: {self.mood}")

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, str(self.checkin_id), str(self.mood))


@dataclass(frozen=True)
class PastDay:
    """A past day to fill in or change (its local date), or None: show the days to choose."""

    CODE: ClassVar[str] = "y"
    local_date: date | None

    def encode(self) -> str:
        """The callback data."""
        day = self.local_date
        return _join(self.CODE, NONE if day is None else f"{day.year:04}{day.month:02}{day.day:02}")


@dataclass(frozen=True)
class DayNote:
    """'Add a note' under a day filled in later: the next words typed are kept with it."""

    CODE: ClassVar[str] = "n"
    checkin_id: int

    def __post_init__(self) -> None:
        _check_id(self.checkin_id)

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, str(self.checkin_id))


@dataclass(frozen=True)
class ImportAnswer:
    """'Bring them in' (True) or 'Not now' (False) under a Daylio export's preview."""

    CODE: ClassVar[str] = "i"
    bring_in: bool

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, "1" if self.bring_in else "0")


@dataclass(frozen=True)
class Reflect:
    """'Another question' or 'done for now' under one reflection question."""

    CODE: ClassVar[str] = "r"
    prompt_id: int
    action: ReflectAction

    def __post_init__(self) -> None:
        _check_id(self.prompt_id)

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, str(self.prompt_id), self.action.value)


@dataclass(frozen=True)
class DeleteAnswer:
    """'Yes, delete' (erase) or 'keep' under /delete's question, asked at a moment (Unix time)."""

    CODE: ClassVar[str] = "d"
    erase: bool
    asked_at: int

    def __post_init__(self) -> None:
        if not 0 <= self.asked_at <= MAX_TIMESTAMP:
            raise ValueError(f"not a moment the question was asked: {self.asked_at}")

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, "1" if self.erase else "0", str(self.asked_at))


@dataclass(frozen=True)
class CrisisCheck:
    """An answer to 'Are you thinking about ending your life or hurting yourself?'."""

    CODE: ClassVar[str] = "c"
    answer: CheckAnswer

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, self.answer.value)


@dataclass(frozen=True)
class PlanButton:
    """A safety-plan button; skip, stop and edit name a part, and only a stop may be `only`.

    `only` marks 'leave it as it is', the stop under a part being changed.
    """

    CODE: ClassVar[str] = "p"
    action: PlanAction
    part: str | None = None
    only: bool = False

    def __post_init__(self) -> None:
        if (self.action in _PLAN_PART_ACTIONS) != (self.part is not None):
            raise ValueError(f"{self.action.name} takes a part exactly when it names one")
        if self.part is not None and self.part not in PARTS:
            raise ValueError(f"no such part: {self.part!r}")
        if self.only and self.action is not PlanAction.STOP:
            raise ValueError("only a stop can leave a part as it is")

    def encode(self) -> str:
        """The callback data."""
        fields = [self.action.value]
        if self.part is not None:
            fields.append(str(PARTS.index(self.part)))
        if self.only:
            fields.append(_ONLY_CODE)
        return _join(self.CODE, *fields)


@dataclass(frozen=True)
class AskSetting:
    """A /settings button: ask the question for one setting."""

    CODE: ClassVar[str] = "a"
    setting: Setting

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, _SETTING_CODES[self.setting])


@dataclass(frozen=True)
class WeeklyAt:
    """When the weekly summary comes: a weekday (0 is Monday) and a time of day."""

    weekday: int
    at: time


SettingValue = str | time | WeeklyAt | None
"""A zone name (timezone), a time (check-in, evening), a WeeklyAt (weekly), or None for off."""


@dataclass(frozen=True)
class ChooseSetting:
    """A value offered under a setting's question.

    The timezone is one of the common zones; the check-in and evening times are times of day
    to the minute; the weekly summary is a WeeklyAt; None turns the evening or weekly off.
    """

    CODE: ClassVar[str] = "v"
    setting: Setting
    value: SettingValue

    def __post_init__(self) -> None:
        if _value_code(self.setting, self.value) is None:
            raise ValueError(f"{self.value!r} cannot be chosen for {self.setting.value}")

    def encode(self) -> str:
        """The callback data."""
        value = _value_code(self.setting, self.value)
        assert value is not None  # checked when made
        return _join(self.CODE, _SETTING_CODES[self.setting], value)

    def as_typed(self) -> str:
        """The value as a person would type it, which is what PeopleService.change reads."""
        value = self.value
        if value is None:
            return "off"
        if isinstance(value, WeeklyAt):
            return f"{weekday_short(value.weekday)} {format_clock_time(value.at)}"
        return format_clock_time(value) if isinstance(value, time) else value


@dataclass(frozen=True)
class ChooseLanguage:
    """A /language button: speak this language from now on (its place among the languages)."""

    CODE: ClassVar[str] = "l"
    language: Language

    def encode(self) -> str:
        """The callback data."""
        return _join(self.CODE, str(list(Language).index(self.language)))


Button = (
    Mood
    | LaterButton
    | ChangeAnswer
    | FeelingButton
    | SkipWords
    | StepChoice
    | Outcome
    | EveningMood
    | PastDay
    | DayNote
    | ImportAnswer
    | Reflect
    | DeleteAnswer
    | CrisisCheck
    | PlanButton
    | AskSetting
    | ChooseSetting
    | ChooseLanguage
)
KINDS: Final[tuple[type[Button], ...]] = (
    Mood,
    LaterButton,
    ChangeAnswer,
    FeelingButton,
    SkipWords,
    StepChoice,
    Outcome,
    EveningMood,
    PastDay,
    DayNote,
    ImportAnswer,
    Reflect,
    DeleteAnswer,
    CrisisCheck,
    PlanButton,
    AskSetting,
    ChooseSetting,
    ChooseLanguage,
)
B = TypeVar("B", bound=Button)
Code = TypeVar("Code", bound=StrEnum)


def pattern(kind: type[Button]) -> str:
    """The handler pattern for a kind: data beginning with its code.

    So malformed data of that kind still reaches its handler's stale answer, and data of no
    kind the catch-all for unknown buttons.
    """
    return f"^{kind.CODE}{SEPARATOR}"


def decode(data: object) -> Button | None:
    """The button that made `data`, or None if no button of this bot's makes it now."""
    if not isinstance(data, str) or not data.isascii() or len(data) > DATA_LIMIT:
        return None
    code, *fields = data.split(SEPARATOR)
    parse = _PARSERS.get(code)
    try:
        button = parse(fields) if parse is not None else None
    except ValueError:  # well-formed fields naming something impossible
        return None
    # Only canonical data is ours: "m:012:3" is no button the bot ever sent.
    return button if button is not None and button.encode() == data else None


def decode_as(data: object, kind: type[B]) -> B | None:
    """The button of `kind` that made `data`, or None."""
    button = decode(data)
    return button if isinstance(button, kind) else None


def _join(*fields: str) -> str:
    data = SEPARATOR.join(fields)
    if len(data.encode()) > DATA_LIMIT:  # cannot happen with the fields above; never send it
        raise ValueError("callback data over 64 bytes")
    return data


def _check_id(number: int) -> None:
    if not 0 < number <= MAX_ID:
        raise ValueError(f"not a row id: {number}")


def _number(text: str, largest: int) -> int | None:
    """A whole number of ASCII digits in 0..largest, written without leading zeros."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(largest)):
        return None
    number = int(text)
    return number if number <= largest and str(number) == text else None


def _row_id(text: str) -> int | None:
    number = _number(text, MAX_ID)
    return number if number else None


def _clock(text: str) -> time | None:
    """'0730' as 07:30."""
    if len(text) != 4 or not (text.isascii() and text.isdigit()):
        return None
    hour, minute = int(text[:2]), int(text[2:])
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _clock_code(at: time) -> str | None:
    plain = at.second == 0 and at.microsecond == 0 and at.tzinfo is None
    return f"{at.hour:02d}{at.minute:02d}" if plain else None


def _value_code(setting: Setting, value: SettingValue) -> str | None:
    """How a setting's value is written in the data, or None if it cannot be chosen."""
    if setting is Setting.TIMEZONE:
        if isinstance(value, str) and value in COMMON_ZONES:
            return str(COMMON_ZONES.index(value))
        return None
    if value is None:
        return NONE if setting in (Setting.EVENING, Setting.WEEKLY) else None
    if setting is Setting.WEEKLY:
        if not isinstance(value, WeeklyAt) or not 0 <= value.weekday <= 6:
            return None
        at = _clock_code(value.at)
        return f"{value.weekday}{SEPARATOR}{at}" if at is not None else None
    return _clock_code(value) if isinstance(value, time) else None


def _one(fields: list[str]) -> str | None:
    return fields[0] if len(fields) == 1 else None


def _two(fields: list[str]) -> tuple[str, str] | None:
    return (fields[0], fields[1]) if len(fields) == 2 else None


def _parse_mood(fields: list[str]) -> Mood | None:
    pair = _two(fields)
    checkin_id = _row_id(pair[0]) if pair else None
    if pair is None or checkin_id is None:
        return None
    if pair[1] == NONE:
        return Mood(checkin_id, None)
    mood = _number(pair[1], max(MOODS))
    return Mood(checkin_id, mood) if mood is not None else None


def _only_id(fields: list[str]) -> int | None:
    """A row id as the only field."""
    field = _one(fields)
    return _row_id(field) if field is not None else None


def _id_and(fields: list[str], codes: type[Code]) -> tuple[int, Code] | None:
    """A row id, then one of an enum's codes."""
    pair = _two(fields)
    row_id = _row_id(pair[0]) if pair else None
    if pair is None or row_id is None or pair[1] not in set(codes):
        return None
    return row_id, codes(pair[1])


def _parse_later(fields: list[str]) -> LaterButton | None:
    found = _id_and(fields, Later)
    return LaterButton(*found) if found else None


def _parse_change(fields: list[str]) -> ChangeAnswer | None:
    found = _id_and(fields, Answer)
    return ChangeAnswer(*found) if found else None


def _parse_feeling(fields: list[str]) -> FeelingButton | None:
    pair = _two(fields)
    checkin_id = _row_id(pair[0]) if pair else None
    if pair is None or checkin_id is None:
        return None
    special = {code: choice for choice, code in _FEELING_CODES.items()}.get(pair[1])
    index = _number(pair[1], len(FEELINGS) - 1)
    choice = special or (FEELINGS[index] if index is not None else None)
    return FeelingButton(checkin_id, choice) if choice is not None else None


def _parse_skip_words(fields: list[str]) -> SkipWords | None:
    checkin_id = _only_id(fields)
    return SkipWords(checkin_id) if checkin_id is not None else None


_CHOICES_BY_CODE: Final = {
    _OWN_CODE: OWN_STEP_CHOICE,
    _REST_CODE: REST_CHOICE,
    **{code: key for key, code in _STEP_CODES.items()},
}


def _parse_step(fields: list[str]) -> StepChoice | None:
    pair = _two(fields)
    checkin_id = _row_id(pair[0]) if pair else None
    choice = _CHOICES_BY_CODE.get(pair[1]) if pair else None
    return StepChoice(checkin_id, choice) if checkin_id and choice else None


_OUTCOMES_BY_CODE: Final = {code: outcome for outcome, code in _OUTCOME_CODES.items()}


def _parse_outcome(fields: list[str]) -> Outcome | None:
    pair = _two(fields)
    checkin_id = _row_id(pair[0]) if pair else None
    outcome = _OUTCOMES_BY_CODE.get(pair[1]) if pair else None
    return Outcome(checkin_id, outcome) if checkin_id and outcome else None


def _parse_evening(fields: list[str]) -> EveningMood | None:
    pair = _two(fields)
    checkin_id = _row_id(pair[0]) if pair else None
    mood = _number(pair[1], max(MOODS)) if pair else None
    return EveningMood(checkin_id, mood) if checkin_id and mood is not None else None


def _parse_past_day(fields: list[str]) -> PastDay | None:
    field = _one(fields)
    if field == NONE:
        return PastDay(None)
    if field is None or len(field) != 8 or not (field.isascii() and field.isdigit()):
        return None
    return PastDay(date(int(field[:4]), int(field[4:6]), int(field[6:])))


def _parse_day_note(fields: list[str]) -> DayNote | None:
    checkin_id = _only_id(fields)
    return DayNote(checkin_id) if checkin_id is not None else None


def _parse_import(fields: list[str]) -> ImportAnswer | None:
    field = _one(fields)
    return ImportAnswer(field == "1") if field in ("0", "1") else None


def _parse_reflect(fields: list[str]) -> Reflect | None:
    found = _id_and(fields, ReflectAction)
    return Reflect(*found) if found else None


def _parse_delete(fields: list[str]) -> DeleteAnswer | None:
    pair = _two(fields)
    if pair is None or pair[0] not in ("0", "1"):
        return None
    asked_at = _number(pair[1], MAX_TIMESTAMP)
    return DeleteAnswer(pair[0] == "1", asked_at) if asked_at is not None else None


def _parse_check(fields: list[str]) -> CrisisCheck | None:
    field = _one(fields)
    if field is None or field not in set(CheckAnswer):
        return None
    return CrisisCheck(CheckAnswer(field))


def _parse_plan(fields: list[str]) -> PlanButton | None:
    if not 1 <= len(fields) <= 3 or fields[0] not in set(PlanAction):
        return None
    action = PlanAction(fields[0])
    index = _number(fields[1], len(PARTS) - 1) if len(fields) > 1 else None
    if len(fields) > 1 and index is None:
        return None
    if len(fields) == 3 and fields[2] != _ONLY_CODE:
        return None
    part = PARTS[index] if index is not None else None
    return PlanButton(action, part, only=len(fields) == 3)  # ValueError if they do not fit


_SETTINGS_BY_CODE: Final = {code: setting for setting, code in _SETTING_CODES.items()}


def _parse_ask(fields: list[str]) -> AskSetting | None:
    field = _one(fields)
    setting = _SETTINGS_BY_CODE.get(field) if field is not None else None
    return AskSetting(setting) if setting is not None else None


def _parse_choice(fields: list[str]) -> ChooseSetting | None:
    setting = _SETTINGS_BY_CODE.get(fields[0]) if fields else None
    value = _parse_value(setting, fields[1:]) if setting is not None else None
    if setting is None or value is None:
        return None
    return ChooseSetting(setting, value[0])


def _parse_value(setting: Setting, fields: list[str]) -> tuple[SettingValue] | None:
    """The value of a setting's choice (in a tuple, as None is a value: off), or None."""
    if fields == [NONE]:
        return (None,) if setting in (Setting.EVENING, Setting.WEEKLY) else None
    if setting is Setting.TIMEZONE:
        field = _one(fields)
        index = _number(field, len(COMMON_ZONES) - 1) if field is not None else None
        return (COMMON_ZONES[index],) if index is not None else None
    if setting is Setting.WEEKLY:
        pair = _two(fields)
        weekday = _number(pair[0], 6) if pair else None
        at = _clock(pair[1]) if pair else None
        return (WeeklyAt(weekday, at),) if weekday is not None and at is not None else None
    field = _one(fields)
    at = _clock(field) if field is not None else None
    return (at,) if at is not None else None


def _parse_language(fields: list[str]) -> ChooseLanguage | None:
    field = _one(fields)
    index = _number(field, len(Language) - 1) if field is not None else None
    return ChooseLanguage(list(Language)[index]) if index is not None else None


_PARSERS: Final[dict[str, Callable[[list[str]], Button | None]]] = {
    Mood.CODE: _parse_mood,
    LaterButton.CODE: _parse_later,
    ChangeAnswer.CODE: _parse_change,
    FeelingButton.CODE: _parse_feeling,
    SkipWords.CODE: _parse_skip_words,
    StepChoice.CODE: _parse_step,
    Outcome.CODE: _parse_outcome,
    EveningMood.CODE: _parse_evening,
    PastDay.CODE: _parse_past_day,
    DayNote.CODE: _parse_day_note,
    ImportAnswer.CODE: _parse_import,
    Reflect.CODE: _parse_reflect,
    DeleteAnswer.CODE: _parse_delete,
    CrisisCheck.CODE: _parse_check,
    PlanButton.CODE: _parse_plan,
    AskSetting.CODE: _parse_ask,
    ChooseSetting.CODE: _parse_choice,
    ChooseLanguage.CODE: _parse_language,
}
