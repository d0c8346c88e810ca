"""Which language a Telegram language code means."""

from __future__ import annotations

import pytest

from bot.core.languages import Language, language_of


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("pt-br", Language.PT),
        ("pt-BR", Language.PT),
        ("pt", Language.PT),
        ("pt-PT", Language.PT),
        ("PT_br", Language.PT),
        ("de-AT", Language.DE),
        ("de", Language.DE),
        ("es-MX", Language.ES),
        ("ru", Language.RU),
        ("fr-CA", Language.FR),
        ("en-GB", Language.EN),
        (" es ", Language.ES),
    ],
)
def test_a_code_means_its_language_whatever_its_region_or_case(
    code: str, expected: Language
) -> None:
    assert language_of(code) == expected


@pytest.mark.parametrize("code", [None, "", "xx", "it", "zh-hans", "-", "english"])
def test_an_unknown_or_missing_code_means_english(code: str | None) -> None:
    assert language_of(code) == Language.EN
