"""A free port on loopback, for a server a test or benchmark starts."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port nobody listens on right now (the system's choice)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
