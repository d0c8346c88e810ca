"""Every piece of text a person writes is screened in one place, so no handler can skip it: the
chat's conversation and the Mini App's forms both screen through `screening.screened`."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GATE = Path("bot/services/screening.py")
SCREEN_ITSELF = Path("bot/core/safety")


def calls_to_screen(path: Path) -> list[int]:
    """Lines where a module calls `screen(...)` or `safety.screen(...)`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Name) and node.func.id == "screen")
            or (isinstance(node.func, ast.Attribute) and node.func.attr == "screen")
        )
    ]


def test_only_the_screening_service_screens_text() -> None:
    callers = {
        str(path.relative_to(ROOT)): lines
        for package in ("bot", "scheduler", "storage")
        for path in sorted((ROOT / package).rglob("*.py"))
        if (lines := calls_to_screen(path)) and SCREEN_ITSELF not in path.relative_to(ROOT).parents
    }
    assert list(callers) == [str(GATE)]
    assert len(callers[str(GATE)]) == 1, "screened once, in screened()"


def test_the_check_finds_a_call(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from bot.core import safety\nsafety.screen('x')\nscreen('y')\n")
    assert calls_to_screen(module) == [2, 3]
