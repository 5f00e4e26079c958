"""Injectable time.

Retention deadlines, auto-lock and rights-request due dates all depend on "now". Code asks a
``Clock`` instead of calling ``datetime.now()`` so tests can move time six weeks ahead
instead of sleeping.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current moment, timezone-aware, in the machine's local time zone."""

    def today(self) -> dt.date:
        """The firm's local calendar date."""

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps back; used for idle time."""


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()

    def today(self) -> dt.date:
        return self.now().date()

    def monotonic(self) -> float:
        import time

        return time.monotonic()


class ManualClock:
    """A clock that only moves when told to; for tests and for ``retention due --on DATE``."""

    def __init__(self, start: dt.datetime | dt.date | None = None) -> None:
        if start is None:
            start = dt.datetime(2026, 1, 5, 9, 0)
        if not isinstance(start, dt.datetime):
            start = dt.datetime.combine(start, dt.time(9, 0))
        if start.tzinfo is None:
            start = start.astimezone()
        self._now = start
        self._monotonic = 1000.0

    def now(self) -> dt.datetime:
        return self._now

    def today(self) -> dt.date:
        return self._now.date()

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, delta: dt.timedelta | None = None, **kwargs: float) -> None:
        """Move time forward, e.g. ``clock.advance(minutes=11)``."""
        step = delta if delta is not None else dt.timedelta(**kwargs)
        if step < dt.timedelta(0):
            raise ValueError("a ManualClock only moves forward")
        self._now = self._now + step
        self._monotonic += step.total_seconds()
