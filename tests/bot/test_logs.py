import logging
import sys

from bot.logs import RedactingFormatter

TOKEN = "123456:SECRET-TOKEN"
WORDS = "my sister's name is Ana and I feel lost"


def record_of_failure() -> logging.LogRecord:
    try:
        try:
            raise ValueError(f"could not store {WORDS!r}")
        except ValueError as inner:
            raise RuntimeError(f"token {TOKEN} and {WORDS}") from inner
    except RuntimeError:
        info = sys.exc_info()
    return logging.LogRecord(
        "smallsteps.test", logging.ERROR, __file__, 1, "handler failed\nsecond line", None, info
    )


def test_a_failure_is_one_line_without_words_or_token() -> None:
    line = RedactingFormatter([TOKEN]).format(record_of_failure())

    assert "\n" not in line
    assert WORDS not in line and "Ana" not in line and TOKEN not in line
    assert "handler failed | second line" in line
    assert "RuntimeError at test_logs.py:" in line
    assert "<- ValueError at test_logs.py:" in line


def test_secrets_in_the_message_are_redacted() -> None:
    record = logging.LogRecord(
        "smallsteps.test", logging.INFO, __file__, 1, "url=%s", (f"/bot{TOKEN}/getMe",), None
    )

    line = RedactingFormatter([TOKEN]).format(record)

    assert line.endswith("url=/bot[redacted]/getMe")
