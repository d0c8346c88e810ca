from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from datetime import time

import pytest

from bot.texts import checkin
from bot.texts.catalog import Msg
from bot.texts.checkin import (
    ADD_NOTE,
    ADD_YESTERDAY,
    AFTERNOON_GREETINGS,
    ANOTHER_DAY,
    ANY_TIME_GREETINGS,
    CHANGE_LABELS,
    DAY_NOTE_ASK,
    DAY_NOTE_KEPT,
    DONE,
    DONE_REPLY,
    EVENING_AFTER_REST,
    EVENING_GREETINGS,
    EVENING_MOOD_HEAVY,
    EVENING_MOOD_QUESTION,
    EVENING_MOOD_THANKS,
    EVENING_QUESTION,
    FEELING_WORDS,
    FEELINGS_DONE,
    GENTLE_GREETINGS,
    GENTLE_STEP_PROMPT,
    HISTORY_EMPTY,
    HISTORY_TITLE,
    LATER_LABELS,
    LATER_SET,
    MOOD_ACK,
    MOOD_SCALE,
    MORNING_GREETINGS,
    NIGHT_GREETINGS,
    NO_STEP_TODAY,
    NOT_NOW,
    NOT_NOW_REPLY,
    NOT_TODAY,
    NOT_TODAY_REPLY,
    NOTE_KEPT,
    NUDGE_STILL_WAITING,
    OWN_STEP,
    OWN_STEP_ASK,
    OWN_WORDS,
    OWN_WORDS_HINT,
    PARTLY,
    PARTLY_REPLY,
    PAST_CHANGE_HINT,
    PAST_DAY_KEPT,
    PAST_DAY_MOOD,
    PAST_DAY_REST,
    PAST_NOT_TODAY,
    PAST_OUTCOME_QUESTION,
    PAST_OWN_STEP_ASK,
    PAST_REST,
    PAST_SO_FAR,
    PAST_STEP_PROMPT,
    PAST_WORDS_PROMPT,
    PAUSE_NOT_UNDERSTOOD,
    PAUSE_OUT_OF_RANGE,
    PAUSED,
    PAUSED_INDEFINITELY,
    PAUSED_NEXT,
    PICK_DAY,
    REST_CHOSEN,
    REST_TODAY,
    RESUMED,
    SKIP,
    STALE_BUTTON,
    STEP_CHOSEN,
    STEP_PROMPT,
    STEP_PROMPT_LOW,
    TAP_OR_TYPE,
    THREE_WORDS_ACK,
    THREE_WORDS_PROMPT,
    TODAY_CHANGE_HINT,
    TODAY_EVENING,
    TODAY_MOOD,
    TODAY_REST,
    TODAY_SO_FAR,
    TODAY_STEP,
    TODAY_WORDS,
    TOO_MANY_FEELINGS,
    DayPart,
    day_part,
    greeting,
    step_prompt,
)
from bot.texts.common import COMMAND_MENU
from bot.texts.shape import pick, shorten, utf16_length
from testkit.words import EN, en, en_all

GREETINGS: dict[str, tuple[str, ...]] = {
    "ANY_TIME_GREETINGS": en_all(ANY_TIME_GREETINGS),
    "MORNING_GREETINGS": en_all(MORNING_GREETINGS),
    "AFTERNOON_GREETINGS": en_all(AFTERNOON_GREETINGS),
    "EVENING_GREETINGS": en_all(EVENING_GREETINGS),
    "NIGHT_GREETINGS": en_all(NIGHT_GREETINGS),
}

