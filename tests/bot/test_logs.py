import logging
import sys

from bot.logs import RedactingFormatter, demote_passing_hiccups

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


def test_a_proxys_error_page_is_a_warning_without_a_traceback() -> None:
    page = "<html><head><title>502 Bad Gateway</title></head></html>"
    record = logging.LogRecord(
        "telegram.request.BaseRequest",
        logging.ERROR,
        __file__,
        1,
        'Can not load invalid JSON data: "%s"',
        (page,),
        record_of_failure().exc_info,
    )

    kept = demote_passing_hiccups(record)

    assert (kept, record.levelname, record.exc_info) == (True, "WARNING", None)


def test_our_own_errors_stay_errors() -> None:
    record = record_of_failure()

    demote_passing_hiccups(record)

    assert record.levelname == "ERROR"
