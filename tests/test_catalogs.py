"""The translation catalogs, checked as CI must: complete, current, faithful to their
placeholders and plurals, varied where English varies, and no sentence of ours outside them."""

from __future__ import annotations

import ast
import importlib
import re
import string
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.core.languages import Language
from bot.texts.catalog import BABEL_LOCALES, Msg, translator

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ROOT / "bot" / "locales"
TEMPLATE = LOCALES / "smallsteps.pot"
KEYWORDS = {"N_": None, "plural": (1, 2)}
TRANSLATED = [language for language in Language if language is not Language.EN]
# Every module of words (the catalog's own machinery and the trial's terminal frame aside).
TEXT_MODULES: tuple[ModuleType, ...] = tuple(
    importlib.import_module(f"bot.texts.{name}")
    for name in (
        "checkin",
        "common",
        "export",
        "languages",
        "onboarding",
        "reflect",
        "safety",
        "safety_plan",
        "settings",
        "steps",
        "weekly",
    )
)
# Where the bot's own words may appear only through the catalog.
SPEAKING_CODE = (
    "bot/handlers",
    "bot/texts",
    "bot/summaries.py",
    "bot/exports.py",
    "bot/nudges.py",
    "bot/charts.py",
    "bot/app.py",
)
# Words in the code that are not the bot's to a person: how people may type things, each
# language's own name, and `smallsteps try`'s terminal around the chat (an operator's tool,
# in English like the rest of the command line).
NOT_SPOKEN = {
    "bot/handlers/weekly.py",
    "bot/texts/catalog.py",
    "bot/texts/languages.py",
    "bot/texts/trial.py",
}
# Telegram's own error descriptions, which the code recognises and never shows.
TELEGRAM_SAYS = {"message is not modified", "message to edit not found", "message can't be edited"}


def read(path: Path) -> Catalog:
    """A .po or .pot file."""
    with path.open("rb") as file:
        return read_po(file)


def msgids(catalog: Catalog) -> set[str | tuple[str, ...]]:
    """Every message id of a catalog but its header."""
    return {m.id if isinstance(m.id, str) else tuple(m.id) for m in catalog if m.id}


def placeholders(text: str) -> set[str]:
    """The {names} a message is formatted with."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def strings_of(message: Message) -> list[str]:
    """A message's translations: one, or one per plural form."""
    value = message.string
    return [str(s) for s in value] if isinstance(value, tuple) else [str(value)]


def test_the_template_holds_exactly_what_the_code_marks() -> None:
    # `pybabel extract -F babel.cfg -k N_ -k plural:1,2 --no-location --omit-header
    # -o bot/locales/smallsteps.pot .` writes it; docs/translating.md says when.
    extracted = extract_from_dir(str(ROOT / "bot"), keywords=KEYWORDS, comment_tags=())
    found = {message for _, _, message, _, _ in extracted}
    assert found == msgids(read(TEMPLATE))


@pytest.mark.parametrize("language", TRANSLATED, ids=[language.value for language in TRANSLATED])
def test_each_catalog_translates_every_message_and_only_those(language: Language) -> None:
    catalog = read(LOCALES / language.value / "LC_MESSAGES" / "smallsteps.po")
    template = read(TEMPLATE)
    untranslated = [m.id for m in catalog if m.id and (m.fuzzy or not all(strings_of(m)))]
    assert untranslated == []
    assert msgids(catalog) == msgids(template)
    assert list(catalog.obsolete) == []


@pytest.mark.parametrize("language", TRANSLATED, ids=[language.value for language in TRANSLATED])
def test_placeholders_and_plural_forms_match(language: Language) -> None:
    catalog = read(LOCALES / language.value / "LC_MESSAGES" / "smallsteps.po")
    forms = len(Locale.parse(BABEL_LOCALES[language]).plural_form.tags) + 1
    wrong = []
    for message in catalog:
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        expected = placeholders(ids[-1])
        wrong += [(ids[0], s) for s in strings_of(message) if placeholders(s) != expected]
        if isinstance(message.id, tuple):
            assert len(strings_of(message)) == min(forms, catalog.num_plurals), ids[0]
    assert wrong == []
    assert [error for _, errors in catalog.check() for error in errors] == []


def variant_groups() -> Iterator[tuple[str, tuple[Msg, ...]]]:
    """Every tuple of variants the texts modules hold (mapping values included)."""
    for module in TEXT_MODULES:
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else [value]
            for item in values:
                if (
                    isinstance(item, tuple)
                    and len(item) > 1
                    and all(isinstance(v, Msg) for v in item)
                ):
                    yield f"{module.__name__}.{name}", item


@pytest.mark.parametrize("language", list(Language), ids=[language.value for language in Language])
def test_varied_wording_survives_in_every_language(language: Language) -> None:
    tr = translator(language)
    groups = list(variant_groups())
    assert len(groups) > 40
    collapsed = [name for name, group in groups if len({tr(v) for v in group}) < len(group)]
    assert collapsed == []


_WORDS = re.compile(r"[A-Za-z]{2,},?\s+[A-Za-z]{2,}")


def spoken_literals(path: Path) -> Iterator[tuple[int, str]]:
    """String literals with words in them, outside docstrings, N_() and log calls."""
    tree = ast.parse(path.read_text())
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skipped.add(id(node.value))  # docstrings, of modules, classes, functions, aliases
        if isinstance(node, ast.Dict):
            skipped.update(id(key) for key in node.keys if key is not None)
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in {"N_", "plural", "info", "warning", "error", "debug", "exception"}:
                skipped.update(id(arg) for arg in ast.walk(node))
        if isinstance(node, ast.Raise):
            skipped.update(id(arg) for arg in ast.walk(node))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or id(node) in skipped:
            continue
        if (
            isinstance(node.value, str)
            and _WORDS.search(node.value)
            and node.value not in TELEGRAM_SAYS
        ):
            yield node.lineno, node.value


def test_no_sentence_the_bot_says_bypasses_the_catalog() -> None:
    files = [
        path
        for place in SPEAKING_CODE
        for path in (
            sorted((ROOT / place).rglob("*.py")) if (ROOT / place).is_dir() else [ROOT / place]
        )
        if str(path.relative_to(ROOT)) not in NOT_SPOKEN
    ]
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path in files
        for line, text in spoken_literals(path)
    ]
    assert found == []