VARIANT_GROUPS: dict[str, tuple[str, ...]] = {
    **GREETINGS,
    "NOT_NOW_REPLY": en_all(NOT_NOW_REPLY),
    "THREE_WORDS_PROMPT": en_all(THREE_WORDS_PROMPT),
    "THREE_WORDS_ACK": en_all(THREE_WORDS_ACK),
    "STEP_PROMPT_LOW": en_all(STEP_PROMPT_LOW),
    "STEP_PROMPT": en_all(STEP_PROMPT),
    "STEP_CHOSEN": en_all(STEP_CHOSEN),
    "REST_CHOSEN": en_all(REST_CHOSEN),
    "EVENING_QUESTION": en_all(EVENING_QUESTION),
    "DONE_REPLY": en_all(DONE_REPLY),
    "PARTLY_REPLY": en_all(PARTLY_REPLY),
    "NOT_TODAY_REPLY": en_all(NOT_TODAY_REPLY),
    "EVENING_AFTER_REST": en_all(EVENING_AFTER_REST),
    "NOTE_KEPT": en_all(NOTE_KEPT),
    "EVENING_MOOD_THANKS": en_all(EVENING_MOOD_THANKS),
    "EVENING_MOOD_HEAVY": en_all(EVENING_MOOD_HEAVY),
    "GENTLE_GREETINGS": en_all(GENTLE_GREETINGS),
    "GENTLE_STEP_PROMPT": en_all(GENTLE_STEP_PROMPT),
    "LATER_SET": en_all(LATER_SET),
    **{f"MOOD_ACK[{mood}]": en_all(variants) for mood, variants in MOOD_ACK.items()},
}

MESSAGES: dict[str, str] = {
    "TODAY_SO_FAR": en(TODAY_SO_FAR),
    "TODAY_MOOD": en(TODAY_MOOD),
    "TODAY_WORDS": en(TODAY_WORDS),
    "TODAY_STEP": en(TODAY_STEP),
    "TODAY_REST": en(TODAY_REST),
    "TODAY_EVENING": en(TODAY_EVENING),
    "TODAY_CHANGE_HINT": en(TODAY_CHANGE_HINT),
    "OWN_STEP_ASK": en(OWN_STEP_ASK),
    "STALE_BUTTON": en(STALE_BUTTON),
    "PAUSED": en(PAUSED),
    "PAUSED_NEXT": en(PAUSED_NEXT),
    "PAUSE_OUT_OF_RANGE": en(PAUSE_OUT_OF_RANGE),
    "PAUSED_INDEFINITELY": en(PAUSED_INDEFINITELY),
    "RESUMED": en(RESUMED),
    "NO_STEP_TODAY": en(NO_STEP_TODAY),
    "HISTORY_TITLE": en(HISTORY_TITLE),
    "HISTORY_EMPTY": en(HISTORY_EMPTY),
    "PAUSE_NOT_UNDERSTOOD": en(PAUSE_NOT_UNDERSTOOD),
    "NUDGE_STILL_WAITING": en(NUDGE_STILL_WAITING),
    "EVENING_MOOD_QUESTION": en(EVENING_MOOD_QUESTION),
    "TAP_OR_TYPE": en(TAP_OR_TYPE),
    "OWN_WORDS_HINT": en(OWN_WORDS_HINT),
    "TOO_MANY_FEELINGS": en(TOO_MANY_FEELINGS),
    "PICK_DAY": en(PICK_DAY),
    "PAST_DAY_MOOD": en(PAST_DAY_MOOD),
    "PAST_WORDS_PROMPT": en(PAST_WORDS_PROMPT),
    "PAST_STEP_PROMPT": en(PAST_STEP_PROMPT),
    "PAST_DAY_REST": en(PAST_DAY_REST),
    "PAST_OWN_STEP_ASK": en(PAST_OWN_STEP_ASK),
    "PAST_OUTCOME_QUESTION": en(PAST_OUTCOME_QUESTION),
    "PAST_DAY_KEPT": en(PAST_DAY_KEPT),
    "PAST_SO_FAR": en(PAST_SO_FAR),
    "PAST_CHANGE_HINT": en(PAST_CHANGE_HINT),
    "DAY_NOTE_ASK": en(DAY_NOTE_ASK),
    "DAY_NOTE_KEPT": en(DAY_NOTE_KEPT),
}

