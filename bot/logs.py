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


class RedactingFormatter(logging.Formatter):
    """One line per event: failures named by type and place, and secrets blanked out."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__(FORMAT)
        self._secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        """Format on one line, then remove every secret."""
        line = " | ".join(super().format(record).splitlines())
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


def configure_logging(level: str, secrets: list[str]) -> None:
    """Set up the root logger once for the process."""
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name, floor in LOGGER_FLOORS.items():
        logging.getLogger(name).setLevel(max(floor, root.level))
