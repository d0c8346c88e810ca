"""Button data: every kind round-trips, fits 64 bytes, holds no words; anything else is None."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.day import Later
from bot.core.feelings import FEELINGS
from bot.core.languages import Language
from bot.core.safety_plan import PARTS
from bot.core.stages import Answer
from bot.core.steps import STEPS
from bot.core.zones import COMMON_ZONES
from bot.handlers import callbacks
from bot.handlers.callbacks import (
    KINDS,
    MAX_ID,
    MAX_TIMESTAMP,
    AskSetting,
    Button,
    ChangeAnswer,
    CheckAnswer,
    ChooseLanguage,
    ChooseSetting,
    CrisisCheck,
    DayNote,
    DeleteAnswer,
    EveningMood,
    FeelingButton,
    ImportAnswer,
    LaterButton,
    Mood,
    Outcome,
    PastDay,
    PlanAction,
    PlanButton,
    Reflect,
    ReflectAction,
    SkipWords,
    StepChoice,
    WeeklyAt,
    decode,
    decode_as,
)
from bot.services.checkins import MOODS, OWN_STEP_CHOICE, REST_CHOICE, StepOutcome
from bot.services.people import Setting

LARGEST_WEEKLY = WeeklyAt(6, time(23, 59))


def every_button(row_id: int = MAX_ID, asked_at: int = MAX_TIMESTAMP) -> list[Button]:
    """One button of every value each kind can take, with the given ids."""
    part_buttons = [
        PlanButton(action, part, only=only)
        for action in (PlanAction.SKIP, PlanAction.STOP, PlanAction.EDIT)
        for part in PARTS
        for only in ((False, True) if action is PlanAction.STOP else (False,))
    ]
    choices: list[ChooseSetting] = [
        *(ChooseSetting(Setting.TIMEZONE, zone) for zone in COMMON_ZONES),
        ChooseSetting(Setting.CHECKIN_TIME, time(0, 0)),
        ChooseSetting(Setting.CHECKIN_TIME, time(23, 59)),
        ChooseSetting(Setting.EVENING, time(20, 30)),
        ChooseSetting(Setting.EVENING, None),
        *(ChooseSetting(Setting.WEEKLY, WeeklyAt(day, time(18))) for day in range(7)),
        ChooseSetting(Setting.WEEKLY, LARGEST_WEEKLY),
        ChooseSetting(Setting.WEEKLY, None),
    ]
    return [
        *(Mood(row_id, mood) for mood in [*MOODS, None]),
        *(LaterButton(row_id, choice) for choice in Later),
        *(ChangeAnswer(row_id, answer) for answer in Answer),
        *(
            FeelingButton(row_id, choice)
            for choice in (*FEELINGS, callbacks.FEELINGS_DONE, callbacks.OWN_WORDS)
        ),
        SkipWords(row_id),
        *(StepChoice(row_id, key) for key in [step.key for step in STEPS]),
        StepChoice(row_id, OWN_STEP_CHOICE),
        StepChoice(row_id, REST_CHOICE),
        *(Outcome(row_id, outcome) for outcome in StepOutcome),
        *(EveningMood(row_id, mood) for mood in MOODS),
        PastDay(None),
        PastDay(date(2026, 12, 6)),
        PastDay(date(1, 1, 1)),
        DayNote(row_id),
        ImportAnswer(True),
        ImportAnswer(False),
        *(Reflect(row_id, action) for action in ReflectAction),
        DeleteAnswer(True, asked_at),
        DeleteAnswer(False, asked_at),
        DeleteAnswer(True, 0),
        *(CrisisCheck(answer) for answer in CheckAnswer),
        *(PlanButton(action) for action in (PlanAction.SHOW, PlanAction.START, PlanAction.NOT_NOW)),
        *part_buttons,
        *(AskSetting(setting) for setting in Setting),
        *choices,
        *(ChooseLanguage(language) for language in Language),
    ]


@pytest.mark.parametrize("row_id", [1, 9, 10, MAX_ID])
def test_every_button_round_trips(row_id: int) -> None:
    buttons = every_button(row_id)

    assert [decode(button.encode()) for button in buttons] == buttons
    assert {type(button) for button in buttons} == set(KINDS)


def test_every_button_has_data_of_its_own() -> None:
    data = [button.encode() for button in every_button()]

    assert len(set(data)) == len(data)


def test_the_longest_data_fits_telegrams_64_bytes() -> None:
    # The largest ids, the latest moment, the last step and part: every field at its longest.
    sizes = [len(button.encode().encode()) for button in every_button()]

    assert max(sizes) <= 64


def test_data_holds_no_words_only_codes_and_numbers() -> None:
    data = [button.encode() for button in every_button()]

    # One letter at most between separators and digits: no word, English or otherwise.
    assert [d for d in data if re.search(r"[A-Za-z]{2}", d)] == []
    assert [d for d in data if not re.fullmatch(r"[a-z0-9:-]+", d)] == []


def test_each_kind_has_a_code_of_its_own() -> None:
    codes = [kind.CODE for kind in KINDS]

    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch("[a-z]", code) for code in codes)


def test_a_handler_pattern_matches_its_own_kind_only() -> None:
    for button in every_button():
        matching = [k for k in KINDS if re.match(callbacks.pattern(k), button.encode())]
        assert matching == [type(button)]


def test_decode_as_names_the_kind_it_wants() -> None:
    data = Mood(7, 3).encode()

    assert decode_as(data, Mood) == Mood(7, 3)
    assert decode_as(data, EveningMood) is None
    assert decode_as(None, Mood) is None


def test_a_setting_choice_reads_as_a_person_would_type_it() -> None:
    assert ChooseSetting(Setting.TIMEZONE, "Asia/Kolkata").as_typed() == "Asia/Kolkata"
    assert ChooseSetting(Setting.CHECKIN_TIME, time(7, 5)).as_typed() == "07:05"
    assert ChooseSetting(Setting.EVENING, None).as_typed() == "off"
    assert ChooseSetting(Setting.WEEKLY, WeeklyAt(6, time(18))).as_typed() == "sun 18:00"
    assert ChooseSetting(Setting.WEEKLY, None).as_typed() == "off"


@pytest.mark.parametrize(
    "data",
    [
        # what older releases sent
        "mood:12:3",
        "mood:12:later",
        "words:12:skip",
        "step:12:own",
        "step:12:sip-water",
        "out:12:done",
        "eve:12:4",
        "rfl:12:another",
        "del:yes:1700000000",
        "chk:yes",
        "plan:show",
        "plan:stop:warning_signs:only",
        "ask:timezone",
        "set:timezone:Europe/Berlin",
        "set:weekly:sun 18:00",
        "set:evening:off",
        # unknown
        "",
        "nonsense",
        "x:1",
        "M:1:3",
        ":",
        "m",
        # malformed, forged or out of range
        "m:",
        "m:1",
        "m:1:",
        "m:1:3:",
        "m:1:1:1",
        "m:0:3",
        "m:01:3",
        "m:+1:3",
        "m:²:3",
        "m:١:3",
        "m: 1:3",
        f"m:{MAX_ID + 1}:3",
        f"m:{'9' * 30}:1",
        "m:1:0",
        "m:1:6",
        "m:1:x",
        "m:1:1'; DROP TABLE checkins;--",
        "w:abc",
        "w:1:1",
        f"s:1:{len(STEPS)}",
        "s:1:own",
        "s:1:-",
        "o:1:0",
        "o:1:4",
        "o:1:done",
        "e:1:-",
        "e:1:6",
        "r:1:x",
        "r:1",
        "d:2:1700000000",
        "d:1:-5",
        "d:1:",
        f"d:1:{MAX_TIMESTAMP + 1}",
        "c:",
        "c:yes",
        "c:y:y",
        "p:",
        "p:q",
        "p:v:0",
        "p:s:",
        "p:k",
        f"p:k:{len(PARTS)}",
        "p:k:0:1",
        "p:x:0:2",
        "p:e:0:1",
        "p:x:0:1:1",
        "a:z",
        "a:",
        "a:t:t",
        "v:t",
        "v:t:-",
        f"v:t:{len(COMMON_ZONES)}",
        "v:t:Europe/Berlin",
        "v:c:-",
        "v:c:700",
        "v:c:2400",
        "v:c:0760",
        "v:c:07:00",
        "v:e:99999",
        "v:w:7:1800",
        "v:w:6",
        "v:w:61800",
        "v:w:sun:1800",
        "v:w:6:1800:1",
        "v:z:0",
        "y:",
        "y:2026126",
        "y:20261306",
        "y:20260230",
        "y:2026-12-06",
        "y:20261206:1",
        "n:",
        "n:0",
        "n:1:1",
        "i:",
        "i:2",
        "i:1:1",
        "i:yes",
        "m:1:3" + " " * 60,
    ],
)
def test_unknown_old_or_malformed_data_decodes_to_none(data: str) -> None:
    assert decode(data) is None


def test_data_that_is_not_text_decodes_to_none() -> None:
    assert decode(None) is None
    assert decode(b"m:1:3") is None
    assert decode(("m", 1, 3)) is None


@given(st.text(max_size=80))
def test_whatever_decodes_is_exactly_what_the_bot_sends(data: str) -> None:
    button = decode(data)

    assert button is None or button.encode() == data


@given(st.sampled_from(every_button()), st.integers(min_value=0, max_value=64))
def test_cutting_data_short_never_decodes_to_another_button(button: Button, cut: int) -> None:
    data = button.encode()
    shorter = decode(data[:cut])

    assert shorter is None or shorter.encode() == data[:cut]


@pytest.mark.parametrize(
    "make",
    [
        lambda: Mood(0, 3),
        lambda: Mood(MAX_ID + 1, 3),
        lambda: Mood(1, 6),
        lambda: SkipWords(-1),
        lambda: StepChoice(1, "not-a-step"),
        lambda: EveningMood(1, 0),
        lambda: Reflect(0, ReflectAction.DONE),
        lambda: DeleteAnswer(True, -1),
        lambda: DeleteAnswer(True, MAX_TIMESTAMP + 1),
        lambda: PlanButton(PlanAction.SHOW, PARTS[0]),
        lambda: PlanButton(PlanAction.SKIP),
        lambda: PlanButton(PlanAction.SKIP, "not_a_part"),
        lambda: PlanButton(PlanAction.SKIP, PARTS[0], only=True),
        lambda: ChooseSetting(Setting.TIMEZONE, "Mars/Olympus_Mons"),
        lambda: ChooseSetting(Setting.TIMEZONE, None),
        lambda: ChooseSetting(Setting.CHECKIN_TIME, None),
        lambda: ChooseSetting(Setting.CHECKIN_TIME, "07:00"),
        lambda: ChooseSetting(Setting.CHECKIN_TIME, time(7, 0, 30)),
        lambda: ChooseSetting(Setting.EVENING, WeeklyAt(6, time(18))),
        lambda: ChooseSetting(Setting.WEEKLY, time(18)),
        lambda: ChooseSetting(Setting.WEEKLY, WeeklyAt(7, time(18))),
    ],
)
def test_a_button_that_could_not_be_decoded_cannot_be_made(make: Callable[[], object]) -> None:
    with pytest.raises(ValueError):
        make()