BUTTON_LABELS: dict[str, str] = {
    "NOT_NOW": en(NOT_NOW),
    **{f"CHANGE_LABELS[{answer}]": en(label) for answer, label in CHANGE_LABELS.items()},
    **{f"LATER_LABELS[{choice}]": en(label) for choice, label in LATER_LABELS.items()},
    "SKIP": en(SKIP),
    "OWN_STEP": en(OWN_STEP),
    "REST_TODAY": en(REST_TODAY),
    "DONE": en(DONE),
    "PARTLY": en(PARTLY),
    "NOT_TODAY": en(NOT_TODAY),
    "FEELINGS_DONE": en(FEELINGS_DONE),
    "ADD_YESTERDAY": en(ADD_YESTERDAY),
    "ANOTHER_DAY": en(ANOTHER_DAY),
    "PAST_REST": en(PAST_REST),
    "PAST_NOT_TODAY": en(PAST_NOT_TODAY),
    "ADD_NOTE": en(ADD_NOTE),
    "OWN_WORDS": en(OWN_WORDS),
    **{f"FEELING_WORDS[{key}]": en(word) for key, word in FEELING_WORDS.items()},
    **{f"MOOD_SCALE[{value}]": f"{emoji} {en(word)}" for value, emoji, word in MOOD_SCALE},
}

PLACEHOLDERS: dict[str, set[str]] = {
    "THREE_WORDS_ACK": {"words"},
    "STEP_CHOSEN": {"step"},
    "EVENING_QUESTION": {"step"},
    "PAUSED": {"until"},
    "PAUSED_NEXT": {"day"},
    "TODAY_MOOD": {"mood"},
    "TODAY_WORDS": {"words"},
    "TODAY_STEP": {"step"},
    "TODAY_EVENING": {"mood"},
    "PAUSE_OUT_OF_RANGE": {"most"},
    "LATER_SET": {"time"},
    "PAST_DAY_MOOD": {"day"},
    "PAST_DAY_KEPT": {"day"},
    "PAST_SO_FAR": {"day"},
    "DAY_NOTE_ASK": {"day"},
    "DAY_NOTE_KEPT": {"day"},
}


def _module_texts() -> Iterator[tuple[str, str]]:
    """Every string the module exposes in an upper-case constant, however it is nested."""
    for name, value in vars(checkin).items():
        if name.isupper():
            yield from _strings_in(name, value)


def _strings_in(name: str, value: object) -> Iterator[tuple[str, str]]:
    if isinstance(value, Msg):
        yield name, en(value)
    elif isinstance(value, str):
        yield name, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _strings_in(f"{name}[{key}]", item)
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _strings_in(f"{name}[{index}]", item)


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


ALL_TEXTS = list(_module_texts())


# --- every word: short, kind, tidy ------------------------------------------------------------


def test_the_checks_below_see_every_constant() -> None:
    grouped = set(VARIANT_GROUPS) | set(MESSAGES) | set(BUTTON_LABELS)
    top_level = {name.split("[")[0] for name in grouped}
    exposed = {
        name for name in vars(checkin) if name.isupper() and not name.startswith(("_", "N_"))
    }
    assert exposed - top_level == set()


def test_every_text_fits_a_phone_screen() -> None:
    too_long = [name for name, text in ALL_TEXTS if len(text) > 300]
    assert too_long == []


def test_no_text_is_empty_or_untidy() -> None:
    untidy = [name for name, text in ALL_TEXTS if not text or text != text.strip() or "  " in text]
    assert untidy == []


@pytest.mark.parametrize("phrase", ["you missed", "missed", "failed", "failure", "streak"])
def test_no_guilt_words_anywhere(phrase: str) -> None:
    found = [name for name, text in ALL_TEXTS if phrase in text.lower()]
    assert found == []


def test_no_clinical_words_anywhere() -> None:
    clinical = ("symptom", "disorder", "diagnos", "patient", "compliance", "treatment")
    found = [name for name, text in ALL_TEXTS if any(word in text.lower() for word in clinical)]
    assert found == []


def test_emoji_are_used_sparingly() -> None:
    heavy = [name for name, text in ALL_TEXTS if _emoji_count(text) > 1]
    assert heavy == []


def _emoji_count(text: str) -> int:
    variation_selectors = range(0xFE00, 0xFE10)
    return sum(1 for char in text if ord(char) >= 0x2600 and ord(char) not in variation_selectors)


def test_variants_are_distinct_and_plenty() -> None:
    for name, variants in VARIANT_GROUPS.items():
        assert len(set(variants)) == len(variants), name
        assert len(variants) >= 3, name


def test_placeholders_are_only_the_expected_ones() -> None:
    groups: dict[str, tuple[str, ...]] = {**VARIANT_GROUPS}
    groups.update({name: (text,) for name, text in MESSAGES.items()})
    wrong = {
        name: _placeholders(text)
        for name, variants in groups.items()
        for text in variants
        if not _placeholders(text) <= PLACEHOLDERS.get(name, set())
    }
    assert wrong == {}


