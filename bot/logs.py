"""Logging: one line per event, and never a token or anyone's words."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]

FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
# Floors for libraries whose verbose levels would leak: httpx logs URLs (the token is in
# them), python-telegram-bot logs whole updates at DEBUG and aiosqlite logs query
# parameters (people's words).
LOGGER_FLOORS = {
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "telegram": logging.INFO,
    "aiosqlite": logging.INFO,
    "asyncio": logging.INFO,
    "apscheduler": logging.WARNING,
}
# python-telegram-bot quotes the whole update it could not parse (people's names and words) in
# a line with this phrase: a webhook delivering one logs it at CRITICAL. The quote is left out.
RECEIVED_DATA = "Received data was"
# python-telegram-bot logs an answer that is not JSON (a proxy's 502 page) as an ERROR with a
# traceback, then raises a NetworkError that the bot retries: a passing hiccup, not an alert.
NOT_JSON = "Can not load invalid JSON data"


class RedactingFormatter(logging.Formatter):
    """One line per event: failures named by type and place, and secrets blanked out."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__(FORMAT)
        self._secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        """Format on one line, then remove every secret."""
        line = " | ".join(super().format(_without_received_data(record)).splitlines())
        for secret in self._secrets:
            line = line.replace(secret, "[redacted]")
        return line

    def formatException(self, ei: ExcInfo) -> str:  # noqa: N802  (logging's own name)
        """Each exception in the chain as its type and where it was raised, never its message."""
        # Exception messages can carry a person's words (a database error quotes the row it
        # could not write), so a log line names the failure without them.
        _, error, _ = ei
        return " <- ".join(_where(failure) for failure in _chain(error))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802  (logging's own name)
        """Leave stacks out: the line already says where it was logged."""
        return ""


def _without_received_data(record: logging.LogRecord) -> logging.LogRecord:
    """The record, or a copy that stops before the data python-telegram-bot quotes."""
    message = str(record.msg)
    if not record.name.startswith("telegram") or RECEIVED_DATA not in message:
        return record
    kept = message[: message.rindex(RECEIVED_DATA)]
    said = f"{kept}{RECEIVED_DATA} left out (it holds people's words)."
    return logging.makeLogRecord({**record.__dict__, "msg": said, "args": None})


def _chain(error: BaseException | None) -> list[BaseException]:
    """The exception and those it was raised from or during, newest first."""
    chain: list[BaseException] = []
    while error is not None and error not in chain:
        chain.append(error)
        error = error.__cause__ or error.__context__
    return chain


def _where(error: BaseException) -> str:
    """`Type at file.py:line in function`, from the frame that raised it."""
    frames = traceback.extract_tb(error.__traceback__)
    name = type(error).__qualname__
    if not frames:
        return name
    last = frames[-1]
    return f"{name} at {Path(last.filename).name}:{last.lineno} in {last.name}"


def demote_passing_hiccups(record: logging.LogRecord) -> bool:
    """Log a non-JSON answer (a proxy's error page) as the WARNING it is, without a traceback."""
    if record.name.startswith("telegram") and str(record.msg).startswith(NOT_JSON):
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        record.exc_info, record.exc_text = None, None
    return True


def configure_logging(level: str, secrets: list[str]) -> None:
    """Set up the root logger once for the process."""
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(secrets))
    handler.addFilter(demote_passing_hiccups)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name, floor in LOGGER_FLOORS.items():
        logging.getLogger(name).setLevel(max(floor, root.level))
