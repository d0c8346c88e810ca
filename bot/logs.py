"""Logging: one line per event, and never a token or anyone's words."""

from __future__ import annotations

import logging

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
    """Blank out secrets anywhere in the formatted line, tracebacks included."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__(FORMAT)
        self._secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        """Format as usual, then remove every secret."""
        line = super().format(record)
        for secret in self._secrets:
            line = line.replace(secret, "[redacted]")
        return line


def configure_logging(level: str, secrets: list[str]) -> None:
    """Set up the root logger once for the process."""
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name, floor in LOGGER_FLOORS.items():
        logging.getLogger(name).setLevel(max(floor, root.level))