@pytest.mark.parametrize("name", ["STEP_CHOSEN", "EVENING_QUESTION"])
def test_every_step_template_names_the_step(name: str) -> None:
    missing = [text for text in VARIANT_GROUPS[name] if _placeholders(text) != {"step"}]
    assert missing == []


@pytest.mark.parametrize("name", ["STEP_CHOSEN", "EVENING_QUESTION"])
def test_step_sits_in_quotes_so_any_wording_reads_well(name: str) -> None:
    unquoted = [text for text in VARIANT_GROUPS[name] if "“{step}”" not in text]
    assert unquoted == []


def test_templates_fill_with_user_text_containing_braces() -> None:
    words = "tired {but} here"
    filled = [text.format(words=words) for text in en_all(THREE_WORDS_ACK)]
    assert [words in text for text in filled] == [True] * len(THREE_WORDS_ACK)
    step = "Make your bed, even roughly."
    questions = [text.format(step=step) for text in en_all(EVENING_QUESTION)]
    assert [f"“{step}”" in text for text in questions] == [True] * len(EVENING_QUESTION)


def test_paused_names_the_date_and_the_indefinite_one_does_not() -> None:
    assert en(PAUSED).format(until="Monday 3 March") == (
        "Check-ins are paused until Monday 3 March. 🌿 /resume brings them back any time."
    )
    assert _placeholders(en(PAUSED_INDEFINITELY)) == set()
    assert "/resume" in en(PAUSED_INDEFINITELY)


# --- the greeting, at any hour -----------------------------------------------------------------

HOURLY_GREETINGS = [
    en_all(MORNING_GREETINGS),
    en_all(AFTERNOON_GREETINGS),
    en_all(EVENING_GREETINGS),
    en_all(NIGHT_GREETINGS),
]


@pytest.mark.parametrize("greetings", HOURLY_GREETINGS)
def test_there_are_at_least_twelve_greetings_for_every_part_of_the_day(
    greetings: tuple[str, ...],
) -> None:
    assert len(greetings) >= 12


@pytest.mark.parametrize("name", GREETINGS)
def test_greetings_are_one_or_two_short_lines_that_ask(name: str) -> None:
    for text in GREETINGS[name]:
        lines = text.split("\n")
        assert len(lines) in (1, 2), text
        assert text.endswith("?"), text
        assert max(len(line) for line in lines) <= 60, text


@pytest.mark.parametrize(
    ("name", "hour_words"),
    [
        ("ANY_TIME_GREETINGS", ("morning", "wake", "new day", "afternoon", "evening", "night")),
        ("MORNING_GREETINGS", ("afternoon", "evening", "tonight", "night", "late")),
        ("AFTERNOON_GREETINGS", ("morning", "wake", "new day", "evening", "tonight", "night")),
        ("EVENING_GREETINGS", ("morning", "wake", "new day", "afternoon", "night", "late")),
        ("NIGHT_GREETINGS", ("morning", "wake", "new day", "afternoon", "evening", "so far")),
    ],
)
def test_greetings_never_name_another_part_of_the_day(
    name: str, hour_words: tuple[str, ...]
) -> None:
    found = [text for text in GREETINGS[name] if _has_word(text, hour_words)]
    assert found == []


@pytest.mark.parametrize(
    ("local_time", "part"),
    [
        (time(4, 0), DayPart.MORNING),
        (time(7, 45), DayPart.MORNING),
        (time(11, 59), DayPart.MORNING),
        (time(12, 0), DayPart.AFTERNOON),
        (time(16, 59), DayPart.AFTERNOON),
        (time(17, 0), DayPart.EVENING),
        (time(21, 13), DayPart.EVENING),
        (time(22, 0), DayPart.NIGHT),
        (time(23, 30), DayPart.NIGHT),
        (time(0, 0), DayPart.NIGHT),
        (time(3, 59, 59), DayPart.NIGHT),
    ],
)
def test_day_part_follows_the_local_clock(local_time: time, part: DayPart) -> None:
    assert day_part(local_time) == part


