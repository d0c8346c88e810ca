from __future__ import annotations

from bot.core.safety_plan import PARTS, in_order, is_part, next_part
from bot.texts import safety_plan as texts
from bot.texts.common import COMMAND_MENU
from testkit.words import EN, en

# --- the parts --------------------------------------------------------------------------------


def test_the_parts_are_the_seven_of_safety_planning_in_order() -> None:
    assert PARTS == (
        "warning_signs",
        "on_my_own",
        "distractions",
        "people_to_ask",
        "professionals",
        "safer_surroundings",
        "keeps_me_going",
    )


def test_is_part_knows_only_the_parts() -> None:
    assert [is_part(key) for key in ("on_my_own", "", "plan", "ON_MY_OWN")] == [
        True,
        False,
        False,
        False,
    ]


def test_in_order_puts_keys_in_the_plans_order_and_leaves_out_strangers() -> None:
    assert in_order({"keeps_me_going", "nonsense", "warning_signs"}) == [
        "warning_signs",
        "keeps_me_going",
    ]


# --- where writing goes next ------------------------------------------------------------------


def test_an_empty_plan_starts_at_the_first_part() -> None:
    assert next_part(None) == "warning_signs"


def test_the_walk_goes_part_by_part_and_ends_after_the_last() -> None:
    walked = [next_part(part) for part in PARTS]
    assert walked == [*PARTS[1:], None]


def test_parts_already_written_are_passed_over() -> None:
    written = {"warning_signs", "on_my_own", "people_to_ask"}
    assert (next_part(None, written), next_part("distractions", written)) == (
        "distractions",
        "professionals",
    )


def test_skipped_parts_behind_are_not_asked_again_in_the_same_walk() -> None:
    assert next_part("professionals", written={"safer_surroundings"}) == "keeps_me_going"


def test_a_fully_written_plan_has_nothing_to_ask() -> None:
    assert next_part(None, PARTS) is None


# --- the words --------------------------------------------------------------------------------


def test_every_part_has_a_heading_a_question_an_example_and_a_short_button() -> None:
    assert set(texts.PART_WORDS) == set(PARTS)
    for part in PARTS:
        words = texts.words_for(part)
        assert "?" in en(words.question), part
        assert en(words.example).startswith("For example"), part
        assert len(en(words.button)) <= 20, part


def test_a_question_says_which_part_of_how_many() -> None:
    assert texts.question_message(EN, "distractions").startswith("3 of 7 · ")


def test_an_empty_plan_says_kindly_that_nothing_is_written() -> None:
    view = texts.plan_view(EN, {})
    assert view.count(en(texts.NOT_WRITTEN)) == len(PARTS)


def test_the_plan_shows_each_written_part_under_its_heading() -> None:
    view = texts.plan_view(EN, {"keeps_me_going": "my cat"})
    heading = en(texts.words_for("keeps_me_going").heading)
    assert f"{heading}\nmy cat" in view
    assert view.count(en(texts.NOT_WRITTEN)) == len(PARTS) - 1


def test_a_plan_of_long_parts_still_fits_one_message_and_says_it_was_shortened() -> None:
    view = texts.plan_view(EN, dict.fromkeys(PARTS, "word " * 900), "That's your plan for now.")
    assert len(view) <= 4096
    assert en(texts.SHORTENED) in view


def test_what_a_part_says_now_is_shortened_when_it_is_long() -> None:
    assert len(texts.change_message(EN, "on_my_own", "x" * 5000)) < 2000


def test_the_journal_has_the_written_parts_in_order_and_nothing_for_an_empty_plan() -> None:
    section = texts.journal_section(EN, {"keeps_me_going": "the sea", "warning_signs": "no sleep"})
    assert texts.journal_section(EN, {}) is None
    assert section is not None
    assert section.index("no sleep") < section.index("the sea")


def test_safetyplan_is_in_the_command_menu_and_in_help() -> None:
    from bot.texts.common import HELP

    assert "safetyplan" in {name for name, _ in COMMAND_MENU}
    assert "/safetyplan" in en(HELP)
