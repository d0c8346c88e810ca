"""What an operator can watch: Prometheus metrics, served at /metrics beside /healthz.

Counts and times only, never words, names or ids. Each application has its own registry
(nothing is created at import time), so two in one process never mix their figures.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CONTENT_TYPE_LATEST as CONTENT_TYPE
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

__all__ = ["CONTENT_TYPE", "Metrics"]

# Lateness of a sent nudge after its minute: on time is under a few seconds; a crowded minute
# at the free cap runs to hours.
LATENESS_BUCKETS = (1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200)


class Metrics:
    """Every metric the bot exports, in one registry of its own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.deliveries = Counter(
            "smallsteps_deliveries",
            "Scheduled messages by kind and outcome (sent, skipped_late, skipped, blocked, "
            "maybe_sent, failed).",
            ["kind", "outcome"],
            registry=self.registry,
        )
        self.lateness = Histogram(
            "smallsteps_nudge_lateness_seconds",
            "How long after its minute each scheduled message went out.",
            ["kind"],
            buckets=LATENESS_BUCKETS,
            registry=self.registry,
        )
        self.last_of_minute = Gauge(
            "smallsteps_last_nudge_lateness_seconds",
            "How late the last message of the latest run with sends went out.",
            registry=self.registry,
        )
        self.claims_open = Gauge(
            "smallsteps_claims_open",
            "Deliveries this instance has claimed and not yet recorded.",
            registry=self.registry,
        )
        self.tidying = Counter(
            "smallsteps_tidying_edits",
            "Edits taking old buttons off, by outcome (made, dropped).",
            ["outcome"],
            registry=self.registry,
        )
        self.tidying_pending = Gauge(
            "smallsteps_tidying_edits_pending",
            "Edits waiting for a moment when no nudge is due.",
            registry=self.registry,
        )
        self.replies = Counter(
            "smallsteps_replies",
            "Updates handled, by outcome (answered, failed).",
            ["outcome"],
            registry=self.registry,
        )
        self.screenings = Counter(
            "smallsteps_screenings",
            "Texts screened for crisis language, by level (none, check, crisis); never words.",
            ["level"],
            registry=self.registry,
        )
        self.sender = Gauge(
            "smallsteps_sender",
            "1 while this instance holds the fleet's sender lock, else 0.",
            registry=self.registry,
        )

    def delivered(self, kind: str, outcome: str, lateness: float | None) -> None:
        """One delivery recorded; `lateness` in seconds after its minute, when it was sent."""
        self.deliveries.labels(kind, outcome).inc()
        if lateness is not None:
            self.lateness.labels(kind).observe(max(lateness, 0.0))

    def skipped_late(self, kind: str) -> None:
        """One delivery left unsent because its grace window had passed."""
        self.deliveries.labels(kind, "skipped_late").inc()

    def run_done(self, last_lateness: float | None) -> None:
        """A run with sends is over: how late its last message went out."""
        if last_lateness is not None:
            self.last_of_minute.set(max(last_lateness, 0.0))

    def tidying_counted(self, outcome: str, count: int) -> None:
        """Edits taking old buttons off were made or dropped."""
        self.tidying.labels(outcome).inc(count)

    def screened(self, level: str) -> None:
        """One text screened, at this level."""
        self.screenings.labels(level).inc()

    def replied(self, outcome: str) -> None:
        """One call answering a person: sent, refused, rate_limited or failed."""
        self.replies.labels(outcome).inc()

    def watch_loop(self, open_claims: Callable[[], int], pending_edits: Callable[[], int]) -> None:
        """Read the delivery loop's open claims and pending edits at each scrape."""
        self.claims_open.set_function(open_claims)
        self.tidying_pending.set_function(pending_edits)

    def watch_sender(self, held: Callable[[], bool]) -> None:
        """Read at each scrape whether this instance holds the sender lock."""
        self.sender.set_function(lambda: 1.0 if held() else 0.0)

    def rendered(self) -> bytes:
        """The exposition text Prometheus scrapes."""
        return generate_latest(self.registry)