def test_the_greeting_fits_the_hour_and_still_varies() -> None:
    evenings = {greeting(time(21, 13), seed) for seed in range(len(EVENING_GREETINGS))}
    nights = {greeting(time(23, 30), seed) for seed in range(len(NIGHT_GREETINGS))}
    assert evenings == set(EVENING_GREETINGS)
    assert nights == set(NIGHT_GREETINGS)
    assert greeting(time(8, 0), 3) == pick(MORNING_GREETINGS, 3)
    assert greeting(None, 3) == pick(ANY_TIME_GREETINGS, 3)


def test_mood_scale_runs_from_one_to_five() -> None:
    assert [value for value, _, _ in MOOD_SCALE] == [1, 2, 3, 4, 5]
    assert [emoji for _, emoji, _ in MOOD_SCALE] == ["🌧", "☁️", "🌥", "🌤", "☀️"]
    assert len({en(word) for _, _, word in MOOD_SCALE}) == 5


def test_button_labels_are_short() -> None:
    long_labels = [name for name, label in BUTTON_LABELS.items() if len(label) > 20]
    assert long_labels == []


def test_button_labels_have_the_agreed_wording() -> None:
    assert (en(OWN_STEP), en(REST_TODAY)) == ("✏️ My own step", "🌿 Rest today")
    assert (en(DONE), en(PARTLY), en(NOT_TODAY), en(NOT_NOW), en(SKIP)) == (
        "Done",
        "Partly",
        "Not today",
        "Not now",
        "Skip",
    )


def test_every_mood_has_its_own_acknowledgements() -> None:
    assert sorted(MOOD_ACK) == [1, 2, 3, 4, 5]


def test_the_heaviest_mood_always_offers_sos() -> None:
    without_sos = [text for text in en_all(MOOD_ACK[1]) if "/sos" not in text]
    assert without_sos == []


def test_only_the_heaviest_mood_mentions_sos() -> None:
    mentions = [m for m, variants in MOOD_ACK.items() if any("/sos" in t for t in en_all(variants))]
    assert mentions == [1]


@pytest.mark.parametrize("mood", [1, 2, 3])
def test_low_mood_acks_are_never_cheerful(mood: int) -> None:
    cheerful = ("!", "☀️", "great", "awesome", "yay", "amazing", "lovely")
    found = [text for text in en_all(MOOD_ACK[mood]) if any(c in text.lower() for c in cheerful)]
    assert found == []


def test_no_exclamation_marks_near_pain_or_rest() -> None:
    gentle = (
        *en_all(MOOD_ACK[1]),
        *en_all(MOOD_ACK[2]),
        *en_all(NOT_TODAY_REPLY),
        *en_all(REST_CHOSEN),
        *en_all(EVENING_AFTER_REST),
    )
    assert [text for text in gentle if "!" in text] == []


# --- the step ---------------------------------------------------------------------------------


def test_step_prompt_is_gentler_for_low_moods() -> None:
    for seed in range(10):
        assert step_prompt(1, seed) == pick(STEP_PROMPT_LOW, seed)
        assert step_prompt(2, seed) == pick(STEP_PROMPT_LOW, seed)
        assert step_prompt(3, seed) == pick(STEP_PROMPT, seed)
        assert step_prompt(5, seed) == pick(STEP_PROMPT, seed)
        assert step_prompt(None, seed) == pick(STEP_PROMPT, seed)


def test_step_prompt_without_seed_is_the_first_variant() -> None:
    assert step_prompt(1) == STEP_PROMPT_LOW[0]
    assert step_prompt(4) == STEP_PROMPT[0]


def test_low_step_prompts_always_offer_rest() -> None:
    assert [text for text in en_all(STEP_PROMPT_LOW) if "rest" not in text.lower()] == []


def test_rest_is_honoured_as_a_real_choice() -> None:
    forbidden = ("but", "lazy", "skip", "only", "tomorrow")
    found = [t for t in en_all(REST_CHOSEN) + en_all(EVENING_AFTER_REST) if _has_word(t, forbidden)]
    assert found == []


def test_evening_after_rest_asks_nothing() -> None:
    assert [
        text for text in en_all(EVENING_AFTER_REST) if "?" in text or "how are" in text.lower()
    ] == []


# --- the evening ------------------------------------------------------------------------------


