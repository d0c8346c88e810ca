"""No test, nor the test kit, reads the real date or time, unless the real clock is tested.

The bot picks its wording by the day, and a test that read the calendar passed one week in
three. Tests set the clock instead (testkit.clock.FakeClock, `smallsteps try --start`); a read
of the real clock is allowed only with a `# real clock: <why>` comment on its line or the line
above.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
TESTKIT = TESTS.parent / "testkit"
MARKER = "# real clock:"
# (what is called on, what is called): each reads today's date or the wall clock.
CLOCK_READS = {
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
}
CLOCK_FUNCTIONS = {"system_clock"}


def clock_reads(tree: ast.AST) -> list[int]:
    """The lines where a call reads the real clock."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        called = node.func
        if isinstance(called, ast.Attribute):
            owner = called.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (name, called.attr) in CLOCK_READS:
                lines.append(node.lineno)
        elif isinstance(called, ast.Name) and called.id in CLOCK_FUNCTIONS:
            lines.append(node.lineno)
    return lines


def unexplained_reads(source: str, path: str) -> list[str]:
    """`path:line` for every real-clock read without a reason next to it."""
    text = source.splitlines()
    return [
        f"{path}:{line}"
        for line in clock_reads(ast.parse(source))
        if not any(MARKER in text[at - 1] for at in (line, line - 1) if at >= 1)
    ]


def test_no_test_reads_the_real_clock_without_saying_why() -> None:
    paths = sorted([*TESTS.rglob("*.py"), *TESTKIT.rglob("*.py")])
    found = [
        where
        for path in paths
        for where in unexplained_reads(path.read_text(encoding="utf-8"), str(path))
    ]

    assert any(path.parent == TESTKIT for path in paths)
    assert found == []


def test_the_check_finds_each_way_of_reading_the_clock() -> None:
    source = "\n".join(
        [
            "a = datetime.now(UTC)",
            "b = datetime.datetime.now()",
            "c = date.today()",
            "d = time.time()",
            "e = system_clock()",
            "# real clock: a certificate is valid from now",
            "f = datetime.now(UTC)",
            "g = time.monotonic()",
            "h = clock.now",
        ]
    )

    assert unexplained_reads(source, "x.py") == [f"x.py:{n}" for n in (1, 2, 3, 4, 5)]