def test_not_today_never_earns_guilt() -> None:
    guilt = ("should", "missed", "failed", "but", "try harder", "next time", "again", "shame")
    found = [text for text in en_all(NOT_TODAY_REPLY) if _has_word(text, guilt)]
    assert found == []


def test_partly_is_never_belittled() -> None:
    found = [
        text for text in en_all(PARTLY_REPLY) if _has_word(text, ("should", "but", "only", "just"))
    ]
    assert found == []


def test_evening_question_asks() -> None:
    assert [text for text in en_all(EVENING_QUESTION) if "?" not in text] == []


def _has_word(text: str, phrases: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(phrase)}\b", lowered) for phrase in phrases)


# --- any time ---------------------------------------------------------------------------------


def test_stale_button_fits_a_tap_answer_and_points_to_checkin() -> None:
    assert len(en(STALE_BUTTON)) <= 200
    assert "/checkin" in en(STALE_BUTTON)
    assert "nothing changed" in en(STALE_BUTTON)


def test_notes_kept_are_brief() -> None:
    assert [text for text in en_all(NOTE_KEPT) if len(text) > 60] == []


def test_replies_that_point_somewhere_name_a_real_command() -> None:
    commands = {f"/{name}" for name, _ in COMMAND_MENU}
    named = {word.strip(".,") for _, text in ALL_TEXTS for word in text.split() if word[0] == "/"}
    assert named - commands == set()


# --- pick -------------------------------------------------------------------------------------


def test_pick_is_deterministic() -> None:
    assert pick(("a", "b", "c"), 7) == "b"
    assert pick(("a", "b", "c"), 7) == pick(("a", "b", "c"), 7)


def test_pick_varies_day_to_day() -> None:
    picked = [pick(en_all(MORNING_GREETINGS), 1000 + day) for day in range(7)]
    assert len(set(picked)) == 7


def test_pick_never_repeats_on_consecutive_seeds() -> None:
    repeats = [
        s for s in range(100) if pick(en_all(NOTE_KEPT), s) == pick(en_all(NOTE_KEPT), s + 1)
    ]
    assert repeats == []


def test_pick_handles_negative_and_huge_seeds() -> None:
    assert pick(("a", "b", "c"), -1) == "c"
    assert pick(("a", "b", "c"), 10**30) == "b"


def test_pick_accepts_a_list() -> None:
    assert pick(["only"], 12345) == "only"


def test_pick_refuses_empty_variants() -> None:
    with pytest.raises(ValueError, match="at least one"):
        pick((), 1)


def test_pick_refuses_a_bare_string() -> None:
    with pytest.raises(TypeError, match="single string"):
        pick("Kept it.", 1)


# --- a person's words, shown back -----------------------------------------------------------------


def test_words_that_fit_are_shown_whole() -> None:
    assert shorten("tired, hopeful, here", 20) == "tired, hopeful, here"
    assert shorten("", 5) == ""


def test_long_words_are_cut_between_words_with_an_ellipsis() -> None:
    assert shorten("tired but here and hopeful", 16) == "tired but here…"


def test_one_long_word_is_cut_inside_it() -> None:
    assert shorten("a" * 50, 10) == "a" * 9 + "…"


@pytest.mark.parametrize(
    "text",
    ["🌿" * 4096, "x" * 4096, "tired " * 700, "👩‍👩‍👧" * 600, "é" * 5000, "\n" * 10 + "a" * 5000],
)
@pytest.mark.parametrize("limit", [1, 40, 300, 4096])
def test_what_is_shown_back_never_exceeds_the_limit(text: str, limit: int) -> None:
    shown = shorten(text, limit)
    assert utf16_length(shown) <= limit
    assert shown == text or shown.endswith("…")


def test_a_cut_never_ends_on_half_a_joined_emoji() -> None:
    shown = shorten("okay👩\u200d👩\u200d👧 today", 8)
    assert shown == "okay👩…"


def test_utf16_length_counts_as_telegram_does() -> None:
    assert [utf16_length("abc"), utf16_length("🌿"), utf16_length("☁️")] == [3, 2, 2]


def test_reflections_in_a_day_are_counted_in_words() -> None:
    assert checkin.history_reflections(EN, 1) == "📝 a reflection"
    assert checkin.history_reflections(EN, 3) == "📝 3 reflections"
